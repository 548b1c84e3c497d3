/**
 * Our engines, loaded defensively: the evaluation and the bench must keep reporting (and say clearly what
 * is missing) while an engine is absent or broken, instead of failing to start.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Analysis } from "../../src/analysis/types";
import type { ArticleSnapshot } from "../../src/shared/messages";
import { repoRoot } from "./paths";

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

async function importModule(relative: string): Promise<Loaded<Record<string, unknown>>> {
  const file = path.join(repoRoot, relative);
  const candidates = [file, file.replace(/\.ts$/, ".tsx")];
  const found = candidates.find((f) => existsSync(f));
  if (!found) return { ok: false, reason: `${relative} does not exist yet` };
  try {
    return { ok: true, value: (await import(pathToFileURL(found).href)) as Record<string, unknown> };
  } catch (err) {
    return { ok: false, reason: `${relative} failed to load: ${(err as Error).message.split("\n")[0]}` };
  }
}

export async function importFunction<F>(relative: string, name: string): Promise<Loaded<F>> {
  const mod = await importModule(relative);
  if (!mod.ok) return mod;
  const fn = mod.value[name];
  if (typeof fn !== "function") return { ok: false, reason: `${relative} has no exported function ${name}()` };
  return { ok: true, value: fn as F };
}

export type Analyze = (input: { title?: string; text: string }) => Analysis;

export function loadAnalyze(): Promise<Loaded<Analyze>> {
  return importFunction<Analyze>("src/analysis/index.ts", "analyze");
}

/** A loaded tagger: words of one sentence in, one IOB2 tag per word out. */
export type TagWords = (words: string[]) => string[];

export interface Tagger {
  tag: TagWords;
  /**
   * Tags a corpus's sentences in order as one running text, when the tagger reads context across sentences
   * (tagger.ts tagSentences: the other uses of a word nearby, as in an article).
   */
  tagCorpus?: (sentences: readonly string[][]) => string[][];
  /** Milliseconds the model took to load in this process (includes importing the model module). */
  loadMs: number;
  /** What the model says it was trained on, "" when it does not say. */
  trainedOn: string;
}

export async function loadTagger(): Promise<Loaded<Tagger>> {
  const t0 = performance.now();
  const mod = await importModule("src/analysis/entities/tagger.ts");
  if (!mod.ok) return { ok: false, reason: `tagger not available: ${mod.reason}` };
  const { loadModel, tagWords, tagSentences } = mod.value as { loadModel?: unknown; tagWords?: unknown; tagSentences?: unknown };
  if (typeof loadModel !== "function" || typeof tagWords !== "function") {
    return { ok: false, reason: "tagger not available: tagger.ts must export loadModel() and tagWords(model, words)" };
  }
  try {
    const model: unknown = await (loadModel as () => unknown)();
    const loadMs = performance.now() - t0;
    const tag = (words: string[]): string[] => (tagWords as (m: unknown, w: string[]) => string[])(model, words);
    const tagCorpus =
      typeof tagSentences === "function"
        ? (sentences: readonly string[][]) => (tagSentences as (m: unknown, s: readonly string[][]) => string[][])(model, sentences)
        : undefined;
    const trainedOn = (model as { trainedOn?: unknown } | null)?.trainedOn;
    return { ok: true, value: { tag, tagCorpus, loadMs, trainedOn: typeof trainedOn === "string" ? trainedOn : "" } };
  } catch (err) {
    return { ok: false, reason: `tagger not available: loading the model failed: ${(err as Error).message}` };
  }
}

export type ExtractFromHtml = (html: string, url?: string) => ArticleSnapshot;

/** The page work's server-side tools (src/page/server.ts) and extraction score (src/page/tokenF1.ts). */
export interface PageTools {
  extractFromHtml: ExtractFromHtml;
  /** A page or fragment's readable text, as the evaluation turns expected.html into the expected article. */
  htmlToText: (html: string) => string;
  tokenF1: (extracted: string, expected: string) => { precision: number; recall: number; f1: number; extra: number; missing: number };
}

export async function loadPageTools(): Promise<Loaded<PageTools>> {
  const server = await importModule("src/page/server.ts");
  if (!server.ok) return { ok: false, reason: `extraction not available: ${server.reason}` };
  const score = await importModule("src/page/tokenF1.ts");
  if (!score.ok) return { ok: false, reason: `extraction not available: ${score.reason}` };
  const { extractFromHtml, htmlToText } = server.value;
  const { tokenF1 } = score.value;
  if (typeof extractFromHtml !== "function" || typeof htmlToText !== "function" || typeof tokenF1 !== "function") {
    return {
      ok: false,
      reason: "extraction not available: needs extractFromHtml() and htmlToText() in src/page/server.ts, tokenF1() in src/page/tokenF1.ts",
    };
  }
  return {
    ok: true,
    value: {
      extractFromHtml: extractFromHtml as PageTools["extractFromHtml"],
      htmlToText: htmlToText as PageTools["htmlToText"],
      tokenF1: tokenF1 as PageTools["tokenF1"],
    },
  };
}

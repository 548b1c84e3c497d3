/**
 * The texts whose "he"/"she" speakers were labelled by hand for the antecedent model (labels.jsonl), each
 * addressed by a source id and a document key that rebuild the same text on every run:
 *
 * - conll-train, conll-dev: CoNLL-2003 train and dev (Reuters newswire 1996-97), articles rebuilt by
 *   ./conll.ts. (The dev file is the NER model's held-out set; for pronouns it is just more newswire.)
 * - pages: saved corpus pages (../shared/corpus/pages) that have no gold file, their article text extracted
 *   as the extension does.
 *
 * Not here, by rule: PolNeAR (no licence: measured only) and the news check set (ids starting with a letter).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sharedPath } from "../eval/paths";
import { readConllArticles } from "./conll";

export type SourceId = "conll-train" | "conll-dev" | "pages";

export interface SourceDoc {
  source: SourceId;
  key: string;
  text: string;
}

function conll(split: "train" | "dev"): SourceDoc[] {
  const file = sharedPath("data", "ner", "conll2003", `${split}.txt`);
  if (!existsSync(file)) return [];
  return readConllArticles(file, split).map((a) => ({ source: `conll-${split}`, key: a.key, text: a.text }));
}

async function pages(): Promise<SourceDoc[]> {
  const dir = sharedPath("corpus", "pages");
  if (!existsSync(dir)) return [];
  // Pages with a gold file are in the "gold" tune set already, with their speakers annotated.
  const gold = new Set(existsSync(sharedPath("gold")) ? readdirSync(sharedPath("gold")).map((f) => f.replace(/^corpus-/, "").replace(/\.json$/, "")) : []);
  const { readHtml } = await import("../../src/page/server");
  const out: SourceDoc[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, "source.html");
    if (gold.has(name) || !existsSync(file)) continue;
    const result = readHtml(readFileSync(file, "utf8"), pathToFileURL(file).href);
    if ("error" in result || result.article.source !== "article" || !result.article.text.trim()) continue;
    out.push({ source: "pages", key: name, text: result.article.text });
  }
  return out;
}

export async function loadSources(): Promise<SourceDoc[]> {
  return [...conll("train"), ...conll("dev"), ...(await pages())];
}

/** One hand label: the pronoun at `at` in the document refers to the candidate whose name holds `gold`. */
export interface Label {
  source: SourceId;
  doc: string;
  /** Character offset of the pronoun in the rebuilt text. */
  at: number;
  pronoun: string;
  /** Lower-case part of the referent's name (surname as a rule); null when no candidate is the referent. */
  gold: string | null;
}

export const LABEL_FILE = path.resolve(path.dirname(new URL(import.meta.url).pathname), "labels.jsonl");

export function readLabels(file = LABEL_FILE): Label[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
}

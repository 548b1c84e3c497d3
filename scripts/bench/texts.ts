/**
 * Bench inputs: the corpus articles (as our extraction reads them, or expected.html's text when the
 * extractor is not available), and synthetic long inputs built by repeating their paragraphs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Loaded, PageTools } from "../eval/engines";
import { sharedPath } from "../eval/paths";
import { wordTokens } from "../eval/score";

export interface CorpusPage {
  name: string;
  html: string;
  url?: string;
  /** The article text the analysis is timed on. */
  text: string;
  words: number;
}

export interface CorpusLoad {
  pages: CorpusPage[];
  /** Where the texts came from, for the report. */
  source: string;
  skipped?: string;
}

export function loadCorpus(tools: Loaded<PageTools>): CorpusLoad {
  const dir = sharedPath("corpus/pages");
  if (!existsSync(dir)) return { pages: [], source: "", skipped: `${dir} not found` };
  if (!tools.ok) return { pages: [], source: "", skipped: tools.reason };
  const pages: CorpusPage[] = [];
  let fellBack = 0;
  for (const name of readdirSync(dir).sort()) {
    const source = path.join(dir, name, "source.html");
    if (!existsSync(source)) continue;
    const html = readFileSync(source, "utf8");
    let url: string | undefined;
    try {
      url = (JSON.parse(readFileSync(path.join(dir, name, "meta.json"), "utf8")) as { originalUrl?: string }).originalUrl;
    } catch {
      url = undefined;
    }
    let text = "";
    try {
      text = tools.value.extractFromHtml(html, url).text;
    } catch {
      text = "";
    }
    if (!text && existsSync(path.join(dir, name, "expected.html"))) {
      text = tools.value.htmlToText(readFileSync(path.join(dir, name, "expected.html"), "utf8"));
      fellBack++;
    }
    pages.push({ name, html, url, text, words: wordTokens(text).length });
  }
  const source =
    fellBack > 0
      ? `our extraction of source.html; expected.html text for ${fellBack} page(s) it could not read`
      : "our extraction of source.html";
  return { pages, source };
}

/** Invented filler so the scaling run works even without the corpus. */
const INVENTED = [
  "Harbour master Ilse Varga said on Monday that the ferries to Port Elm would run again once the storm passed.",
  "“Nobody was hurt, and the boats are safe,” she told reporters, adding that the Tidewater Ferry Company had checked every hull.",
  "Officials in Norway warned that more wind was coming, according to a statement from the coastal agency.",
  "The union's spokesperson, Tom Reed, accused the company of ignoring two safety warnings last winter.",
];

/**
 * About `words` words of realistic text: paragraphs of the given texts repeated in order (or the invented
 * filler), joined as an article would be.
 */
export function synthesize(words: number, texts: readonly string[]): string {
  const paragraphs = texts.flatMap((t) => t.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0));
  const pool = paragraphs.length > 0 ? paragraphs : INVENTED;
  const counts = pool.map((p) => wordTokens(p).length);
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i = (i + 1) % pool.length) {
    out.push(pool[i]);
    total += Math.max(1, counts[i]);
  }
  return out.join("\n\n");
}

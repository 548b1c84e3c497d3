import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { readArticle } from "../../src/page";
import type { ReadOptions, ReadResult } from "../../src/page/types";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sharedDir = path.resolve(repoRoot, "../shared");

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(repoRoot, "test/fixtures/pages", name), "utf8");
}

/** A page in jsdom: a full DOM with Range, Selection and TreeWalker, like the live page the content script sees. */
export function pageOf(html: string, url = "https://courier.example/news/story"): Document {
  return new JSDOM(html, { url }).window.document;
}

export function readOk(doc: Document, opts?: ReadOptions): ReadResult {
  const result = readArticle(doc, opts);
  if ("error" in result) throw new Error(`expected an article, got: ${result.message}`);
  return result;
}

/** [start, end) of every paragraph of the article text. */
export function paragraphSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const p of text.split("\n\n")) {
    spans.push({ start, end: start + p.length });
    start += p.length + 2;
  }
  return spans;
}

/** The span of the first occurrence of `needle` in `text` (fails loudly when absent). */
export function spanOf(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`${JSON.stringify(needle)} is not in the article text`);
  return { start, end: start + needle.length };
}

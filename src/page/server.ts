/**
 * The extension's article reading for Node (command line, evaluation, benchmarks): the same `readArticle`
 * on a linkedom document, which parses fast and gives Readability the same results as a browser.
 */
import { parseHTML } from "linkedom";
import type { ArticleSnapshot } from "../shared/messages";
import { assemble, type Piece } from "./assemble";
import { isElement, isText, nextInOrder } from "./dom";
import { isNeverText } from "./exclusions";
import { readArticle } from "./index";
import type { ReadError, ReadResult } from "./types";

/** Thrown by `extractFromHtml` when the page has no readable text. */
export class NoTextError extends Error {
  override name = "NoTextError";
}

/** A linkedom document; fragments and empty strings are wrapped in a page, since linkedom needs one. */
export function parseHtmlDocument(html: string): Document {
  const page = /<html[\s>]/i.test(html)
    ? html
    : /<body[\s>]/i.test(html)
      ? `<!DOCTYPE html><html>${html}</html>`
      : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

/** Reads a saved page exactly as the content script reads the live one (no selection on the server). */
export function readHtml(html: string, url = ""): ReadResult | ReadError {
  return readArticle(parseHtmlDocument(html), { url });
}

export function extractFromHtml(html: string, url = ""): ArticleSnapshot {
  const result = readHtml(html, url);
  if ("error" in result) throw new NoTextError(result.message);
  return result.article;
}

/**
 * All the readable text of an HTML fragment or page with paragraph breaks, nothing left out but scripts and
 * styles: how the evaluation turns a corpus page's expected.html into the expected article text.
 */
export function htmlToText(html: string): string {
  const doc = parseHtmlDocument(html);
  const root = doc.body ?? doc.documentElement;
  const pieces: Piece[] = [];
  const end = nextInOrder(root, true);
  for (let n: Node | null = root; n && n !== end; ) {
    if (isElement(n) && isNeverText(n)) {
      n = nextInOrder(n, true);
      continue;
    }
    if (isText(n)) pieces.push({ node: n, start: 0, end: n.data.length });
    n = nextInOrder(n);
  }
  return assemble(pieces, false).text;
}

/**
 * Facts about an article's words that several rules ask, gathered once per document and shared (each rule used
 * to gather its own copy in a pass over every token).
 */
import type { Doc } from "../text/sentences";
import { startsLower } from "../text/words";

const lowerWordsCache = new WeakMap<Doc, Set<string>>();

/** The words the article writes in lower case (as written: "deficit", "rangers"). */
export function lowerWords(doc: Doc): Set<string> {
  let lower = lowerWordsCache.get(doc);
  if (!lower) {
    lower = new Set();
    for (const t of doc.tokens) if (t.kind === "word" && startsLower(t.text)) lower.add(t.text);
    lowerWordsCache.set(doc, lower);
  }
  return lower;
}

/**
 * Titles of works: a name that fills a quotation by itself (“Mary Poppins”, “Bambi,”) is how news writes the
 * title of a film, book, song or show, not a person or a company. Such spans become MISC, which the
 * entity lists leave out. They vote like any other mention in the one-type-per-form pass, so a name the
 * article mostly uses as a name stays one ("a new name without “Yahoo” in it").
 */
import type { Doc } from "../text/sentences";
import type { NameSpan } from "./spans";

/** Longest title read this way: longer quotations are speech. */
const MAX_TITLE_WORDS = 6;

function isQuote(doc: Doc, i: number): boolean {
  return i >= 0 && i < doc.tokens.length && doc.tokens[i].kind === "quote";
}

/** The span is the whole of a quotation: a quote mark right before it and, after at most one comma or full stop, one right after it. */
function fillsQuotation(doc: Doc, s: NameSpan): boolean {
  if (!isQuote(doc, s.first - 1)) return false;
  let k = s.last;
  if (k < doc.tokens.length && /^[,.]$/.test(doc.tokens[k].text)) k++;
  return isQuote(doc, k);
}

export function markQuotedWorks(doc: Doc, spans: NameSpan[]): NameSpan[] {
  return spans.map((s) =>
    s.type !== "LOC" && s.last - s.first <= MAX_TITLE_WORDS && fillsQuotation(doc, s) ? { ...s, type: "MISC" } : s,
  );
}

/**
 * Wire datelines: "LONDON (Reuters) - The council is …", "(AP) — …", "WASHINGTON — …", "PORTLAND, Ore. - …".
 * The dateline opening a paragraph says where the story was filed; its words are no clause of the sentence,
 * neither what was said nor its subject. Both the reported-clause reader and the pronoun resolver skip it.
 */
import type { QuoteContext } from "./context";

/** Dashes that end a dateline. */
const DATELINE_DASHES = new Set(["\u2014", "\u2013", "-", "--"]);

/** The longest dateline read, in tokens. */
const MAX_DATELINE = 8;

/**
 * Where the sentence starting at token `from` begins after its dateline: a paragraph's first words in capitals
 * and/or an agency in brackets, at most a few, right before a dash. `from` itself when there is none.
 */
export function datelineEnd(ctx: QuoteContext, from: number, to: number): number {
  const { doc } = ctx;
  // (An empty clause may start past the last token: "according to Mr. " at the end of a text.)
  if (from >= to) return from;
  const s = ctx.sentOf[from];
  if (s < 0 || ctx.paraFirstTok[doc.sentences[s].paragraph] !== from) return from;
  let marked = false;
  let inBracket = false;
  for (let k = from; k < to && k - from <= MAX_DATELINE; k++) {
    const w = doc.tokens[k].text;
    if (DATELINE_DASHES.has(w)) return k > from && !inBracket && marked ? k + 1 : from;
    if (w === "(") inBracket = marked = true;
    else if (w === ")") inBracket = false;
    else if (doc.tokens[k].kind === "word") {
      if (/^\p{Lu}[\p{Lu}.'\u2019-]+$/u.test(w)) marked = true;
      // (In brackets the agency may be in title case, "(Reuters)"; outside, only a state's abbreviation, "Ore.".)
      else if (inBracket ? !/^\p{Lu}/u.test(w) : !/^\p{Lu}[a-z]{0,3}\.$/u.test(w)) return from;
    } else if (w !== "," && w !== "/") return from;
  }
  return from;
}

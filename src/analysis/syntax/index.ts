/**
 * Syntax the quote pass reads: a part-of-speech class per token (tagger.ts) and noun phrases over them
 * (nounPhrases.ts).
 */
import type { Doc } from "../text/sentences";
import { tagPos } from "./tagger";

export { POS, POS_INDEX, type Pos } from "./tags";
export { clauseStartsAt, isSubjectContraction, nounPhraseEndingAt, nounPhraseFrom, nounPhraseIn, type NounPhraseInput } from "./nounPhrases";

/** One part-of-speech class per token of the document, tagged a sentence at a time. */
export function tagDoc(doc: Doc): Uint8Array {
  const pos = new Uint8Array(doc.tokens.length);
  for (const s of doc.sentences) {
    const words: string[] = [];
    // Every quotation mark reads as the plain double quote of the training data: a curly ‘ is a mark here,
    // never the possessive clitic it looks like.
    // An apostrophe that closes a plural ("Edmunds’ director") is the possessive clitic.
    for (let t = s.firstToken; t < s.endToken; t++) {
      words.push(doc.tokens[t].kind !== "quote" ? doc.tokens[t].text : isPluralPossessive(doc, t) ? "'" : '"');
    }
    pos.set(tagPos(words), s.firstToken);
  }
  return pos;
}

/** "Edmunds’ director", "the states' laws": a single mark glued to a word ending in s, a space after it. */
export function isPluralPossessive(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const prev = doc.tokens[t - 1];
  const next = doc.tokens[t + 1];
  return (
    tok.kind === "quote" && (tok.text === "'" || tok.text === "\u2019") && prev !== undefined && prev.kind === "word" &&
    prev.end === tok.start && /[sS]$/.test(prev.text) && next !== undefined && next.kind === "word" && next.start > tok.end
  );
}

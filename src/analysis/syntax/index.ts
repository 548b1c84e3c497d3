/**
 * Syntax the quote pass reads: a part-of-speech class per token (tagger.ts) and noun phrases over them
 * (nounPhrases.ts).
 */
import type { Doc } from "../text/sentences";
import { tagPos } from "./tagger";

export { POS, POS_INDEX, type Pos } from "./tags";
export { nounPhraseEndingAt, nounPhraseIn, type NounPhraseInput } from "./nounPhrases";

/** One part-of-speech class per token of the document, tagged a sentence at a time. */
export function tagDoc(doc: Doc): Uint8Array {
  const pos = new Uint8Array(doc.tokens.length);
  for (const s of doc.sentences) {
    const words: string[] = [];
    // Every quotation mark reads as the plain double quote of the training data: a curly ‘ is a mark here,
    // never the possessive clitic it looks like.
    for (let t = s.firstToken; t < s.endToken; t++) words.push(doc.tokens[t].kind === "quote" ? '"' : doc.tokens[t].text);
    pos.set(tagPos(words), s.firstToken);
  }
  return pos;
}

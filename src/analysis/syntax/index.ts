/**
 * Syntax the quote pass reads: a part-of-speech class per token (tagger.ts) and noun phrases over them
 * (nounPhrases.ts).
 */
import type { Doc } from "../text/sentences";
import { isSubjectContraction } from "./nounPhrases";
import { tagPos } from "./tagger";
import { POS_INDEX } from "./tags";

export { POS, POS_INDEX, type Pos } from "./tags";
export { clauseStartsAt, determinerOpening, isApproximateNumber, isQuantityPhrase, isSubjectContraction, isSubjectPronoun, nounPhraseEndingAt, nounPhraseFrom, nounPhraseIn, timeEnd, type NounPhraseInput } from "./nounPhrases";

/** One part-of-speech class per token of the document, tagged a sentence at a time. */
export function tagDoc(doc: Doc): Uint8Array {
  const pos = new Uint8Array(doc.tokens.length);
  for (let s = 0; s < doc.sentences.length; s++) pos.set(tagSentence(doc, s), doc.sentences[s].firstToken);
  return pos;
}

/** Tags by document and sentence: the entity pass asks about a few sentences first, the quote pass about all. */
const tagged = new WeakMap<Doc, Map<number, Uint8Array>>();

/** The classes of sentence `s`'s tokens, each sentence tagged once per document whoever asks. */
export function tagSentence(doc: Doc, s: number): Uint8Array {
  let byDoc = tagged.get(doc);
  if (!byDoc) tagged.set(doc, (byDoc = new Map()));
  const cached = byDoc.get(s);
  if (cached) return cached;
  const sent = doc.sentences[s];
  const words: string[] = [];
  // Every quotation mark reads as the plain double quote of the training data: a curly ‘ is a mark here,
  // never the possessive clitic it looks like.
  // An apostrophe that closes a plural ("Edmunds’ director") is the possessive clitic.
  for (let t = sent.firstToken; t < sent.endToken; t++) {
    const tok = doc.tokens[t];
    words.push(tok.kind !== "quote" ? taggerWord(tok.text) : isPluralPossessive(doc, t) ? "'" : '"');
  }
  const pos = tagPos(words);
  repairLyAfterDeterminer(words, pos);
  byDoc.set(s, pos);
  return pos;
}

const { DET, ADV, ADJ, NOUN, PROPN, ADP, VFIN, PUNCT } = POS_INDEX;

/**
 * The greedy tagger leans on the "-ly" suffix: "a yearly Gallup poll", "a tally by the AP", "an ally of the
 * mayor" came out as adverbs. Right after a determiner an adverb can only grade what follows ("a very big",
 * "a newly elected"); before a noun the "-ly" word is an adjective, and before a preposition, a verb or
 * punctuation it is the noun itself.
 */
function repairLyAfterDeterminer(words: readonly string[], pos: Uint8Array): void {
  for (let i = 1; i < words.length; i++) {
    if (pos[i] !== ADV || pos[i - 1] !== DET || !words[i].endsWith("ly")) continue;
    const next = i + 1 < words.length ? pos[i + 1] : PUNCT;
    if (next === NOUN || next === PROPN) pos[i] = ADJ;
    else if (next === ADP || next === VFIN || next === PUNCT) pos[i] = NOUN;
  }
}

/**
 * The training treebanks split contractions ("they" + "'re", "did" + "n't"); the tokenizer keeps them whole, so
 * the tagger saw "they're" as an unknown word (tagged a proper noun or a verb). It is given the word the
 * contraction is built on instead: the subject pronoun, or the auxiliary of a negation.
 */
const NEGATION = /^([a-z]+)n['\u2019]t$/i;
const NEGATED_AUXILIARY: Readonly<Record<string, string>> = { ca: "can", wo: "will", sha: "shall" };

export function taggerWord(text: string): string {
  // Both kinds of contraction have an apostrophe; most words have none.
  if (text.indexOf("'") < 0 && text.indexOf("\u2019") < 0) return text;
  // (The same pronoun contractions the noun-phrase grammar reads as opening a clause.)
  if (isSubjectContraction(text.toLowerCase())) return text.slice(0, text.search(/['\u2019]/));
  const negation = NEGATION.exec(text);
  if (negation) {
    const host = negation[1];
    return NEGATED_AUXILIARY[host.toLowerCase()] ?? host;
  }
  return text;
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

/**
 * Word-level agreement between an extracted text and the expected one: the extraction quality measure of the
 * corpus tests and `npm run eval`. Bags of lower-cased words, so paragraph breaks and spacing do not count.
 */

import { PAUSE_EVERY, runNow, type Steps } from "./steps";

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lower-cased words of a text, curly apostrophes made straight. */
export function wordTokens(text: string): string[] {
  return (text.normalize("NFKC").toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

export function countWords(text: string): number {
  return runNow(countWordsSteps(text));
}

/**
 * `countWords`, offering a pause every few hundred words (see ./steps): the words WORD matches, counted by a scan of the
 * text's code points rather than by the expression. The content script counts once per read, cold, and a
 * Unicode-property expression run over an article (a match object per word) took 5-12 ms on the 443-word sample in
 * Firefox's content script; the scan asks the expression only about each letter beyond ASCII, once.
 */
export function* countWordsSteps(text: string): Steps<number> {
  let n = 0;
  let inWord = false;
  const length = text.length;
  for (let i = 0; i < length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    if (isWordChar(code)) {
      if (!inWord) {
        inWord = true;
        if (++n % PAUSE_EVERY === 0) yield;
      }
    } else if (!(inWord && (code === 0x27 || code === 0x2019) && i + 1 < length && isWordChar(text.codePointAt(i + 1)!))) {
      // An apostrophe joins two words' letters ("don't"); anything else ends a word.
      inWord = false;
    }
    i += size;
  }
  return n;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Code points beyond ASCII already asked about (a page's text uses a few hundred at most). */
const wideWordChars = new Map<number, boolean>();

/** A letter or a digit, as WORD's `[\p{L}\p{N}]` says. */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  let known = wideWordChars.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    wideWordChars.set(code, known);
  }
  return known;
}

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
  /** Words of the extracted text that the expected text does not have (as many times as they are extra). */
  extra: number;
  /** Words of the expected text that the extraction missed. */
  missing: number;
}

/** Precision, recall and F1 of the extracted text's word bag against the expected text's. */
export function tokenF1(extracted: string, expected: string): TokenScore {
  const got = wordTokens(extracted);
  const want = wordTokens(expected);
  const counts = new Map<string, number>();
  for (const w of want) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of got) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      common++;
      counts.set(w, left - 1);
    }
  }
  if (got.length === 0 && want.length === 0) return { precision: 1, recall: 1, f1: 1, extra: 0, missing: 0 };
  const precision = got.length ? common / got.length : 0;
  const recall = want.length ? common / want.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, extra: got.length - common, missing: want.length - common };
}

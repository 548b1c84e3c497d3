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

/** `countWords`, pausing every few thousand words (see ./steps). */
export function* countWordsSteps(text: string): Steps<number> {
  // Counted without building the array of every word: articles can be megabytes.
  const word = new RegExp(WORD.source, "gu");
  let n = 0;
  while (word.exec(text)) if (++n % (PAUSE_EVERY * 4) === 0) yield;
  return n;
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

/** Word counting for the sourcing profile: the same rule for the article and for the quoted stretches of it. */
import type { Span } from "../../analysis/types";

/** A word is a run of letters or digits, with inner apostrophes and hyphens ("don't", "deep-sea") kept in it. */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/**
 * Words inside the union of `spans`: a direct quote inside a reported one ("said jobs “will go elsewhere”") is
 * counted once, so the quoted share never passes 100 %.
 */
export function wordsInSpans(text: string, spans: readonly Span[]): number {
  const merged = mergeSpans(spans);
  let n = 0;
  for (const span of merged) n += countWords(text.slice(span.start, span.end));
  return n;
}

export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

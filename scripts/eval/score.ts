/**
 * Precision / recall / F1 bookkeeping shared by every section of the evaluation.
 * Counts are kept (not ratios) so documents can be micro-averaged by summing.
 */

export interface Counts {
  /** Predictions that matched a gold item. */
  tp: number;
  /** Predictions that matched nothing (false alarms). */
  fp: number;
  /** Gold items no prediction matched (misses). */
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

/**
 * With nothing predicted precision is 1 (no false alarm was raised); with nothing to find recall is 1.
 * That keeps a negative document (no gold quotes, none predicted) from dragging averages down, and the
 * micro-average over counts is unaffected either way.
 */
export function prf(c: Counts): Prf {
  const predicted = c.tp + c.fp;
  const gold = c.tp + c.fn;
  const precision = predicted === 0 ? 1 : c.tp / predicted;
  const recall = gold === 0 ? 1 : c.tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Lower-cased word tokens (letters and digits), the unit every text comparison in the evaluation uses. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Size of the multiset intersection of two token lists. */
export function overlapCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return shared;
}

/**
 * One-to-one assignment of gold items to predictions: the highest-scoring admissible pairs first.
 * Each gold item matches at most one prediction and each prediction at most one gold item.
 */
export function assignPairs(
  goldCount: number,
  predCount: number,
  score: (gold: number, pred: number) => number | null,
): Map<number, number> {
  const candidates: { g: number; p: number; s: number }[] = [];
  for (let g = 0; g < goldCount; g++) {
    for (let p = 0; p < predCount; p++) {
      const s = score(g, p);
      if (s !== null) candidates.push({ g, p, s });
    }
  }
  // Ties go to document order, so the result does not depend on sort stability quirks.
  candidates.sort((x, y) => y.s - x.s || x.g - y.g || x.p - y.p);
  const goldToPred = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const { g, p } of candidates) {
    if (goldToPred.has(g) || usedPred.has(p)) continue;
    goldToPred.set(g, p);
    usedPred.add(p);
  }
  return goldToPred;
}

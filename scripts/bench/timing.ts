/** Timing helpers: medians of repeated runs after warm-up, so one GC pause or JIT tier-up does not decide. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Timing {
  /** Median milliseconds of one run. */
  ms: number;
  runs: number[];
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured; returns the median. */
export function timeRuns(fn: () => void, runs: number, warmup = 1): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), runs: times };
}

/**
 * Whether times grow linearly with size: the per-word cost of the largest input relative to the
 * smallest measured one. ≈1 is linear; 2 means per-word cost doubled (super-linear).
 */
export interface Growth {
  ratio: number;
  fromWords: number;
  toWords: number;
}

export function perWordGrowth(points: readonly { words: number; ms: number }[]): Growth | undefined {
  const usable = points.filter((p) => p.ms > 0 && p.words > 0);
  if (usable.length < 2) return undefined;
  // The smallest input is dominated by fixed costs and timer resolution; compare from the second point on
  // when there are enough points.
  const base = usable.length > 2 ? usable[1] : usable[0];
  const last = usable[usable.length - 1];
  return { ratio: last.ms / last.words / (base.ms / base.words), fromWords: base.words, toWords: last.words };
}

export function wordsPerSecond(words: number, ms: number): number {
  return ms > 0 ? (words * 1000) / ms : Number.NaN;
}

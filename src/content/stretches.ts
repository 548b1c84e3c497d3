/**
 * The longest stretches of the page's thread our content script held, by kind of work, for `npm run bench`
 * (scripts/bench/mainThread.ts asks for them with the ping). Only the e2e builds keep them; elsewhere noting is
 * a no-op and the ping carries none.
 */
declare const __LENS_TIMED__: boolean | undefined;
export const TIMED: boolean = typeof __LENS_TIMED__ !== "undefined" && __LENS_TIMED__ === true;

const longest = new Map<string, number>();
/** Each kind's stretches since the last ping: their summed length and their count (how much work, in how many slices). */
const totals = new Map<string, [number, number]>();
/** Every stretch of 1 ms or more since the last ping, as start and length pairs in the page's clock (bounded). */
const spans: number[] = [];
const MAX_SPANS = 20_000;
/** Each of those stretches' kind, in the same order (one per start and length pair). */
const spanKinds: string[] = [];

/** Called as a stretch ends (every caller does), so it began `ms` ago. */
export function noteStretch(kind: string, ms: number): void {
  if (!TIMED) return;
  if (ms > (longest.get(kind) ?? 0)) longest.set(kind, ms);
  const sum = totals.get(kind);
  if (sum) {
    sum[0] += ms;
    sum[1]++;
  } else totals.set(kind, [ms, 1]);
  if (ms >= 1 && spans.length < MAX_SPANS) {
    spans.push(round(performance.now() - ms), round(ms));
    spanKinds.push(kind);
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Our stretches since the last call as [start, ms, start, ms, …] in performance.now() time, which the page's own
 * scripts share (the bench lays them over the page timer's gaps), and forgets them.
 */
export function takeSpans(): number[] {
  return spans.splice(0, spans.length);
}

/** The kinds of the stretches takeSpans() returns, one per pair, in the same order, and forgets them. */
export function takeSpanKinds(): string[] {
  return spanKinds.splice(0, spanKinds.length);
}

/** The longest stretch of each kind since the last call, in ms (one decimal), and forgets them. */
export function takeStretches(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [kind, ms] of longest) out[kind] = round(ms);
  longest.clear();
  return out;
}

/** Each kind's summed stretches and their count since the last call, [ms (one decimal), count], and forgets them. */
export function takeTotals(): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const [kind, [ms, n]] of totals) out[kind] = [round(ms), n];
  totals.clear();
  return out;
}

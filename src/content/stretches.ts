/**
 * The longest stretches of the page's thread our content script held, by kind of work, for `npm run bench`
 * (scripts/bench/mainThread.ts asks for them with the ping). Only the e2e builds keep them; elsewhere noting is
 * a no-op and the ping carries none.
 */
declare const __LENS_TIMED__: boolean | undefined;
export const TIMED: boolean = typeof __LENS_TIMED__ !== "undefined" && __LENS_TIMED__ === true;

const longest = new Map<string, number>();

export function noteStretch(kind: string, ms: number): void {
  if (TIMED && ms > (longest.get(kind) ?? 0)) longest.set(kind, ms);
}

/** The longest stretch of each kind since the last call, in ms (one decimal), and forgets them. */
export function takeStretches(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [kind, ms] of longest) out[kind] = Math.round(ms * 10) / 10;
  longest.clear();
  return out;
}

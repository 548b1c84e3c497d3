/**
 * Long loops over quotes and mentions run in slices, yielding to the page between slices so that scrolling
 * and typing never stall (the budget keeps every slice well under 50 ms).
 */
import { nextTask } from "../page/steps";
import { noteStretch } from "./stretches";

/**
 * 8 ms: when each pause cost the 4 ms a nested timer waits (before ../page/steps' nextTask), shorter slices made
 * the long page's highlight stage twice as long (87 → 162 ms for 10,000 words) while the page's gaps come from
 * elsewhere.
 */
export const SLICE_MS = 8;

export interface ChunkOptions {
  /** Returns true when the work is no longer wanted (a newer request superseded it). */
  cancelled?: () => boolean;
  now?: () => number;
  /**
   * The slice the loop starts in, shared by consecutive loops of one piece of work: the first loop's last slice
   * and the next loop's first are one stretch of the page's thread, so they share one budget.
   */
  slice?: Slice;
}

/** The start of the current stretch of work; `forEachChunked` moves it on after each pause. */
export interface Slice {
  start: number;
}

export function newSlice(now: () => number = () => performance.now()): Slice {
  return { start: now() };
}

export async function forEachChunked<T>(items: readonly T[], fn: (item: T, index: number) => void, options: ChunkOptions = {}): Promise<boolean> {
  const now = options.now ?? (() => performance.now());
  const slice = options.slice ?? { start: now() };
  let index = 0;
  while (index < items.length) {
    if (options.cancelled?.()) return false;
    if (now() - slice.start >= SLICE_MS) {
      noteStretch("highlight", now() - slice.start);
      await yieldToPage();
      slice.start = now();
      if (options.cancelled?.()) return false;
    }
    do {
      fn(items[index], index);
      index++;
    } while (index < items.length && now() - slice.start < SLICE_MS);
  }
  return !options.cancelled?.();
}

/** A pause for the page when the slice's budget is spent. */
export async function pauseIfSpent(slice: Slice, now: () => number = () => performance.now()): Promise<void> {
  if (now() - slice.start < SLICE_MS) return;
  noteStretch("highlight", now() - slice.start);
  await yieldToPage();
  slice.start = now();
}

/** A new task for the page's sake, without the nested timer's 4 ms (see ../page/steps). */
export function yieldToPage(): Promise<void> {
  return nextTask();
}

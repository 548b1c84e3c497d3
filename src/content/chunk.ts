/**
 * Long loops over quotes and mentions run in slices, yielding to the page between slices so that scrolling
 * and typing never stall (the budget keeps every slice well under 50 ms).
 */
const SLICE_MS = 12;

export interface ChunkOptions {
  /** Returns true when the work is no longer wanted (a newer request superseded it). */
  cancelled?: () => boolean;
  now?: () => number;
}

export async function forEachChunked<T>(items: readonly T[], fn: (item: T, index: number) => void, options: ChunkOptions = {}): Promise<boolean> {
  const now = options.now ?? (() => performance.now());
  let index = 0;
  while (index < items.length) {
    if (options.cancelled?.()) return false;
    const sliceStart = now();
    do {
      fn(items[index], index);
      index++;
    } while (index < items.length && now() - sliceStart < SLICE_MS);
    if (index < items.length) await yieldToPage();
  }
  return !options.cancelled?.();
}

export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

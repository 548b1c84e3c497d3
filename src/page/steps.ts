/**
 * Reading a page is written once, as generators that pause (`yield`) at points where stopping is safe. The
 * server and the command line run them to the end in one go; the content script runs them in slices of a few
 * milliseconds and lets the page's own work (scrolling, typing, its timers) run in between, so that even a
 * megabyte page never freezes. Both drivers run the very same steps, hence give the very same result.
 */
export type Steps<T> = Generator<void | Promise<unknown>, T, unknown>;

/** Waits for `promise` inside steps; only the sliced driver can wait (see `runSliced`). */
export function* waitFor<T>(promise: Promise<T>): Steps<T> {
  return (yield promise) as T;
}

/** Pause points are cheap but not free: long loops offer one every this many items. */
export const PAUSE_EVERY = 256;

/** For loops whose items cost more (a paragraph's characters, an element's computed style): a pause every few. */
export const PAUSE_OFTEN = 16;

/** Runs the steps to the end at once; steps that wait for something outside cannot run this way. */
export function runNow<T>(steps: Steps<T>): T {
  let state = steps.next();
  while (!state.done) {
    if (state.value instanceof Promise) throw new Error("These steps wait for an answer from elsewhere: run them with runSliced.");
    state = steps.next();
  }
  return state.value;
}

export interface SliceOptions {
  /** The longest stretch of work between two pauses for the page (the page must never stall 50 ms). */
  sliceMs?: number;
  now?: () => number;
  /** How to hand the thread back to the page; a new task by default. */
  pause?: () => Promise<void>;
  /** Told the length of each stretch of work between two pauses (for the bench's record of our longest). */
  onStretch?: (ms: number) => void;
}

/**
 * 5 ms: on this project's loaded 2-core machine a slice's wall time is often twice its CPU time, and the page's
 * own timer must still come round within 50 ms with a restyle or a message of ours in between.
 */
export const DEFAULT_SLICE_MS = 5;

/** Runs the steps in slices of about `sliceMs`, handing the thread back to the page between slices. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? nextTask;
  const onStretch = options.onStretch;
  let sliceStart = now();
  let state = steps.next();
  while (!state.done) {
    if (state.value instanceof Promise) {
      onStretch?.(now() - sliceStart);
      const answer: unknown = await state.value;
      sliceStart = now();
      state = steps.next(answer);
      continue;
    }
    if (now() - sliceStart >= sliceMs) {
      onStretch?.(now() - sliceStart);
      await pause();
      sliceStart = now();
    }
    state = steps.next();
  }
  onStretch?.(now() - sliceStart);
  return state.value;
}

/**
 * A new task (not a microtask: those run before the page gets the thread back). A plain timer, because
 * prioritised continuations (`scheduler.yield`) would run ahead of the page's own timers.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

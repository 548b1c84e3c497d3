/**
 * Reading a page is written once, as generators that pause (`yield`) at points where stopping is safe. The
 * server and the command line run them to the end in one go; the content script runs them in slices of a few
 * milliseconds and lets the page's own work (scrolling, typing, its timers) run in between, so that even a
 * megabyte page never freezes. Both drivers run the very same steps, hence give the very same result.
 */
export type Steps<T> = Generator<void | Promise<unknown>, T, unknown>;

/**
 * What the steps are at, named where a kind of work begins (the copy, the snapshot's serialization, the
 * assembly…): the content script's e2e builds label each stretch of the page's thread with it, so the bench can
 * say which work a long stretch was. A name only, set and read on one thread; nothing depends on it.
 */
let phaseNow = "";

export function phase(name: string): void {
  phaseNow = name;
}

export function currentPhase(): string {
  return phaseNow;
}

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
 * A new task (not a microtask: those run before the page gets the thread back), never a prioritised one
 * (`scheduler.yield` would run ahead of the page's own timers): a timer, or, right after a timer the browser held,
 * a message to a channel of our own. A timer set from a timer's task (our continuation runs in it) is nested, and
 * Firefox holds a timer nested five deep for at least 4 ms: in its content script every pause of a read in 5 ms
 * slices cost 4-5 ms (40 pauses after 1 ms of work: 190-260 ms by timers, 50-63 ms alternating with messages). A
 * timer set from the message's task is not nested, so the next five pauses are quick timers again. Chromium's
 * content script showed no held timers, so it keeps to timers: pausing by messages every other time there was not
 * kinder to the page's own timer (in one run, 118 ms of our work inside one gap of ars-1's timer; the code before
 * had 110 ms on another page in a run at the same load). The message goes to a port only we hold: the page's window
 * gets no event.
 */
export function nextTask(): Promise<void> {
  // Only a timer held where nesting holds it (the fifth in a row or later): one held because the machine or the page
  // was busy leaves the pauses to timers.
  const port = timersInARow >= NESTED_FROM && lastTimerMs >= HELD_TIMER_MS ? ownPort() : null;
  lastTimerMs = 0;
  if (port) {
    timersInARow = 0;
    return new Promise((resolve) => {
      waiting.push(resolve);
      port.postMessage(0);
    });
  }
  timersInARow++;
  const asked = performance.now();
  return new Promise((resolve) =>
    setTimeout(() => {
      lastTimerMs = performance.now() - asked;
      resolve();
    }, 0),
  );
}

/** A timer pause this long was held back (a nested timer waits 4 ms; an unheld one, well under 1 ms when idle). */
const HELD_TIMER_MS = 3.5;
let lastTimerMs = 0;
/** Browsers hold a timer from the fifth nesting on (HTML: a nesting level over 5). */
const NESTED_FROM = 5;
let timersInARow = 0;
const waiting: (() => void)[] = [];
/** The sending end of our channel; null where there is none (the timer then serves every pause). */
let sender: MessagePort | null | undefined;

function ownPort(): MessagePort | null {
  if (sender !== undefined) return sender;
  sender = null;
  try {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node (tests, the command line) would otherwise keep the process alive for the listening port.
    (channel.port1 as MessagePort & { unref?: () => void }).unref?.();
    sender = channel.port2;
  } catch {
    sender = null;
  }
  return sender;
}

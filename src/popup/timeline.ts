/**
 * Stage timings for `npm run bench`: each stage of a read leaves a `performance.measure("lens:<stage>")` (or a
 * mark) in the popup's own timeline, which the bench reads back from the popup page. Only the e2e builds carry
 * them: elsewhere TIMED is a build-time `false` (vite's `define`), every call below is dead code and the shipped
 * popup does no timing work, keeps nothing and sends nothing.
 */
import type { ContentRequest } from "../shared/messages";

declare const __LENS_TIMED__: boolean | undefined;
export const TIMED: boolean = typeof __LENS_TIMED__ !== "undefined" && __LENS_TIMED__ === true;

/** The stages the bench prints, in the order a fresh read passes them. */
export type Stage =
  | "script-start"
  | "first-paint"
  | "worker-start"
  | "worker-modules"
  | "model-bytes"
  | "model-ready"
  | "inject"
  | "snapshot"
  | "transfer"
  | "readability"
  | "verdict"
  | "text"
  | "quotes-early"
  | "analysis"
  | "highlight-plan"
  | "highlighted"
  | "highlight-final"
  | "header-painted"
  | "list-painted"
  | "tab"
  | "cache-read"
  | "page-check"
  | "cache-written"
  | "render"
  | "lists-complete"
  | "settled";

/** A point in time (ms since the popup started to load, or `at` when given in the popup's clock). */
export function mark(stage: Stage, at?: number): void {
  if (!TIMED) return;
  performance.mark(`lens:${stage}`, at === undefined ? undefined : { startTime: Math.max(0, at) });
}

/** The time `work` took, as a measure; several measures of one stage add up (a transfer in slices). */
export async function timed<T>(stage: Stage, work: () => Promise<T> | T): Promise<T> {
  if (!TIMED) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    measureSince(stage, start);
  }
}

/** A measure of `stage` from `start` (performance.now()) to now, for work timed by hand. */
export function measure(stage: Stage, start: number): void {
  if (!TIMED) return;
  measureSince(stage, start);
}

/** `timed` for synchronous work (Readability's judge must stay synchronous for its callers). */
export function timedSync<T>(stage: Stage, work: () => T): T {
  if (!TIMED) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    measureSince(stage, start);
  }
}

function measureSince(stage: Stage, start: number): void {
  performance.measure(`lens:${stage}`, { start, end: performance.now() });
}

/** Marks `stage` once the browser has painted what is on screen now (the frame after next starts after it). */
export function markPainted(stage: Stage): void {
  if (!TIMED) return;
  requestAnimationFrame(() => setTimeout(() => mark(stage), 0));
}

/** Which stage a message to the content script belongs to. */
export function stageOf(request: ContentRequest): Stage | null {
  switch (request.type) {
    case "lens:read":
      return "snapshot";
    case "lens:text":
      return request.part === "snapshot" ? "transfer" : "text";
    case "lens:verdict":
      return "verdict";
    case "lens:highlight":
      return "highlighted";
    default:
      return null;
  }
}

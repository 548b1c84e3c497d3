/** Runs the analysis off the popup's UI thread, so the skeleton keeps animating and the popup stays responsive. */
import { analyze } from "../analysis";
import { loadModel } from "../analysis/entities/tagger";
import { loadPosModel } from "../analysis/syntax/tagger";
import { installModels } from "../analysis/weights/modelPack";
import type { AnalysisReply, AnalysisRequest, ModelBytes, WorkerReady } from "./run-analysis";

/**
 * The models (entity tagger, part-of-speech tagger) come as one packed binary asset (weights/modelPack.ts),
 * which the popup fetches from the extension's package as it opens and hands over (transferred, not copied).
 * This worker decodes them at once, says it is ready, then runs paragraphs of its own through the analysis until
 * the page's text comes, so that by the time it arrives the analysis code is compiled too.
 */
/** Wall-clock time at which the analysis modules had been loaded. */
const modulesAt = performance.timeOrigin + performance.now();

/**
 * Our own short paragraphs, run through the analysis one by one while the worker waits for the page's text, so the
 * code the real analysis runs is compiled and has met the kinds of text it will meet (quotes, speakers, names).
 */
const WARM_UP = [
  "“We are ready,” said Ann Lee of the United Nations in Paris on Monday.",
  "The harbour board approved the plan on Tuesday. “It is the only way to keep the town dry,” said Marta Olsen, its chair.",
  "Officials at the Ministry of Transport said the work would start in March, according to a statement from the agency.",
  "Critics disagree. The plan is too expensive, argued Peter Haines, a councillor, who told reporters that Norway had done better.",
  "“We have waited ten years,” one fisherman said. Residents of Brightwater, a village near the coast, were not consulted.",
  "Acme Holdings Ltd. and the European Investment Bank will share the cost, the company said in a filing with regulators in London.",
  "Dr. Sarah Kim of Northfield University warned that sea levels were rising faster than expected. Her study was published last week.",
  "“This is not over,” the mayor told the Herald. He added that the council would vote again in May.",
];

let installed: (() => void) | null = null;
/** Settles once the models are in: requests that come first wait for it; a failed install fails them. */
const models = new Promise<void>((resolve) => (installed = resolve)).then(() => undefined);
let failure: string | null = null;
/** Set by the first real request: the warm-up would only delay it. */
let busy = false;

function install(message: ModelBytes): void {
  const bytesAt = performance.timeOrigin + performance.now();
  if ("buffer" in message) {
    try {
      installModels(message.buffer);
      loadModel();
      loadPosModel();
    } catch (error) {
      failure = `The lens could not load its models: ${error instanceof Error ? error.message : String(error)}`;
    }
  } else failure = `The lens could not load its models: ${message.error}`;
  installed?.();
  const ready: WorkerReady = { ready: true, startedAt: performance.timeOrigin, modulesAt, bytesAt, at: performance.timeOrigin + performance.now() };
  self.postMessage(ready);
  if (!failure) setTimeout(() => warmUp(0), 0);
}

/** One paragraph a task, so a request that comes in waits for one paragraph at most; stops at the first request. */
function warmUp(at: number): void {
  if (busy || at >= WARM_UP.length) return;
  try {
    analyze({ text: WARM_UP[at] });
  } catch {
    return; // The real request meets the same error, with its message.
  }
  setTimeout(() => warmUp(at + 1), 0);
}

self.onmessage = async (event: MessageEvent<AnalysisRequest | ModelBytes>) => {
  const data = event.data;
  if ("models" in data) return install(data);
  busy = true;
  await models;
  let reply: AnalysisReply;
  try {
    if (failure) throw new Error(failure);
    reply = { id: data.id, ok: true, analysis: analyze(data.input) };
  } catch (error) {
    reply = { id: data.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};

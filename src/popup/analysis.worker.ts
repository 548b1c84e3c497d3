/** Runs the analysis off the popup's UI thread, so the skeleton keeps animating and the popup stays responsive. */
import { analyze } from "../analysis";
import type { AnalysisReply, AnalysisRequest, WorkerReady } from "./run-analysis";

/**
 * The models (entity tagger, part-of-speech tagger) decode on first use. The popup starts this worker as it
 * opens, so decoding them now, on a sentence of our own, takes it off the read's critical path: by the time
 * the page's text arrives the models are ready (and the analysis code is compiled).
 */
/** Wall-clock time at which the analysis modules (and the 2 MB model module among them) had been loaded. */
const modulesAt = performance.timeOrigin + performance.now();

const WARM_UP = "“We are ready,” said Ann Lee of the United Nations in Paris on Monday.";

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  let reply: AnalysisReply;
  try {
    reply = { id: event.data.id, ok: true, analysis: analyze(event.data.input) };
  } catch (error) {
    reply = { id: event.data.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};

try {
  analyze({ text: WARM_UP });
} catch {
  // A model that fails to decode fails again, with its message, on the first real request.
}
const ready: WorkerReady = { ready: true, startedAt: performance.timeOrigin, modulesAt, at: performance.timeOrigin + performance.now() };
self.postMessage(ready);

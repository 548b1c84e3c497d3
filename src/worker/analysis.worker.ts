/** Runs the analysis off the popup's UI thread, so the skeleton keeps animating and the popup stays responsive. */
import { analyze } from "../analysis";
import { loadModel } from "../analysis/entities/tagger";
import { loadPosModel } from "../analysis/syntax/tagger";
import { installModels } from "../analysis/weights/modelPack";
import type { AnalysisReply, AnalysisRequest, ModelBytes, WorkerReady } from "./run-analysis";

/**
 * The models (entity tagger, part-of-speech tagger) come as one packed binary asset (weights/modelPack.ts),
 * which the popup fetches from the extension's package as it opens and hands over (transferred, not copied).
 * This worker decodes them at once, says it is ready, then runs one sentence of its own through the analysis
 * (unless the page's text came first), so that by the time the text arrives the analysis code is compiled too.
 */
/** Wall-clock time at which the analysis modules had been loaded. */
const modulesAt = performance.timeOrigin + performance.now();

const WARM_UP = "“We are ready,” said Ann Lee of the United Nations in Paris on Monday.";

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
  if (!failure) {
    setTimeout(() => {
      if (busy) return;
      try {
        analyze({ text: WARM_UP });
      } catch {
        // The real request meets the same error, with its message.
      }
    }, 0);
  }
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

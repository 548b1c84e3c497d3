/** Runs the analysis off the popup's UI thread, so the skeleton keeps animating and the popup stays responsive. */
import { analyze } from "../analysis";
import { installModels } from "../analysis/weights/modelPack";
import type { AnalysisReply, AnalysisRequest, ModelBytes, WorkerReady } from "./run-analysis";

/**
 * The models (entity tagger, part-of-speech tagger) come as one packed binary asset (weights/modelPack.ts),
 * which the popup fetches from the extension's package as it opens and hands over (transferred, not copied).
 * This worker decodes them and runs one sentence of its own through the analysis at once, so by the time the
 * page's text arrives the models are ready and the analysis code is compiled.
 */
/** Wall-clock time at which the analysis modules had been loaded. */
const modulesAt = performance.timeOrigin + performance.now();

const WARM_UP = "“We are ready,” said Ann Lee of the United Nations in Paris on Monday.";

let installed: (() => void) | null = null;
/** Settles once the models are in: requests that come first wait for it; a failed install fails them. */
const models = new Promise<void>((resolve) => (installed = resolve)).then(() => undefined);
let failure: string | null = null;

function install(message: ModelBytes): void {
  const bytesAt = performance.timeOrigin + performance.now();
  if ("buffer" in message) {
    try {
      installModels(message.buffer);
      analyze({ text: WARM_UP });
    } catch (error) {
      failure = `The lens could not load its models: ${error instanceof Error ? error.message : String(error)}`;
    }
  } else failure = `The lens could not load its models: ${message.error}`;
  installed?.();
  const ready: WorkerReady = { ready: true, startedAt: performance.timeOrigin, modulesAt, bytesAt, at: performance.timeOrigin + performance.now() };
  self.postMessage(ready);
}

self.onmessage = async (event: MessageEvent<AnalysisRequest | ModelBytes>) => {
  const data = event.data;
  if ("models" in data) return install(data);
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

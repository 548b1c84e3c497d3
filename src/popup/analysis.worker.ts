/** Runs the analysis off the popup's UI thread, so the skeleton keeps animating and the popup stays responsive. */
import { analyze } from "../analysis";
import type { AnalysisReply, AnalysisRequest } from "./run-analysis";

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  let reply: AnalysisReply;
  try {
    reply = { id: event.data.id, ok: true, analysis: analyze(event.data.input) };
  } catch (error) {
    reply = { id: event.data.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};

/**
 * Analysis in a module worker, with the same code run in the popup's own thread as a fallback where a worker
 * cannot start (some test environments, a browser refusing module workers).
 */
import type { Analysis } from "../analysis/types";

export interface AnalysisRequest {
  id: number;
  input: { title: string; text: string };
}

export type AnalysisReply = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; message: string };

type Input = AnalysisRequest["input"];

export function createAnalyzer(): (input: Input) => Promise<Analysis> {
  let worker: Worker | null = null;
  let nextId = 1;
  try {
    worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = null;
  }
  return async (input) => {
    if (worker) {
      try {
        return await inWorker(worker, { id: nextId++, input });
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
        worker.terminate();
        worker = null;
      }
    }
    const { analyze } = await import("../analysis");
    return analyze(input);
  };
}

class WorkerUnavailable extends Error {}

function inWorker(worker: Worker, request: AnalysisRequest): Promise<Analysis> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
    };
    const onMessage = (event: MessageEvent<AnalysisReply>) => {
      if (event.data?.id !== request.id) return;
      cleanup();
      if (event.data.ok) resolve(event.data.analysis);
      else reject(new Error(event.data.message));
    };
    // A worker that fails to load reports an error event: fall back to the popup's thread.
    const onError = (event: Event) => {
      event.preventDefault();
      cleanup();
      reject(new WorkerUnavailable("analysis worker failed to start"));
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    worker.postMessage(request);
  });
}

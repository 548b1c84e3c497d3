/**
 * Analysis in a module worker, so a long article never freezes the popup. There is deliberately no
 * in-thread fallback: it would bundle the analysis and its model a second time (≈2 MB), and every
 * browser we support runs module workers in extension pages.
 */
import type { Analysis } from "../analysis/types";

export interface AnalysisRequest {
  id: number;
  input: { title: string; text: string };
}

export type AnalysisReply = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; message: string };

/** The packed models (weights/modelPack.ts) as the popup fetched them, or why it could not. */
export type ModelBytes = { models: true; buffer: ArrayBuffer } | { models: true; error: string };

/**
 * Sent once by the worker when its models are decoded. Times are wall-clock ms (timeOrigin + now), as the
 * worker's clock and the popup's start at different moments: when the worker started, when its modules had
 * loaded, when the model bytes reached it, and when the models were decoded.
 */
export interface WorkerReady {
  ready: true;
  startedAt: number;
  modulesAt: number;
  bytesAt: number;
  at: number;
}

/**
 * The packed models in the extension's package (scripts/build/modelAsset.ts writes it there). Fetched by the
 * popup as it starts the worker, and transferred to it.
 */
function fetchModels(): Promise<ModelBytes> {
  return fetch("/assets/lens-models.bin")
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then(
      (buffer): ModelBytes => ({ models: true, buffer }),
      (error: unknown): ModelBytes => ({ models: true, error: error instanceof Error ? error.message : String(error) }),
    );
}

type Input = AnalysisRequest["input"];

export interface Analyzer {
  /** Starts the worker, which decodes its models at once; idempotent. */
  prepare(): void;
  /** Stops the worker (a cached result needs none); the next analysis starts a new one. */
  release(): void;
  analyze(input: Input): Promise<Analysis>;
}

/** `onReady` hears when a worker has decoded its models, with its times in the popup's clock. */
export function createAnalyzer(onReady?: (times: Omit<WorkerReady, "ready">) => void): Analyzer {
  const start = () => {
    // Read beside the worker's own start: the bytes are in long before its modules are loaded.
    const bytes = fetchModels();
    const worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
    void bytes.then((message) => worker.postMessage(message, "buffer" in message ? [message.buffer] : []));
    if (onReady) {
      const listen = (event: MessageEvent<WorkerReady | AnalysisReply>) => {
        if (!("ready" in event.data)) return;
        worker.removeEventListener("message", listen);
        const popupClock = (wallClock: number) => wallClock - performance.timeOrigin;
        onReady({
          startedAt: popupClock(event.data.startedAt),
          modulesAt: popupClock(event.data.modulesAt),
          bytesAt: popupClock(event.data.bytesAt),
          at: popupClock(event.data.at),
        });
      };
      worker.addEventListener("message", listen);
    }
    return worker;
  };
  let worker: Worker | null = null;
  let nextId = 1;
  return {
    prepare() {
      try {
        worker ??= start();
      } catch {
        // reported on first use, where the popup can show it
      }
    },
    release() {
      worker?.terminate();
      worker = null;
    },
    async analyze(input) {
      // Restarted after a failure, so one crash does not disable analysis for the popup's life.
      worker ??= start();
      const current = worker;
      return inWorker(current, { id: nextId++, input }).catch((error: unknown) => {
        current.terminate();
        if (worker === current) worker = null;
        throw error;
      });
    },
  };
}

function inWorker(worker: Worker, request: AnalysisRequest): Promise<Analysis> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
    };
    const onMessage = (event: MessageEvent<AnalysisReply | WorkerReady>) => {
      if ("ready" in event.data || event.data.id !== request.id) return;
      cleanup();
      if (event.data.ok) resolve(event.data.analysis);
      else reject(new Error(event.data.message));
    };
    const onError = (event: ErrorEvent | Event) => {
      event.preventDefault();
      cleanup();
      const detail = event instanceof ErrorEvent && event.message ? `: ${event.message}` : "";
      reject(new Error(`The analysis worker stopped${detail}`));
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    worker.postMessage(request);
  });
}

/**
 * The analysis worker (./analysis.worker.ts) as its clients see it. Where the browser has shared workers every
 * client connects to one instance, kept alive between popups by a holder page (./holder.ts): a popup then
 * finds the models decoded and the code compiled. Elsewhere each popup starts a dedicated worker of its own.
 * There is deliberately no in-thread fallback: it would bundle the analysis a second time, and every browser we
 * support runs module workers in extension pages.
 */
import type { Analysis } from "../analysis/types";
import { WORKER_NAME, type AnalysisRequest, type FromWorker, type ToWorker, type WorkerReady } from "../shared/messages";

export type { AnalysisReply, AnalysisRequest, WorkerReady } from "../shared/messages";

/** One connection to the worker, shared or dedicated. */
export interface Connection {
  post(message: ToWorker): void;
  listen(listener: (message: FromWorker) => void): () => void;
  /** Called when the worker cannot start or stops; returns what stops the listening. */
  onFailure(listener: (message: string) => void): () => void;
  close(): void;
  shared: boolean;
}

export function connect(): Connection {
  const failures = new Set<(message: string) => void>();
  const onFailure = (listener: (message: string) => void) => {
    failures.add(listener);
    return () => void failures.delete(listener);
  };
  const fail = (event: Event) => {
    event.preventDefault();
    const detail = event instanceof ErrorEvent && event.message ? `: ${event.message}` : "";
    for (const f of failures) f(`The analysis worker stopped${detail}`);
  };
  if (typeof SharedWorker === "function") {
    const worker = new SharedWorker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: WORKER_NAME });
    const port = worker.port;
    worker.addEventListener("error", fail);
    port.start();
    return {
      shared: true,
      post: (message) => port.postMessage(message),
      listen(listener) {
        const handler = (event: MessageEvent<FromWorker>) => listener(event.data);
        port.addEventListener("message", handler);
        return () => port.removeEventListener("message", handler);
      },
      onFailure,
      // The worker lives on for the other clients; this page only stops talking to it.
      close: () => port.close(),
    };
  }
  const worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: WORKER_NAME });
  worker.addEventListener("error", fail);
  return {
    shared: false,
    post: (message) => worker.postMessage(message),
    listen(listener) {
      const handler = (event: MessageEvent<FromWorker>) => listener(event.data);
      worker.addEventListener("message", handler);
      return () => worker.removeEventListener("message", handler);
    },
    onFailure,
    close: () => worker.terminate(),
  };
}

type Input = AnalysisRequest["input"];

/** When the worker was ready for this client, in the client's clock (ms since its navigation start). */
export interface ReadyTimes {
  startedAt: number;
  modulesAt: number;
  bytesAt: number;
  /** Models decoded; for a worker another page started, the moment this client's connection reached it. */
  at: number;
  warm: boolean;
}

export interface Analyzer {
  /** Connects to the worker (starting it where nobody has); idempotent. */
  prepare(): void;
  /** Drops this page's connection (a cached result needs none); a dedicated worker stops. */
  release(): void;
  /** `onQuotes` (optional) hears the quotes' spans ahead of the whole analysis (EarlyQuotes). */
  analyze(input: Input, onQuotes?: (spans: number[]) => void): Promise<Analysis>;
}

/** `onReady` hears when the worker has its models, with its times in this page's clock. */
export function createAnalyzer(onReady?: (times: ReadyTimes) => void): Analyzer {
  const start = (): Connection => {
    const connection = connect();
    if (onReady) {
      const stop = connection.listen((message) => {
        if (!("ready" in message)) return;
        stop();
        onReady(readyTimes(message));
      });
    }
    return connection;
  };
  let connection: Connection | null = null;
  let nextId = 1;
  return {
    prepare() {
      try {
        connection ??= start();
      } catch {
        // reported on first use, where the popup can show it
      }
    },
    release() {
      connection?.close();
      connection = null;
    },
    async analyze(input, onQuotes) {
      // Reconnected after a failure, so one crash does not disable analysis for the popup's life.
      connection ??= start();
      const current = connection;
      const request: AnalysisRequest = onQuotes ? { id: nextId++, input, early: true } : { id: nextId++, input };
      return inWorker(current, request, onQuotes).catch((error: unknown) => {
        current.close();
        if (connection === current) connection = null;
        throw error;
      });
    },
  };
}

function readyTimes(message: WorkerReady): ReadyTimes {
  const local = (wallClock: number) => wallClock - performance.timeOrigin;
  return {
    startedAt: local(message.startedAt),
    modulesAt: local(message.modulesAt),
    bytesAt: local(message.bytesAt),
    // Ready for this client once both the models and its connection were there.
    at: local(Math.max(message.at, message.connectedAt)),
    warm: message.warm,
  };
}

function inWorker(connection: Connection, request: AnalysisRequest, onQuotes?: (spans: number[]) => void): Promise<Analysis> {
  return new Promise((resolve, reject) => {
    let settled = false;
    // Both listeners go once the request is answered either way: a popup that analyses again and again (a page read
    // anew, a selection) would otherwise keep one failure listener per request on the connection.
    const stopAll = () => {
      stop();
      stopFailure();
    };
    const stop = connection.listen((message) => {
      if ("ready" in message || message.id !== request.id || settled) return;
      if ("early" in message) {
        // A listener's failure must not lose the whole analysis that follows.
        try {
          onQuotes?.(message.quotes);
        } catch {
          // nothing: the highlight comes with the whole analysis
        }
        return;
      }
      settled = true;
      stopAll();
      if (message.ok) resolve(message.analysis);
      else reject(new Error(message.message));
    });
    const stopFailure = connection.onFailure((message) => {
      if (settled) return;
      settled = true;
      stopAll();
      reject(new Error(message));
    });
    connection.post(request);
  });
}

/**
 * The analysis, off every page's UI thread. It runs as a shared worker where the browser has them: the page
 * that keeps it alive between popups (Chrome's offscreen document, Firefox's background page; see ./holder.ts)
 * and each popup connect to the same instance, so a popup finds the models decoded and the analysis code
 * already compiled. Where shared workers are missing it runs as the popup's own dedicated worker, as before.
 *
 * The models (entity tagger, part-of-speech tagger) come as one packed binary asset (weights/modelPack.ts),
 * which the worker reads from the extension's own package as it starts (a fetch of an extension file, never the
 * network) and decodes at once.
 */
import { analyze } from "../analysis";
import { loadModel } from "../analysis/entities/tagger";
import { loadPosModel } from "../analysis/syntax/tagger";
import { installModels } from "../analysis/weights/modelPack";
import { MODEL_URL, type AnalysisReply, type EarlyQuotes, type ToWorker, type WorkerReady } from "../shared/messages";
import { analyzeInSteps } from "./steps";
import { WARM_UP_PARAGRAPHS, WARM_UP_ROUNDS } from "./warm-up";

const wallClock = () => performance.timeOrigin + performance.now();

/** Wall-clock time at which the analysis code had been loaded. */
const modulesAt = wallClock();
let bytesAt = 0;
let readyAt = 0;
let failure: string | null = null;

/** Settles once the models are decoded, or failed to (then every request fails with `failure`). */
const models: Promise<void> = fetch(MODEL_URL)
  .then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.arrayBuffer();
  })
  .then((buffer) => {
    bytesAt = wallClock();
    installModels(buffer);
    loadModel();
    loadPosModel();
  })
  .catch((error: unknown) => {
    failure = `The lens could not load its models: ${error instanceof Error ? error.message : String(error)}`;
  })
  .finally(() => {
    readyAt = wallClock();
  });

/** Real requests not yet answered: warm-up work never runs while one waits. */
let pending = 0;
let warmUpQueued = false;

/** One warm-up piece per task, so a request that comes in waits for one paragraph at most. */
function warmUp(pieces: readonly string[]): void {
  if (warmUpQueued || pieces.length === 0) return;
  warmUpQueued = true;
  let next = 0;
  const step = () => {
    if (failure || next >= pieces.length) {
      warmUpQueued = false;
      return;
    }
    if (pending === 0) {
      try {
        analyze({ text: pieces[next] });
      } catch {
        // The real request meets the same error, with its message.
      }
      next++;
    }
    setTimeout(step, 0);
  };
  void models.then(() => setTimeout(step, 0));
}

interface Port {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

function serve(port: Port): void {
  const connectedAt = wallClock();
  const warm = readyAt !== 0;
  void models.then(() => {
    const ready: WorkerReady = { ready: true, startedAt: performance.timeOrigin, modulesAt, bytesAt, at: readyAt, connectedAt, warm };
    port.postMessage(ready);
  });
  port.onmessage = (event) => {
    const data = event.data;
    if ("warmUp" in data) {
      const rounds: string[] = [];
      for (let round = 0; round < WARM_UP_ROUNDS; round++) rounds.push(...WARM_UP_PARAGRAPHS);
      warmUp(rounds);
      return;
    }
    pending++;
    void models.then(() => {
      let reply: AnalysisReply;
      try {
        if (failure) throw new Error(failure);
        const analysis = data.early
          ? analyzeInSteps(data.input, (quotes) => {
              const early: EarlyQuotes = { id: data.id, early: true, quotes };
              port.postMessage(early);
            })
          : analyze(data.input);
        reply = { id: data.id, ok: true, analysis };
      } catch (error) {
        reply = { id: data.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      pending--;
      port.postMessage(reply);
    });
  };
}

const scope = self as unknown as { onconnect?: ((event: MessageEvent) => void) | null } & Port;
if ("onconnect" in scope) {
  // A shared worker: each page that connects gets its own port (an onmessage handler starts the port).
  scope.onconnect = (event: MessageEvent) => serve(event.ports[0] as unknown as Port);
} else {
  // The popup's own dedicated worker: compile the main paths on one sentence while the page is being read.
  serve(scope);
  warmUp(WARM_UP_PARAGRAPHS.slice(0, 1));
}

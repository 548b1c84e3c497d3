/**
 * Keeps the analysis worker (src/worker) alive between popups, so that opening the popup does not start a
 * worker, fetch and decode 1.9 MB of models and run cold code each time. Chrome's background is a service
 * worker, which cannot start workers: it opens an offscreen document (reason WORKERS) that holds the worker.
 * Firefox's background is a page: it holds the worker itself, for as long as Firefox keeps it loaded (it
 * unloads an idle background page; the popup's message wakes it again, see BackgroundRequest).
 */
import { holdAnalysisWorker } from "../worker/holder";

/** The offscreen document's page in the build (vite.config.ts lists it). */
export const OFFSCREEN_PATH = "src/offscreen/index.html";

/** The parts of chrome.offscreen and chrome.runtime the holder needs, so its rules are tested without a browser. */
export interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(path: string): Promise<void>;
}

export type Holder = () => Promise<boolean>;

/** Opens the offscreen document unless it is open (or being opened); true once it is there. */
export function offscreenHolder(api: OffscreenApi): Holder {
  let opening: Promise<boolean> | null = null;
  return () =>
    (opening ??= (async () => {
      try {
        if (!(await api.hasDocument())) await api.createDocument(OFFSCREEN_PATH);
        return true;
      } catch (error) {
        // Another context opened it meanwhile: Chrome allows one offscreen document per extension.
        if (/single offscreen|only a single/i.test(String(error))) return true;
        console.warn("News Lens: could not open the analysis document", error);
        return false;
      } finally {
        opening = null;
      }
    })());
}

interface ChromeOffscreen {
  offscreen?: {
    createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
  runtime?: { getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]> };
}

/** The holder for this browser: the offscreen document in Chrome, the background page itself in Firefox. */
export function analysisHolder(): Holder {
  const chromeApi = (globalThis as { chrome?: ChromeOffscreen }).chrome;
  const offscreen = chromeApi?.offscreen;
  const getContexts = chromeApi?.runtime?.getContexts;
  if (offscreen && getContexts) {
    return offscreenHolder({
      hasDocument: async () => (await getContexts.call(chromeApi.runtime, { contextTypes: ["OFFSCREEN_DOCUMENT"] })).length > 0,
      createDocument: (path) =>
        offscreen.createDocument({
          url: path,
          reasons: ["WORKERS"],
          justification: "Holds the analysis worker and its decoded models between popups, so the popup answers at once.",
        }),
    });
  }
  return async () => holdAnalysisWorker();
}

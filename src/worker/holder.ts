/**
 * Keeps the shared analysis worker alive between popups: a page that lives longer than any popup (Chrome's
 * offscreen document, Firefox's background page) holds a connection to it, so the worker, its decoded models
 * and its compiled code survive each popup closing. The holder asks for a warm-up once, while nobody waits.
 */
import { connect, type Connection } from "./client";

let held: Connection | null = null;

/** Connects once per page; false where the browser has no shared workers (each popup then starts its own). */
export function holdAnalysisWorker(): boolean {
  if (held) return true;
  if (typeof SharedWorker !== "function") return false;
  try {
    held = connect();
  } catch {
    return false;
  }
  held.onFailure(() => {
    held?.close();
    held = null;
  });
  held.post({ warmUp: true });
  return true;
}

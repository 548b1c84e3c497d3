/**
 * Readability, run here in the popup on the page snapshot the content script sends, instead of on the page's
 * main thread. The snapshot is parsed into an inert document: no script runs and nothing loads.
 */
import { snapshotPrefix } from "../page/snapshot";
import { verdictOfSnapshot } from "../page/snapshot-verdict";
import type { ReadabilityVerdict } from "../page/readability-verdict";

export function judgeSnapshot(html: string): ReadabilityVerdict | null {
  // privacy-ok: an inert document of the extension's own, never attached anywhere: no script runs, nothing loads.
  const doc = new DOMParser().parseFromString(html, "text/html");
  return verdictOfSnapshot(doc, snapshotPrefix(html));
}

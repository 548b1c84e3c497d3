import type { Tabs } from "webextension-polyfill";
import { sessionResultKey } from "../shared/messages";

/** The few browser calls the worker needs, so the lifecycle rules can be tested without a browser. */
export interface TabLifecycleApi {
  removeSession(key: string): Promise<void>;
  clearBadge(tabId: number): Promise<void>;
}

/**
 * A cached result describes the page as it was read; once the tab starts loading something else (a reload, a
 * link, a history navigation) or closes, the cache and the quote-count badge would be lying, so both go.
 */
export function shouldForget(changeInfo: Tabs.OnUpdatedChangeInfoType): boolean {
  return changeInfo.status === "loading" || typeof changeInfo.url === "string";
}

export async function forgetTab(api: TabLifecycleApi, tabId: number, tabClosed: boolean): Promise<void> {
  const work: Promise<void>[] = [api.removeSession(sessionResultKey(tabId))];
  // A closed tab has no badge left to clear, and asking would only log "No tab with id".
  if (!tabClosed) work.push(api.clearBadge(tabId));
  const outcomes = await Promise.allSettled(work);
  for (const outcome of outcomes) {
    if (outcome.status === "rejected" && !isGoneTabError(outcome.reason)) {
      console.warn("News Lens: could not clear the cached result of tab", tabId, outcome.reason);
    }
  }
}

function isGoneTabError(reason: unknown): boolean {
  return reason instanceof Error && /no tab with id|invalid tab id/i.test(reason.message);
}

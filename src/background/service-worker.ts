/**
 * The background is deliberately thin: the popup does the reading and analysis on click. The background keeps
 * per-tab state honest when tabs move on, and keeps the analysis worker alive between popups (./analysis-holder).
 * It makes no network request of any kind.
 */
import browser from "webextension-polyfill";
import { isBackgroundRequest } from "../shared/messages";
import { analysisHolder } from "./analysis-holder";
import { forgetTab, shouldForget, type TabLifecycleApi } from "./tab-lifecycle";

const api: TabLifecycleApi = {
  removeSession: (key) => browser.storage.session.remove(key),
  clearBadge: (tabId) => browser.action.setBadgeText({ tabId, text: "" }),
};

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (shouldForget(changeInfo)) void forgetTab(api, tabId, false);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(api, tabId, true);
});

const holdWorker = analysisHolder();
// At browser start and install, so that even the first popup of a session finds the models decoded.
browser.runtime.onStartup.addListener(() => void holdWorker());
browser.runtime.onInstalled.addListener(() => void holdWorker());
browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isBackgroundRequest(message)) return undefined;
  return holdWorker().then((held) => ({ ok: held }));
});
// Whenever the background wakes: Firefox unloads an idle background page, and the worker with it.
void holdWorker();

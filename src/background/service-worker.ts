/**
 * The background worker is deliberately thin: the popup does the reading and analysis on click. All the
 * worker does is keep per-tab state honest when tabs move on. It makes no network request of any kind.
 */
import browser from "webextension-polyfill";
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

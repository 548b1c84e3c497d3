/** Opens the "My sources" page in a tab of its own (from the popup's footer and from the options page). */
import browser from "webextension-polyfill";

export const HISTORY_PAGE = "src/history/index.html";

export async function openHistoryPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(HISTORY_PAGE) });
}

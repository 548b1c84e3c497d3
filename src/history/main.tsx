import { render } from "preact";
import browser from "webextension-polyfill";
import { HistoryPage } from "./HistoryPage";
import "../shared/profile/source-colors.css";
import "./history.css";

/** A file made in the page and saved by the browser: a blob: URL, nothing leaves the machine. */
function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

render(
  <HistoryPage
    local={browser.storage.local}
    sync={browser.storage.sync}
    now={() => Date.now()}
    download={download}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById("app")!,
);

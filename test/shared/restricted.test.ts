import { describe, expect, it } from "vitest";
import { restrictionFor } from "../../src/shared/restricted";

describe("restricted pages", () => {
  it.each([
    "chrome://settings",
    "chrome://newtab/",
    "edge://extensions",
    "about:blank",
    "about:addons",
    "view-source:https://example.com/",
    "chrome-extension://abcdefghijklmnop/popup.html",
    "moz-extension://1234/options.html",
    "https://chrome.google.com/webstore/detail/xyz",
    "https://chromewebstore.google.com/detail/xyz",
    "https://addons.mozilla.org/en-US/firefox/addon/xyz/",
    "https://example.com/report.pdf",
    "file:///home/me/report.pdf",
    "data:text/html,<p>hi</p>",
  ])("refuses %s with a sentence", (url) => {
    const restriction = restrictionFor(url);
    expect(restriction).not.toBeNull();
    expect(restriction!.message).toMatch(/\.$/);
  });

  it.each(["https://www.reuters.com/article/us-canada-huawei", "http://127.0.0.1:8080/sample.html", "https://chrome.google.com/search?q=news"])(
    "lets %s through",
    (url) => expect(restrictionFor(url)).toBeNull(),
  );

  it("explains how to allow local files, and allows them once access is granted", () => {
    expect(restrictionFor("file:///home/me/article.html")!.message).toMatch(/Allow access to file URLs/);
    expect(restrictionFor("file:///home/me/article.html", { fileAccess: true })).toBeNull();
  });

  it("says a PDF is a PDF", () => {
    expect(restrictionFor("https://example.com/paper.PDF")!.message).toMatch(/PDF/);
  });

  it("handles a tab without an address or with a malformed one", () => {
    expect(restrictionFor(undefined)).not.toBeNull();
    expect(restrictionFor("not a url")).not.toBeNull();
  });
});

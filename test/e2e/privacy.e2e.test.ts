/// <reference types="chrome" />
/**
 * Never leak: a whole session of real use in Chromium — reading pages (one of which replaced fetch), the popup,
 * highlights on and off, the filter, revealing a quote, both exports, the options page — while every request of
 * the service worker, the extension pages and the content script is watched:
 *   - Playwright's request events with their origin (service worker / extension page), as the harness records;
 *   - every attempt to reach anything but 127.0.0.1, from any context (the harness' offline route sees all);
 *   - the fixture servers' own logs: after a page has loaded, nothing may ask its server for anything (a
 *     content-script request to the page's origin would look like the page's own otherwise).
 * The "My sources" history page is used the same way (history on, a read, CSV, delete). Then what stays
 * behind: nothing of the article in storage.local or storage.sync (only the in-memory storage.session cache may
 * hold it). And restricted and unusual URLs each get a clear message.
 * Needs `npm run build:test`.
 */
import { createServer, type Server } from "node:http";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page, Request } from "playwright-core";
import {
  byTestId,
  CHROME_E2E_BUILD,
  launchChromium,
  OPTIONS_PATH,
  serveFixtures,
  siteFixtureDir,
  type ChromiumSession,
  type FixtureServer,
} from "./harness";
import { hostileDir, tinyPdf } from "../fixtures/hostile/pages";

/**
 * The browser's own PDF viewer is an extension page too and loads chrome://resources; those never touch the
 * network and are not ours, so the harness' "extension page" requests are read without them.
 */
const extensionRequests = () => chromium.activity.requests.filter((url) => !url.startsWith("chrome://"));

const TOGGLE = '[data-testid="highlight-toggle"]';
const FILTER = '[data-testid="filter-input"]';
const SETTLED = `${byTestId("article-title")}, ${byTestId("status-message")}:not([data-tone="loading"])`;

let server: FixtureServer;
let pdfServer: Server;
let pdfOrigin: string;
let chromium: ChromiumSession;
/** Every request the browser made during the session, by who made it. */
const seen = { extension: 0, page: 0, outbound: 0, total: 0 };

beforeAll(async () => {
  server = await serveFixtures({ site: siteFixtureDir, hostile: hostileDir });
  // PDFs need their real content type to open in the viewer; the shared fixture server does not know it.
  pdfServer = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/pdf", "cache-control": "no-store" }).end(tinyPdf());
    void req;
  });
  await new Promise<void>((resolve) => pdfServer.listen(0, "127.0.0.1", resolve));
  const address = pdfServer.address();
  if (!address || typeof address === "string") throw new Error("pdf server has no port");
  pdfOrigin = `http://127.0.0.1:${address.port}`;
  chromium = await launchChromium({ extensionDir: CHROME_E2E_BUILD });
  chromium.context.on("request", (request: Request) => {
    seen.total++;
    const url = request.url();
    if (/^chrome-extension:/.test(url)) seen.extension++;
    else if (!/^https?:\/\/127\.0\.0\.1[:/]/.test(url) && !/^(data|blob|about):/.test(url)) seen.outbound++;
    else seen.page++;
  });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await new Promise<void>((resolve) => (pdfServer ? pdfServer.close(() => resolve()) : resolve()));
  console.log(
    `[privacy] requests seen in the session: ${seen.total} in all — ${seen.extension} for the extension's own files, ` +
      `${seen.page} page loads from 127.0.0.1, ${seen.outbound} to anywhere else; ` +
      `by the extension to the network: ${chromium ? extensionRequests().length : "?"}; ` +
      `off-machine attempts (only the test's own navigation to the web store URL is allowed): ${chromium?.outboundAttempts.join(", ") ?? "?"}`,
  );
});

async function openAndRead(url: string): Promise<{ page: Page; popup: Page; servedAfterLoad: number }> {
  const page = await chromium.context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(200);
  const servedAfterLoad = server.requests.length;
  const popup = await chromium.openPopup(await chromium.tabIdOf(page));
  await popup.waitForSelector(SETTLED, { timeout: 30_000 });
  return { page, popup, servedAfterLoad };
}

describe("Chromium: nothing leaves the browser", () => {
  const pages = ["/site/index.html", "/hostile/builtins-overwritten.html", "/hostile/emoji.html", "/hostile/zero-width-combining.html"];
  const articleTexts: string[] = [];

  for (const pathname of pages) {
    it(`a full session on ${pathname} makes no request`, async () => {
      const errorsBefore = chromium.activity.errors.length;
      const { page, popup, servedAfterLoad } = await openAndRead(server.url(pathname));
      const title = await popup.locator(byTestId("article-title")).first().textContent().catch(() => "");
      expect(title, `${pathname} was read`).not.toBe("");
      articleTexts.push(
        await page.evaluate(() => document.querySelector("article p, .story-body p")?.textContent?.replace(/\s+/g, " ").trim() ?? ""),
      );

      // Use everything the popup offers.
      const toggle = popup.locator(TOGGLE);
      if (await toggle.count()) {
        await toggle.click();
        await popup.waitForTimeout(300);
        await toggle.click();
        await popup.waitForTimeout(300);
      }
      const filter = popup.locator(FILTER);
      if (await filter.count()) {
        await filter.fill("said");
        await filter.fill("");
      }
      const quote = popup.locator(`${byTestId("quote")} button`).first();
      if (await quote.count()) {
        await quote.click();
        await popup.waitForTimeout(600);
      }
      for (const id of ["export-json", "export-markdown"]) {
        const button = popup.locator(`[data-testid="${id}"]`);
        if (await button.count()) await button.click();
      }
      await popup.waitForTimeout(300);
      await popup.close();
      await page.waitForTimeout(300);

      expect(extensionRequests(), "requests by the service worker or extension pages").toEqual([]);
      expect(chromium.outboundAttempts, "attempts to reach anything but 127.0.0.1").toEqual([]);
      expect(server.requests.slice(servedAfterLoad).filter((p) => !p.endsWith("favicon.ico")), "requests to the page's server after it loaded").toEqual([]);
      expect(chromium.activity.errors.slice(errorsBefore)).toEqual([]);
      await page.close();
    });
  }

  it("the options page makes no request", async () => {
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl(OPTIONS_PATH));
    await options.waitForLoadState("load");
    await options.waitForTimeout(500);
    await options.close();
    expect(extensionRequests()).toEqual([]);
    expect(chromium.outboundAttempts).toEqual([]);
  });

  it("My sources makes no request: history on, an article read, the page used, CSV exported, all deleted", async () => {
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl(OPTIONS_PATH));
    await options.locator('[data-testid="keep-history"]').check();
    await options.waitForTimeout(300);
    const { page, popup } = await openAndRead(server.url("/site/index.html"));
    await expect.poll(() => popup.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).some((k) => k.startsWith("history:")))).toBe(true);
    // The history page is opened from the popup's footer, as a reader would.
    const opened = chromium.context.waitForEvent("page");
    await popup.click('[data-testid="open-history"]');
    const history = await opened;
    await history.waitForSelector('[data-testid="history-entry"]');
    for (const period of ["7d", "all", "30d"]) await history.click(`[data-testid="period-${period}"]`);
    const download = history.waitForEvent("download");
    await history.click('[data-testid="export-csv"]');
    expect((await download).suggestedFilename()).toBe("news-lens-history.csv");
    await history.click('[data-testid="delete-history"]');
    await history.click('[data-testid="confirm-delete"]');
    await history.waitForSelector('[data-testid="history-notice"]');
    // Off again, as the session started; the options page asks nothing now that the history is empty.
    await options.locator('[data-testid="keep-history"]').uncheck();
    await options.waitForTimeout(300);
    expect(await options.locator('[data-testid="delete-on-off"]').count()).toBe(0);
    await Promise.all([history.close(), popup.close(), page.close(), options.close()]);
    expect(extensionRequests()).toEqual([]);
    expect(chromium.outboundAttempts).toEqual([]);
  });

  it("nothing of the articles is stored on disk (storage.local, storage.sync)", async () => {
    const worker = chromium.context.serviceWorkers()[0] ?? chromium.worker;
    const stored = await worker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]));
    const fragments = articleTexts.filter((t) => t.length > 20).map((t) => t.slice(0, 40));
    expect(fragments.length).toBeGreaterThan(0);
    for (const fragment of fragments) expect(stored, "article text in persistent storage").not.toContain(JSON.stringify(fragment).slice(1, -1));
  });
});

describe("Chromium: restricted and unusual URLs get a clear message", () => {
  const cases: Array<[string, () => string]> = [
    ["the extensions page", () => "chrome://extensions/"],
    ["a blank page", () => "about:blank"],
    ["view-source:", () => `view-source:${server.url("/hostile/emoji.html")}`],
    ["the web store (offline, so Chrome's error page)", () => "https://chromewebstore.google.com/detail/news-lens/abcdefghijklmnopabcdefghijklmnop"],
    ["a PDF in the viewer (.pdf URL)", () => `${pdfOrigin}/minutes.pdf`],
    ["a PDF in the viewer (no .pdf in the URL)", () => `${pdfOrigin}/download?id=7`],
    ["a file:// page without file access", () => pathToFileURL(path.join(hostileDir, "emoji.html")).href],
  ];
  for (const [label, url] of cases) {
    it(label, async () => {
      const errorsBefore = chromium.activity.errors.length;
      const outboundBefore = chromium.outboundAttempts.length;
      const page = await chromium.context.newPage();
      const target = url();
      await page.goto(target).catch(() => {
        // chrome://, view-source:, offline and PDF navigations may report an error while showing the tab.
      });
      await page.waitForTimeout(500);
      const tabId = await activeTabId();
      const popup = await chromium.openPopup(tabId);
      await popup.waitForSelector(SETTLED, { timeout: 30_000 });
      const reading = await popup.evaluate(() => ({
        title: document.querySelector('[data-testid="article-title"]')?.textContent?.trim() ?? "",
        status: [...document.querySelectorAll('[data-testid="status-message"]')].map((e) => e.textContent?.trim() ?? "").join(" | "),
        quotes: document.querySelectorAll('[data-testid="quote"]').length,
      }));
      console.log(`[privacy] ${label}: ${reading.status || reading.title}`);
      expect(reading.title, `${label}: nothing pretends to have been read`).toBe("");
      expect(reading.quotes).toBe(0);
      expect(reading.status.length, `${label}: a sentence a reader understands`).toBeGreaterThan(15);
      expect(chromium.activity.errors.slice(errorsBefore), `${label}: extension errors`).toEqual([]);
      expect(extensionRequests()).toEqual([]);
      // The only off-machine attempt allowed is the test's own navigation (the web store URL).
      const host = (u: string) => { try { return new URL(u.replace(/^view-source:/, "")).host; } catch { return u; } };
      // chrome:// and file:// loads (the PDF viewer's resources, the file page itself) never touch the network.
      const network = chromium.outboundAttempts.slice(outboundBefore).filter((u) => !/^(chrome|file):/.test(u));
      expect(network.filter((u) => host(u) !== host(target))).toEqual([]);
      await popup.close();
      await page.close();
    });
  }
});

/** The tab in front; restricted pages hide their URL from the extension, so look them up this way. */
async function activeTabId(): Promise<number> {
  const worker = chromium.context.serviceWorkers()[0] ?? chromium.worker;
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error("no active tab");
  return id;
}

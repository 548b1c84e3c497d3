/// <reference types="chrome" />
/**
 * The foundation flow in real browsers: the built extension loads cleanly, the popup reads the bundled sample
 * article and every saved corpus page, restricted pages get a clear message, and the same flow works in
 * Firefox. Needs `npm run build:test` (the `test:e2e` script runs it first).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Page as PuppeteerPage } from "puppeteer-core";
import { analyze } from "../../src/analysis";
import {
  byTestId,
  CHROME_E2E_BUILD,
  corpusDir,
  FIREFOX_E2E_BUILD,
  launchChromium,
  launchFirefox,
  OPTIONS_PATH,
  serveFixtures,
  siteFixtureDir,
  type ChromiumSession,
  type FirefoxSession,
  type FixtureServer,
} from "./harness";

const SAMPLE_TITLE = "Chile and Canada pause deep-sea mining licences after Lisbon talks";
/** How long the popup may take to read and analyse a page before the test gives up. */
const POPUP_TIMEOUT = 30_000;

/**
 * The sample article's body as its author wrote it: the paragraphs of `.story-body`, nothing else (no caption,
 * byline, editing line, ads or comments). Counts and the cross-check against the analysis come from here.
 */
function sampleArticleParagraphs(): string[] {
  const html = readFileSync(path.join(siteFixtureDir, "index.html"), "utf8");
  const body = html.slice(html.indexOf('<div class="story-body">'), html.indexOf('<p class="editing-note">'));
  return [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => match[1].replace(/\s+/g, " ").trim());
}

const sampleParagraphs = sampleArticleParagraphs();
const sampleWords = sampleParagraphs.join(" ").split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const sampleAnalysis = analyze({ title: SAMPLE_TITLE, text: sampleParagraphs.join("\n\n") });
/** Entity kinds the popup lists (locations are not a popup section). */
const LISTED_ENTITY_TYPES = new Set(["person", "organization", "country"]);

interface PopupReading {
  title: string;
  words: number;
  paragraphs: number;
  quotes: number;
  entityNames: string[];
  status: string;
}

/** The popup's state as the test hooks expose it; works on playwright and puppeteer pages alike. */
function readPopupInPage(): PopupReading {
  const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? "";
  const count = (selector: string) => {
    const element = document.querySelector(selector);
    if (!element) return -1;
    const raw = element.getAttribute("data-value") ?? element.textContent ?? "";
    const digits = raw.replace(/[^\d]/g, "");
    return digits === "" ? -1 : Number(digits);
  };
  return {
    title: text('[data-testid="article-title"]'),
    words: count('[data-testid="word-count"]'),
    paragraphs: count('[data-testid="paragraph-count"]'),
    quotes: document.querySelectorAll('[data-testid="quote"]').length,
    entityNames: [...document.querySelectorAll('[data-testid="entity"]')].map(
      (element) => `${element.getAttribute("data-name") ?? ""} ${element.textContent ?? ""}`,
    ),
    status: text('[data-testid="status-message"]'),
  };
}

/** Waits until the popup shows a result (title) or a message, never just a spinner. */
const SETTLED = `${byTestId("article-title")}, ${byTestId("status-message")}:not([data-tone="loading"])`;

async function chromePopupReading(popup: Page): Promise<PopupReading> {
  await popup.waitForSelector(SETTLED, { timeout: POPUP_TIMEOUT });
  return popup.evaluate(readPopupInPage);
}

async function firefoxPopupReading(popup: PuppeteerPage): Promise<PopupReading> {
  await popup.waitForSelector(SETTLED, { timeout: POPUP_TIMEOUT });
  return popup.evaluate(readPopupInPage);
}

function expectSampleReading(reading: PopupReading): void {
  expect(reading.title, `title (popup said: "${reading.status}")`).toContain(SAMPLE_TITLE);
  // The body has exactly these paragraphs; caption, byline, editing line, ads and comments are not article.
  expect(reading.paragraphs).toBe(sampleParagraphs.length);
  // Word counting conventions differ slightly (hyphens, dashes, numbers); the count must still be this text's.
  expect(reading.words).toBeGreaterThanOrEqual(Math.floor(sampleWords * 0.95));
  expect(reading.words).toBeLessThanOrEqual(Math.ceil(sampleWords * 1.05));
  // The popup lists what the analysis finds on this text: as many quotes, and every listed kind of entity.
  if (sampleAnalysis.quotes.length > 0) expect(reading.quotes).toBeGreaterThan(0);
  else expect(reading.quotes).toBe(0);
  for (const entity of sampleAnalysis.entities.filter((candidate) => LISTED_ENTITY_TYPES.has(candidate.type))) {
    expect(reading.entityNames.some((shown) => shown.includes(entity.name)), `entity ${entity.name} listed`).toBe(true);
  }
}

/** A restricted page must say so in words, and must not pretend to have read anything. */
function expectClearRefusal(reading: PopupReading, where: string): void {
  expect(reading.status.length, `status message on ${where}`).toBeGreaterThan(15);
  expect(reading.title, `no article title on ${where}`).toBe("");
  expect(reading.quotes).toBe(0);
}

interface CorpusPage {
  name: string;
  expectedWords: number;
  lang: string;
  negative: boolean;
}

function corpusPages(): CorpusPage[] {
  if (!existsSync(corpusDir)) return [];
  return readdirSync(corpusDir)
    .filter((name) => existsSync(path.join(corpusDir, name, "source.html")))
    .sort()
    .map((name) => {
      const meta = JSON.parse(readFileSync(path.join(corpusDir, name, "meta.json"), "utf8")) as {
        expectedWords?: number;
        lang?: string;
        negative?: boolean;
      };
      return { name, expectedWords: meta.expectedWords ?? 0, lang: meta.lang ?? "en", negative: meta.negative ?? false };
    });
}

const corpus = corpusPages();
if (corpus.length === 0) {
  console.warn(`[e2e] ../shared corpus not found at ${corpusDir}: corpus e2e tests are skipped.`);
}

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures(
    existsSync(corpusDir) ? { site: siteFixtureDir, corpus: corpusDir } : { site: siteFixtureDir },
    { scriptless: ["corpus"] },
  );
});

afterAll(async () => {
  await server?.close();
});

describe("Chromium", () => {
  let chromium: ChromiumSession;

  beforeAll(async () => {
    chromium = await launchChromium({ extensionDir: CHROME_E2E_BUILD });
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it("loads the extension with a running worker and no console errors", async () => {
    expect(chromium.extensionId).toMatch(/^[a-p]{32}$/);
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl(OPTIONS_PATH));
    await options.waitForLoadState("load");
    expect(await options.locator("body").innerText()).not.toBe("");
    await options.close();
    // The worker running is ours, with its tab listeners, not some other bundle chunk started in its place.
    const listening = await chromium.worker.evaluate(
      () => chrome.tabs.onUpdated.hasListeners() && chrome.tabs.onRemoved.hasListeners(),
    );
    expect(listening).toBe(true);
    expect(chromium.activity.errors).toEqual([]);
  });

  it("forgets a tab's cached result when the tab navigates or closes", async () => {
    const page = await chromium.openPage(server.url("/site/index.html"));
    const tabId = await chromium.tabIdOf(page);
    const key = `result:${tabId}`;
    const stored = () =>
      chromium.worker.evaluate(async (name: string) => (await chrome.storage.session.get(name))[name] ?? null, key);
    const store = () =>
      chromium.worker.evaluate(
        async (name: string) => chrome.storage.session.set({ [name]: { url: "cached", analysis: null } }),
        key,
      );

    await store();
    expect(await stored()).not.toBeNull();
    await page.goto(server.url("/site/empty.html"));
    await expect.poll(stored, { timeout: 5_000 }).toBeNull();

    await store();
    await page.close();
    await expect.poll(stored, { timeout: 5_000 }).toBeNull();
  });

  it("shows the sample article's title, counts, quotes and entities in the popup", async () => {
    const page = await chromium.openPage(server.url("/site/index.html"));
    const popup = await chromium.openPopup(await chromium.tabIdOf(page));
    expectSampleReading(await chromePopupReading(popup));
    await popup.close();
    await page.close();
    expect(chromium.activity.errors).toEqual([]);
    expect(chromium.activity.requests).toEqual([]);
    // The sample page loads nothing from the web, so nothing at all may have tried to leave the machine.
    expect(chromium.outboundAttempts).toEqual([]);
  });

  it("explains a page with no text instead of failing silently", async () => {
    const page = await chromium.openPage(server.url("/site/empty.html"));
    const popup = await chromium.openPopup(await chromium.tabIdOf(page));
    const reading = await chromePopupReading(popup);
    expect(reading.status.length).toBeGreaterThan(15);
    expect(reading.quotes).toBe(0);
    await popup.close();
    await page.close();
  });

  describe("restricted pages get a clear message", () => {
    const restricted: [string, string][] = [
      ["the extensions page", "chrome://extensions/"],
      ["a blank page", "about:blank"],
      // The session is offline, so the tab shows Chrome's error page for the store's URL; Chrome refuses
      // scripts on the store and on error pages alike. (Answering the request with route.fulfill instead
      // crashes Chromium: the store is a privileged origin.)
      ["the web store", "https://chromewebstore.google.com/detail/news-lens/abcdefghijklmnopabcdefghijklmnop"],
    ];
    for (const [label, url] of restricted) {
      it(label, async () => {
        const page = await chromium.context.newPage();
        await page.goto(url).catch(() => {
          // chrome:// navigations may report an error to the driver while still showing the page.
        });
        const tabId = await activeTabId(chromium);
        const popup = await chromium.openPopup(tabId);
        expectClearRefusal(await chromePopupReading(popup), label);
        await popup.close();
        await page.close();
      });
    }
  });

  describe.skipIf(corpus.length === 0)("every corpus page", () => {
    for (const entry of corpus) {
      it(`shows what was read from ${entry.name}`, async () => {
        const errorsBefore = chromium.activity.errors.length;
        const requestsBefore = chromium.activity.requests.length;
        const page = await chromium.context.newPage();
        // Saved pages reference the live web; the session blocks it, so wait for the DOM, not every resource.
        await page.goto(server.url(`/corpus/${entry.name}/source.html`), { waitUntil: "domcontentloaded" });
        const popup = await chromium.openPopup(await chromium.tabIdOf(page));
        const reading = await chromePopupReading(popup);
        await popup.close();
        await page.close();
        expect(chromium.activity.errors.slice(errorsBefore), `extension errors on ${entry.name}`).toEqual([]);
        expect(chromium.activity.requests.slice(requestsBefore), `extension requests on ${entry.name}`).toEqual([]);
        if (entry.lang !== "en" && reading.title === "") {
          // A non-English page may be declined, but only with a message that says why.
          expect(reading.status.length).toBeGreaterThan(15);
          return;
        }
        expect(reading.title, `${entry.name} title (popup said: "${reading.status}")`).not.toBe("");
        expect(reading.paragraphs, `${entry.name} paragraphs`).toBeGreaterThan(0);
        if (!entry.negative) {
          expect(reading.words, `${entry.name} words`).toBeGreaterThanOrEqual(entry.expectedWords * 0.5);
          expect(reading.words, `${entry.name} words`).toBeLessThanOrEqual(entry.expectedWords * 1.5);
        } else {
          expect(reading.words).toBeGreaterThan(0);
        }
      });
    }
  });
});

/** The tab the user is looking at; restricted pages hide their URL from the extension, so find them this way. */
async function activeTabId(session: ChromiumSession): Promise<number> {
  const worker = session.context.serviceWorkers()[0] ?? session.worker;
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error("no active tab");
  return id;
}

describe("Firefox", () => {
  let firefox: FirefoxSession;

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: FIREFOX_E2E_BUILD });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it("shows the sample article's title, counts, quotes and entities in the popup", async () => {
    const page = await firefox.openPage(server.url("/site/index.html"));
    const popup = await firefox.openPopup(await firefox.tabIdOf(page.url()));
    expectSampleReading(await firefoxPopupReading(popup));
    await popup.close();
    await page.close();
    expect(firefox.activity.errors).toEqual([]);
    expect(firefox.activity.requests).toEqual([]);
    // The sample page loads nothing from the web, so nothing at all may have tried to leave the machine.
    expect(firefox.outboundAttempts).toEqual([]);
  });

  describe("restricted pages get a clear message", () => {
    const restricted: [string, string][] = [
      ["a blank page", "about:blank"],
      // Offline, so the tab shows Firefox's error page for this URL; Firefox refuses scripts on both.
      ["the add-ons site", "https://addons.mozilla.org/en-US/firefox/addon/news-lens/"],
    ];
    for (const [label, url] of restricted) {
      it(label, async () => {
        const page = await firefox.browser.newPage();
        await page.goto(url).catch(() => {
          // An offline error page is still the tab we want to test.
        });
        const popup = await firefox.openPopup(await firefox.newestTabId());
        expectClearRefusal(await firefoxPopupReading(popup), label);
        await popup.close();
        await page.close();
      });
    }
  });

  it("explains a page with no text instead of failing silently", async () => {
    const page = await firefox.openPage(server.url("/site/empty.html"));
    const popup = await firefox.openPopup(await firefox.tabIdOf(page.url()));
    const reading = await firefoxPopupReading(popup);
    expect(reading.status.length).toBeGreaterThan(15);
    expect(reading.quotes).toBe(0);
    await popup.close();
    await page.close();
    expect(firefox.activity.errors).toEqual([]);
  });

  const firefoxCorpus = corpus.filter((entry) => ["bbc-1", "guardian-1", "nytimes-1"].includes(entry.name));
  describe.skipIf(firefoxCorpus.length === 0)("corpus pages", () => {
    for (const entry of firefoxCorpus) {
      it(`shows what was read from ${entry.name}`, async () => {
        const page = await firefox.openPage(server.url(`/corpus/${entry.name}/source.html`));
        const popup = await firefox.openPopup(await firefox.tabIdOf(page.url()));
        const reading = await firefoxPopupReading(popup);
        await popup.close();
        await page.close();
        expect(reading.title, `${entry.name} title (popup said: "${reading.status}")`).not.toBe("");
        expect(reading.words).toBeGreaterThanOrEqual(entry.expectedWords * 0.5);
        expect(reading.words).toBeLessThanOrEqual(entry.expectedWords * 1.5);
      });
    }
  });
});

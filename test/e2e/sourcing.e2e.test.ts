/// <reference types="chrome" />
/**
 * The sourcing profile and "My sources" in real Chromium and Firefox: the profile of the bundled sample shows its
 * known sources; clicking "anonymous" narrows the quote list and dims the page's other highlights, clicking again
 * restores both; with the history turned on in the options, reading three of our own test pages fills the
 * history page; deleting leaves storage.local without history; and nothing in the session makes a request.
 * Needs `npm run build:test`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Page as PuppeteerPage } from "puppeteer-core";
import { analyze } from "../../src/analysis";
import { sourcingProfile } from "../../src/shared/profile";
import {
  byTestId,
  CHROME_E2E_BUILD,
  FIREFOX_E2E_BUILD,
  HISTORY_PATH,
  launchChromium,
  launchFirefox,
  OPTIONS_PATH,
  pagesFixtureDir,
  POPUP_SETTLED,
  serveFixtures,
  siteFixtureDir,
  type ChromiumSession,
  type FirefoxSession,
  type FixtureServer,
} from "./harness";

/** Playwright and puppeteer pages both evaluate, focus and press keys the same way; that is all these tests need. */
type AnyPage = Page | PuppeteerPage;
const evaluate = <R, A>(page: AnyPage, fn: (arg: A) => R, arg: A): Promise<R> => (page as Page).evaluate(fn as never, arg) as Promise<R>;

const SAMPLE_TITLE = "Chile and Canada pause deep-sea mining licences after Lisbon talks";
const THREE_PAGES = ["/site/index.html", "/pages/news-article.html", "/pages/short-brief.html"];

/** The sample's sources as its author wrote them (test/fixtures/site/index.html). */
const SAMPLE_PEOPLE = ["Marta Okafor", "Paul Lavigne", "Elena Brandt", "Tomas Brandt", "Ruth Alvarado"];
const SAMPLE_ANONYMOUS = ["two officials familiar with the negotiations", "Environmental groups", "a spokesperson for the Ocean Commons Institute"];

/** The sample's profile as the analysis gives it on the article's paragraphs (as foundation.e2e reads them). */
function expectedSampleProfile() {
  const html = readFileSync(path.join(siteFixtureDir, "index.html"), "utf8");
  const body = html.slice(html.indexOf('<div class="story-body">'), html.indexOf('<p class="editing-note">'));
  const paragraphs = [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/\s+/g, " ").trim());
  return sourcingProfile(analyze({ title: SAMPLE_TITLE, text: paragraphs.join("\n\n") }));
}

interface StripReading {
  summary: string;
  types: Record<string, number>;
  voices: string[];
  groups: Array<{ name: string; badge: string }>;
}

function readStrip(): StripReading {
  const all = (s: string) => [...document.querySelectorAll<HTMLElement>(s)];
  return {
    summary: document.querySelector('[data-testid="sourcing-summary"]')?.textContent ?? "",
    types: Object.fromEntries(all('[data-testid="source-type"]').map((b) => [b.dataset.type ?? "", Number(b.dataset.count)])),
    voices: all('[data-testid="top-voice"] .voice-name').map((v) => v.textContent ?? ""),
    groups: all('[data-testid="speaker-group"]').map((g) => ({ name: g.querySelector("h3")?.textContent ?? "", badge: g.querySelector(".badge")?.textContent ?? "" })),
  };
}

/** Highlight names on the page: the Custom Highlight registry, or our wrapping elements where it is missing. */
function pageHighlightNames(): string[] {
  const registry = typeof CSS !== "undefined" && "highlights" in CSS ? [...(CSS.highlights as unknown as Map<string, unknown>).keys()] : [];
  const wrapped = [...document.querySelectorAll("news-lens-mark")].map((m) => m.getAttribute("data-news-lens") ?? "");
  return [...new Set([...registry, ...wrapped])].filter((n) => n.startsWith("news-lens-q")).sort();
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const clickTestId = (page: AnyPage, id: string, attr?: [string, string]) =>
  evaluate(page, ([testId, extra]) => {
    const selector = `[data-testid="${testId}"]${extra ? `[data-${extra[0]}="${extra[1]}"]` : ""}`;
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`no ${selector}`);
    element.click();
  }, [id, attr] as [string, [string, string] | undefined]);

const text = (page: AnyPage, id: string) => evaluate(page, (testId) => document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? "", id);

/** The shared checks, for either browser: the profile, the filter on list and page, and history filling and emptying. */
async function profileAndFilter(popup: AnyPage, page: AnyPage): Promise<void> {
  await (popup as Page).waitForSelector(POPUP_SETTLED, { timeout: 30_000 });
  const expected = expectedSampleProfile();
  const strip = await waitFor(() => evaluate(popup, readStrip, undefined), (s) => s.summary !== "", "the profile strip");
  // The profile the popup shows is the analysis' profile of the article it read…
  expect(strip.types).toEqual(Object.fromEntries(Object.entries(expected.byType).filter(([, n]) => n > 0)));
  expect(strip.summary).toContain(`${expected.voices} voices · ${expected.quotes} quotes`);
  expect(strip.voices).toEqual(expected.topVoices.slice(0, 3).map((v) => v.name));
  // …and that is the sample's known sources: its named people first, three anonymous ones.
  for (const person of SAMPLE_PEOPLE) expect(expected.topVoices.map((v) => v.name)).toContain(person);
  expect(expected.topVoices.filter((v) => v.type === "anonymous").map((v) => v.name.toLowerCase()).sort()).toEqual(
    expect.arrayContaining(SAMPLE_ANONYMOUS.map((a) => a.toLowerCase())),
  );
  expect(strip.voices[0]).toBe("Marta Okafor");

  const bright = await waitFor(() => evaluate(page, pageHighlightNames, undefined), (n) => n.length > 0, "highlights on the page");
  expect(bright.some((n) => n.endsWith("-dim"))).toBe(false);

  // Keyboard: the anonymous part of the bar is a button that Enter presses.
  await popup.focus('[data-testid="source-type"][data-type="anonymous"]');
  await popup.keyboard.press("Enter");
  const filtered = await waitFor(() => evaluate(popup, readStrip, undefined), (s) => s.groups.every((g) => g.badge === "Anonymous"), "the filtered list");
  expect(filtered.groups.length).toBe(expected.topVoices.filter((v) => v.type === "anonymous").length);
  const dimmed = await waitFor(() => evaluate(page, pageHighlightNames, undefined), (n) => n.some((x) => x.endsWith("-dim")), "dimmed highlights");
  // The anonymous quotes stay bright, everything else is dimmed.
  expect(dimmed.filter((n) => !n.endsWith("-dim")).length).toBeGreaterThan(0);
  expect(dimmed.filter((n) => n.endsWith("-dim")).length).toBeGreaterThan(dimmed.filter((n) => !n.endsWith("-dim")).length);

  await clickTestId(popup, "source-type", ["type", "anonymous"]);
  const cleared = await waitFor(() => evaluate(popup, readStrip, undefined), (s) => s.groups.length === strip.groups.length, "the whole list again");
  expect(cleared.groups.map((g) => g.name)).toEqual(strip.groups.map((g) => g.name));
  await waitFor(() => evaluate(page, pageHighlightNames, undefined), (n) => n.length > 0 && !n.some((x) => x.endsWith("-dim")), "highlights undimmed");
}

function historyKeysInStorage(): Promise<string[]> {
  return chrome.storage.local.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith("history:")));
}

interface HistoryReading {
  articles: string;
  entries: number;
  voices: string[];
  outlets: string[];
}
function readHistory(): HistoryReading {
  const all = (s: string) => [...document.querySelectorAll<HTMLElement>(s)];
  return {
    articles: document.querySelector('[data-testid="history-articles"]')?.textContent ?? "",
    entries: all('[data-testid="history-entry"]').length,
    voices: all('[data-testid="history-voice"]').map((v) => v.dataset.name ?? ""),
    outlets: all('[data-testid="history-outlet"]').map((o) => o.dataset.outlet ?? ""),
  };
}

async function expectFilledHistory(history: AnyPage): Promise<void> {
  const reading = await waitFor(() => evaluate(history, readHistory, undefined), (r) => r.articles === "3", "three articles in the history");
  expect(reading.entries).toBe(3);
  expect(reading.voices).toContain("Marta Okafor");
  // The short brief names no site, so its outlet is its host; the other two give theirs in their markup.
  expect([...reading.outlets].sort()).toEqual(["127.0.0.1", "The Coastline Courier", "The Harbour Ledger"]);
  // Stored: names and counts, never the text.
  const stored = await evaluate(history, () => chrome.storage.local.get(null).then((all) => JSON.stringify(all)), undefined);
  expect(stored).not.toContain("We are not going to auction off a seabed");
  expect(stored).toContain("Marta Okafor");
}

async function deleteHistory(history: AnyPage): Promise<void> {
  await clickTestId(history, "delete-history");
  await clickTestId(history, "confirm-delete");
  await waitFor(() => text(history, "history-notice"), (t) => t.startsWith("Deleted 3 entries"), "deletion notice");
  expect(await evaluate(history, historyKeysInStorage, undefined)).toEqual([]);
  expect(await text(history, "history-articles")).toBe("0");
}

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures({ site: siteFixtureDir, pages: pagesFixtureDir });
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

  it("shows the sample's sources and filters the list and the page by them", async () => {
    const page = await chromium.openPage(server.url("/site/index.html"));
    const popup = await chromium.openPopup(await chromium.tabIdOf(page));
    await profileAndFilter(popup, page);
    await popup.close();
    await page.close();
    expect(chromium.activity.errors).toEqual([]);
  });

  it("with the history on, three articles read fill My sources; delete empties storage.local", async () => {
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl(OPTIONS_PATH));
    await options.locator('[data-testid="keep-history"]').check();
    await expect.poll(() => options.evaluate(() => chrome.storage.sync.get("settings").then((s) => (s.settings as { keepHistory?: boolean } | undefined)?.keepHistory))).toBe(true);
    await options.close();

    for (const pathname of THREE_PAGES) {
      const page = await chromium.openPage(server.url(pathname));
      const popup = await chromium.openPopup(await chromium.tabIdOf(page));
      await popup.waitForSelector(byTestId("article-title"), { timeout: 30_000 });
      await expect.poll(() => chromium.worker.evaluate(historyKeysInStorage).then((k) => k.length)).toBe(THREE_PAGES.indexOf(pathname) + 1);
      await popup.close();
      await page.close();
    }

    // From the popup's footer, as a reader gets there.
    const page = await chromium.openPage(server.url("/site/index.html"));
    const popup = await chromium.openPopup(await chromium.tabIdOf(page));
    await popup.waitForSelector(byTestId("article-title"), { timeout: 30_000 });
    const opened = chromium.context.waitForEvent("page");
    await popup.click('[data-testid="open-history"]');
    const history = await opened;
    await history.waitForLoadState("load");
    expect(history.url()).toBe(chromium.extensionUrl(HISTORY_PATH));
    await expectFilledHistory(history);
    await deleteHistory(history);
    expect(await chromium.worker.evaluate(historyKeysInStorage)).toEqual([]);
    await Promise.all([history.close(), popup.close(), page.close()]);

    expect(chromium.activity.errors).toEqual([]);
    expect(chromium.activity.requests).toEqual([]);
    expect(chromium.outboundAttempts).toEqual([]);
  });
});

describe("Firefox", () => {
  let firefox: FirefoxSession;

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: FIREFOX_E2E_BUILD });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it("shows the sample's sources and filters the list and the page by them", async () => {
    const page = await firefox.openPage(server.url("/site/index.html"));
    const popup = await firefox.openPopup(await firefox.tabIdOf(page.url()));
    await profileAndFilter(popup, page);
    await popup.close();
    await page.close();
    expect(firefox.activity.errors).toEqual([]);
  });

  it("with the history on, three articles read fill My sources; delete empties storage.local", async () => {
    const options = await firefox.openExtensionPage(OPTIONS_PATH);
    await options.waitForSelector('[data-testid="keep-history"]');
    await clickTestId(options, "keep-history");
    await waitFor(() => options.evaluate(() => chrome.storage.sync.get("settings").then((s) => (s.settings as { keepHistory?: boolean } | undefined)?.keepHistory === true)), Boolean, "history turned on");
    await options.close();

    for (const [i, pathname] of THREE_PAGES.entries()) {
      const page = await firefox.openPage(server.url(pathname));
      const popup = await firefox.openPopup(await firefox.tabIdOf(page.url()));
      await popup.waitForSelector(byTestId("article-title"), { timeout: 30_000 });
      await waitFor(() => popup.evaluate(historyKeysInStorage).then((k) => k.length), (n) => n === i + 1, `history entry ${i + 1}`);
      await popup.close();
      await page.close();
    }

    const history = await firefox.openExtensionPage(HISTORY_PATH);
    await expectFilledHistory(history);
    await deleteHistory(history);
    await history.close();

    expect(firefox.activity.errors).toEqual([]);
    expect(firefox.activity.requests).toEqual([]);
    expect(firefox.outboundAttempts).toEqual([]);
  });
});

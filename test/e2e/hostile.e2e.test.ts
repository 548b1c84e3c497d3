/// <reference types="chrome" />
/**
 * Never break the page: the built extension on hostile and odd pages (test/fixtures/hostile) in real Chromium.
 * For each page: the popup gives a result or a clear message; nothing we run throws into the page or logs an
 * error; the page sees no message or event from us; with highlights turned off the page's serialized DOM is
 * exactly what it was; and the page's main thread is watched for long tasks while we work (figures printed,
 * asserted only with a wide margin). Needs `npm run build:test`.
 */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleMessage, Page } from "playwright-core";
import {
  byTestId,
  CHROME_E2E_BUILD,
  FIREFOX_E2E_BUILD,
  launchChromium,
  launchFirefox,
  type FirefoxSession,
  serveFixtures,
  type ChromiumSession,
  type FixtureServer,
} from "./harness";
import { HOSTILE_PAGES, hostileDir, writeGeneratedPages, type HostilePage } from "../fixtures/hostile/pages";

const TOGGLE = '[data-testid="highlight-toggle"]';
const SETTLED = `${byTestId("article-title")}, ${byTestId("status-message")}:not([data-tone="loading"])`;
/** Our content script's own quiet log prefix (src/content/log.ts). */
const OUR_PREFIX = "[news-lens]";

interface Reading {
  title: string;
  quotes: number;
  status: string;
  highlightToggle: boolean | null;
}

function readPopup(): Reading {
  const toggle = document.querySelector<HTMLInputElement>('[data-testid="highlight-toggle"]');
  return {
    title: document.querySelector('[data-testid="article-title"]')?.textContent?.trim() ?? "",
    quotes: document.querySelectorAll('[data-testid="quote"]').length,
    status: [...document.querySelectorAll('[data-testid="status-message"]')].map((e) => e.textContent?.trim() ?? "").join(" | "),
    highlightToggle: toggle ? toggle.checked : null,
  };
}

interface PageWatch {
  errors: string[];
  ours: string[];
}

/** Page errors and console errors, without the fixture's own deliberate ones; and anything we logged. */
function watch(page: Page): PageWatch {
  const w: PageWatch = { errors: [], ours: [] };
  page.on("pageerror", (error) => {
    if (!error.message.includes("FIXTURE-DELIBERATE")) w.errors.push(`pageerror: ${error.message}`);
  });
  page.on("console", (message: ConsoleMessage) => {
    const text = message.text();
    if (text.includes(OUR_PREFIX)) w.ours.push(`${message.type()}: ${text}`);
    if (message.type() !== "error" || text.includes("FIXTURE-DELIBERATE")) return;
    // The cross-origin child's blocked reach into its parent is the page's own doing.
    if (/Blocked a frame with origin/.test(text)) return;
    // 404 of /favicon.ico: the fixture server has none, and the browser asks for it on its own.
    if (/Failed to load resource/.test(text) && /favicon/.test(message.location().url)) return;
    w.errors.push(`console: ${text} @ ${message.location().url}`);
  });
  return w;
}

/**
 * What the page itself could observe: the spy's records (see _spy.js) and the state of highlights. Returned
 * as one string built without any built-in method, because some fixtures vandalise JSON, Array and Object
 * and the driver's own serialization of objects would go through them.
 */
async function pageView(page: Page) {
  const raw = await page.evaluate(() => {
    type Span = { start: number; duration: number };
    const spy = (window as unknown as { __spy?: { longtasks: Span[] | null; stalls: Span[]; messages: string[]; events: string[] } }).__spy;
    let tasks = "";
    const list = spy?.longtasks ?? [];
    for (let i = 0; i < list.length; i++) tasks += `${list[i].start}:${list[i].duration};`;
    let stalls = "";
    const gaps = spy?.stalls ?? [];
    for (let i = 0; i < gaps.length; i++) stalls += `${gaps[i].start}:${gaps[i].duration};`;
    const highlights = typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights.size : -1;
    return `${performance.now()}|${spy ? spy.messages.length : 0}|${spy ? spy.events.length : 0}|${highlights}|${document.adoptedStyleSheets.length}|${spy && spy.longtasks === null ? "none" : tasks}|${stalls}`;
  });
  const [now, messages, events, highlights, adopted, tasks, stalls] = raw.split("|");
  const spans = (list: string) =>
    list.split(";").filter(Boolean).map((t) => ({ start: Number(t.split(":")[0]), duration: Number(t.split(":")[1]) }));
  return {
    now: Number(now),
    messages: Number(messages),
    events: Number(events),
    highlights: Number(highlights),
    adopted: Number(adopted),
    longtasks: tasks === "none" ? null : spans(tasks),
    stalls: spans(stalls),
  };
}

let server: FixtureServer;
let crossOrigin: FixtureServer;
let generatedDir: string;
let chromium: ChromiumSession;
const figures: string[] = [];

beforeAll(async () => {
  generatedDir = writeGeneratedPages();
  server = await serveFixtures({ hostile: hostileDir, gen: generatedDir });
  // A second origin (another port) for the cross-origin iframe.
  crossOrigin = await serveFixtures(hostileDir);
  chromium = await launchChromium({ extensionDir: CHROME_E2E_BUILD });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await crossOrigin?.close();
  if (generatedDir) rmSync(generatedDir, { recursive: true, force: true });
  console.log(`[hostile] figures (page main thread while we worked):\n  ${figures.join("\n  ")}`);
});

function urlOf(entry: HostilePage): string {
  const base = server.url(`/${entry.generated ? "gen" : "hostile"}/${entry.file}`);
  return entry.file === "iframes.html" ? `${base}?x=${encodeURIComponent(crossOrigin.origin)}` : base;
}

async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForTimeout(ms);
}

describe("Chromium: hostile and odd pages", () => {
  for (const entry of HOSTILE_PAGES) {
    it(`${entry.file}: ${entry.what}`, { timeout: entry.slow ? 240_000 : 90_000 }, async () => {
      const errorsBefore = chromium.activity.errors.length;
      const requestsBefore = chromium.activity.requests.length;
      const outboundBefore = chromium.outboundAttempts.length;
      const page = await chromium.context.newPage();
      const w = watch(page);
      await page.goto(urlOf(entry), { waitUntil: "load", timeout: 120_000 });
      await settle(page, 300); // body replacement and custom elements run right after load
      const before = await page.content();
      const start = await pageView(page);
      const servedBefore = server.requests.length;

      const tabId = await chromium.tabIdOf(page);
      const t0 = Date.now();
      const popup = await chromium.openPopup(tabId);
      await popup.waitForSelector(SETTLED, { timeout: entry.slow ? 180_000 : 30_000 });
      const popupMs = Date.now() - t0;
      const reading = await popup.evaluate(readPopup);
      const where = `${entry.file} (popup: title "${reading.title}", status "${reading.status}")`;

      const complaints = w.ours.length ? `; content script said: ${w.ours.join(" / ")}` : "";
      if (entry.expect === "result") expect(reading.title, where + complaints).not.toBe("");
      if (entry.expect === "status") {
        expect(reading.title, where).toBe("");
        expect(reading.status.length, where).toBeGreaterThan(15);
      }
      if (entry.expect === "either") expect(reading.title !== "" || reading.status.length > 15, where).toBe(true);
      if (entry.mentions && !reading.title) expect(reading.status, where).toMatch(entry.mentions);
      if (entry.mentions && reading.title && !/english/i.test(reading.status)) {
        // A non-English page analysed anyway must say the lens is built for English.
        expect(reading.status, where).toMatch(entry.mentions);
      }
      if (entry.quotes) expect(reading.quotes, `${where}: quotes listed`).toBeGreaterThan(0);

      // Highlights: on by default when there are quotes; then off again, and the page must be as it was.
      let highlightsOn = -1;
      if (reading.highlightToggle !== null) {
        if (!reading.highlightToggle) await popup.click(TOGGLE);
        if (reading.quotes > 0 && entry.stable) {
          await expect.poll(async () => (await pageView(page)).highlights, { timeout: 15_000 }).toBeGreaterThan(0);
        }
        highlightsOn = (await pageView(page)).highlights;
        await popup.click(TOGGLE);
        await expect.poll(async () => (await pageView(page)).highlights, { timeout: 10_000 }).toBeLessThanOrEqual(0);
      }
      await settle(page, 200);
      const end = await pageView(page);
      await popup.close();

      if (entry.stable) {
        expect(await page.content(), `${entry.file}: DOM identical after highlights off`).toBe(before);
        expect(end.adopted, "our adopted stylesheet is gone").toBe(start.adopted);
      }
      expect(end.messages, "the page received no postMessage from us").toBe(start.messages);
      expect(end.events, "the page saw no custom event from us").toBe(start.events);
      expect(w.errors, `${entry.file}: errors in the page`).toEqual([]);
      expect(w.ours.filter((line) => !line.startsWith("warning")), `${entry.file}: our content script's own complaints`).toEqual([]);
      expect(chromium.activity.errors.slice(errorsBefore), `${entry.file}: extension errors`).toEqual([]);
      expect(chromium.activity.requests.slice(requestsBefore), `${entry.file}: extension requests`).toEqual([]);
      expect(chromium.outboundAttempts.slice(outboundBefore), `${entry.file}: requests off the machine`).toEqual([]);
      if (entry.stable) {
        // A page that loads nothing after load: any request to its server now would be ours.
        expect(server.requests.slice(servedBefore).filter((p) => !p.endsWith("favicon.ico")), `${entry.file}: requests to the page's server`).toEqual([]);
      }

      const all = end.longtasks ?? [];
      const ours = all.filter((t) => t.start >= start.now);
      const longest = ours.reduce((m, t) => Math.max(m, t.duration), 0);
      // Stalls of the page's own 10 ms timer while we worked (from opening the popup to highlights off).
      const stalls = end.stalls.filter((t) => t.start >= start.now);
      const worstStall = stalls.reduce((m, t) => Math.max(m, t.duration), 0);
      figures.push(
        `${entry.file}: popup ${popupMs} ms, quotes ${reading.quotes}, highlights ${highlightsOn}, main-thread stalls ${stalls.length} (worst ${Math.round(worstStall)} ms), long tasks while we worked ${ours.length}` +
          ` (longest ${Math.round(longest)} ms; ${all.length} since load${end.longtasks === null ? ", no long task timing" : ""})${w.ours.length ? `, our log: ${w.ours.join(" / ").slice(0, 200)}` : ""}`,
      );
      await page.close();
      // The target is 50 ms and the figures above are what to watch; a shared CI machine adds noise of its own,
      // so the test fails at 150 ms. The giant pages also wait on the browser's own restyle of every element
      // when the highlight stylesheet comes and goes (README, "Known limits"), so they fail only at a freeze.
      expect(worstStall, `${entry.file}: the page's main thread stalled while we read and highlighted`).toBeLessThan(entry.slow ? 1000 : 150);
    });
  }
});

/**
 * Firefox (content scripts behind Xray wrappers, its own Highlight API): the pages most likely to differ —
 * vandalised built-ins, clobbered globals, strict CSP, emoji and zero-width text, body replacement.
 */
describe("Firefox: hostile pages", () => {
  let firefox: FirefoxSession;
  const FIREFOX_PAGES = HOSTILE_PAGES.filter((p) =>
    [
      "builtins-overwritten.html",
      "dom-clobbering.html",
      "csp-strict.html",
      "emoji.html",
      "zero-width-combining.html",
      "body-replaced.html",
      "no-text.html",
      "huge.html",
      "deep.html",
    ].includes(p.file),
  );

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: FIREFOX_E2E_BUILD });
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
  });

  for (const entry of FIREFOX_PAGES) {
    it(`${entry.file}: ${entry.what}`, { timeout: entry.slow ? 240_000 : 90_000 }, async () => {
      const errorsBefore = firefox.activity.errors.length;
      const outboundBefore = firefox.outboundAttempts.length;
      const page = await firefox.openPage(urlOf(entry));
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => {
        const message = error instanceof Error ? error.message : String(error);
        // Firefox asks for /favicon.ico on its own, and reports the strict CSP blocking it as the page's error.
        if (/favicon\.ico/.test(message) && /Content-Security-Policy/.test(message)) return;
        if (!message.includes("FIXTURE-DELIBERATE")) pageErrors.push(message);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = await page.content();
      const servedBefore = server.requests.length;
      // From the moment the popup starts loading: making its window stalls Firefox for ~0.2 s before we run at all.
      let startedAt = Infinity;
      const popup = await firefox.openPopup(await firefox.tabIdOf(page.url()), async () => {
        startedAt = await page.evaluate(() => performance.now());
      });
      await popup.waitForSelector(SETTLED, { timeout: entry.slow ? 180_000 : 30_000 });
      const reading = await popup.evaluate(readPopup);
      const where = `${entry.file} in Firefox (popup: title "${reading.title}", status "${reading.status}")`;
      if (entry.expect === "result") expect(reading.title, where).not.toBe("");
      if (entry.expect === "status") expect(reading.status.length, where).toBeGreaterThan(15);
      if (entry.quotes) expect(reading.quotes, where).toBeGreaterThan(0);
      if (reading.highlightToggle !== null) {
        if (!reading.highlightToggle) await popup.click(TOGGLE);
        await new Promise((resolve) => setTimeout(resolve, 500));
        await popup.click(TOGGLE);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await popup.close();
      // The spy's record of the page's main-thread gaps since the popup opened, read without vandalised built-ins.
      const worstStall = await page.evaluate((since: number) => {
        const stalls = (window as unknown as { __spy?: { stalls: { start: number; duration: number }[] } }).__spy?.stalls ?? [];
        let worst = 0;
        for (let i = 0; i < stalls.length; i++) if (stalls[i].start >= since && stalls[i].duration > worst) worst = stalls[i].duration;
        return worst;
      }, startedAt);
      if (entry.stable) expect(await page.content(), `${entry.file}: DOM identical after highlights off (Firefox)`).toBe(before);
      expect(pageErrors, `${entry.file}: errors in the page (Firefox)`).toEqual([]);
      expect(firefox.activity.errors.slice(errorsBefore), `${entry.file}: extension errors (Firefox)`).toEqual([]);
      expect(firefox.activity.requests, `${entry.file}: extension requests (Firefox)`).toEqual([]);
      expect(firefox.outboundAttempts.slice(outboundBefore), `${entry.file}: requests off the machine (Firefox)`).toEqual([]);
      expect(server.requests.slice(servedBefore).filter((p) => !p.endsWith("favicon.ico")), `${entry.file}: requests to the page's server (Firefox)`).toEqual([]);
      figures.push(
        `Firefox ${entry.file}: quotes ${reading.quotes}, worst main-thread stall ${Math.round(worstStall)} ms${reading.title ? "" : `, message "${reading.status.slice(0, 80)}"`}`,
      );
      await page.close();
      expect(worstStall, `${entry.file}: the page's main thread stalled while we worked (Firefox)`).toBeLessThan(entry.slow ? 1000 : 150);
    });
  }
});

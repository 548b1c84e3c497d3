/**
 * Reopening the popup on a page it has read, in real Chromium and Firefox: the cached result is shown without
 * reading the page again while the page vouches for that read; a page whose article changed is read again; a
 * page changed only outside its article's text is read again and keeps the cached analysis. Whether the popup
 * read or analysed is told by its own stage marks (present in the e2e builds, src/popup/timeline.ts). No timing is
 * asserted here: the bench measures the reopen (`npm run bench -- --only popup`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROME_E2E_BUILD,
  FIREFOX_E2E_BUILD,
  launchChromium,
  launchFirefox,
  POPUP_SETTLED,
  serveFixtures,
  siteFixtureDir,
  type ChromiumSession,
  type FirefoxSession,
  type FixtureServer,
} from "./harness";

const POPUP_TIMEOUT = 30_000;

interface Evaluating {
  evaluate<T>(fn: () => T): Promise<T>;
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
  waitForSelector(selector: string, options: { timeout: number }): Promise<unknown>;
  close(): Promise<void>;
}

/** What one opening of the popup did and showed. */
interface Opening {
  title: string;
  quotes: string[];
  /** The popup asked the page for a read (a snapshot or the article). */
  read: boolean;
  analysed: boolean;
  /** The popup asked the page whether its read still stands. */
  checked: boolean;
}

/** Runs in the popup once it settled: its quotes and which stages it went through. */
function openingInPopup(): Opening {
  const has = (stage: string) => performance.getEntriesByName(`lens:${stage}`).length > 0;
  return {
    title: document.querySelector('[data-testid="article-title"]')?.textContent?.trim() ?? "",
    quotes: [...document.querySelectorAll('[data-testid="quote"]')].map((q) => q.textContent ?? ""),
    read: has("snapshot"),
    analysed: has("analysis"),
    checked: has("page-check"),
  };
}

/** Opens the popup, waits for its result and for the popup to settle (so the next opening finds it cached). */
async function open(popupFor: () => Promise<Evaluating>): Promise<Opening> {
  const popup = await popupFor();
  try {
    await popup.waitForSelector(POPUP_SETTLED, { timeout: POPUP_TIMEOUT });
    const opening = await popup.evaluate(openingInPopup);
    const deadline = Date.now() + POPUP_TIMEOUT;
    // Settled: the result cached (and its view kept) for the next opening.
    while (!(await popup.evaluate(() => performance.getEntriesByName("lens:settled").length > 0)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The lists of a long result come a frame after the header: read the quotes again once everything is in.
    return { ...opening, quotes: (await popup.evaluate(openingInPopup)).quotes };
  } finally {
    await popup.close();
  }
}

const NEW_QUOTE = "We will not sign anything this year";

/** A paragraph with a new quote, added to the article (a live update). */
function addQuote(quote: string): boolean {
  const p = document.createElement("p");
  p.textContent = `“${quote},” said Harriet Quayle, the harbour master, late on Friday.`;
  document.querySelector(".story-body")!.append(p);
  return true;
}

/** An ad slot filled in inside the article: text on the page, but none the read takes. */
function fillAdSlot(): boolean {
  const ad = document.createElement("div");
  ad.className = "ad-slot";
  ad.textContent = "Advertisement";
  document.querySelector(".story-body p")!.after(ad);
  return true;
}

interface PageHandle {
  evaluate<T>(fn: () => T): Promise<T>;
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
}

async function reopenStory(popupFor: () => Promise<Evaluating>, page: PageHandle): Promise<void> {
  const first = await open(popupFor);
  expect(first.read && first.analysed, "the first opening reads and analyses").toBe(true);
  expect(first.quotes.length).toBeGreaterThan(0);

  // Nothing changed: the cached result, with no read and no analysis, after the one check.
  const again = await open(popupFor);
  expect(again).toMatchObject({ title: first.title, read: false, analysed: false, checked: true });
  expect(again.quotes).toEqual(first.quotes);

  // The page changed around the article's text only: read again, the analysis kept.
  await page.evaluate(fillAdSlot);
  const afterAd = await open(popupFor);
  expect(afterAd).toMatchObject({ title: first.title, read: true, analysed: false });
  expect(afterAd.quotes).toEqual(first.quotes);

  // And the next opening is instant again.
  expect(await open(popupFor)).toMatchObject({ read: false, analysed: false, checked: true });

  // The article itself changed: read and analysed anew, the new quote listed.
  await page.evaluate(addQuote, NEW_QUOTE);
  const changed = await open(popupFor);
  expect(changed).toMatchObject({ title: first.title, read: true, analysed: true });
  expect(changed.quotes.some((q) => q.includes(NEW_QUOTE)), "the quote added since is listed").toBe(true);
  expect(changed.quotes.length).toBe(first.quotes.length + 1);
}

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures({ site: siteFixtureDir });
});

afterAll(async () => {
  await server?.close();
});

describe("Chromium: reopening the popup", () => {
  let chromium: ChromiumSession;

  beforeAll(async () => {
    chromium = await launchChromium({ extensionDir: CHROME_E2E_BUILD });
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it("shows the cached result while the page vouches for its read, and reads a changed page again", async () => {
    const page = await chromium.openPage(server.url("/site/index.html"));
    const tabId = await chromium.tabIdOf(page);
    await reopenStory(() => chromium.openPopup(tabId) as Promise<Evaluating>, page as unknown as PageHandle);
    await page.close();
    expect(chromium.activity.errors).toEqual([]);
  });
});

describe("Firefox: reopening the popup", () => {
  let firefox: FirefoxSession;

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: FIREFOX_E2E_BUILD });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it("shows the cached result while the page vouches for its read, and reads a changed page again", async () => {
    const page = await firefox.openPage(server.url("/site/index.html"));
    const tabId = await firefox.tabIdOf(page.url());
    await reopenStory(() => firefox.openPopup(tabId) as unknown as Promise<Evaluating>, page as unknown as PageHandle);
    await page.close();
    expect(firefox.activity.errors).toEqual([]);
  });
});

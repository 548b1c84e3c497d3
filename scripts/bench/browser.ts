/**
 * Where the popup's time goes, in real Chromium and Firefox with the e2e builds (`npm run build:test`): the
 * popup's stage marks (src/popup/timeline.ts, present in e2e builds only) read back from the popup page after
 * each opening, for the bundled sample, a ~1,000- and a ~2,000-word saved news page (../shared/corpus) and a
 * generated 10,000-word page. Every time is in the popup's own clock (ms since its navigation started), and a
 * **floor** is measured in the same run, interleaved with the real openings: the same popup opened with no work
 * (`&bench-floor`), to its first paint. Figures are printed as floor + ours; never asserted.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import { repoRoot, sharedDir } from "../eval/paths";
import { wordTokens } from "../eval/score";
import { fmt } from "../eval/table";
import { scriptless } from "./mainThread";
import { median } from "./timing";

/** One opening of the popup: per stage, when it first and last ended and the time spent in it. */
export interface Timeline {
  first: Record<string, number>;
  last: Record<string, number>;
  own: Record<string, number>;
  /**
   * Our content script's work on the page's thread during the opening (e2e builds): per kind of stretch
   * (read:copy, read:serialize…, highlight, paint), the stretches' summed ms and their count; absent for an
   * older build (--build-root).
   */
  page?: Record<string, [number, number]>;
}

export interface PageStages {
  name: string;
  words: number;
  /** The target for opening → first highlight, ms over the floor, where it sets one. */
  targetMs?: number;
  /** Openings with no work, interleaved with the fresh ones: their first paint. */
  floor: number[];
  /** Those openings' whole timelines (their script start, render and first paint), in the JSON report. */
  floorTimelines?: Timeline[];
  fresh: Timeline[];
  /** The popup opened again on the page it has just read (cached result). */
  reopen: Timeline[];
  /**
   * Opened once more after the page changed inside its article without changing the article's text (an ad slot
   * filled in, as live pages do): the page no longer vouches for its read, so the popup reads it again and, the
   * text being the same, keeps the cached analysis.
   */
  changed: Timeline[];
  error?: string;
}

export interface BrowserStages {
  browser: "Chromium" | "Firefox";
  /** The first opening after the browser started (nothing compiled or cached yet), on the sample. */
  cold?: Timeline;
  pages: PageStages[];
  error?: string;
}

export interface BrowserBench {
  available: boolean;
  reason?: string;
  browsers: BrowserStages[];
  skippedPages: string[];
}

/** The e2e builds under `root` (this checkout's by default; `--build-root` measures another, e.g. the last release's). */
const e2eBuilds = (root: string) => ({ Chromium: path.join(root, "dist-e2e"), Firefox: path.join(root, "dist-firefox-e2e") }) as const;
const SAMPLE_DIR = path.join(repoRoot, "test/fixtures/site");
const CORPUS_DIR = path.join(sharedDir, "corpus", "pages");

/** Reads every `lens:` mark and measure of the popup (runs in the popup page). */
const READ_TIMELINE = `(() => {
  const first = {}, last = {}, own = {};
  for (const e of performance.getEntries()) {
    if (!e.name.startsWith("lens:")) continue;
    const k = e.name.slice(5), end = e.startTime + e.duration;
    first[k] = Math.min(first[k] ?? Infinity, end);
    last[k] = Math.max(last[k] ?? 0, end);
    own[k] = (own[k] ?? 0) + e.duration;
  }
  return { first, last, own };
})()`;

/** Our content script's summed stretches of work since the last ping, by kind (see src/content/stretches.ts). */
const PAGE_WORK = (tabId: number) => `(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.tabs.sendMessage(${tabId}, { type: "lens:ping" }).then((r) => (r && r.totals) || null, () => null);
})()`;

/** "done" once the named marks exist; the status text when the popup settled on a message instead. */
const waitingFor = (marks: string[]) => `(() => {
  const missing = ${JSON.stringify(marks)}.filter((m) => performance.getEntriesByName("lens:" + m).length === 0);
  if (missing.length === 0) return "done";
  const status = document.querySelector('[data-testid="status-message"]:not([data-tone="loading"])');
  return status ? "popup says: " + status.textContent.trim().slice(0, 120) : "";
})()`;

interface Evaluable {
  evaluate(fn: string): Promise<unknown>;
  close(): Promise<void>;
}
interface OpenedPage {
  tabId: number;
  reload(): Promise<unknown>;
  evaluate(js: string): Promise<unknown>;
  close(): Promise<void>;
}
interface Driver {
  open(url: string): Promise<OpenedPage>;
  popup(tabId: number, query?: string): Promise<Evaluable>;
  close(): Promise<void>;
}

interface Harness {
  serveFixtures(roots: Record<string, string>): Promise<{ url(p: string): string; close(): Promise<void> }>;
  launchChromium(o: { extensionDir: string }): Promise<{
    openPage(url: string): Promise<Evaluable & { reload(): Promise<unknown> }>;
    tabIdOf(page: unknown): Promise<number>;
    openPopup(tabId: number, query?: string): Promise<Evaluable>;
    close(): Promise<void>;
  }>;
  launchFirefox(o: { extensionDir: string }): Promise<{
    openPage(url: string): Promise<Evaluable & { reload(): Promise<unknown>; url(): string }>;
    tabIdOf(url: string): Promise<number>;
    openPopup(tabId: number, windowReady?: () => Promise<void>, query?: string): Promise<Evaluable>;
    close(): Promise<void>;
  }>;
}

async function chromiumDriver(h: Harness, extensionDir: string): Promise<Driver> {
  const s = await h.launchChromium({ extensionDir });
  return {
    async open(url) {
      const page = await s.openPage(url);
      return { tabId: await s.tabIdOf(page), reload: () => page.reload(), evaluate: (js) => page.evaluate(js), close: () => page.close() };
    },
    popup: (tabId, query) => s.openPopup(tabId, query),
    close: () => s.close(),
  };
}

async function firefoxDriver(h: Harness, extensionDir: string): Promise<Driver> {
  const s = await h.launchFirefox({ extensionDir });
  return {
    async open(url) {
      const page = await s.openPage(url);
      return { tabId: await s.tabIdOf(page.url()), reload: () => page.reload(), evaluate: (js) => page.evaluate(js), close: () => page.close() };
    },
    popup: (tabId, query) => s.openPopup(tabId, undefined, query),
    close: () => s.close(),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the popup (its own clock holds the figures, so the polling's latency does not count). */
async function settle(popup: Evaluable, marks: string[]): Promise<Timeline> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const state = (await popup.evaluate(waitingFor(marks)).catch(() => "")) as string;
    if (state === "done") return (await popup.evaluate(READ_TIMELINE)) as Timeline;
    if (state) throw new Error(state);
    if (Date.now() > deadline) throw new Error(`no ${marks.join(", ")} within 60 s`);
    await sleep(25);
  }
}

/** Fresh reads end with a painted list and a highlight; the worker's ready mark may come last on a cold start. */
const FRESH_MARKS = ["first-paint", "model-ready", "header-painted", "list-painted", "highlighted"];
/** Waited for too (never timed) by builds that mark it: the reopen that follows must find the result cached. */
const CACHE_WRITTEN = "settled";
const REOPEN_MARKS = ["first-paint", "header-painted", "list-painted"];
/**
 * What the page does between the reopen and the opening after it: an ad slot filled in after a paragraph of the
 * article (text, but furniture that the read leaves out), as live news pages do all the time.
 */
const CHANGE_PAGE = `(() => {
  // The longest paragraph: inside the article on any news page.
  const p = [...document.querySelectorAll("p")].sort((a, b) => b.textContent.length - a.textContent.length)[0];
  const ad = document.createElement("div");
  ad.className = "ad-slot";
  ad.textContent = "Advertisement";
  p.after(ad);
  return true;
})()`;

async function openOnce(driver: Driver, tabId: number, marks: string[], query = ""): Promise<Timeline> {
  const popup = await driver.popup(tabId, query);
  try {
    const timeline = await settle(popup, marks);
    if (marks === FRESH_MARKS) {
      // An older build (--build-root) has no such mark: give it the time a cache write takes, then go on.
      const deadline = Date.now() + 1_000;
      while (Date.now() < deadline && (await popup.evaluate(waitingFor([CACHE_WRITTEN])).catch(() => "")) !== "done") await sleep(25);
      // Read again once settled: the first highlight may be the quotes' pending marks, and the speakers' colours
      // (highlight-final) come with the whole analysis. Marks keep their time, so reading later changes no figure.
      const settled = ((await popup.evaluate(READ_TIMELINE).catch(() => null)) as Timeline | null) ?? timeline;
      const page = (await popup.evaluate(PAGE_WORK(tabId)).catch(() => null)) as Timeline["page"] | null;
      return page ? { ...settled, page } : settled;
    }
    return timeline;
  } finally {
    await popup.close();
  }
}

interface Target {
  name: string;
  url: string;
  words: number;
  targetMs?: number;
}

async function measureIn(browser: BrowserStages["browser"], driver: Driver, targets: Target[], runs: number): Promise<BrowserStages> {
  const entry: BrowserStages = { browser, pages: [] };
  try {
    for (const [i, target] of targets.entries()) {
      const result: PageStages = { name: target.name, words: target.words, targetMs: target.targetMs, floor: [], floorTimelines: [], fresh: [], reopen: [], changed: [] };
      entry.pages.push(result);
      try {
        const page = await driver.open(target.url);
        if (i === 0) entry.cold = await openOnce(driver, page.tabId, FRESH_MARKS);
        for (let run = 0; run < runs; run++) {
          // A reload clears the content script and the background clears the tab's cached result: a fresh read.
          await page.reload();
          await sleep(300);
          const floor = await openOnce(driver, page.tabId, ["first-paint"], "&bench-floor");
          result.floor.push(floor.last["first-paint"]);
          result.floorTimelines?.push(floor);
          result.fresh.push(await openOnce(driver, page.tabId, FRESH_MARKS));
          result.reopen.push(await openOnce(driver, page.tabId, REOPEN_MARKS));
          await page.evaluate(CHANGE_PAGE);
          result.changed.push(await openOnce(driver, page.tabId, REOPEN_MARKS));
        }
        await page.close();
      } catch (err) {
        result.error = (err as Error).message.split("\n")[0];
      }
    }
  } catch (err) {
    entry.error = (err as Error).message.split("\n")[0];
  } finally {
    await driver.close().catch(() => undefined);
  }
  return entry;
}

/** A long article page made of the sample's own paragraphs (our writing), repeated to ~10,000 words. */
function longPage(sampleHtml: string, words: number): { html: string; words: number } {
  const { document } = parseHTML(sampleHtml);
  const paragraphs = [...document.querySelectorAll("article p, main p, p")]
    .map((p) => (p.textContent ?? "").trim())
    .filter((t) => wordTokens(t).length >= 8);
  const title = document.querySelector("title")?.textContent ?? "A long report";
  const body: string[] = [];
  let n = 0;
  for (let i = 0; n < words && paragraphs.length > 0; i = (i + 1) % paragraphs.length) {
    body.push(`<p>${escapeHtml(paragraphs[i])}</p>`);
    n += wordTokens(paragraphs[i]).length;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} (long)</title></head>
<body><main><article><h1>${escapeHtml(title)}</h1>${body.join("\n")}</article></main></body></html>`;
  return { html, words: n };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The saved news pages whose article is closest to each wanted length, copied without their scripts. */
function corpusTargets(dir: string, wanted: number[], articleWords: (html: string) => number): { name: string; file: string; words: number }[] {
  const pages: { name: string; html: string; words: number }[] = [];
  for (const name of readdirSync(CORPUS_DIR).sort()) {
    const file = path.join(CORPUS_DIR, name, "source.html");
    if (!existsSync(file)) continue;
    const html = readFileSync(file, "utf8");
    try {
      pages.push({ name, html, words: articleWords(html) });
    } catch {
      // a page our extraction cannot read is not a speed sample
    }
  }
  const chosen: { name: string; file: string; words: number }[] = [];
  for (const words of wanted) {
    const best = pages.filter((p) => !chosen.some((c) => c.name === p.name)).sort((a, b) => Math.abs(a.words - words) - Math.abs(b.words - words))[0];
    if (!best) continue;
    writeFileSync(path.join(dir, `${best.name}.html`), scriptless(best.html));
    chosen.push({ name: best.name, file: `${best.name}.html`, words: best.words });
  }
  return chosen;
}

/** @param articleWords counts a page's article words with our extraction. */
export async function measureBrowser(runs: number, articleWords?: (html: string) => number, buildRoot = repoRoot): Promise<BrowserBench> {
  const skip = (reason: string): BrowserBench => ({ available: false, reason, browsers: [], skippedPages: [] });
  const builds = e2eBuilds(buildRoot);
  for (const dir of Object.values(builds)) {
    if (!existsSync(path.join(dir, "manifest.json"))) return skip(`no e2e build in ${path.relative(repoRoot, dir)}/: run npm run build:test`);
  }
  const sampleFile = path.join(SAMPLE_DIR, "index.html");
  if (!existsSync(sampleFile)) return skip(`the bundled sample ${path.relative(repoRoot, sampleFile)} is missing`);
  const harness = (await import(pathToFileURL(path.join(repoRoot, "test/e2e/harness.ts")).href)) as Harness;

  const sampleHtml = readFileSync(sampleFile, "utf8");
  const generatedDir = mkdtempSync(path.join(tmpdir(), "lens-bench-"));
  const long = longPage(sampleHtml, 10_000);
  writeFileSync(path.join(generatedDir, "long.html"), long.html);
  const server = await harness.serveFixtures({ site: SAMPLE_DIR, generated: generatedDir });
  const result: BrowserBench = { available: true, browsers: [], skippedPages: [] };
  try {
    const targets: Target[] = [
      { name: "bundled sample", url: server.url("/site/index.html"), words: articleWords?.(sampleHtml) ?? 0, targetMs: 120 },
    ];
    if (!existsSync(CORPUS_DIR)) result.skippedPages.push(`the ~1,000- and ~2,000-word news pages: no corpus at ${CORPUS_DIR}`);
    else if (!articleWords) result.skippedPages.push("the ~1,000- and ~2,000-word news pages: our extraction did not load");
    else {
      const [near1k, near2k] = corpusTargets(generatedDir, [1_000, 2_000], articleWords);
      for (const [page, targetMs] of [[near1k, undefined], [near2k, 200]] as const) {
        if (page) targets.push({ name: `news page ${page.name}`, url: server.url(`/generated/${page.file}`), words: page.words, targetMs });
      }
    }
    targets.push({ name: "generated long page", url: server.url("/generated/long.html"), words: long.words, targetMs: 400 });
    // BENCH_BROWSERS=chromium (or firefox) runs one browser only, for a quicker look; the figures to report take both.
    const wanted = (name: string) => !process.env.BENCH_BROWSERS || process.env.BENCH_BROWSERS.toLowerCase().split(",").includes(name);
    if (existsSync("/usr/bin/chromium") && wanted("chromium")) result.browsers.push(await measureIn("Chromium", await chromiumDriver(harness, builds.Chromium), targets, runs));
    if (existsSync("/usr/bin/firefox-esr") && wanted("firefox")) result.browsers.push(await measureIn("Firefox", await firefoxDriver(harness, builds.Firefox), targets, runs));
  } finally {
    await server.close();
    rmSync(generatedDir, { recursive: true, force: true });
  }
  return result;
}

// ---------- summary ----------

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread | undefined {
  const usable = values.filter((v) => Number.isFinite(v));
  if (usable.length === 0) return undefined;
  return { median: median(usable), min: Math.min(...usable), max: Math.max(...usable) };
}

export const floorOf = (page: PageStages): number => median(page.floor);

/** When a stage ended (the first highlight counts from its first painting), per opening. */
export const endsOf = (timelines: readonly Timeline[], stage: string): number[] =>
  timelines.map((t) => (stage === "highlighted" ? t.first[stage] : t.last[stage]) ?? Number.NaN);

/**
 * Our content script's own work on the page's thread in a fresh opening, by kind, medians over the openings: what
 * the page stages' wall time holds of our work, and in how many slices (each slice ends in a pause for the page,
 * whose wait is the rest of the stage).
 */
export function pageWorkLine(fresh: readonly Timeline[]): string | null {
  const timed = fresh.filter((t) => t.page);
  if (timed.length === 0) return null;
  const kinds = [...new Set(timed.flatMap((t) => Object.keys(t.page!)))];
  const of = (k: string, i: 0 | 1) => median(timed.map((t) => t.page![k]?.[i] ?? 0));
  const parts = kinds
    .map((k) => ({ k, ms: of(k, 0), n: of(k, 1) }))
    .filter((x) => x.ms >= 0.5)
    .sort((a, b) => b.ms - a.ms)
    .map((x) => `${x.k} ${fmt(x.ms, 0)} ms / ${fmt(x.n, 0)}`);
  const total = median(timed.map((t) => Object.values(t.page!).reduce((a, [ms]) => a + ms, 0)));
  const read = median(timed.map((t) => Object.entries(t.page!).reduce((a, [k, [ms]]) => a + (k.startsWith("read") ? ms : 0), 0)));
  const stretches = median(timed.map((t) => Object.entries(t.page!).reduce((a, [k, [, n]]) => a + (k.startsWith("read") ? n : 0), 0)));
  return (
    `  our work on the page's thread (median of ${timed.length} openings): ${fmt(total, 0)} ms in all, the read's ${fmt(read, 0)} ms in ${fmt(stretches, 0)} stretches;` +
    ` by kind (ms / stretches): ${parts.join(", ")}`
  );
}


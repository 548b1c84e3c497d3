/**
 * The page's main thread while the lens works, on real saved news pages (../shared/corpus), in Chromium and
 * Firefox with the e2e build: the page runs the hostile fixtures' spy (test/fixtures/hostile/_spy.js), a 10 ms
 * timer that records every gap over 50 ms, and the bench opens the popup, waits for the highlights, turns them
 * off and reads the longest gap. The baseline is the same page watched for as long with nobody working on it.
 * The pages' own scripts are stripped (they would navigate away or load the web); their markup is untouched.
 * Printed, never asserted.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot, sharedDir } from "../eval/paths";
import { median } from "./timing";

export interface MainThreadPage {
  name: string;
  elements: number;
  /** Longest gap of the page's timer while the lens read, analysed and highlighted (0: none over 50 ms), median of the runs. */
  worstMs: number;
  /** That longest gap in each run. */
  runs: number[];
  /** Longest gap over the same time with the page left alone. */
  idleMs: number;
  /**
   * The page's longest task over 50 ms in the same time, median of the runs (Chromium's long task timing; null
   * where the browser has none): a gap with no such task is the page's thread waiting for a core, not our work.
   */
  longTaskMs: number | null;
  /**
   * Our content script's longest stretch of work on the page's thread between two pauses (e2e builds time
   * them: src/content/stretches.ts), median of the runs, and the kind of work that run's longest was.
   */
  oursMs: number | null;
  oursKind: string;
  /** Each run's longest stretch of each kind (in the JSON report only). */
  oursRuns: Record<string, number>[];
  /**
   * Of the gaps over 50 ms in each run: how many had any stretch of our work in them, and how many our work pushed
   * over 50 ms (the gap less our work in it is 50 ms or under); null where the build does not time our work.
   */
  gapsRuns: ({ over: number; withOurs: number; byUs: number; oursInWorstMs: number } | null)[];
  /** Runs (of `runs`) in which our work pushed a gap over 50 ms. */
  byUsRuns: number;
}

export interface MainThreadBrowser {
  browser: "Chromium" | "Firefox";
  pages: MainThreadPage[];
  error?: string;
}

export interface MainThreadBench {
  available: boolean;
  reason?: string;
  browsers: MainThreadBrowser[];
}

const SPY = path.join(repoRoot, "test/fixtures/hostile/_spy.js");
const SETTLED = '[data-testid="article-title"], [data-testid="status-message"]:not([data-tone="loading"])';
const TOGGLE = '[data-testid="highlight-toggle"]';

/** The gaps the spy saw since `since`, as the longest one (read without any built-in the page could replace). */
const WORST_SINCE = `(since) => {
  const stalls = (window.__spy && window.__spy.stalls) || [];
  let worst = 0;
  for (let i = 0; i < stalls.length; i++) if (stalls[i].start >= since && stalls[i].duration > worst) worst = stalls[i].duration;
  return worst;
}`;

/** The page's longest long task since `since` (0: none), or null without long task timing. */
const LONGEST_TASK_SINCE = `(since) => {
  const tasks = window.__spy && window.__spy.longtasks;
  const types = (typeof PerformanceObserver !== "undefined" && PerformanceObserver.supportedEntryTypes) || [];
  if (!tasks || !types.includes("longtask")) return null;
  let worst = 0;
  for (let i = 0; i < tasks.length; i++) if (tasks[i].start >= since && tasks[i].duration > worst) worst = tasks[i].duration;
  return worst;
}`;

interface AnyPage {
  evaluate(fn: string | ((...a: never[]) => unknown), ...args: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}
interface Popup extends AnyPage {
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  click(selector: string): Promise<void>;
  $(selector: string): Promise<unknown>;
}
interface Harness {
  serveFixtures(roots: Record<string, string>): Promise<{ url(p: string): string; close(): Promise<void> }>;
  launchChromium(o: { extensionDir: string }): Promise<{
    context: { newPage(): Promise<AnyPage & { goto(u: string, o?: unknown): Promise<unknown> }> };
    tabIdOf(page: AnyPage): Promise<number>;
    openPopup(tabId: number): Promise<Popup>;
    close(): Promise<void>;
  }>;
  launchFirefox(o: { extensionDir: string }): Promise<{
    openPage(url: string): Promise<AnyPage & { url(): string }>;
    tabIdOf(url: string): Promise<number>;
    openPopup(tabId: number, windowReady?: () => Promise<void>): Promise<Popup>;
    close(): Promise<void>;
  }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = (page: AnyPage) => page.evaluate("performance.now()") as Promise<number>;
const worstSince = async (page: AnyPage, since: number) => Math.round((await page.evaluate(`(${WORST_SINCE})(${since})`)) as number);

/** Asks the content script, from the popup, for its longest stretches of work and each stretch (e2e builds only). */
const STRETCHES = `(tabId) => {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.tabs.sendMessage(tabId, { type: "lens:ping" }).then((r) => (r && r.stretches ? { longest: r.stretches, spans: r.spans || null } : null), () => null);
}`;

/** Every gap over 50 ms since `since` as [start, end] in the page's clock (the timer's tick before and after it). */
const GAPS_SINCE = `(since) => {
  const stalls = (window.__spy && window.__spy.stalls) || [];
  const out = [];
  for (let i = 0; i < stalls.length; i++) if (stalls[i].start >= since && stalls[i].duration > 50) out.push([stalls[i].start, stalls[i].start + stalls[i].duration + 10]);
  return out;
}`;

/**
 * Lays our stretches of work over the page timer's gaps. A gap is the page's thread away from its timer for
 * whatever reason: our work, the page's, the browser's (decoding a message, a restyle), or no core to run on (the
 * machine is shared). A gap counts as ours when our work in it is what took it over 50 ms: the gap less our work
 * in it would have been 50 ms or under.
 */
export function attributeGaps(gaps: readonly (readonly [number, number])[], spans: readonly number[]): { over: number; withOurs: number; byUs: number; oursInWorstMs: number } {
  let withOurs = 0;
  let byUs = 0;
  let oursInWorstMs = 0;
  for (const [start, end] of gaps) {
    let ours = 0;
    for (let i = 0; i + 1 < spans.length; i += 2) {
      const from = Math.max(start, spans[i]);
      const to = Math.min(end, spans[i] + spans[i + 1]);
      if (to > from) ours += to - from;
    }
    if (ours > 0) withOurs++;
    if (ours > 0 && end - start - 10 - ours <= 50) byUs++;
    oursInWorstMs = Math.max(oursInWorstMs, Math.round(ours * 10) / 10);
  }
  return { over: gaps.length, withOurs, byUs, oursInWorstMs };
}

/** Popup open → settled → highlights shown → off again; returns the page's longest gap (and long task) meanwhile. */
async function watchOneRun(
  page: AnyPage,
  open: OpenPopup,
  tabId: number,
): Promise<{
  worst: number;
  longTask: number | null;
  spent: number;
  ours: Record<string, number> | null;
  gaps: ReturnType<typeof attributeGaps> | null;
}> {
  let since = Infinity;
  const t0 = Date.now();
  const popup = await open(async () => {
    since = await now(page);
  });
  if (since === Infinity) since = 0;
  await popup.waitForSelector(SETTLED, { timeout: 60_000 });
  await sleep(1000); // highlights paint after the list shows
  if (await popup.$(TOGGLE)) {
    await popup.click(TOGGLE);
    await sleep(500);
  }
  const worst = await worstSince(page, since);
  const task = (await page.evaluate(`(${LONGEST_TASK_SINCE})(${since})`)) as number | null;
  const timed = (await popup.evaluate(`(${STRETCHES})(${tabId})`).catch(() => null)) as { longest: Record<string, number>; spans: number[] | null } | null;
  const gaps = (await page.evaluate(`(${GAPS_SINCE})(${since})`)) as [number, number][];
  await popup.close();
  return {
    worst,
    longTask: task === null ? null : Math.round(task),
    spent: Date.now() - t0,
    ours: timed?.longest ?? null,
    // A build from before the stretches carried their start (--build-root) cannot tell.
    gaps: timed?.spans ? attributeGaps(gaps, timed.spans) : null,
  };
}

async function idleGap(page: AnyPage, ms: number): Promise<number> {
  const since = await now(page);
  await sleep(ms);
  return worstSince(page, since);
}

type OpenPopup = (windowReady: () => Promise<void>) => Promise<Popup>;

/** Each page in turn in one browser session, which it closes. */
async function measurePages(
  browser: MainThreadBrowser["browser"],
  names: string[],
  runs: number,
  session: { close(): Promise<void> },
  load: (name: string) => Promise<{ page: AnyPage; open: OpenPopup; tabId: number }>,
): Promise<MainThreadBrowser> {
  const entry: MainThreadBrowser = { browser, pages: [] };
  try {
    for (const name of names) {
      const gaps: number[] = [];
      const tasks: number[] = [];
      const ours: { ms: number; kind: string }[] = [];
      const oursRuns: Record<string, number>[] = [];
      const gapsRuns: MainThreadPage["gapsRuns"] = [];
      let elements = 0;
      let idleMs = 0;
      // Each run on the page freshly loaded; the page left alone is watched once, after the first run.
      for (let i = 0; i < runs; i++) {
        const { page, open, tabId } = await load(name);
        await sleep(1000);
        elements = (await page.evaluate("document.getElementsByTagName('*').length")) as number;
        const run = await watchOneRun(page, open, tabId);
        gaps.push(run.worst);
        if (run.longTask !== null) tasks.push(run.longTask);
        if (run.ours) oursRuns.push(run.ours);
        gapsRuns.push(run.gaps);
        if (run.ours) {
          const [kind, ms] = Object.entries(run.ours).sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
          ours.push({ ms, kind });
        }
        if (i === 0) idleMs = await idleGap(page, run.spent);
        await page.close();
      }
      const oursMs = ours.length ? median(ours.map((o) => o.ms)) : null;
      const oursKind = ours.length ? ours.reduce((a, b) => (b.ms > a.ms ? b : a)).kind : "";
      const byUsRuns = gapsRuns.filter((g) => g !== null && g.byUs > 0).length;
      entry.pages.push({ name, elements, worstMs: median(gaps), runs: gaps, idleMs, longTaskMs: tasks.length ? median(tasks) : null, oursMs, oursKind, oursRuns, gapsRuns, byUsRuns });
    }
  } catch (err) {
    entry.error = (err as Error).message.split("\n")[0];
  } finally {
    await session.close().catch(() => undefined);
  }
  return entry;
}

/** A saved page without its scripts, frames and refreshes (they would navigate away or load the web). */
export function scriptless(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, "")
    .replace(/<iframe\b[\s\S]*?<\/iframe\s*>/gi, "")
    .replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, "");
}

/** Saved pages with their scripts, frames and refreshes taken out and the spy put in. */
function writePages(dir: string, limit: number): string[] {
  const pagesDir = path.join(sharedDir, "corpus", "pages");
  const names = readdirSync(pagesDir)
    .filter((n) => existsSync(path.join(pagesDir, n, "source.html")))
    .sort()
    .slice(0, limit).filter((n) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(",").includes(n));
  for (const name of names) {
    const html = scriptless(readFileSync(path.join(pagesDir, name, "source.html"), "utf8")).replace(
      /<head([^>]*)>/i,
      '<head$1><script src="/c/spy.js"></script>',
    );
    writeFileSync(path.join(dir, `${name}.html`), html);
  }
  writeFileSync(path.join(dir, "spy.js"), readFileSync(SPY, "utf8"));
  return names;
}

export async function measureMainThread(pageLimit: number, runs: number, buildRoot = repoRoot): Promise<MainThreadBench> {
  const skip = (reason: string): MainThreadBench => ({ available: false, reason, browsers: [] });
  if (!existsSync(path.join(sharedDir, "corpus", "pages"))) return skip(`no corpus at ${sharedDir}/corpus/pages`);
  for (const dir of ["dist-e2e", "dist-firefox-e2e"]) {
    if (!existsSync(path.join(buildRoot, dir, "manifest.json"))) return skip(`no e2e build in ${path.join(buildRoot, dir)}/: run npm run build:test`);
  }
  const harness = (await import(pathToFileURL(path.join(repoRoot, "test/e2e/harness.ts")).href)) as Harness;
  const dir = mkdtempSync(path.join(tmpdir(), "lens-mainthread-"));
  const names = writePages(dir, pageLimit);
  const server = await harness.serveFixtures({ c: dir });
  const result: MainThreadBench = { available: true, browsers: [] };
  try {
    const urlOf = (name: string) => server.url(`/c/${name}.html`);
    if (existsSync("/usr/bin/chromium")) {
      const session = await harness.launchChromium({ extensionDir: path.join(buildRoot, "dist-e2e") });
      result.browsers.push(
        await measurePages("Chromium", names, runs, session, async (name) => {
          const page = await session.context.newPage();
          await page.goto(urlOf(name), { waitUntil: "load", timeout: 60_000 });
          const tabId = await session.tabIdOf(page);
          return {
            page,
            tabId,
            open: async (ready) => {
              await ready();
              return session.openPopup(tabId);
            },
          };
        }),
      );
    }
    if (existsSync("/usr/bin/firefox-esr")) {
      const session = await harness.launchFirefox({ extensionDir: path.join(buildRoot, "dist-firefox-e2e") });
      result.browsers.push(
        await measurePages("Firefox", names, runs, session, async (name) => {
          const page = await session.openPage(urlOf(name));
          const tabId = await session.tabIdOf(page.url());
          return { page, tabId, open: (ready) => session.openPopup(tabId, ready) };
        }),
      );
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

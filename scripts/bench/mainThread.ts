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
  gapsRuns: (GapAttribution | null)[];
  /** Runs (of `runs`) in which our work pushed a gap over 50 ms. */
  byUsRuns: number;
  /**
   * The control, run for run in the same session: the same page freshly loaded, the popup opened with no work at all
   * (the bench's floor, `&bench-floor`) and watched for as long as the lens's run took. What the page, the browser
   * opening a popup and the machine do without us: the longest gap of each run, and their median.
   */
  controlRuns: number[];
  controlMs: number;
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
    openPopup(tabId: number, query?: string): Promise<Popup>;
    close(): Promise<void>;
  }>;
  launchFirefox(o: { extensionDir: string }): Promise<{
    openPage(url: string): Promise<AnyPage & { url(): string }>;
    tabIdOf(url: string): Promise<number>;
    openPopup(tabId: number, windowReady?: () => Promise<void>, query?: string): Promise<Popup>;
    close(): Promise<void>;
  }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = (page: AnyPage) => page.evaluate("performance.now()") as Promise<number>;
const worstSince = async (page: AnyPage, since: number) => Math.round((await page.evaluate(`(${WORST_SINCE})(${since})`)) as number);

/** Asks the content script, from the popup, for its longest stretches of work and each stretch (e2e builds only). */
const STRETCHES = `(tabId) => {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.tabs.sendMessage(tabId, { type: "lens:ping" }).then((r) => (r && r.stretches ? { longest: r.stretches, spans: r.spans || null, kinds: r.spanKinds || null } : null), () => null);
}`;

/** Every gap over 50 ms since `since` as [start, end] in the page's clock (the timer's tick before and after it). */
const GAPS_SINCE = `(since) => {
  const stalls = (window.__spy && window.__spy.stalls) || [];
  const out = [];
  for (let i = 0; i < stalls.length; i++) if (stalls[i].start >= since && stalls[i].duration > 50) out.push([stalls[i].start, stalls[i].start + stalls[i].duration + 10]);
  return out;
}`;

/** One gap over 50 ms of the page's timer: its length, and our work inside it by kind (ms; empty: none of ours). */
export interface GapContent {
  ms: number;
  ours: Record<string, number>;
}

export interface GapAttribution {
  /** Gaps over 50 ms. */
  over: number;
  /** Of those, the gaps with any stretch of our script's work inside them. */
  withOurs: number;
  /** Of those, the gaps that our work took over 50 ms (the gap less our work in it is 50 ms or under). */
  byUs: number;
  oursInWorstMs: number;
  /** Each gap over 50 ms in turn, with what of ours was in it (builds that name their stretches only). */
  gaps?: GapContent[];
}

/**
 * Lays our stretches of work over the page timer's gaps. A gap is the page's thread away from its timer for
 * whatever reason: our work, the page's, the browser's (decoding a message, a restyle), or no core to run on (the
 * machine is shared). A gap counts as ours when our work in it is what took it over 50 ms: the gap less our work
 * in it would have been 50 ms or under. `kinds` names each stretch (read:copy, paint…), one per pair of `spans`.
 */
export function attributeGaps(gaps: readonly (readonly [number, number])[], spans: readonly number[], kinds?: readonly string[] | null): GapAttribution {
  let withOurs = 0;
  let byUs = 0;
  let oursInWorstMs = 0;
  const contents: GapContent[] = [];
  for (const [start, end] of gaps) {
    let ours = 0;
    const byKind: Record<string, number> = {};
    for (let i = 0; i + 1 < spans.length; i += 2) {
      const from = Math.max(start, spans[i]);
      const to = Math.min(end, spans[i] + spans[i + 1]);
      if (to <= from) continue;
      ours += to - from;
      const kind = kinds?.[i / 2] ?? "ours";
      byKind[kind] = Math.round(((byKind[kind] ?? 0) + to - from) * 10) / 10;
    }
    if (ours > 0) withOurs++;
    if (ours > 0 && end - start - 10 - ours <= 50) byUs++;
    oursInWorstMs = Math.max(oursInWorstMs, Math.round(ours * 10) / 10);
    contents.push({ ms: Math.round(end - start - 10), ours: byKind });
  }
  return { over: gaps.length, withOurs, byUs, oursInWorstMs, ...(kinds ? { gaps: contents } : {}) };
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
  const timed = (await popup.evaluate(`(${STRETCHES})(${tabId})`).catch(() => null)) as { longest: Record<string, number>; spans: number[] | null; kinds: string[] | null } | null;
  const gaps = (await page.evaluate(`(${GAPS_SINCE})(${since})`)) as [number, number][];
  await popup.close();
  return {
    worst,
    longTask: task === null ? null : Math.round(task),
    spent: Date.now() - t0,
    ours: timed?.longest ?? null,
    // A build from before the stretches carried their start (--build-root) cannot tell.
    gaps: timed?.spans ? attributeGaps(gaps, timed.spans, timed.kinds) : null,
  };
}

async function idleGap(page: AnyPage, ms: number): Promise<number> {
  const since = await now(page);
  await sleep(ms);
  return worstSince(page, since);
}

type OpenPopup = (windowReady: () => Promise<void>, query?: string) => Promise<Popup>;

/** The control run: the popup opened with no work, watched for `ms`; the page's longest gap meanwhile. */
async function watchControl(page: AnyPage, open: OpenPopup, ms: number): Promise<number> {
  let since = Infinity;
  const popup = await open(async () => {
    since = await now(page);
  }, "&bench-floor");
  if (since === Infinity) since = 0;
  await sleep(ms);
  const worst = await worstSince(page, since);
  await popup.close();
  return worst;
}

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
      const controlRuns: number[] = [];
      let elements = 0;
      let idleMs = 0;
      // Each run on the page freshly loaded; the page left alone is watched once, after the first run. Each run has
      // its control on the page loaded afresh again, before it in every other run so that neither always goes first.
      const control = async (ms: number) => {
        const { page, open } = await load(name);
        await sleep(1000);
        controlRuns.push(await watchControl(page, open, ms));
        await page.close();
      };
      let lastSpent = 5_000;
      for (let i = 0; i < runs; i++) {
        if (i % 2 === 1) await control(lastSpent);
        const { page, open, tabId } = await load(name);
        await sleep(1000);
        elements = (await page.evaluate("document.getElementsByTagName('*').length")) as number;
        const run = await watchOneRun(page, open, tabId);
        lastSpent = run.spent;
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
        if (i % 2 === 0) await control(run.spent);
      }
      const oursMs = ours.length ? median(ours.map((o) => o.ms)) : null;
      const oursKind = ours.length ? ours.reduce((a, b) => (b.ms > a.ms ? b : a)).kind : "";
      const byUsRuns = gapsRuns.filter((g) => g !== null && g.byUs > 0).length;
      entry.pages.push({
        name,
        elements,
        worstMs: median(gaps),
        runs: gaps,
        idleMs,
        longTaskMs: tasks.length ? median(tasks) : null,
        oursMs,
        oursKind,
        oursRuns,
        gapsRuns,
        byUsRuns,
        controlRuns,
        controlMs: median(controlRuns),
      });
    }
  } catch (err) {
    entry.error = (err as Error).message.split("\n")[0];
  } finally {
    await session.close().catch(() => undefined);
  }
  return entry;
}

/** How a page's longest gap reads once the control is beside it (median runs). */
export function verdictOf(p: MainThreadPage): "under 50 ms" | "ours" | "also without us" | "not in our work" | "no control" {
  if (p.worstMs <= 50) return "under 50 ms";
  // Our stretches inside the gap took it over 50 ms in most runs.
  if (p.byUsRuns * 2 > p.gapsRuns.length) return "ours";
  if (!p.controlRuns.length) return "no control";
  return p.controlMs > 50 ? "also without us" : "not in our work";
}

/**
 * The bench's reading of the gaps: the raw count (pages over 50 ms with the lens at work), the same pages with a
 * popup doing no work in the same session, and each page's gap put down to our work (our stretches took it over
 * 50 ms), to the page, the browser and the machine (the control had one too), or to neither (over 50 ms only with
 * the lens, though no stretch of our script's own work decided it: the browser's work for us, a restyle or a
 * message, or chance).
 */
export function attributionLines(m: MainThreadBench): string[] {
  if (!m.available) return [];
  const lines = ["\n## The page's main thread: our gaps and the page's own (the same pages with a popup doing no work, same session)"];
  for (const b of m.browsers) {
    const n = b.pages.length;
    const count = (v: ReturnType<typeof verdictOf>) => b.pages.filter((p) => verdictOf(p) === v).length;
    const over = b.pages.filter((p) => p.worstMs > 50).length;
    const controlOver = b.pages.filter((p) => p.controlRuns.length && p.controlMs > 50).length;
    lines.push(
      `  ${b.browser}: raw ${over} of ${n} pages with a gap over 50 ms while the lens worked (median of the runs); without us (no-work popup): ${controlOver} of ${n};` +
        ` put down to our work: ${count("ours")} of ${n}; over 50 ms also without us: ${count("also without us")}; over 50 ms only with the lens, not in our work: ${count("not in our work")}` +
        (b.error ? `; stopped: ${b.error}` : ""),
    );
    for (const p of b.pages) {
      if (p.worstMs <= 50 && (!p.controlRuns.length || p.controlMs <= 50)) continue;
      lines.push(
        `    ${p.name}: with the lens ${p.worstMs} ms [${p.runs.join(", ")}], no-work popup ${p.controlRuns.length ? `${p.controlMs} ms [${p.controlRuns.join(", ")}]` : "—"};` +
          ` our work took a gap over 50 ms in ${p.byUsRuns} of ${p.gapsRuns.length} runs (most of ours in one gap ${Math.max(0, ...p.gapsRuns.map((g) => g?.oursInWorstMs ?? 0))} ms): ${verdictOf(p)}`,
      );
    }
  }
  lines.push(
    "  Each run of a page has its control beside it: the page loaded afresh, the popup opened with no work (the popup bench's\n" +
      "  floor) and watched for as long as the lens's run took. The pages' own scripts are stripped, so a gap without us is\n" +
      "  the browser (opening the popup's window, layout) or the machine's other work keeping the page's thread from its timer.",
  );
  return lines;
}

/**
 * The gaps over 50 ms split by whether any of our script's work was inside them (the bench lays our named stretches
 * over each gap): the count over every run, the pages in the median run, and each gap that held ours with what it
 * was, so that the figure says which gaps are ours and which are not.
 */
export function ourGapLines(m: MainThreadBench): string[] {
  if (!m.available) return [];
  const lines = ["\n## Gaps over 50 ms with our script in them, and without any of ours (every run)"];
  for (const b of m.browsers) {
    const attributed = b.pages.filter((p) => p.gapsRuns.some((g) => g !== null));
    if (attributed.length === 0) {
      lines.push(`  ${b.browser}: this build does not time its stretches (an older build): no split`);
      continue;
    }
    let over = 0;
    let withOurs = 0;
    let byUs = 0;
    const held: { page: string; run: number; gap: GapContent }[] = [];
    for (const p of attributed) {
      p.gapsRuns.forEach((g, run) => {
        if (!g) return;
        over += g.over;
        withOurs += g.withOurs;
        byUs += g.byUs;
        for (const gap of g.gaps ?? []) if (Object.keys(gap.ours).length) held.push({ page: p.name, run: run + 1, gap });
      });
    }
    const most = (p: MainThreadPage, test: (g: GapAttribution) => boolean) => p.gapsRuns.filter((g) => g !== null && test(g)).length * 2 > p.gapsRuns.length;
    const pagesWithOurs = attributed.filter((p) => most(p, (g) => g.withOurs > 0)).length;
    const pagesWithoutOurs = attributed.filter((p) => p.worstMs > 50 && !most(p, (g) => g.withOurs > 0)).length;
    const runs = Math.max(...attributed.map((p) => p.gapsRuns.length));
    lines.push(
      `  ${b.browser}: ${over} gaps over 50 ms in ${runs} runs of ${attributed.length} pages: ${withOurs} with our script's work inside (${byUs} of them taken over 50 ms by it),` +
        ` ${over - withOurs} with none of ours. Pages (median run): ${pagesWithOurs} of ${attributed.length} with a gap over 50 ms holding our work;` +
        ` ${pagesWithoutOurs} with gaps over 50 ms but none of ours in them`,
    );
    held.sort((a, b) => sum(b.gap.ours) - sum(a.gap.ours));
    for (const { page, run, gap } of held.slice(0, 12)) {
      const kinds = Object.entries(gap.ours)
        .sort((a, b) => b[1] - a[1])
        .map(([k, ms]) => `${k} ${ms}`)
        .join(", ");
      lines.push(`    ${page}, run ${run}: gap ${gap.ms} ms, ours ${Math.round(sum(gap.ours) * 10) / 10} ms (${kinds})`);
    }
    if (held.length > 12) lines.push(`    … and ${held.length - 12} more gaps with less of ours in them`);
  }
  return lines;
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

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
            open: async (ready, query) => {
              await ready();
              return session.openPopup(tabId, query);
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
          return { page, tabId, open: (ready, query) => session.openPopup(tabId, ready, query) };
        }),
      );
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

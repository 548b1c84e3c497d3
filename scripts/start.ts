/**
 * `npm start [-- <url-or-file>]`: builds the extension, opens Chromium with it on the bundled sample article (or
 * the given page), and opens the popup for that tab so the quotes are highlighted. With a display the browser
 * stays open until you close it; without one it runs headless, writes screenshots of the highlighted page and
 * of the popup to out/, prints what was found, and exits.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  launchChromium,
  POPUP_PATH,
  repoRoot,
  serveFixtures,
  siteFixtureDir,
  type FixtureServer,
} from "../test/e2e/harness";
import { BUILD_TARGETS } from "./build/targets";

const START_BUILD = path.join(repoRoot, BUILD_TARGETS.start.outDir);
const OUT_DIR = path.join(repoRoot, "out");
const POPUP_SIZE = { width: 420, height: 640 };
/** Reading and analysing a long page in a cold browser; generous, so slow machines still get a screenshot. */
const POPUP_SETTLE_MS = 60_000;

class UsageError extends Error {}

interface Target {
  url: string;
  server: FixtureServer | null;
  /** Local pages load nothing from the web, so the browser can be kept offline for them. */
  local: boolean;
}

function step(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
}

async function resolveTarget(arg: string | undefined): Promise<Target> {
  if (arg === undefined) {
    const server = await serveFixtures(siteFixtureDir);
    return { url: server.url("/index.html"), server, local: true };
  }
  if (/^https?:\/\//i.test(arg)) {
    try {
      return { url: new URL(arg).href, server: null, local: false };
    } catch {
      throw new UsageError(`"${arg}" is not a valid URL.`);
    }
  }
  const file = path.resolve(process.cwd(), arg.replace(/^file:\/\//, ""));
  if (!existsSync(file)) throw new UsageError(`"${arg}" is neither an http(s) URL nor an existing file.`);
  if (!statSync(file).isFile()) throw new UsageError(`"${arg}" is a directory; give an .html file inside it.`);
  // Served over http from its own folder, so relative images and styles load and no file:// access is needed.
  const server = await serveFixtures(path.dirname(file));
  return { url: server.url(`/${encodeURIComponent(path.basename(file))}`), server, local: true };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  if (args.length > 1 || args[0] === "--help" || args[0] === "-h") {
    throw new UsageError("usage: npm start [-- <url-or-file.html>]");
  }
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

  // Bad input is reported before anything slow happens.
  const target = await resolveTarget(args[0]);
  let session: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    step(process.execPath, ["--import", "tsx", "scripts/ensure-browsers.ts"], "Checking the browsers");
    console.log("Building the extension…");
    const vite = path.join(repoRoot, "node_modules/vite/bin/vite.js");
    step(process.execPath, [vite, "build", "--mode", "start", "--logLevel", "warn"], "The build");

    session = await launchChromium({
      extensionDir: START_BUILD,
      headless: !hasDisplay,
      offline: target.local,
      viewport: hasDisplay ? null : { width: 1200, height: 900 },
    });
    const page = await session.context.newPage();
    await page.goto(target.url, { waitUntil: "load", timeout: 60_000 });
    const tabId = await session.tabIdOf(page);
    const popup = await openPopupWindow(session.context, session.extensionUrl(`${POPUP_PATH}?tabId=${tabId}`));
    const summary = await waitForPopup(popup);
    console.log(summary);

    if (!hasDisplay) {
      mkdirSync(OUT_DIR, { recursive: true });
      // Let the highlight paint settle before the picture is taken.
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(OUT_DIR, "page.png"), fullPage: true });
      // The popup as the toolbar shows it: its own viewport, not the whole scrolled list.
      await popup.screenshot({ path: path.join(OUT_DIR, "popup.png") });
      console.log(`Screenshots: ${path.relative(process.cwd(), path.join(OUT_DIR, "page.png"))}, ${path.relative(process.cwd(), path.join(OUT_DIR, "popup.png"))}`);
      return;
    }
    console.log("Chromium is open with News Lens loaded. Close the browser window to stop.");
    const context = session.context;
    await new Promise<void>((resolve) => context.once("close", () => resolve()));
  } finally {
    await session?.close().catch(() => {});
    await target.server?.close();
  }
}

/** The popup as a small window of its own, as the toolbar would show it, aimed at the article's tab. */
async function openPopupWindow(context: import("playwright-core").BrowserContext, url: string): Promise<Page> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const opened = context.waitForEvent("page", (candidate) => candidate.url().startsWith(url.split("?")[0]));
  await worker.evaluate(
    async ({ popupUrl, size }) => {
      await chrome.windows.create({ url: popupUrl, type: "popup", width: size.width, height: size.height, focused: true });
    },
    { popupUrl: url, size: POPUP_SIZE },
  );
  const popup = await opened;
  await popup.setViewportSize(POPUP_SIZE).catch(() => {
    // Headed windows size themselves; the call only matters headless.
  });
  return popup;
}

async function waitForPopup(popup: Page): Promise<string> {
  await popup.waitForSelector(
    '[data-testid="article-title"], [data-testid="status-message"]:not([data-tone="loading"])',
    { timeout: POPUP_SETTLE_MS },
  );
  // Read through locators, not page.evaluate: tsx wraps named functions in a helper the page does not have.
  const text = async (testId: string) => {
    const locator = popup.locator(`[data-testid="${testId}"]`).first();
    return (await locator.count()) > 0 ? ((await locator.textContent()) ?? "").trim() : "";
  };
  const title = await text("article-title");
  if (!title) return `The popup says: ${await text("status-message")}`;
  const quotes = await popup.locator('[data-testid="quote"]').count();
  const entities = await popup.locator('[data-testid="entity"]').count();
  return (
    `Read "${title}": ${await text("word-count")} words, ${await text("paragraph-count")} paragraphs, ` +
    `${quotes} quotes, ${entities} people, organizations and countries.`
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof UsageError ? message : `npm start: ${message}`);
    process.exit(1);
  },
);

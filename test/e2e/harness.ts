/// <reference types="chrome" />
/**
 * Shared e2e helpers: serve fixture pages on 127.0.0.1, launch real Chromium (playwright-core) and real Firefox
 * ESR (puppeteer-core over WebDriver BiDi) with a built extension, open the popup for a given tab, and record
 * console errors and network requests of the extension's own contexts.
 *
 * The popup is opened as an ordinary tab at `<popup>?tabId=N`: a real toolbar click cannot be scripted, and the
 * e2e builds (dist-e2e/, dist-firefox-e2e/) hold a host permission for http://127.0.0.1/* so the popup may
 * inject the content script into that tab without the user gesture `activeTab` needs.
 */
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from "puppeteer-core";
import { CHROMIUM_PATH, FIREFOX_PATH } from "../../scripts/build/browsers";
import { GECKO_ID } from "../../scripts/build/manifest";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sharedDir = path.resolve(repoRoot, "../shared");
export const corpusDir = path.join(sharedDir, "corpus", "pages");
export const siteFixtureDir = path.join(repoRoot, "test", "fixtures", "site");
/** Our own small article pages (a news story, a brief, odd markup, web components…). */
export const pagesFixtureDir = path.join(repoRoot, "test", "fixtures", "pages");

export const CHROME_E2E_BUILD = path.join(repoRoot, "dist-e2e");
export const FIREFOX_E2E_BUILD = path.join(repoRoot, "dist-firefox-e2e");
export const POPUP_PATH = "src/popup/index.html";
export const OPTIONS_PATH = "src/options/index.html";
export const HISTORY_PATH = "src/history/index.html";

/** The data-testid hooks the popup exposes; tests and the popup agree on these names and nothing else. */
export const testIds = {
  title: "article-title",
  wordCount: "word-count",
  paragraphCount: "paragraph-count",
  quote: "quote",
  entity: "entity",
  status: "status-message",
} as const;
export const byTestId = (id: (typeof testIds)[keyof typeof testIds]) => `[data-testid="${id}"]`;
/** The popup has finished: it shows a result (a title) or a message, never just a spinner. */
export const POPUP_SETTLED = `${byTestId("article-title")}, ${byTestId("status-message")}:not([data-tone="loading"])`;

/** Why a build is missing, in words a person running one test file understands. */
export function requireBuild(dir: string): void {
  if (!existsSync(path.join(dir, "manifest.json"))) {
    throw new Error(`No extension build in ${path.relative(repoRoot, dir)}/. Run \`npm run build:test\` first.`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Fixture server

export interface FixtureServer {
  /** e.g. http://127.0.0.1:43121 */
  origin: string;
  url(pathname: string): string;
  /** Every path the browser asked for, in order; a test can prove the page did not fetch anything unexpected. */
  requests: string[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".txt": "text/plain; charset=utf-8",
};

export interface ServeOptions {
  /**
   * Mounts whose pages may not run their own scripts (sent with `Content-Security-Policy: script-src 'none'`).
   * Saved real pages carry trackers and redirects that would otherwise navigate the tab away while a test
   * reads it; a page's CSP does not apply to the extension's content script, so the extension is unaffected.
   */
  scriptless?: string[];
}

/**
 * Serves one or more directories read-only on 127.0.0.1 with a random free port. With several roots, each is
 * mounted under its key (`{ site: dir }` → /site/…); with a single string it is the server root.
 */
export async function serveFixtures(
  roots: string | Record<string, string>,
  options: ServeOptions = {},
): Promise<FixtureServer> {
  const mounts = typeof roots === "string" ? { "": roots } : roots;
  const scriptless = (options.scriptless ?? []).map((mount) => `/${mount}/`);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    requests.push(pathname);
    void resolveFile(mounts, pathname).then(
      async (file) => {
        if (!file) {
          res.writeHead(404, { "content-type": "text/plain" }).end("not found");
          return;
        }
        const body = await readFile(file);
        const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
        const headers: Record<string, string> = { "content-type": type, "cache-control": "no-store" };
        if (scriptless.some((prefix) => pathname.startsWith(prefix))) {
          headers["content-security-policy"] = "script-src 'none'; frame-src 'none'; object-src 'none'";
        }
        res.writeHead(200, headers).end(body);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fixture server has no port");
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname.replace(/^\/?/, "/"), origin).href,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function resolveFile(mounts: Record<string, string>, pathname: string): Promise<string | null> {
  for (const [mount, dir] of Object.entries(mounts)) {
    const prefix = mount ? `/${mount}` : "";
    if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) continue;
    const relative = pathname.slice(prefix.length) || "/";
    const root = path.resolve(dir);
    let file = path.resolve(root, `.${relative}`);
    // Never serve anything outside the mounted directory, whatever the URL says.
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) return null;
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      if ((await stat(file)).isFile()) return file;
    } catch {
      // fall through to the next mount
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// What the extension did: console errors and network requests of its own contexts

export interface ExtensionActivity {
  /** Console errors and uncaught exceptions from the worker, extension pages and the content script. */
  errors: string[];
  /** Requests made by the worker or extension pages to anything but the extension's own files. */
  requests: string[];
}

function newActivity(): ExtensionActivity {
  return { errors: [], requests: [] };
}

const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;
/** Resources a page always resolves locally; not network traffic. */
const LOCAL_URL = /^(data|blob|about):/;

// ---------------------------------------------------------------------------------------------------------
// Chromium

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  activity: ExtensionActivity;
  /**
   * Every request to anything but 127.0.0.1, the extension or data:/blob: URLs, from any context (they are all
   * blocked when offline). Content-script requests count as the page's; on a page that loads nothing from the
   * web, anything here came from the extension.
   */
  outboundAttempts: string[];
  /** Opens a page in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /** The extension's tab id for a page (asked of the service worker by URL). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup, as its own tab, aimed at `tabId`; `query` adds to its URL (the bench's "&bench-floor"). */
  openPopup(tabId: number, query?: string): Promise<Page>;
  extensionUrl(pathname: string): string;
  close(): Promise<void>;
}

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-features=Translate,MediaRouter,OptimizationHints",
];

export interface LaunchOptions {
  extensionDir: string;
  /** Headless by default; `npm start` passes false when there is a display. */
  headless?: boolean;
  /** Block every request that does not go to 127.0.0.1, the extension, or data:/blob: (saved pages link the web). */
  offline?: boolean;
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
}

export async function launchChromium(options: LaunchOptions): Promise<ChromiumSession> {
  const { extensionDir, headless = true, offline = true } = options;
  requireBuild(extensionDir);
  const userDataDir = options.userDataDir ?? "";
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: options.viewport === undefined ? { width: 1200, height: 900 } : options.viewport,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const activity = newActivity();
  const outboundAttempts: string[] = [];
  if (offline) {
    await context.route(
      // chrome: and file: are the browser's own loads (its PDF viewer, a file:// page), never the network.
      (url) => !/^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|chrome:|file:|data:|blob:)/.test(url.href),
      (route) => {
        outboundAttempts.push(route.request().url());
        return route.abort("blockedbyclient");
      },
    );
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  watchWorker(worker, activity);
  context.on("serviceworker", (next) => watchWorker(next, activity));

  // Ours only: saved pages also mention other extensions (chrome-extension://invalid/ after Chrome refuses them).
  const ownOrigin = `chrome-extension://${extensionId}/`;
  context.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url || message.page()?.url() || "";
    if (where.startsWith(ownOrigin)) activity.errors.push(`${where}: ${message.text()}`);
  });
  const watchPage = (page: Page) => {
    page.on("pageerror", (error) => {
      if (page.url().startsWith(ownOrigin) || (error.stack ?? "").includes(ownOrigin)) {
        activity.errors.push(`${page.url()}: ${error.message}`);
      }
    });
  };
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
  context.on("request", (request) => {
    const url = request.url();
    if (EXTENSION_URL.test(url) || LOCAL_URL.test(url) || /^(chrome|file):/.test(url)) return;
    const fromWorker = request.serviceWorker() !== null;
    let fromExtensionPage = false;
    try {
      // Ours only: Chrome's PDF viewer is an extension page too.
      fromExtensionPage = request.frame().url().startsWith(ownOrigin);
    } catch {
      // Service-worker requests have no frame.
    }
    if (fromWorker || fromExtensionPage) activity.requests.push(url);
  });

  const extensionUrl = (pathname: string) => `chrome-extension://${extensionId}/${pathname.replace(/^\//, "")}`;
  return {
    context,
    extensionId,
    worker,
    activity,
    outboundAttempts,
    extensionUrl,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      return page;
    },
    async tabIdOf(page) {
      return tabIdByUrl(context, page.url());
    },
    async openPopup(tabId, query = "") {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(extensionUrl(`${POPUP_PATH}?tabId=${tabId}${query}`));
      return popup;
    },
    async close() {
      await context.close();
    },
  };
}

function watchWorker(worker: Worker, activity: ExtensionActivity): void {
  worker.on("console", (message) => {
    if (message.type() === "error") activity.errors.push(`service worker: ${message.text()}`);
  });
}

/** Asks the service worker (which may have been stopped and restarted) for the tab showing `url`. */
export async function tabIdByUrl(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const tabId = await worker.evaluate(async (wanted: string) => {
    // No helper functions in here: tsx's name-keeping wrappers do not exist in the worker's scope.
    const tabs = await chrome.tabs.query({});
    const target = new URL(wanted).href;
    for (const tab of tabs) {
      for (const candidate of [tab.url, tab.pendingUrl]) {
        if (candidate !== undefined && new URL(candidate).href === target) return tab.id ?? null;
      }
    }
    return null;
  }, url);
  if (tabId === null) throw new Error(`no tab shows ${url}`);
  return tabId;
}

// ---------------------------------------------------------------------------------------------------------
// Firefox

export interface FirefoxSession {
  browser: PuppeteerBrowser;
  /** The moz-extension:// host, fixed before launch so the popup URL is known. */
  extensionUuid: string;
  activity: ExtensionActivity;
  /**
   * Every URL outside 127.0.0.1 the browser tried to reach, from any context (the offline proxy sees them all).
   * On a page that loads nothing from the web, anything here came from the extension or from Firefox itself.
   */
  outboundAttempts: string[];
  openPage(url: string): Promise<PuppeteerPage>;
  tabIdOf(url: string): Promise<number>;
  /**
   * The most recently opened tab. Pages the extension may not read (about:, addons.mozilla.org) hide their
   * URL from it, so a test finds them as "the tab I just opened".
   */
  newestTabId(): Promise<number>;
  /**
   * `windowReady` runs once the popup's window exists, before the popup loads (Firefox takes ~0.2 s to make it);
   * `query` adds to the popup's URL.
   */
  openPopup(tabId: number, windowReady?: () => Promise<void>, query?: string): Promise<PuppeteerPage>;
  /** Opens an extension page (options, history) in a tab of its own, watched like the popup. */
  openExtensionPage(pathname: string): Promise<PuppeteerPage>;
  extensionUrl(pathname: string): string;
  close(): Promise<void>;
}

export async function launchFirefox(options: LaunchOptions): Promise<FirefoxSession> {
  const { extensionDir, headless = true, offline = true } = options;
  requireBuild(extensionDir);
  const extensionUuid = randomUUID();
  const blackHole = offline ? await openBlackHole() : null;
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless,
    defaultViewport: { width: 1200, height: 900 },
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// unless the test session may reach browser
    // internals; without it the popup page cannot be opened as a tab.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      // Pins the extension's internal UUID so the test can address moz-extension://<uuid>/ pages.
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: extensionUuid }),
      // Stay off the network: no update checks, telemetry or captive-portal probes during tests.
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "app.update.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "browser.safebrowsing.update.enabled": false,
      "extensions.getAddons.cache.enabled": false,
      // BiDi loses extension pages (see gotoExtensionPage), so their console output is read from Firefox's
      // stdout/stderr instead: print console calls of web and privileged (extension) contexts there.
      "devtools.console.stdout.content": true,
      "devtools.console.stdout.chrome": true,
      // Grant an extension's declared host permissions at install, as a user accepting the prompt would.
      "extensions.originControls.grantByDefault": true,
      // Saved pages link the live web; everything but 127.0.0.1 goes to a local proxy that hangs up at once.
      ...(blackHole
        ? {
            "network.proxy.type": 1,
            "network.proxy.http": "127.0.0.1",
            "network.proxy.http_port": blackHole.port,
            "network.proxy.ssl": "127.0.0.1",
            "network.proxy.ssl_port": blackHole.port,
            "network.proxy.allow_hijacking_localhost": false,
          }
        : {}),
    },
  });
  const activity = newActivity();
  watchFirefoxOutput(browser, extensionUuid, activity);
  const installedId = await browser.installExtension(extensionDir);
  if (installedId !== GECKO_ID) {
    await browser.close();
    throw new Error(`Firefox installed ${installedId}, expected ${GECKO_ID}`);
  }
  const extensionUrl = (pathname: string) => `moz-extension://${extensionUuid}/${pathname.replace(/^\//, "")}`;

  const watchPage = (page: PuppeteerPage) => {
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const where = message.location().url ?? page.url();
      if (EXTENSION_URL.test(where) || EXTENSION_URL.test(page.url())) {
        activity.errors.push(`${where}: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => {
      const stack = error instanceof Error ? (error.stack ?? "") : "";
      if (EXTENSION_URL.test(page.url()) || EXTENSION_URL.test(stack)) {
        activity.errors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    page.on("request", (request) => {
      const url = request.url();
      if (EXTENSION_URL.test(url) || LOCAL_URL.test(url)) return;
      if (EXTENSION_URL.test(page.url())) activity.requests.push(url);
    });
  };

  // Any extension page may ask the tabs API; the options page is the one without side effects.
  const withExtensionPage = async <T>(work: (page: PuppeteerPage) => Promise<T>): Promise<T> => {
    const helper = await browser.newPage();
    try {
      await gotoExtensionPage(helper, extensionUrl(OPTIONS_PATH));
      return await work(helper);
    } finally {
      await helper.close();
    }
  };

  const openTab = async (url: string) => {
    const page = await browser.newPage();
    watchPage(page);
    await page.goto(url, { waitUntil: "load" });
    return page;
  };

  return {
    browser,
    extensionUuid,
    activity,
    outboundAttempts: blackHole?.attempts ?? [],
    extensionUrl,
    openPage: openTab,
    async tabIdOf(url) {
      const tabId = await withExtensionPage(async (helper) =>
        helper.evaluate(async (wanted: string) => {
          const tabs = await chrome.tabs.query({});
          const target = new URL(wanted).href;
          for (const tab of tabs) {
            if (tab.url !== undefined && new URL(tab.url).href === target) return tab.id ?? null;
          }
          return null;
        }, url),
      );
      if (tabId === null) throw new Error(`no tab shows ${url}`);
      return tabId;
    },
    async newestTabId() {
      const tabId = await withExtensionPage(async (helper) =>
        helper.evaluate(async () => {
          const self = await chrome.tabs.getCurrent();
          const tabs = await chrome.tabs.query({});
          let newest: number | null = null;
          for (const tab of tabs) {
            if (tab.id !== undefined && tab.id !== self?.id && (newest === null || tab.id > newest)) newest = tab.id;
          }
          return newest;
        }),
      );
      if (tabId === null) throw new Error("no tab open");
      return tabId;
    },
    async openPopup(tabId, windowReady, query = "") {
      // Its own window, as a real popup floats over the page: a popup opened as a second tab would hide the
      // page's tab, and Firefox runs a hidden tab's timers (between our reading slices) once a second.
      const popup = await browser.newPage({ type: "window" });
      watchPage(popup);
      await popup.setViewport({ width: 420, height: 600 });
      await windowReady?.();
      await gotoExtensionPage(popup, extensionUrl(`${POPUP_PATH}?tabId=${tabId}${query}`));
      return popup;
    },
    async openExtensionPage(pathname) {
      const page = await browser.newPage();
      watchPage(page);
      await gotoExtensionPage(page, extensionUrl(pathname));
      return page;
    },
    async close() {
      await browser.close();
      await blackHole?.close();
    },
  };
}

/**
 * Firefox writes uncaught errors ("JavaScript error: <url>, line N: …") and, with the stdout prefs above,
 * console calls ("console.error: …", without their source) to its output. Uncaught errors are kept when they
 * name our extension; console errors are kept unless they come from Firefox itself (resource:// and chrome://
 * modules). The pages the Firefox tests open run no scripts of their own (the sample has none; saved pages are
 * served with script-src 'none'), so what is left comes from the popup, worker or content script.
 */
function watchFirefoxOutput(browser: PuppeteerBrowser, extensionUuid: string, activity: ExtensionActivity): void {
  const ours = `moz-extension://${extensionUuid}/`;
  let pending = "";
  const onData = (data: Buffer | string) => {
    pending += String(data);
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith("JavaScript error: ") && line.includes(ours)) activity.errors.push(line);
      else if (line.startsWith("console.error: ") && !FIREFOX_OWN_CONSOLE.test(line)) {
        activity.errors.push(line);
      }
    }
  };
  browser.process()?.stdout?.on("data", onData);
  browser.process()?.stderr?.on("data", onData);
}

/**
 * Console errors Firefox's own UI and remote agent print (module URLs, actor teardown, error-page state, and the
 * new window's remote-settings loader, which finds no network).
 */
const FIREFOX_OWN_CONSOLE = /(resource|chrome):\/\/|JSWindowActor|Security state \d+ has no known STATE_IS_|^console\.error: RSLoader:/;

/** Firefox's own background services (remote settings, telemetry, updates); they are not the extension's. */
const FIREFOX_OWN_SERVICES = /^https?:\/\/[^/]*\.(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?(\/|$)/;

/**
 * A proxy through which nothing loads: it reads the request line ("CONNECT host:443 …" or "GET http://… ")
 * so the test knows what the browser tried to reach, then hangs up.
 */
async function openBlackHole(): Promise<{ port: number; attempts: string[]; close(): Promise<void> }> {
  const attempts: string[] = [];
  const server = createNetServer((socket) => {
    socket.once("data", (chunk) => {
      const [method, target] = chunk.toString("latin1").split("\r\n", 1)[0].split(" ");
      const url = method === "CONNECT" ? `https://${target}` : target;
      if (method && target && !FIREFOX_OWN_SERVICES.test(url)) attempts.push(url);
      socket.destroy();
    });
    socket.on("error", () => {});
    socket.setTimeout(2_000, () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("black-hole proxy has no port");
  return { port: address.port, attempts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Firefox loads moz-extension:// pages in the extension process and puppeteer's BiDi session never sees that
 * navigation finish (page.goto times out, page.url() stays about:blank), although the page does load and can be
 * scripted. So start the navigation, then wait until the document itself reports the URL and is complete.
 */
async function gotoExtensionPage(page: PuppeteerPage, url: string, timeoutMs = 15_000): Promise<void> {
  page.goto(url, { timeout: timeoutMs }).catch(() => {
    // Expected: see above. Success is decided by polling the document below.
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => null);
    if (state && state.href === url && state.ready === "complete") return;
    if (Date.now() > deadline) throw new Error(`Firefox did not open ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/// <reference types="chrome" />
/**
 * The release packages, as a store would get them: `npm run package` builds both zips from package.json's
 * version (and fails on an addons-linter error); this test unpacks each and loads it into its browser. The
 * shipped builds hold no host permission, so the popup, opened here by script rather than by a click that would
 * grant activeTab, must explain that it cannot read the page; the options and My sources pages must render; the
 * worker must run; nothing may log an error or make a request. Runs `npm run package` itself (about 20 s).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageFile } from "../../scripts/package/verdict";
import {
  byTestId,
  HISTORY_PATH,
  launchChromium,
  launchFirefox,
  OPTIONS_PATH,
  POPUP_SETTLED,
  repoRoot,
  serveFixtures,
  siteFixtureDir,
  type FixtureServer,
} from "./harness";
import { unzip } from "./unzip";

const version = (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const unpacked: Record<"chrome" | "firefox", string> = { chrome: "", firefox: "" };
let server: FixtureServer;
let scratch: string;

beforeAll(async () => {
  const built = spawnSync(process.execPath, [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/package.ts"], { cwd: repoRoot, encoding: "utf8" });
  expect(built.status, `npm run package:\n${built.stdout}\n${built.stderr}`).toBe(0);
  scratch = mkdtempSync(path.join(tmpdir(), "news-lens-packages-"));
  for (const browser of ["chrome", "firefox"] as const) {
    unpacked[browser] = path.join(scratch, browser);
    const files = unzip(path.join(repoRoot, "packages", packageFile(browser, version)), unpacked[browser]);
    expect(files).toContain("manifest.json");
    expect(files).toContain(HISTORY_PATH);
  }
  server = await serveFixtures(siteFixtureDir);
}, 240_000);

afterAll(async () => {
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const manifestOf = (browser: "chrome" | "firefox") =>
  JSON.parse(readFileSync(path.join(unpacked[browser], "manifest.json"), "utf8")) as { version: string; host_permissions?: string[]; browser_specific_settings?: unknown };

describe("the packages", () => {
  it("carry package.json's version and no host permission", () => {
    for (const browser of ["chrome", "firefox"] as const) {
      expect(manifestOf(browser).version).toBe(version);
      expect(manifestOf(browser).host_permissions).toBeUndefined();
    }
    expect(manifestOf("firefox").browser_specific_settings).toBeDefined();
    expect(manifestOf("chrome").browser_specific_settings).toBeUndefined();
  });

  it("the Chrome package loads in Chromium: worker, popup, options and My sources", async () => {
    const chromium = await launchChromium({ extensionDir: unpacked.chrome });
    try {
      expect(await chromium.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(version);
      await chromium.openPage(server.url("/index.html"));
      // Without a host permission the extension does not see the tab's URL: the tab in front is the page.
      const tabId = await chromium.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
      const popup = await chromium.openPopup(tabId);
      await popup.waitForSelector(POPUP_SETTLED, { timeout: 30_000 });
      expect(await popup.locator(byTestId("status-message")).first().textContent()).toMatch(/does not let extensions read this page/);
      for (const [pathname, heading] of [[OPTIONS_PATH, "News Lens options"], [HISTORY_PATH, "My sources"]]) {
        const extensionPage = await chromium.context.newPage();
        await extensionPage.goto(chromium.extensionUrl(pathname));
        await expect.poll(() => extensionPage.locator("h1").first().textContent()).toBe(heading);
        await extensionPage.close();
      }
      expect(chromium.activity.errors).toEqual([]);
      expect(chromium.activity.requests).toEqual([]);
      expect(chromium.outboundAttempts).toEqual([]);
    } finally {
      await chromium.close();
    }
  });

  it("the Firefox package loads in Firefox: popup, options and My sources", async () => {
    const firefox = await launchFirefox({ extensionDir: unpacked.firefox });
    try {
      await firefox.openPage(server.url("/index.html"));
      // Without a host permission the extension does not see the tab's URL: the page is the newest tab.
      const popup = await firefox.openPopup(await firefox.newestTabId());
      await popup.waitForSelector(POPUP_SETTLED, { timeout: 30_000 });
      const status = await popup.evaluate(() => document.querySelector('[data-testid="status-message"]')?.textContent ?? "");
      expect(status).toMatch(/does not let extensions read this page/);
      for (const [pathname, heading] of [[OPTIONS_PATH, "News Lens options"], [HISTORY_PATH, "My sources"]]) {
        const extensionPage = await firefox.openExtensionPage(pathname);
        await extensionPage.waitForSelector("h1");
        expect(await extensionPage.evaluate(() => [document.querySelector("h1")?.textContent, chrome.runtime.getManifest().version])).toEqual([heading, version]);
        await extensionPage.close();
      }
      expect(firefox.activity.errors).toEqual([]);
      expect(firefox.activity.requests).toEqual([]);
      expect(firefox.outboundAttempts).toEqual([]);
    } finally {
      await firefox.close();
    }
  });
});

/**
 * `npm run screenshots`: the README's pictures of the sourcing profile (popup, light and dark) and of the
 * My sources page, taken with headless Chromium on our own fixture pages, as `npm start` takes its pictures:
 * the start build, the popup at its toolbar size. The history is filled by reading five fixture pages with it on.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import {
  HISTORY_PATH,
  launchChromium,
  OPTIONS_PATH,
  pagesFixtureDir,
  repoRoot,
  serveFixtures,
  siteFixtureDir,
} from "../test/e2e/harness";
import { BUILD_TARGETS } from "./build/targets";

const DOCS = path.join(repoRoot, "docs");
const READ = ["/pages/news-article.html", "/pages/short-brief.html", "/pages/web-components.html", "/pages/odd-markup.html", "/site/index.html"];

async function main(): Promise<void> {
  const vite = path.join(repoRoot, "node_modules/vite/bin/vite.js");
  const build = spawnSync(process.execPath, [vite, "build", "--mode", "start", "--logLevel", "warn"], { cwd: repoRoot, stdio: "inherit" });
  if (build.status !== 0) throw new Error("the start build failed");

  const server = await serveFixtures({ site: siteFixtureDir, pages: pagesFixtureDir });
  const session = await launchChromium({ extensionDir: path.join(repoRoot, BUILD_TARGETS.start.outDir) });
  try {
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl(OPTIONS_PATH));
    await options.locator('[data-testid="keep-history"]').check();
    await options.waitForTimeout(300);
    await options.close();

    for (const [i, pathname] of READ.entries()) {
      const page = await session.openPage(server.url(pathname));
      const popup = await session.openPopup(await session.tabIdOf(page));
      await popup.waitForSelector('[data-testid="article-title"]', { timeout: 60_000 });
      await popup.waitForTimeout(500);
      if (i < READ.length - 1) {
        await popup.close();
        await page.close();
        continue;
      }
      for (const scheme of ["light", "dark"] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.waitForTimeout(200);
        await popup.screenshot({ path: path.join(DOCS, `popup-${scheme}.png`) });
        await popup.locator('[data-testid="sourcing-profile"]').screenshot({ path: path.join(DOCS, `profile-${scheme}.png`) });
      }
      // The same popup with "Anonymous" picked: the list keeps only those quotes.
      await popup.emulateMedia({ colorScheme: "light" });
      await popup.locator('[data-testid="source-type"][data-type="anonymous"]').click();
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: path.join(DOCS, "profile-filtered.png") });
    }

    const history = await session.context.newPage();
    await history.setViewportSize({ width: 1000, height: 900 });
    await history.goto(session.extensionUrl(HISTORY_PATH));
    await history.waitForSelector('[data-testid="history-entry"]');
    await history.screenshot({ path: path.join(DOCS, "history.png"), fullPage: true });
    console.log("Screenshots: docs/popup-{light,dark}.png, docs/profile-{light,dark,filtered}.png, docs/history.png");
  } finally {
    await session.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

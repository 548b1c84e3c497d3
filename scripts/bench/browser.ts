/**
 * In real Chromium with the e2e build (dist-e2e/, `npm run build:test`): the time from opening the popup
 * until the quotes are highlighted on the page, for the bundled sample article and a generated
 * 10,000-word page. Uses the e2e harness (test/e2e/harness.ts) so the bench drives the extension exactly as
 * the tests do. Printed, never asserted; skipped with the reason when anything it needs is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import { repoRoot } from "../eval/paths";
import { wordTokens } from "../eval/score";
import { median } from "./timing";

export interface BrowserPageResult {
  name: string;
  words: number;
  ms?: number;
  runs: number[];
  error?: string;
}

export interface BrowserBench {
  available: boolean;
  reason?: string;
  pages: BrowserPageResult[];
  note?: string;
}

const CHROMIUM = "/usr/bin/chromium";
const E2E_BUILD = path.join(repoRoot, "dist-e2e");
const SAMPLE_DIR = path.join(repoRoot, "test/fixtures/site");

/** The harness surface the bench uses (test/e2e/harness.ts). */
interface Harness {
  serveFixtures(roots: Record<string, string>): Promise<{ url(p: string): string; close(): Promise<void> }>;
  launchChromium(o: { extensionDir: string; headless?: boolean; offline?: boolean }): Promise<{
    openPage(url: string): Promise<BenchPage>;
    tabIdOf(page: BenchPage): Promise<number>;
    openPopup(tabId: number): Promise<BenchPage>;
    close(): Promise<void>;
  }>;
}

interface BenchPage {
  reload(): Promise<unknown>;
  close(): Promise<void>;
  waitForFunction(fn: string, arg?: unknown, options?: { polling?: number; timeout?: number }): Promise<unknown>;
}

/** True once the page shows at least one quote highlight, whichever painting method the content script used. */
const HIGHLIGHTED = `(() => {
  if (document.querySelector("mark[data-news-lens]")) return true;
  const registry = globalThis.CSS && CSS.highlights;
  if (registry) for (const h of registry.values()) if (h.size > 0) return true;
  return false;
})()`;

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

function countWords(html: string, articleWords?: (html: string) => number): number {
  try {
    if (articleWords) return articleWords(html);
  } catch {
    // fall back to every word of the body
  }
  return wordTokens(parseHTML(html).document.body?.textContent ?? "").length;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * @param articleWords counts a page's article words (our extraction); the body's words when not given.
 */
export async function measureBrowser(runs: number, articleWords?: (html: string) => number): Promise<BrowserBench> {
  const skip = (reason: string): BrowserBench => ({ available: false, reason, pages: [] });
  if (!existsSync(CHROMIUM)) return skip(`${CHROMIUM} not installed`);
  if (!existsSync(path.join(E2E_BUILD, "manifest.json"))) return skip("no e2e build in dist-e2e/: run npm run build:test");
  const sampleFile = path.join(SAMPLE_DIR, "index.html");
  if (!existsSync(sampleFile)) return skip(`the bundled sample ${path.relative(repoRoot, sampleFile)} is missing`);
  const harnessFile = path.join(repoRoot, "test/e2e/harness.ts");
  if (!existsSync(harnessFile)) return skip("test/e2e/harness.ts not found");

  let harness: Harness;
  try {
    harness = (await import(pathToFileURL(harnessFile).href)) as Harness;
  } catch (err) {
    return skip(`the e2e harness failed to load: ${(err as Error).message.split("\n")[0]}`);
  }

  const sampleHtml = readFileSync(sampleFile, "utf8");
  const generatedDir = mkdtempSync(path.join(tmpdir(), "lens-bench-"));
  const long = longPage(sampleHtml, 10_000);
  writeFileSync(path.join(generatedDir, "long.html"), long.html);

  const server = await harness.serveFixtures({ site: SAMPLE_DIR, generated: generatedDir });
  let session: Awaited<ReturnType<Harness["launchChromium"]>> | null = null;
  const result: BrowserBench = { available: true, pages: [] };
  try {
    session = await harness.launchChromium({ extensionDir: E2E_BUILD, headless: true, offline: true });
    const targets = [
      { name: "bundled sample", url: server.url("/site/index.html"), words: countWords(sampleHtml, articleWords) },
      { name: "generated long page", url: server.url("/generated/long.html"), words: long.words },
    ];
    for (const target of targets) {
      const r: BrowserPageResult = { name: target.name, words: target.words, runs: [] };
      try {
        const page = await session.openPage(target.url);
        const tabId = await session.tabIdOf(page);
        // One warm-up opening (service worker start, first model load), then the measured ones.
        for (let i = 0; i <= runs; i++) {
          await page.reload();
          const t0 = performance.now();
          const popup = await session.openPopup(tabId);
          await page.waitForFunction(HIGHLIGHTED, undefined, { polling: 10, timeout: 60_000 });
          const ms = performance.now() - t0;
          if (i > 0) r.runs.push(ms);
          await popup.close();
        }
        r.ms = median(r.runs);
        await page.close();
      } catch (err) {
        r.error = (err as Error).message.split("\n")[0];
      }
      result.pages.push(r);
    }
    result.note =
      "Each run reloads the page, opens the popup as a tab aimed at it (as the e2e tests do) and polls the page for a painted highlight.";
  } catch (err) {
    return skip(`Chromium could not be driven: ${(err as Error).message.split("\n")[0]}`);
  } finally {
    await session?.close().catch(() => undefined);
    await server.close();
    rmSync(generatedDir, { recursive: true, force: true });
  }
  return result;
}

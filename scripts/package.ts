/**
 * `npm run package`: the two release packages, both carrying package.json's version —
 *
 *   packages/news-lens-chrome-<version>.zip    for the Chrome Web Store (built as dist/)
 *   packages/news-lens-firefox-<version>.zip   for addons.mozilla.org (built as dist-firefox/)
 *
 * Each build is checked before it is zipped: its manifest must carry the version, and addons-linter must find no
 * error in it. addons-linter judges manifests by Firefox's rules, so on the Chrome build the two findings that
 * only concern Firefox (no gecko id, no data_collection_permissions: Chrome has neither key) are reported but
 * not fatal; its code checks apply to both. The zips are made by web-ext build. test/e2e/packages.e2e.test.ts
 * loads what is inside them into Chromium and Firefox.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extensionVersion } from "./build/manifest";
import { BUILD_TARGETS, type BrowserName } from "./build/targets";
import { lintVerdict, packageFile, type LintReport } from "./package/verdict";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PACKAGES_DIR = path.join(root, "packages");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

const RELEASES: Array<{ browser: BrowserName; mode: string }> = [
  { browser: "chrome", mode: "production" },
  { browser: "firefox", mode: "firefox" },
];

function run(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${what}: ${result.error.message}`);
  // addons-linter exits 1 when it finds errors; its JSON report says which, so the verdict reads that instead.
  if (result.status !== 0 && !args.includes("json")) throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  return result.stdout;
}

function main(): void {
  const version = extensionVersion(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version);
  rmSync(PACKAGES_DIR, { recursive: true, force: true });
  mkdirSync(PACKAGES_DIR, { recursive: true });
  for (const { browser, mode } of RELEASES) {
    const outDir = path.join(root, BUILD_TARGETS[mode].outDir);
    run(bin("vite"), ["build", "--mode", mode, "--logLevel", "warn"], `vite build --mode ${mode}`);

    const built = JSON.parse(readFileSync(path.join(outDir, "manifest.json"), "utf8")) as { version: string };
    if (built.version !== version) throw new Error(`${browser} build has version ${built.version}, package.json says ${version}`);

    const flags = browser === "chrome" ? ["--enable-background-service-worker"] : [];
    const report = JSON.parse(run(bin("addons-linter"), ["-o", "json", "--boring", ...flags, outDir], `addons-linter on ${browser}`)) as LintReport;
    const verdict = lintVerdict(report, browser);
    for (const line of verdict.notes) console.log(`  ${browser}: ${line}`);
    if (verdict.errors.length) throw new Error(`addons-linter found errors in the ${browser} build:\n${verdict.errors.join("\n")}`);

    const file = packageFile(browser, version);
    run(bin("web-ext"), ["build", "--source-dir", outDir, "--artifacts-dir", PACKAGES_DIR, "--filename", file, "--overwrite-dest", "--no-config-discovery"], `web-ext build (${browser})`);
    console.log(`package: packages/${file} (addons-linter: ${verdict.summary})`);
  }
}

try {
  main();
} catch (error) {
  console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

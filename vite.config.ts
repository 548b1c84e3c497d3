import path from "node:path";
import { fileURLToPath } from "node:url";
import { readFileSync, writeFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";
import preact from "@preact/preset-vite";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import sourceManifest from "./manifest.json" with { type: "json" };
import packageJson from "./package.json" with { type: "json" };
import { manifestFor, type SourceManifest } from "./scripts/build/manifest";
import { targetForMode } from "./scripts/build/targets";
import {
  disablePreactRawHtml,
  dropInjectedScriptsFromWebAccessibleResources,
  verifyServiceWorkerLoader,
} from "./scripts/build/plugins";
import { modelAsset, modelStandIns } from "./scripts/build/modelAsset";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The popup's early script (public/popup-early.js, copied as it is) starts a fresh read before the main bundle
 * runs: it injects the content script by its built path (checked here: the build fails when that path and the
 * bundle's drift apart) and loads the Readability chunk, whose hashed file name is written into the copy here.
 */
function earlyScriptPaths(): Plugin {
  return {
    name: "news-lens:early-script-paths",
    enforce: "post",
    apply: "build",
    writeBundle(options, bundle) {
      const file = path.join(options.dir ?? "", "popup-early.js");
      const early = readFileSync(file, "utf8");
      const script = /const CONTENT_SCRIPT = "\/([^"]+)";/.exec(early)?.[1];
      if (!script || !bundle[script]) this.error(`public/popup-early.js injects /${script ?? "?"}, which the build does not emit`);
      const judge = Object.values(bundle).find((c) => c.type === "chunk" && (c.facadeModuleId ?? "").replace(/\\/g, "/").endsWith("src/popup/judge.ts"));
      if (!judge || !early.includes('"__LENS_JUDGE_CHUNK__"')) this.error("no Readability chunk (src/popup/judge.ts) to name in popup-early.js");
      writeFileSync(file, early.replace('"__LENS_JUDGE_CHUNK__"', JSON.stringify(`/${judge.fileName}`)));
    },
  };
}

export default defineConfig(({ mode }) => {
  const target = targetForMode(mode);
  // Both browsers' packages carry package.json's version, whatever manifest.json says.
  const manifest = manifestFor(sourceManifest as SourceManifest, target, packageJson.version);
  return {
    plugins: [
      disablePreactRawHtml(),
      preact(),
      crx({ manifest: manifest as unknown as ManifestV3Export, browser: target.browser }),
      dropInjectedScriptsFromWebAccessibleResources(),
      verifyServiceWorkerLoader(sourceManifest.background.service_worker),
      modelAsset(root),
      earlyScriptPaths(),
    ],
    // The analysis worker gets the models from the packed asset (scripts/build/modelAsset.ts), not as modules.
    worker: { plugins: () => [modelStandIns(root)] },
    // Stage timings for `npm run bench` (src/popup/timeline.ts) exist in the e2e builds only.
    define: { __LENS_TIMED__: JSON.stringify(target.e2e) },
    build: {
      outDir: target.outDir,
      emptyOutDir: true,
      target: target.browser === "firefox" ? "firefox142" : "chrome116",
      // Extension packages are read from disk; source maps would only double the size reviewers must read.
      sourcemap: false,
      minify: process.env.LENS_NO_MINIFY ? false : undefined,
      chunkSizeWarningLimit: 800,
      // Extension pages the manifest does not name are built only when listed here (crxjs: "extra HTML pages").
      // The offscreen document holds the analysis worker between popups in Chrome (src/background/analysis-holder.ts).
      rollupOptions: { input: { history: "src/history/index.html", offscreen: "src/offscreen/index.html" } },
    },
    // No dev server is used for the extension; keep HMR websockets out of any build.
    server: { strictPort: true, hmr: false },
  };
});

import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
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

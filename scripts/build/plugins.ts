import { rm } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "vite";
import type { CrxPlugin } from "@crxjs/vite-plugin";

/**
 * crxjs lists every `?script` import in `web_accessible_resources` for all http(s) pages, which a loader-style
 * script needs but our self-contained IIFE (injected with scripting.executeScript) does not. Exposing it would
 * only let any web page detect that the extension is installed, so the listed IIFE files are dropped again.
 */
export function dropInjectedScriptsFromWebAccessibleResources(): CrxPlugin {
  return {
    name: "news-lens:no-web-accessible-content-script",
    enforce: "post",
    apply: "build",
    // crxjs calls this hook on every plugin after its own manifest plugins, in plugin order.
    renderCrxManifest(manifest) {
      // Only self-contained IIFE files; a `?script` loader (`…-loader.js`) must stay reachable for its import().
      const isInjectedScript = (file: string) =>
        file.startsWith("src/content/") && file.endsWith(".js") && !file.endsWith("-loader.js");
      const kept = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((file) => !isInjectedScript(file)) }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      return manifest;
    },
    // crxjs also leaves the ES-module build of each IIFE script in assets/ ("small and unreferenced", its
    // comment says): for us a dead 60 KB copy of the content script. Delete it once everything is written, when
    // the complete bundle shows that nothing (no chunk, no loader, not the manifest) refers to it.
    async writeBundle(options, bundle) {
      const files = Object.values(bundle);
      for (const chunk of files) {
        if (chunk.type !== "chunk" || !chunk.isEntry || !chunk.facadeModuleId) continue;
        if (!/[\\/]src[\\/]content[\\/][^?]*\.ts$/.test(chunk.facadeModuleId)) continue;
        const referenced = files.some(
          (other) =>
            other !== chunk &&
            (other.type === "chunk"
              ? other.imports.includes(chunk.fileName) || other.dynamicImports.includes(chunk.fileName) ||
                other.code.includes(chunk.fileName)
              : String(other.source).includes(chunk.fileName)),
        );
        if (!referenced && options.dir) await rm(path.join(options.dir, chunk.fileName), { force: true });
      }
    },
  };
}

const PREACT_BUNDLE = /[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/;
const RAW_HTML_ASSIGNMENT = /(\w+)\.innerHTML=(\w+)\.__html/g;

/**
 * The popup must never put text through innerHTML (page text is hostile input), so Preact's one raw-HTML path,
 * `dangerouslySetInnerHTML`, is compiled out: using it throws instead of parsing markup. This also keeps
 * addons-linter free of its UNSAFE_VAR_ASSIGNMENT warning for that line.
 */
export function disablePreactRawHtml(): Plugin {
  return {
    name: "news-lens:no-dangerously-set-inner-html",
    enforce: "pre",
    transform(code, id) {
      if (!PREACT_BUNDLE.test(id.split("?")[0])) return null;
      const patched = code.replace(
        RAW_HTML_ASSIGNMENT,
        () => '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in News Lens")})()',
      );
      if (patched === code) {
        this.warn(`expected Preact's innerHTML assignment in ${id}; Preact changed, review this plugin`);
        return null;
      }
      return { code: patched, map: null };
    },
  };
}

/**
 * crxjs starts the worker through a one-line loader (`import './assets/<chunk>.js'`). When two entries share a
 * file name (two `index.ts`), crxjs 3 + rolldown pointed that loader at the wrong chunk and the content script
 * ran as the service worker, silently. Fail the build if the loader does not import the worker entry.
 */
export function verifyServiceWorkerLoader(workerEntry: string): Plugin {
  return {
    name: "news-lens:verify-service-worker-loader",
    enforce: "post",
    apply: "build",
    // writeBundle: crxjs emits the loader late in its own generateBundle, after this plugin's hook has run.
    writeBundle(_options, bundle) {
      const loader = bundle["service-worker-loader.js"];
      if (!loader || loader.type !== "asset") {
        this.error("crxjs emitted no service-worker-loader.js; the background worker would not start");
      }
      const imported = /import ['"]\.\/([^'"]+)['"]/.exec(String(loader.source))?.[1];
      const chunk = imported ? bundle[imported] : undefined;
      const entry = chunk && chunk.type === "chunk" ? (chunk.facadeModuleId ?? "") : "";
      if (!entry.replace(/\\/g, "/").endsWith(workerEntry)) {
        this.error(`service-worker-loader.js imports ${imported ?? "nothing"} (${entry || "no entry"}), not ${workerEntry}`);
      }
    },
  };
}

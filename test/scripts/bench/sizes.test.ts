import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closure, measureSizes } from "../../../scripts/bench/sizes";

/** A tiny invented build: a popup page, its chunks, a worker carrying a model, and an injected content script. */
function fakeBuild(): string {
  const dist = mkdtempSync(path.join(tmpdir(), "fake-dist-"));
  mkdirSync(path.join(dist, "assets"));
  mkdirSync(path.join(dist, "src/popup"), { recursive: true });
  mkdirSync(path.join(dist, "src/content"), { recursive: true });
  const write = (f: string, body: string) => writeFileSync(path.join(dist, f), body);
  write("manifest.json", JSON.stringify({ action: { default_popup: "src/popup/index.html" } }));
  write("src/popup/index.html", '<script type="module" src="/assets/popup-1.js"></script>');
  write("assets/popup-1.js", 'import{a}from"./shared-2.js";const w=new Worker(new URL("/assets/worker-3.js",import.meta.url));const c="src/content/index.js";');
  write("assets/shared-2.js", "export const a=1;");
  write("assets/worker-3.js", 'const M={"featureVersion":3,"hashBits":19,"weights":"AAAA"};');
  write("assets/unused-4.js", "console.log('never loaded');");
  write("src/content/index.js", "(()=>{document.title})();");
  return dist;
}

describe("closure", () => {
  it("follows every .js file a page or chunk names, and nothing else", () => {
    const dist = fakeBuild();
    const files = closure([path.join(dist, "src/popup/index.html")], dist).map((f) => path.relative(dist, f));
    expect(files).toEqual([
      "assets/popup-1.js",
      "assets/shared-2.js",
      "assets/worker-3.js",
      "src/content/index.js",
      "src/popup/index.html",
    ]);
  });
});

describe("measureSizes", () => {
  it("separates the content script, the popup and the model", () => {
    const sizes = measureSizes(fakeBuild(), null);
    expect(sizes.built).toBe(true);
    expect(sizes.contentScript?.files).toEqual(["src/content/index.js"]);
    expect(sizes.model?.files).toEqual(["assets/worker-3.js"]);
    expect(sizes.popup?.files).not.toContain("src/content/index.js");
    expect(sizes.popupUi?.files).not.toContain("assets/worker-3.js");
    expect(sizes.zip?.bytes).toBeGreaterThan(0);
  });
  it("counts the packed model asset as the model, and keeps the worker and on-demand chunks out of the first paint", () => {
    const dist = fakeBuild();
    const write = (f: string, body: string) => writeFileSync(path.join(dist, f), body);
    write("assets/worker-3.js", "self.onmessage=()=>{};");
    write("assets/lens-models.bin", "LENS…");
    write("assets/popup-1.js", 'import{a}from"./shared-2.js";const j=()=>import("./judge-5.js");fetch(`/assets/lens-models.bin`);new Worker(new URL("/assets/worker-3.js",import.meta.url));');
    write("assets/judge-5.js", "export const judge=1;");
    const sizes = measureSizes(dist, null);
    expect(sizes.model?.files).toEqual(["assets/lens-models.bin"]);
    expect(sizes.worker?.files).toEqual(["assets/worker-3.js"]);
    expect(sizes.popupLazy?.files).toEqual(["assets/judge-5.js"]);
    expect(sizes.popupUi?.files).toEqual(["assets/popup-1.js", "assets/shared-2.js", "src/popup/index.html"]);
    expect(sizes.popup?.files).toContain("assets/lens-models.bin");
  });
  it("says how to build when there is no build", () => {
    const sizes = measureSizes(mkdtempSync(path.join(tmpdir(), "no-dist-")), null);
    expect(sizes.built).toBe(false);
    expect(sizes.reason).toMatch(/not built, run npm run build/);
  });
});

/**
 * The static privacy check (scripts/check-privacy.ts): first that each rule catches what it claims to
 * (a check that cannot fail proves nothing), then the real sources and, when built, the real bundles.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkManifest, scanBundleText, scanDist, scanSources, scanSourceText, type Finding } from "../../scripts/check-privacy";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const rules = (findings: Finding[]) => findings.filter((f) => f.severity === "error").map((f) => f.rule);
const describeFindings = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.rule} ${f.file}: ${f.detail} | ${f.excerpt}`).join("\n");

describe("bundle scan", () => {
  const cases: Array<[string, string, string[]]> = [
    ["fetch to a remote host", 'fetch("https://api.example.com/v1",{method:"POST"})', ["remote-url", "network:fetch"]],
    ["fetch of a computed URL", "const u=a+b;fetch(u).then(r=>r.json())", ["network:fetch"]],
    ["beacon", 'navigator.sendBeacon("/collect",JSON.stringify(d))', ["network:sendBeacon"]],
    ["XHR", "var x=new XMLHttpRequest;x.open('GET',u)", ["network:XMLHttpRequest"]],
    ["websocket", "new WebSocket(u)", ["network:WebSocket"]],
    ["wss URL", 'const s="wss://push.example.net/socket"', ["remote-url"]],
    ["protocol-relative URL", 'img.src="//cdn.example.com/p.gif"', ["remote-url"]],
    ["importScripts", "importScripts(base+'/w.js')", ["network:importScripts"]],
    ["native messaging", 'chrome.runtime.sendNativeMessage("com.example.host",msg)', ["network:native-messaging"]],
    ["remote dynamic import", 'await import("https://esm.sh/x")', ["remote-url", "network:remote-import"]],
    ["eval", "eval(code)", ["remote-code:eval"]],
    ["new Function", 'new Function("return this")()', ["remote-code:new-Function"]],
    ["string timer", 'setTimeout("go()",10)', ["remote-code:string-timer"]],
    ["remote stylesheet", '@import url(https://fonts.example.com/css);', ["remote-url"]],
    ["preconnect hint", '<link rel="preconnect" href="x">', ["network:prefetch"]],
  ];
  for (const [name, code, expected] of cases) {
    it(`flags ${name}`, () => expect(rules(scanBundleText("x.js", code)).sort()).toEqual([...expected].sort()));
  }

  const clean: Array<[string, string]> = [
    ["fetch of a packaged model", 'const r=await fetch(chrome.runtime.getURL("ner/model.json"))'],
    ["fetch through the polyfill", "fetch(e.runtime.getURL(`model.bin`))"],
    ["fetch relative to the module", 'fetch(new URL("./model.json", import.meta.url))'],
    ["SVG namespace", 'document.createElementNS("http://www.w3.org/2000/svg","svg")'],
    ["a method called fetch", "store.fetch()"],
    ["identifier that merely contains eval", "retrieval(x);medieval(y)"],
    ["property named eval", "obj.eval(x)"],
    ["the polyfill's API table", "runtime:{sendNativeMessage:{minArgs:2,maxArgs:2},connectNative:{minArgs:1}}"],
    [
      "vite modulepreload polyfill",
      'for(const o of document.querySelectorAll(\'link[rel="modulepreload"]\'))r(o);function r(o){if(o.ep)return;o.ep=!0;const n=s(o);fetch(o.href,n)}',
    ],
  ];
  for (const [name, code] of clean) {
    it(`accepts ${name}`, () => expect(describeFindings(scanBundleText("x.js", code))).toBe(""));
  }
});

describe("source scan for HTML sinks", () => {
  it("flags innerHTML, insertAdjacentHTML, outerHTML assignment, DOMParser and dangerouslySetInnerHTML", () => {
    const src = [
      "el.innerHTML = quote.text;",
      "el.insertAdjacentHTML('beforeend', s);",
      "node.outerHTML = html;",
      "const d = new DOMParser().parseFromString(t, 'text/html');",
      "return <p dangerouslySetInnerHTML={{ __html: t }} />;",
      "document.write(x);",
    ].join("\n");
    expect(rules(scanSourceText("a.tsx", src))).toEqual([
      "html-sink:innerHTML",
      "html-sink:outerHTML-assignment",
      "html-sink:insertAdjacentHTML",
      "html-sink:document.write",
      "html-sink:DOMParser",
      "html-sink:dangerouslySetInnerHTML",
    ]);
  });
  it("allows reading outerHTML and explained exceptions, and ignores comments", () => {
    const src = [
      "const before = document.documentElement.outerHTML;",
      "if (a.outerHTML === b.outerHTML) {}",
      "// never use innerHTML here",
      "host.innerHTML = ''; // privacy-ok: clears our own shadow root, no page text",
    ].join("\n");
    const findings = scanSourceText("b.ts", src);
    expect(rules(findings)).toEqual([]);
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("manifest check", () => {
  const shipped = { permissions: ["activeTab", "scripting", "storage"] };
  it("accepts the minimal shipped manifest", () => expect(checkManifest("m", shipped)).toEqual([]));
  it("accepts offscreen, which reads nothing (the analysis worker's holder in Chrome)", () =>
    expect(checkManifest("m", { permissions: [...shipped.permissions, "offscreen"] })).toEqual([]));
  it("flags broader permissions, host permissions, declared content scripts, relaxed CSP and external messaging", () => {
    const m = {
      permissions: ["activeTab", "tabs", "<all_urls>"],
      host_permissions: ["https://*/*"],
      content_scripts: [{ matches: ["<all_urls>"] }],
      content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" },
      externally_connectable: { matches: ["https://example.com/*"] },
    };
    expect(rules(checkManifest("m", m))).toEqual([
      "manifest:permission",
      "manifest:permission",
      "manifest:host-permission",
      "manifest:content-scripts",
      "manifest:csp",
      "manifest:externally-connectable",
    ]);
  });
  it("reports the npm start build's broad host permissions as warnings only", () => {
    const m = { ...shipped, host_permissions: ["http://*/*", "https://*/*"] };
    expect(rules(checkManifest("m", m, "dev"))).toEqual([]);
    expect(checkManifest("m", m, "dev").map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(rules(checkManifest("m", m, "shipped"))).toEqual(["manifest:host-permission", "manifest:host-permission"]);
  });
  it("allows the loopback host permission only in test builds", () => {
    const m = { ...shipped, host_permissions: ["http://127.0.0.1/*"] };
    expect(rules(checkManifest("m", m, true))).toEqual([]);
    expect(rules(checkManifest("m", m, false))).toEqual(["manifest:host-permission"]);
  });
});

describe("our own code", () => {
  it("src/ never puts text through an HTML parser", () => {
    const findings = scanSources(path.join(root, "src"), root);
    expect(describeFindings(findings.filter((f) => f.severity === "error"))).toBe("");
  });

  const builds = readdirSync(root).filter((n) => /^dist(?:-[\w-]+)?$/.test(n) && existsSync(path.join(root, n, "manifest.json")));
  if (builds.length === 0) {
    it.skip("built bundles: no dist*/ folder yet — run `npm run build` (and build:firefox, build:test) to scan them", () => {});
  }
  for (const build of builds) {
    it(`${build}/ has no network access, remote URL, remote code or broad permission`, () => {
      const findings = scanDist(path.join(root, build), root);
      expect(describeFindings(findings.filter((f) => f.severity === "error"))).toBe("");
    });
  }
});

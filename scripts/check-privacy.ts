/**
 * Static privacy and safety checks on what we ship:
 *
 *   npx tsx scripts/check-privacy.ts [dist …]      (defaults: every built dist* folder that exists, and src/)
 *
 * - Built bundles (js, html, css, json): no network API whose target is not visibly the extension's own
 *   files, no remote URL (http, https, ws, wss, protocol-relative) outside a short list of XML namespaces and
 *   error-message links that nothing fetches, no eval / new Function / string timers (remote-code vectors).
 * - Built manifest: only activeTab, scripting, storage and offscreen; no host permissions in shipped builds; no content
 *   scripts declared for every page; the default extension CSP (or a stricter one); no externally_connectable.
 * - Sources (src/): page text must never reach an HTML parser, so innerHTML, outerHTML, insertAdjacentHTML,
 *   document.write, srcdoc, DOMParser and dangerouslySetInnerHTML are not used at all. A line may opt out
 *   with a `privacy-ok: <reason>` comment, which the report lists for review.
 *
 * Exit code 0 when clean, 1 on any error; warnings are printed but do not fail.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type Severity = "error" | "warning";

export interface Finding {
  severity: Severity;
  file: string;
  rule: string;
  detail: string;
  /** A short excerpt of the code around the hit. */
  excerpt: string;
}

/**
 * `offscreen` (Chrome only) reads nothing and shows the user no warning: it lets the background open the one
 * invisible extension page that keeps the analysis worker alive between popups (src/background/analysis-holder.ts).
 */
export const SHIPPED_PERMISSIONS = new Set(["activeTab", "scripting", "storage", "offscreen"]);

/**
 * URLs that appear in libraries as identifiers, never as addresses anything loads: XML namespaces used by
 * createElementNS, and documentation links inside error messages.
 */
export const INERT_URL_PREFIXES = [
  "http://www.w3.org/", // SVG / XHTML / XLink / MathML namespaces
  "https://www.w3.org/",
  "http://www.w3.org/2000/svg",
  "http://ns.adobe.com/", // XMP namespace in some image code
  "https://github.com/mozilla/webextension-polyfill", // polyfill error messages
  "https://preactjs.com/", // preact debug warnings
  "https://reactjs.org/", // legacy react-compat warnings
  "https://developer.mozilla.org/", // error-message links
  "https://react.dev/",
];

interface NetworkRule {
  rule: string;
  pattern: RegExp;
  /** Given the text right after the match, true when the target is provably the extension's own file. */
  isLocal?: (after: string) => boolean;
}

const LOCAL_TARGET = (after: string) =>
  /^\s*\(?\s*(?:[\w$.]+\.)?getURL\s*\(/.test(after) || // runtime.getURL("model.json")
  /^\s*\(?\s*new URL\(\s*["'`][^"'`:]+["'`]\s*,\s*import\.meta\.url/.test(after) || // new URL("./x", import.meta.url)
  /^\s*\(\s*["'`](?:\.{0,2}\/)?[\w./-]+\.(?:json|bin|wasm|txt)["'`]/.test(after); // fetch("/model.json")

const NETWORK_RULES: NetworkRule[] = [
  { rule: "network:fetch", pattern: /\bfetch\s*(?=\()/g, isLocal: LOCAL_TARGET },
  { rule: "network:XMLHttpRequest", pattern: /\bXMLHttpRequest\b/g },
  { rule: "network:WebSocket", pattern: /\bWebSocket\b/g },
  { rule: "network:EventSource", pattern: /\bEventSource\b/g },
  { rule: "network:sendBeacon", pattern: /\bsendBeacon\b/g },
  { rule: "network:importScripts", pattern: /\bimportScripts\s*\(/g },
  { rule: "network:WebRTC", pattern: /\b(?:RTCPeerConnection|webkitRTCPeerConnection|RTCDataChannel)\b/g },
  { rule: "network:WebTransport", pattern: /\bWebTransport\b/g },
  // Calls only: webextension-polyfill's API table names sendNativeMessage as a key, which calls nothing (and the
  // nativeMessaging permission it would need is refused by the manifest check).
  { rule: "network:native-messaging", pattern: /\b(?:connectNative|sendNativeMessage)\s*\(/g },
  { rule: "network:remote-import", pattern: /\bimport\s*\(\s*["'`](?:https?:|\/\/)/g },
  { rule: "network:prefetch", pattern: /\brel\s*=\s*["']?(?:prefetch|preconnect|dns-prefetch)\b/g },
];

const CODE_RULES: NetworkRule[] = [
  { rule: "remote-code:eval", pattern: /(?<![\w$.])eval\s*\(/g },
  { rule: "remote-code:new-Function", pattern: /\bnew\s+Function\s*\(/g },
  { rule: "remote-code:string-timer", pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
];

/** Vite's modulepreload polyfill fetches only <link rel=modulepreload> hrefs of the extension's own page. */
function isVitePreloadPolyfill(text: string, index: number): boolean {
  const around = text.slice(Math.max(0, index - 600), index + 300);
  return around.includes("modulepreload") && /fetch\(\s*\w+\.href/.test(around);
}

function excerptAt(text: string, index: number, length = 0): string {
  return text.slice(Math.max(0, index - 60), index + length + 80).replace(/\s+/g, " ");
}

const URL_PATTERN = /(?:\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]+)|(?:["'`(]\/\/[a-z0-9-]+\.[a-z0-9.-]+[^\s"'`)<>\\]*)/gi;

export function isInertUrl(url: string): boolean {
  return INERT_URL_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/** Findings for one built file (js, mjs, html, css or json). */
export function scanBundleText(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    const url = m[0].replace(/^["'`(]/, "");
    if (isInertUrl(url)) continue;
    // Loopback addresses in a build can only be test scaffolding, which must never ship either.
    findings.push({ severity: "error", file, rule: "remote-url", detail: url, excerpt: excerptAt(text, m.index ?? 0, m[0].length) });
  }
  for (const r of [...NETWORK_RULES, ...CODE_RULES]) {
    for (const m of text.matchAll(r.pattern)) {
      const at = m.index ?? 0;
      const after = text.slice(at + m[0].length, at + m[0].length + 160);
      if (r.isLocal?.(after)) continue;
      if (r.rule === "network:fetch" && isVitePreloadPolyfill(text, at)) continue;
      if (r.rule === "network:fetch" && /^\s*\(\s*\)/.test(after)) continue; // a method named fetch()
      findings.push({
        severity: "error",
        file,
        rule: r.rule,
        detail: `${m[0].trim()} with a target that is not provably the extension's own file`,
        excerpt: excerptAt(text, at, m[0].length),
      });
    }
  }
  return findings;
}

const HTML_SINKS: Array<{ rule: string; pattern: RegExp }> = [
  { rule: "html-sink:innerHTML", pattern: /\.innerHTML\b/g },
  { rule: "html-sink:outerHTML-assignment", pattern: /\.outerHTML\s*\+?=(?!=)/g },
  { rule: "html-sink:insertAdjacentHTML", pattern: /\binsertAdjacentHTML\b/g },
  { rule: "html-sink:document.write", pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/g },
  { rule: "html-sink:srcdoc", pattern: /\bsrcdoc\b/g },
  { rule: "html-sink:DOMParser", pattern: /\bDOMParser\b/g },
  { rule: "html-sink:createContextualFragment", pattern: /\bcreateContextualFragment\b/g },
  { rule: "html-sink:setHTMLUnsafe", pattern: /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\b/g },
  { rule: "html-sink:dangerouslySetInnerHTML", pattern: /\bdangerouslySetInnerHTML\b/g },
];

/** Findings for one source file: every HTML sink is an error unless its line says why it is safe. */
export function scanSourceText(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const lines = text.split("\n");
  for (const sink of HTML_SINKS) {
    for (const m of text.matchAll(sink.pattern)) {
      const at = m.index ?? 0;
      const lineNo = text.slice(0, at).split("\n").length;
      const line = lines[lineNo - 1] ?? "";
      const inComment = /^\s*(?:\/\/|\*|\/\*)/.test(line);
      if (inComment) continue;
      const optOut = /privacy-ok:\s*\S/.test(line) || /privacy-ok:\s*\S/.test(lines[lineNo - 2] ?? "");
      findings.push({
        severity: optOut ? "warning" : "error",
        file: `${file}:${lineNo}`,
        rule: sink.rule,
        detail: optOut ? "allowed by a privacy-ok comment; review the reason" : "page text must never reach an HTML parser",
        excerpt: line.trim().slice(0, 160),
      });
    }
  }
  return findings;
}

interface BuiltManifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[] }>;
  update_url?: string;
}

/**
 * What a build is for, from its folder name: dist-*e2e* are test builds (the loopback fixture server may be a
 * host permission), dist-start is `npm start`'s local build (it opens any page without a click, so broad host
 * permissions are reported as warnings), everything else ships.
 */
export type BuildKind = "shipped" | "test" | "dev";

export function buildKindOf(dir: string): BuildKind {
  const name = path.basename(dir);
  if (/e2e/.test(name)) return "test";
  if (/start/.test(name)) return "dev";
  return "shipped";
}

/** Checks a built manifest: only a test build may hold the loopback host permission; a dev build gets warnings. */
export function checkManifest(file: string, manifest: BuiltManifest, kind: BuildKind | boolean = "shipped"): Finding[] {
  const buildKind: BuildKind = kind === true ? "test" : kind === false ? "shipped" : kind;
  const findings: Finding[] = [];
  const add = (severity: Severity, rule: string, detail: string) => findings.push({ severity, file, rule, detail, excerpt: "" });
  for (const p of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
    if (!SHIPPED_PERMISSIONS.has(p)) add("error", "manifest:permission", `permission "${p}" beyond activeTab, scripting, storage, offscreen`);
  }
  for (const h of [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])]) {
    const loopback = /^https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\/\*$/.test(h);
    if (buildKind === "test" && loopback) continue;
    if (buildKind === "dev") add("warning", "manifest:host-permission", `host permission "${h}" in the local npm start build (never shipped)`);
    else add("error", "manifest:host-permission", `host permission "${h}" in a shipped build`);
  }
  for (const cs of manifest.content_scripts ?? []) {
    add("error", "manifest:content-scripts", `content script declared for ${JSON.stringify(cs.matches)}; inject on click instead`);
  }
  const csp = manifest.content_security_policy;
  const cspText = typeof csp === "string" ? csp : [csp?.extension_pages ?? "", csp?.sandbox ?? ""].join("; ");
  if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/.test(cspText)) {
    add("error", "manifest:csp", `content_security_policy relaxed: ${cspText}`);
  }
  if (manifest.externally_connectable) add("error", "manifest:externally-connectable", "other extensions or sites may message us");
  if (manifest.update_url) add("warning", "manifest:update-url", `update_url ${manifest.update_url}`);
  for (const war of manifest.web_accessible_resources ?? []) {
    add("warning", "manifest:web-accessible", `${war.resources.join(", ")} visible to ${JSON.stringify(war.matches)}: pages can detect the extension`);
  }
  return findings;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const BUNDLE_EXT = /\.(?:m?js|html|css|json)$/;
const SOURCE_EXT = /\.(?:tsx?|m?js|html|css)$/;

export function scanDist(dir: string, root: string): Finding[] {
  const findings: Finding[] = [];
  const kind = buildKindOf(dir);
  for (const file of walk(dir)) {
    if (!BUNDLE_EXT.test(file)) continue;
    const rel = path.relative(root, file);
    const text = readFileSync(file, "utf8");
    if (path.basename(file) === "manifest.json" && path.dirname(file) === dir) {
      findings.push(...checkManifest(rel, JSON.parse(text) as BuiltManifest, kind));
      continue;
    }
    if (path.basename(file) === ".vite" || rel.includes(`${path.sep}.vite${path.sep}`)) continue;
    findings.push(...scanBundleText(rel, text));
  }
  return findings;
}

export function scanSources(dir: string, root: string): Finding[] {
  return walk(dir)
    .filter((f) => SOURCE_EXT.test(f))
    .flatMap((f) => scanSourceText(path.relative(root, f), readFileSync(f, "utf8")));
}

function main(argv: string[]): number {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const dists = argv.length > 0
    ? argv.map((d) => path.resolve(d))
    : readdirSync(root).filter((n) => /^dist(?:-[\w-]+)?$/.test(n)).map((n) => path.join(root, n));
  const findings: Finding[] = [];
  for (const d of dists) {
    if (!existsSync(d)) {
      console.error(`check-privacy: ${path.relative(root, d) || d} does not exist; build it first (npm run build).`);
      return 1;
    }
    findings.push(...scanDist(d, root));
  }
  findings.push(...scanSources(path.join(root, "src"), root));
  const errors = findings.filter((f) => f.severity === "error");
  for (const f of findings) {
    console.log(`${f.severity.toUpperCase()} ${f.rule} ${f.file}: ${f.detail}${f.excerpt ? `\n    ${f.excerpt}` : ""}`);
  }
  const scanned = dists.map((d) => path.relative(root, d)).join(", ") || "no build";
  console.log(`check-privacy: ${errors.length} error(s), ${findings.length - errors.length} warning(s) in ${scanned} and src/.`);
  return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

/**
 * What users download: sizes of the content script, the popup bundle, the entity model and the zipped
 * extension, read from an existing build (dist/). Each script's size includes every chunk it loads, found by
 * following the `.js` file names its code mentions (static imports, dynamic imports, getURL and worker URLs).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "../eval/paths";

export interface Size {
  bytes: number;
  gzip: number;
  files: string[];
}

export interface Sizes {
  built: boolean;
  reason?: string;
  dist: string;
  contentScript?: Size;
  /** Everything the popup loads (its worker too), without the content script it injects into pages. */
  popup?: Size;
  /** The popup's own code without the chunks that carry the model: what its first paint loads (static imports). */
  popupUi?: Size;
  /** Chunks the popup page imports on demand (Readability, say), after its first paint. */
  popupLazy?: Size;
  /** The analysis worker's code (the models not included when they ship as the packed asset). */
  worker?: Size;
  /** The models as shipped: the packed asset, or built chunks that contain a serialized model (more than one: it ships twice). */
  model?: Size;
  /** The model as committed in the source tree (what `npm run train:ner` writes). */
  modelSource?: Size;
  zip?: { bytes: number; how: string };
  total?: { bytes: number; files: number };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

function sizeOf(files: readonly string[], root: string): Size {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const data = readFileSync(f);
    bytes += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { bytes, gzip, files: files.map((f) => path.relative(root, f)) };
}

/** Every dist file a JS/HTML file refers to by name, transitively. */
export function closure(entries: readonly string[], dist: string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!/\.(m?js|html)$/.test(file)) continue;
    const code = readFileSync(file, "utf8");
    for (const m of code.matchAll(/["'`(]((?:\.{0,2}\/)?[\w@\-./]+\.(?:m?js|css))["'`)?#]/g)) {
      const ref = m[1];
      const candidates = [path.resolve(path.dirname(file), ref), path.join(dist, ref.replace(/^\.?\//, ""))];
      for (const c of candidates) if (c.startsWith(dist) && existsSync(c) && statSync(c).isFile()) queue.push(c);
    }
  }
  return [...seen].sort();
}

/** The files an HTML page or module loads before it runs: scripts, module preloads and static imports, transitively. */
export function staticClosure(entries: readonly string[], dist: string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  const refs = (file: string, code: string): string[] =>
    file.endsWith(".html")
      ? [...code.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.(?:m?js|css))"/g)].map((m) => m[1])
      : [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+\.m?js)["'`]/g)].map((m) => m[1]);
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!/\.(m?js|html)$/.test(file)) continue;
    for (const ref of refs(file, readFileSync(file, "utf8"))) {
      const candidates = [path.resolve(path.dirname(file), ref), path.join(dist, ref.replace(/^\.?\//, ""))];
      const found = candidates.find((c) => c.startsWith(dist) && existsSync(c) && statSync(c).isFile());
      if (found) queue.push(found);
    }
  }
  return [...seen].sort();
}

interface BuiltManifest {
  action?: { default_popup?: string };
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources?: string[] }[];
}

const MODEL_SOURCE = "src/analysis/entities/model/ner-model.ts";
/** A string only the serialized entity model contains. */
const MODEL_MARK = /featureVersion["']?\s*:\s*\d+\s*,\s*["']?hashBits/;

export function measureSizes(
  distDir = path.join(repoRoot, "dist"),
  modelSource: string | null = path.join(repoRoot, MODEL_SOURCE),
): Sizes {
  const sizes: Sizes = { built: false, dist: path.relative(repoRoot, distDir) };
  if (modelSource && existsSync(modelSource)) sizes.modelSource = sizeOf([modelSource], repoRoot);
  const manifestFile = path.join(distDir, "manifest.json");
  if (!existsSync(manifestFile)) {
    sizes.reason = `not built, run npm run build (no ${sizes.dist}/manifest.json)`;
    return sizes;
  }
  sizes.built = true;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as BuiltManifest;
  const all = listFiles(distDir);
  const js = all.filter((f) => /\.m?js$/.test(f));

  // The content script is injected on demand, so it is not in the manifest: it is the built file whose
  // name comes from src/content (crxjs keeps the source name in the chunk/loader name), plus its chunks.
  const declared = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => path.join(distDir, f));
  const named = js.filter((f) => /content/i.test(path.relative(distDir, f)));
  const contentEntries = declared.length > 0 ? declared : named;
  const contentFiles = contentEntries.length > 0 ? closure(contentEntries, distDir) : [];
  if (contentFiles.length > 0) sizes.contentScript = sizeOf(contentFiles, distDir);

  // The packed model asset (scripts/build/modelAsset.ts), or chunks that still carry a model as code.
  const modelFiles = [...all.filter((f) => f.endsWith(".bin")), ...js.filter((f) => MODEL_MARK.test(readFileSync(f, "utf8")))];
  if (modelFiles.length > 0) sizes.model = sizeOf(modelFiles, distDir);
  const workerFiles = js.filter((f) => /worker/i.test(path.basename(f)) && !/service-worker/i.test(path.basename(f)));

  const popupHtml = manifest.action?.default_popup;
  if (popupHtml && existsSync(path.join(distDir, popupHtml))) {
    const entry = path.join(distDir, popupHtml);
    // The asset is fetched by a path the closure cannot follow: everything the popup loads includes it.
    const popupFiles = [...new Set([...closure([entry], distDir), ...modelFiles])].filter((f) => !contentFiles.includes(f)).sort();
    sizes.popup = sizeOf(popupFiles, distDir);
    const firstPaint = staticClosure([entry], distDir).filter((f) => !modelFiles.includes(f) && !workerFiles.includes(f));
    sizes.popupUi = sizeOf(firstPaint, distDir);
    const lazy = popupFiles.filter((f) => !firstPaint.includes(f) && !modelFiles.includes(f) && !workerFiles.includes(f));
    if (lazy.length > 0) sizes.popupLazy = sizeOf(lazy, distDir);
    const worker = popupFiles.filter((f) => workerFiles.includes(f) && !modelFiles.includes(f));
    if (worker.length > 0) sizes.worker = sizeOf(worker, distDir);
  }

  sizes.total = { bytes: all.reduce((n, f) => n + statSync(f).size, 0), files: all.length };
  sizes.zip = zipSize(distDir, all);
  return sizes;
}

/** The extension zipped as a store upload would be: `zip -9` when available, else summed gzip sizes. */
function zipSize(distDir: string, files: readonly string[]): { bytes: number; how: string } {
  const tmp = mkdtempSync(path.join(tmpdir(), "lens-zip-"));
  const out = path.join(tmp, "extension.zip");
  try {
    execFileSync("zip", ["-q", "-r", "-9", "-X", out, "."], { cwd: distDir, stdio: "ignore" });
    return { bytes: statSync(out).size, how: "zip -9" };
  } catch {
    const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length + 100, 0);
    return { bytes, how: "≈ sum of gzip sizes (zip not installed)" };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

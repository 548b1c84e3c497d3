/**
 * Output snapshot of the entity pass, for speed-only changes that must keep every byte of output:
 *   npx tsx scripts/ner/snapshot.ts out/ents-before.json      (before the change)
 *   npx tsx scripts/ner/snapshot.ts out/ents-after.json       (after)
 *   cmp out/ents-before.json out/ents-after.json
 * Texts: every ../shared/gold text (seed, corpus pages, news) and every 4th PolNeAR train article (about 210);
 * `--offset K` (0–3) takes the PolNeAR articles K after those, a fresh sample for rule changes.
 * PolNeAR is read here only to compare the code with itself, never to fit anything.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildDoc } from "../../src/analysis/text/sentences";
import { findEntities } from "../../src/analysis/entities/index";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shared = path.resolve(repoRoot, "../shared");
const out = process.argv[2] ?? "out/entities-snapshot.json";
const offsetAt = process.argv.indexOf("--offset");
const offset = offsetAt >= 0 ? Number(process.argv[offsetAt + 1]) : 0;

function textsOf(): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  const seed = path.join(shared, "seed");
  for (const dir of [path.join(shared, "gold/text"), path.join(shared, "gold/news/text"), seed]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith(".txt")) texts.push([`${path.basename(dir)}/${f}`, fs.readFileSync(path.join(dir, f), "utf8")]);
  }
  const pol = path.join(shared, "data/polnear/train");
  if (fs.existsSync(pol)) {
    fs.readdirSync(pol).sort().forEach((d, i) => {
      if (i % 4 !== offset) return;
      const f = path.join(pol, d, "article.txt");
      if (fs.existsSync(f)) texts.push([`polnear/${d}`, fs.readFileSync(f, "utf8")]);
    });
  }
  return texts;
}

const result: Record<string, unknown> = {};
for (const [name, text] of textsOf()) result[name] = findEntities(buildDoc(text));
fs.mkdirSync(path.dirname(path.resolve(repoRoot, out)), { recursive: true });
fs.writeFileSync(path.resolve(repoRoot, out), JSON.stringify(result, null, 1));
console.log(`${Object.keys(result).length} texts → ${out}`);

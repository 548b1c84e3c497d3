/**
 * Speed of the whole entity pass (findEntities on a built document: tagger and every rule) on the thirty news
 * articles of ../shared/gold/news/text, against compromise's people/organizations/places on the same texts.
 *   npx tsx scripts/ner/speed.ts
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildDoc } from "../../src/analysis/text/sentences";
import { findEntities } from "../../src/analysis/entities/index";
import { compromiseEntityMs } from "./peerTiming";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = path.resolve(repoRoot, "../shared/gold/news/text");
if (!fs.existsSync(dir)) {
  console.log(`speed: no news texts at ${dir}; skipped.`);
  process.exit(0);
}
const texts = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const docs = texts.map((t) => buildDoc(t));
const median = (runs: number[]) => runs.sort((a, b) => a - b)[runs.length >> 1];
for (const d of docs) findEntities(d); // warm-up, model load
const ours: number[] = [];
for (let r = 0; r < 5; r++) {
  const a = performance.now();
  for (const d of docs) findEntities(d);
  ours.push(performance.now() - a);
}
const w1 = words / (median(ours) / 1000);
const w2 = words / (compromiseEntityMs(texts, 3) / 1000);
console.log(`${texts.length} articles, ${words} words: entity pass ${Math.round(w1).toLocaleString("en")} words/s, compromise ${Math.round(w2).toLocaleString("en")} words/s (${(w1 / w2).toFixed(1)}x)`);

/**
 * Exact-span P/R/F1 of the committed tagger on the dev sets in ../shared/data/ner, tagging speed, and
 * compromise's throughput on the same words for comparison.  npx tsx scripts/ner/eval-dev.ts
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readConll, scoreSpans, formatScores } from "./corpus";
import { compromiseEntityMs } from "./peerTiming";
import { loadModel, tagSentences } from "../../src/analysis/entities/tagger";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dataDir = path.resolve(repoRoot, "../shared/data/ner");
if (!fs.existsSync(dataDir)) {
  console.log(`eval-dev: no NER data at ${dataDir}; skipped.`);
  process.exit(0);
}
const t0 = performance.now();
const model = loadModel();
console.log(`model load ${(performance.now() - t0).toFixed(1)} ms`);
const sets = [
  { name: "CoNLL-2003 dev", file: "conll2003/dev.txt", types: ["PER", "ORG", "LOC", "MISC"] },
  { name: "UNER English EWT dev", file: "uner-english/ewt-dev.txt", types: ["PER", "ORG", "LOC"] },
  { name: "UNER English EWT test", file: "uner-english/ewt-test.txt", types: ["PER", "ORG", "LOC"] },
];
for (const s of sets) {
  const sents = readConll(path.join(dataDir, s.file));
  const pred = tagSentences(model, sents.map((x) => x.words));
  console.log(formatScores(s.name, scoreSpans(sents.map((x) => x.tags), pred, s.types)));
}
// Speed: tag the CoNLL dev set several times, median of runs after warm-up.
const dev = readConll(path.join(dataDir, "conll2003/dev.txt"));
const tokens = dev.reduce((n, s) => n + s.words.length, 0);
const devWords = dev.map((s) => s.words);
const runs: number[] = [];
for (let r = 0; r < 6; r++) {
  const a = performance.now();
  tagSentences(model, devWords);
  runs.push(performance.now() - a);
}
runs.sort((a, b) => a - b);
const ours = tokens / (runs[3] / 1000);
const texts = dev.slice(0, 800).map((s) => s.words.join(" "));
const sub = texts.reduce((n, t) => n + t.split(" ").length, 0);
const theirs = sub / (compromiseEntityMs(texts, 3) / 1000);
console.log(`tagging: ${Math.round(ours).toLocaleString("en")} tokens/s; compromise people/orgs/places: ${Math.round(theirs).toLocaleString("en")} tokens/s; ratio ${(ours / theirs).toFixed(1)}x`);

/**
 * Learns the weights of the pronoun antecedent ranking (src/analysis/quotes/antecedents.ts) and writes
 * src/analysis/quotes/model/antecedent-weights.ts.
 *
 *   npm run train:antecedents              # train on the tune gold sets, print figures, write the weights
 *   npm run train:antecedents -- --dry-run # print only
 *
 * Examples: every "he"/"she" the analysis resolved as the speaker of a quote that matches a gold quote, in
 * the tune sets only (seed + corpus gold, news ids 0-9). The right candidate is the one whose name holds the
 * gold speakerMatch strings; examples where no candidate or several do are left out. The model is a
 * conditional logit (softmax over each pronoun's candidates), fitted by gradient ascent with a Gaussian prior
 * around hand-set weights (PRIOR below).
 * Printed: leave-one-article-out accuracy on the tune examples, and, as a measurement only, accuracy on a
 * fixed sample of PolNeAR train (no licence: never trained on).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/analysis";
import { ANTECEDENT_FEATURES, NUM_ANTECEDENT_FEATURES, observeAntecedents } from "../src/analysis/quotes/antecedents";
import { ANTECEDENT_MODEL } from "../src/analysis/quotes/model/antecedent-weights";
import { matchQuotes } from "./eval/analysisScore";
import { GOLD_SETS, type GoldDoc, type GoldSetId } from "./eval/gold";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const modelFile = path.join(repoRoot, "src/analysis/quotes/model/antecedent-weights.ts");
const TRAIN_SETS: GoldSetId[] = ["gold", "news-tune"];
const MEASURE_ONLY: GoldSetId[] = ["polnear-train100"];
const PRONOUNS = new Set(["he", "she", "him"]);

interface Example {
  doc: string;
  candidates: Float64Array[];
  label: number;
}

function examplesOf(d: GoldDoc): Example[] {
  const events: { at: number; candidates: { name: string; features: Float64Array }[] }[] = [];
  observeAntecedents((at, candidates) => events.push({ at, candidates: candidates.map((c) => ({ name: c.name, features: Float64Array.from(c.features) })) }));
  let analysis;
  try {
    analysis = analyze({ text: d.text });
  } finally {
    observeAntecedents(null);
  }
  const { pairs } = matchQuotes(d.gold.quotes, analysis.quotes);
  const out: Example[] = [];
  const used = new Set<number>();
  for (const [gi, pi] of pairs) {
    const gold = d.gold.quotes[gi];
    const q = analysis.quotes[pi];
    const mention = q.speaker.mention.toLowerCase();
    if (gold.unresolved || !PRONOUNS.has(mention)) continue;
    // The choice made for this quote's pronoun: the nearest resolution of that pronoun outside the quote.
    let best = -1;
    let bestDistance = Infinity;
    for (let e = 0; e < events.length; e++) {
      const at = events[e].at;
      if (d.text.slice(at, at + mention.length).toLowerCase() !== mention || (at >= q.start && at < q.end)) continue;
      const distance = at < q.start ? q.start - at : at - q.end;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = e;
      }
    }
    if (best < 0 || used.has(best) || bestDistance > 300) continue;
    used.add(best);
    const match = gold.speakerMatch.map((s) => s.toLowerCase());
    const right = events[best].candidates.flatMap((c, i) => (match.every((s) => c.name.toLowerCase().includes(s)) ? [i] : []));
    if (right.length !== 1 || events[best].candidates.length < 2) continue;
    out.push({ doc: d.name, candidates: events[best].candidates.map((c) => c.features), label: right[0] });
  }
  return out;
}

function score(w: Float64Array, f: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * f[i];
  return s;
}

/**
 * The prior the fit starts from and is pulled back to: a few hand-set weights (recency and being the sentence's
 * subject or the last speaker count most). The tune gold has few pronouns with more than one candidate, so a
 * plain fit would learn its handful of examples by heart; with the prior it moves only as far as they agree.
 */
const PRIOR = [6, -1, 1.5, 1, 0.5, 0.3, 0, 0, -1, 0.5, 0.5];
const PRIOR_STRENGTH = 1;

function fit(examples: Example[], l2 = PRIOR_STRENGTH, steps = 800, rate = 0.2): Float64Array {
  const w = Float64Array.from(PRIOR);
  const grad = new Float64Array(NUM_ANTECEDENT_FEATURES);
  for (let step = 0; step < steps; step++) {
    grad.fill(0);
    for (const ex of examples) {
      const scores = ex.candidates.map((f) => score(w, f));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const z = exps.reduce((a, b) => a + b, 0);
      for (let c = 0; c < ex.candidates.length; c++) {
        const p = exps[c] / z;
        const target = c === ex.label ? 1 : 0;
        for (let i = 0; i < grad.length; i++) grad[i] += (target - p) * ex.candidates[c][i];
      }
    }
    for (let i = 0; i < w.length; i++) w[i] += (rate * (grad[i] - l2 * (w[i] - PRIOR[i]))) / Math.max(1, examples.length);
  }
  return w;
}

function accuracy(w: ArrayLike<number>, examples: Example[]): number {
  let right = 0;
  for (const ex of examples) {
    let best = 0;
    for (let c = 1; c < ex.candidates.length; c++) if (score(Float64Array.from(w), ex.candidates[c]) > score(Float64Array.from(w), ex.candidates[best])) best = c;
    if (best === ex.label) right++;
  }
  return examples.length ? right / examples.length : 0;
}

function load(ids: GoldSetId[]): Example[] {
  const out: Example[] = [];
  for (const id of ids) {
    const set = GOLD_SETS.find((s) => s.id === id)!;
    const { docs, skipped } = set.load();
    if (docs.length === 0) {
      console.log(`${id}: no documents (${skipped.join("; ") || "../shared absent"})`);
      continue;
    }
    for (const d of docs) out.push(...examplesOf(d));
  }
  return out;
}

function main(): void {
  const dryRun = process.argv.includes("--dry-run");
  const train = load(TRAIN_SETS);
  if (train.length === 0) {
    console.log("No training examples (is ../shared present?); the committed weights are left as they are.");
    return;
  }
  const docs = [...new Set(train.map((e) => e.doc))];
  // Leave one article out: how the ranking does on articles it did not see.
  let right = 0;
  for (const doc of docs) {
    const w = fit(train.filter((e) => e.doc !== doc));
    const held = train.filter((e) => e.doc === doc);
    right += accuracy(w, held) * held.length;
  }
  const weights = fit(train);
  const measure = load(MEASURE_ONLY);
  const r = (x: number): string => x.toFixed(3);
  console.log(`examples: ${train.length} pronouns with 2+ candidates in ${docs.length} articles (${TRAIN_SETS.join(", ")})`);
  console.log(`  current weights, fit:           ${r(accuracy(ANTECEDENT_MODEL.weights, train))}`);
  console.log(`  leave-one-article-out accuracy: ${r(right / train.length)}`);
  console.log(`  new weights, fit:               ${r(accuracy(weights, train))}`);
  console.log(`measured only, never trained on: ${MEASURE_ONLY.join(", ")}: ${measure.length} pronouns`);
  console.log(`  current weights ${r(accuracy(ANTECEDENT_MODEL.weights, measure))}, new weights ${r(accuracy(weights, measure))}`);
  const tryWeights = process.argv.find((a) => a.startsWith("--try="));
  if (tryWeights) {
    const w = tryWeights.slice(6).split(",").map(Number);
    console.log(`  tried ${w.join(",")}: tune ${r(accuracy(w, train))}, measured ${r(accuracy(w, measure))}`);
  }
  for (let i = 0; i < NUM_ANTECEDENT_FEATURES; i++) console.log(`  ${ANTECEDENT_FEATURES[i].padEnd(16)} ${weights[i].toFixed(3)}`);
  if (dryRun) return;
  const rounded = Array.from(weights, (x) => Math.round(x * 1000) / 1000);
  fs.writeFileSync(
    modelFile,
    `// Generated by \`npm run train:antecedents\` (scripts/train-antecedents.ts). Do not edit: retrain instead.\n` +
      `// Weights of the pronoun antecedent ranking (src/analysis/quotes/antecedents.ts), one per feature.\n` +
      `export const ANTECEDENT_MODEL = {\n` +
      `  features: ${JSON.stringify(ANTECEDENT_FEATURES)},\n` +
      `  weights: ${JSON.stringify(rounded)},\n` +
      `  trainedOn: ${JSON.stringify(`${train.length} pronoun speakers in the shared gold (${TRAIN_SETS.join(", ")})`)},\n` +
      `};\n`,
  );
  console.log(`wrote ${path.relative(repoRoot, modelFile)}`);
}

main();

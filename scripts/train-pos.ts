/**
 * Trains the part-of-speech tagger (src/analysis/syntax/) and writes src/analysis/syntax/model/pos-model.ts.
 *
 *   npm run train:pos                       # shipped model: CoNLL-2003 train POS + UD English EWT dev
 *   npm run train:pos -- --open             # UD English EWT dev only (CC BY-SA 4.0)
 *   npm run train:pos -- --epochs 8 --bits 14 --prune 3 --dry-run   # prune: drop weights under N int8 steps
 *
 * Held out, and printed after training: UD English EWT test and CoNLL-2003 dev (accuracy per class). Reads
 * ../shared/data/syntax; without it, says so and exits without touching the committed model.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { hashWords, POS_FEATURE_VERSION, POS_FEATURES } from "../src/analysis/syntax/features";
import { deserializePosModel, scoreToken, tagPos, type SerializedPosModel } from "../src/analysis/syntax/tagger";
import { fromPennTag, NUM_POS, POS } from "../src/analysis/syntax/tags";
import { encodeSparseRows } from "../src/analysis/weights/sparseRows";
import { rng } from "./lib/rng";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(repoRoot, process.env.NEWS_LENS_SHARED ?? "../shared", "data/syntax");
const modelFile = path.join(repoRoot, "src/analysis/syntax/model/pos-model.ts");

interface Sentence {
  words: string[];
  tags: number[];
}

/** CoNLL-2003 columns: word, PTB tag, chunk, entity; a blank line ends a sentence. */
function readConll2003(file: string): Sentence[] {
  return readColumns(file, (cols) => (cols.length >= 2 ? [cols[0], cols[1]] : null), "\t");
}

/** CoNLL-U: word in column 2, PTB tag (XPOS) in column 5; multi-word token ranges and comments skipped. */
function readConllu(file: string): Sentence[] {
  return readColumns(file, (cols) => (cols.length >= 5 && /^\d+$/.test(cols[0]) ? [cols[1], cols[4]] : null), "\t");
}

function readColumns(file: string, pick: (cols: string[]) => [string, string] | null, sep: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { words: [], tags: [] };
  const unknown = new Set<string>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    if (line.startsWith("#")) continue;
    const wt = pick(line.split(sep));
    if (!wt) continue;
    const pos = fromPennTag(wt[1]);
    if (pos === undefined) {
      unknown.add(wt[1]);
      continue;
    }
    cur.words.push(wt[0]);
    cur.tags.push(POS.indexOf(pos));
  }
  if (cur.words.length) out.push(cur);
  if (unknown.size) console.warn(`  ${path.basename(file)}: tags not mapped, tokens skipped: ${[...unknown].join(" ")}`);
  return out;
}


/** Greedy averaged perceptron: the same left-to-right decoding as tagPos, with the gold tags as history. */
function train(data: Sentence[], bits: number, epochs: number): Float32Array {
  const mask = (1 << bits) - 1;
  const size = (mask + 1) * NUM_POS;
  const W = new Float32Array(size);
  const U = new Float64Array(size);
  const scores = new Float64Array(NUM_POS);
  const feats = new Uint32Array(POS_FEATURES);
  const random = rng(20261206);
  const order = data.map((_, i) => i);
  const hashes = data.map((s) => hashWords(s.words));
  let c = 1;
  for (let e = 1; e <= epochs; e++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    let errors = 0;
    let total = 0;
    for (const si of order) {
      const s = data[si];
      const n = s.words.length;
      let prev = -1;
      let prev2 = -1;
      for (let i = 0; i < n; i++) {
        scoreToken(W, mask, hashes[si], n, i, prev, prev2, scores, feats);
        let p = 0;
        for (let t = 1; t < NUM_POS; t++) if (scores[t] > scores[p]) p = t;
        const g = s.tags[i];
        if (p !== g) {
          errors++;
          for (let f = 0; f < POS_FEATURES; f++) {
            const row = (feats[f] & mask) * NUM_POS;
            W[row + g] += 1;
            U[row + g] += c;
            W[row + p] -= 1;
            U[row + p] -= c;
          }
        }
        total++;
        c++;
        // Training sees its own earlier guesses, as tagging will.
        prev2 = prev;
        prev = p;
      }
    }
    console.log(`  epoch ${e}: ${((100 * errors) / total).toFixed(2)}% training errors`);
  }
  const avg = new Float32Array(size);
  for (let k = 0; k < size; k++) avg[k] = W[k] - U[k] / c;
  return avg;
}

function accuracy(model: ReturnType<typeof deserializePosModel>, data: Sentence[]): { all: number; perClass: string } {
  let right = 0;
  let total = 0;
  const byClass = POS.map(() => ({ right: 0, total: 0 }));
  for (const s of data) {
    const tags = tagPos(s.words, model);
    s.tags.forEach((g, i) => {
      total++;
      byClass[g].total++;
      if (tags[i] === g) {
        right++;
        byClass[g].right++;
      }
    });
  }
  const perClass = POS.map((p, i) => `${p} ${byClass[i].total ? ((100 * byClass[i].right) / byClass[i].total).toFixed(1) : "—"}`).join(", ");
  return { all: right / total, perClass };
}

function main(): number {
  const argv = process.argv.slice(2);
  const o = { open: argv.includes("--open"), dryRun: argv.includes("--dry-run"), epochs: 8, bits: 14, prune: 3 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--epochs") o.epochs = Number(argv[++i]);
    else if (argv[i] === "--bits") o.bits = Number(argv[++i]);
    else if (argv[i] === "--prune") o.prune = Number(argv[++i]);
    else if (!["--open", "--dry-run"].includes(argv[i])) throw new Error(`unknown option ${argv[i]} (use --open, --epochs N, --bits N, --prune N, --dry-run)`);
  }
  if (!(o.epochs > 0 && o.bits >= 12 && o.bits <= 22)) throw new Error("--epochs must be positive and --bits between 12 and 22");
  if (!fs.existsSync(dataDir)) {
    console.error(`train:pos: ${dataDir} not found; the committed model is left as it is.`);
    return 1;
  }
  const udDev = readConllu(path.join(dataDir, "ud-english-ewt/en_ewt-ud-dev.conllu"));
  const udTest = readConllu(path.join(dataDir, "ud-english-ewt/en_ewt-ud-test.conllu"));
  const conllTrain = o.open ? [] : readConll2003(path.join(dataDir, "conll2003/train.txt"));
  const conllDev = readConll2003(path.join(dataDir, "conll2003/dev.txt"));
  const trainSet = [...conllTrain, ...udDev];
  const trainedOn = o.open
    ? "UD English EWT dev (CC BY-SA 4.0)"
    : "CoNLL-2003 train POS column (Reuters; research-use terms); UD English EWT dev (CC BY-SA 4.0)";
  console.log(`train:pos: ${trainSet.length} sentences, ${trainSet.reduce((n, s) => n + s.words.length, 0)} tokens; ${o.epochs} epochs, 2^${o.bits} buckets`);
  const t0 = performance.now();
  const weights = train(trainSet, o.bits, o.epochs);
  const { base64, scale, rows } = encodeSparseRows(weights, NUM_POS, o.prune);
  const serialized: SerializedPosModel = { featureVersion: POS_FEATURE_VERSION, hashBits: o.bits, scale, weights: base64, trainedOn };
  const model = deserializePosModel(serialized);
  console.log(`  trained in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${rows} rows`);
  for (const [name, set] of [["UD EWT test (held out)", udTest], ["CoNLL-2003 dev (held out)", conllDev]] as const) {
    const a = accuracy(model, set);
    console.log(`  ${name}: ${(100 * a.all).toFixed(2)}% accurate\n    ${a.perClass}`);
  }
  const source =
    "// Generated by `npm run train:pos` (scripts/train-pos.ts). Do not edit: retrain instead.\n" +
    "// Weights of the part-of-speech tagger; origin and licence of the training data in src/analysis/syntax/README.md.\n" +
    `export const POS_MODEL = ${JSON.stringify(serialized)};\n`;
  const gz = zlib.gzipSync(source).length;
  console.log(`  model: ${(source.length / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped`);
  if (o.dryRun) return 0;
  fs.writeFileSync(modelFile, source);
  console.log(`  wrote ${path.relative(repoRoot, modelFile)}`);
  return 0;
}

process.exit(main());

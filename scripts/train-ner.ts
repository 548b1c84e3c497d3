/**
 * Trains the entity tagger and writes src/analysis/entities/model/{ner-model,countries,brands,words}.ts.
 *
 *   npm run train:ner                 # shipped model: CoNLL-2003 train + WikiGold + UNER English (see README)
 *   npm run train:ner -- --open       # only the openly licensed corpora (UNER English, WikiGold)
 *   npm run train:ner -- --epochs 8 --bits 20 --dry-run
 *   npm run train:ner -- --holdout 10   # score the last tenth of CoNLL/EWT train instead of the dev sets; no model written
 *   npm run train:ner -- --doc        # also document features: a word reads its other uses nearby (see README)
 *
 * Reads ../shared/data/ner relative to the repository root; without it, says so and exits without touching
 * the committed model.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { readConll, scoreSpans, formatScores, spans } from "./ner/corpus";
import { prepare, train, type TrainSentence } from "./ner/perceptron";
import { quantize, modelModuleSource } from "./ner/serialize";
import { WordUsage, buildBrands, buildCountries, buildGazetteer, companyWords, possessiveCompanies } from "./ner/lexicon";
import { buildGazetteer as gazetteerMap, deserializeModel, tagSentences } from "../src/analysis/entities/tagger";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(repoRoot, "../shared/data/ner");
const modelDir = path.join(repoRoot, "src/analysis/entities/model");

interface Options {
  open: boolean;
  epochs: number;
  bits: number;
  dryRun: boolean;
  prune: number;
  only: string[] | null;
  dropout: number;
  /** Train with document features (features.ts documentContext): a word also reads its other uses nearby. */
  doc: boolean;
  /** Hold out every k-th sentence of CoNLL and EWT train for validation (choosing features without the dev sets). */
  holdout: number;
  /** Magnitude quantile that int8 quantization maps to 127: 0.9999 (the shipped model) clips the top 0.01%, 1 nothing. */
  clip: number;
  /** Corpora read more than once per epoch (`--repeat ewt=2`): weight a corpus without changing the data. */
  repeat: Record<string, number>;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { open: false, epochs: 12, bits: 19, dryRun: false, prune: 1, only: null, dropout: 0.15, holdout: 0, doc: false, clip: 0.9999, repeat: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${a} needs a positive number`);
      return v;
    };
    if (a === "--open") o.open = true;
    else if (a === "--epochs") o.epochs = num();
    else if (a === "--bits") o.bits = num();
    else if (a === "--prune") o.prune = num();
    else if (a === "--dropout") o.dropout = Number(argv[++i]);
    else if (a === "--dry-run") o.dryRun = true;
    else if (a === "--doc") o.doc = true;
    else if (a === "--clip") o.clip = num();
    else if (a === "--holdout") {
      o.holdout = num();
      o.dryRun = true;
    }
    else if (a === "--corpora") o.only = (argv[++i] ?? "").split(",").filter(Boolean);
    else if (a === "--repeat") {
      for (const part of (argv[++i] ?? "").split(",").filter(Boolean)) {
        const [id, n] = part.split("=");
        if (!id || !(Number(n) >= 1)) throw new Error("--repeat needs id=N[,id=N]");
        o.repeat[id] = Math.floor(Number(n));
      }
    }
    else throw new Error(`unknown option ${a} (use --open, --corpora id,id, --epochs N, --bits N, --prune N, --holdout K, --doc, --clip Q, --repeat id=N, --dry-run)`);
  }
  return o;
}

interface Corpus {
  id: string;
  name: string;
  file: string;
  /** Corpora without a MISC class only constrain PER/ORG/LOC (their O may be MISC). */
  partialMisc: boolean;
  open: boolean;
}

const TRAIN: Corpus[] = [
  { id: "conll", name: "CoNLL-2003 train (Reuters; research-use terms)", file: "conll2003/train.txt", partialMisc: false, open: false },
  { id: "wikigold", name: "WikiGold (CC BY 4.0)", file: "wikigold/wikigold.txt", partialMisc: false, open: true },
  { id: "ewt", name: "UNER English EWT train (CC BY-SA 4.0)", file: "uner-english/ewt-train.txt", partialMisc: true, open: true },
  { id: "pud", name: "UNER English PUD (CC BY-SA 3.0)", file: "uner-english/pud-test.txt", partialMisc: true, open: true },
];

const DEV = [
  { name: "CoNLL-2003 dev", file: "conll2003/dev.txt", types: ["PER", "ORG", "LOC", "MISC"] },
  { name: "UNER English EWT dev", file: "uner-english/ewt-dev.txt", types: ["PER", "ORG", "LOC"] },
];

function printErrors(sents: { words: string[]; tags: string[] }[], pred: string[][], type: string): void {
  const text = (w: string[], x: { start: number; end: number }) => w.slice(x.start, x.end).join(" ");
  sents.forEach((s, i) => {
    const g = spans(s.tags);
    const p = spans(pred[i]);
    const key = (x: { type: string; start: number; end: number }) => `${x.type}:${x.start}:${x.end}`;
    const gs = new Map(g.map((x) => [key(x), x]));
    const ps = new Map(p.map((x) => [key(x), x]));
    const lines: string[] = [];
    for (const x of p) if (x.type === type && !gs.has(key(x))) lines.push(`  FP ${text(s.words, x)}  (gold: ${g.filter((y) => y.start < x.end && x.start < y.end).map((y) => `${y.type} ${text(s.words, y)}`).join(", ") || "O"})`);
    for (const x of g) if (x.type === type && !ps.has(key(x))) lines.push(`  FN ${text(s.words, x)}  (pred: ${p.filter((y) => y.start < x.end && x.start < y.end).map((y) => `${y.type} ${text(s.words, y)}`).join(", ") || "O"})`);
    if (lines.length) console.log(`${s.words.join(" ").slice(0, 160)}\n${lines.join("\n")}`);
  });
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(dataDir)) {
    console.error(`train:ner: no training data at ${dataDir} (the shared NER corpora live beside the repo); the committed model is unchanged.`);
    process.exit(0);
  }
  const t0 = Date.now();
  const countries = buildCountries();
  const gazLists = buildGazetteer(countries);
  const gazMap = gazetteerMap(gazLists);
  // (Hashes may come signed: hashTokens passes the int32 it computed.)
  const gaz = (h: number) => gazMap.get(h >>> 0) ?? 0;
  const mask = (1 << opts.bits) - 1;
  const corpora = TRAIN.filter((c) => (!opts.open || c.open) && (!opts.only || opts.only.includes(c.id)));
  const data: TrainSentence[] = [];
  const usage = new WordUsage();
  const held: { name: string; sents: ReturnType<typeof readConll>; types: string[] }[] = [];
  for (const c of corpora) {
    const file = path.join(dataDir, c.file);
    if (!fs.existsSync(file)) {
      console.error(`train:ner: missing ${file}; skipping ${c.name}`);
      continue;
    }
    let sents = readConll(file);
    if (opts.holdout && (c.id === "conll" || c.id === "ewt")) {
      const k = opts.holdout;
      // The last 1/k of the file, whole documents apart from the rest (interleaved sentences share documents
      // with the training part and flatter the figures).
      const cut = sents.length - Math.floor(sents.length / k);
      held.push({ name: `${c.name}, held-out last 1/${k}`, sents: sents.slice(cut), types: c.id === "conll" ? ["PER", "ORG", "LOC", "MISC"] : ["PER", "ORG", "LOC"] });
      sents = sents.slice(0, cut);
    }
    for (const s of sents) usage.add(s.words, s.tags);
    const prepared = prepare(sents, gaz, mask, c.partialMisc, opts.doc);
    for (let r = 0; r < (opts.repeat[c.id] ?? 1); r++) data.push(...prepared);
    console.log(`read ${c.name}: ${sents.length} sentences`);
  }
  if (!data.length) {
    console.error("train:ner: no training sentences found; the committed model is unchanged.");
    process.exit(1);
  }
  // With --holdout the dev sets (check sets) are not scored: choices are made on the held-out train part.
  const devSets = opts.holdout ? held : DEV.map((d) => ({ ...d, sents: fs.existsSync(path.join(dataDir, d.file)) ? readConll(path.join(dataDir, d.file)) : [] }));
  const trainedOn = corpora.map((c) => c.name).join("; ");
  console.log(`features ready in ${((Date.now() - t0) / 1000).toFixed(1)} s; training ${opts.epochs} epochs, 2^${opts.bits} buckets`);
  const weights = train(data, opts.bits, opts.epochs, opts.dropout, (epoch) => {
    console.log(`epoch ${epoch} done at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });
  const { model, stats } = quantize(weights, opts.bits, gazLists, trainedOn, opts.prune, opts.doc, opts.clip);
  const source = modelModuleSource(model);
  const gz = zlib.gzipSync(source, { level: 9 }).length;
  console.log(`model: ${stats.rows} rows, ${(source.length / 1e6).toFixed(2)} MB raw, ${(gz / 1e6).toFixed(2)} MB gzipped`);
  const loaded = deserializeModel(model);
  for (const d of devSets) {
    if (!d.sents.length) continue;
    const pred = tagSentences(loaded, d.sents.map((s) => s.words));
    console.log(formatScores(`${d.name} (exact span, quantized model)`, scoreSpans(d.sents.map((s) => s.tags), pred, d.types)));
    // The figure `npm run eval` prints: PER+ORG+LOC, MISC aside.
    if (d.types.includes("MISC")) {
      const three = scoreSpans(d.sents.map((s) => s.tags), pred, ["PER", "ORG", "LOC"]).overall;
      if (three) console.log(`  PER+ORG+LOC F1 ${(three.f1 * 100).toFixed(2)}`);
    }
    // Held-out errors (train data, never the dev sets): NER_SHOW_ERRORS=ORG prints that type's misses and false alarms.
    const show = opts.holdout ? process.env.NER_SHOW_ERRORS : undefined;
    if (show) printErrors(d.sents, pred, show);
  }
  if (opts.dryRun) {
    console.log("dry run: model not written");
    return;
  }
  fs.mkdirSync(modelDir, { recursive: true });
  fs.writeFileSync(path.join(modelDir, "ner-model.ts"), source);
  fs.writeFileSync(
    path.join(modelDir, "countries.ts"),
    "// Generated by `npm run train:ner` from world-countries (ODbL) and i18n-iso-countries (MIT). Do not edit.\n" +
      `export const COUNTRIES = ${JSON.stringify(countries)};\n`,
  );
  const brands = buildBrands(usage);
  fs.writeFileSync(
    path.join(modelDir, "brands.ts"),
    "// Generated by `npm run train:ner` from simple-icons (CC0) brand names and the cspell companies dictionary\n" +
      "// (@cspell/dict-companies, MIT), minus ordinary words, given names and places. Do not edit.\n" +
      `export const BRANDS = ${JSON.stringify(brands.join("\n"))};\n` +
      "/** One-word company names of the cspell dictionary that simple-icons lacks (\"Kroger\", \"Nomura\"). */\n" +
      `export const COMPANY_WORDS = ${JSON.stringify(companyWords(usage, brands).join("\n"))};\n` +
      "/** Companies named with a possessive, without it (\"Moody\" of \"Moody's\"): the \"'s\" is part of the name. */\n" +
      `export const POSSESSIVE_COMPANIES = ${JSON.stringify(possessiveCompanies(usage).join("\n"))};\n`,
  );
  console.log(`${brands.length} brand names`);
  const heads = { ORG: usage.headWords("ORG"), LOC: usage.headWords("LOC"), MISC: usage.headWords("MISC") };
  const common = usage.commonWords();
  fs.writeFileSync(
    path.join(modelDir, "words.ts"),
    "// Generated by `npm run train:ner` from how the training corpora use words (see src/analysis/entities/README.md). Do not edit.\n" +
      "/** Last words shared by several names of one type: organization, place, other (titles, events, laws). */\n" +
      `export const HEAD_WORDS = ${JSON.stringify(Object.fromEntries(Object.entries(heads).map(([k, v]) => [k, v.join("\n")])))};\n` +
      "/** Words used often and seldom as (part of) a name. */\n" +
      `export const COMMON_WORDS = ${JSON.stringify(common.join("\n"))};\n` +
      "/** Words often part of a name and hardly ever a name alone. */\n" +
      `export const NEVER_ALONE = ${JSON.stringify(usage.neverAlone().join("\n"))};\n` +
      "/** Words named alone as a person, often, and seldom anything else (surnames of the news). */\n" +
      `export const PERSON_WORDS = ${JSON.stringify(usage.personWords().join("\n"))};\n` +
      "/** Lower-case words seen right before people's names and seldom before other capitalised words. */\n" +
      `export const PERSON_BEFORE = ${JSON.stringify(usage.personBefore().join("\n"))};\n`,
  );
  console.log(`${heads.ORG.length}/${heads.LOC.length}/${heads.MISC.length} head words, ${common.length} common words`);
  console.log(`wrote ${path.relative(repoRoot, modelDir)}/ner-model.ts, countries.ts, brands.ts and words.ts in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

try {
  main();
} catch (e) {
  console.error(`train:ner: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

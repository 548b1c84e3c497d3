/**
 * The three measured sections of `npm run eval`: analysis vs gold, NER vs annotated corpora, and article
 * extraction vs the corpus. Each returns plain data (counts and ratios) for the table, the JSON report and
 * the floors; each says why when it is skipped.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Analysis } from "../../src/analysis/types";
import {
  addDocCounts,
  type DocCounts,
  emptyDocCounts,
  type Finding,
  type Metric,
  scoreAnalysis,
} from "./analysisScore";
import type { Analyze, Loaded, PageTools, TagWords } from "./engines";
import { type GoldLoad, GOLD_SETS, type GoldSetId } from "./gold";
import { foldPartialQuotes } from "./conventions";
import { speakerFragment } from "./fragments";
import { addTypeCounts, overallCounts, readConll, scoreSentence, type TypeCounts, typesPresent } from "./ner";
import { sharedPath } from "./paths";
import { type Prf, prf } from "./score";

export type SystemName = "ours" | "compromise";

export interface SystemResult<T> {
  available: boolean;
  /** Why the system could not be measured. */
  reason?: string;
  result?: T;
}

// ---------- analysis vs gold ----------

export interface AnalysisSystemResult {
  perDoc: Record<string, Record<Metric, Prf>>;
  overall: Record<Metric, Prf>;
  findings: Record<string, Finding[]>;
  /** On a set with conventions of its own (PolNeAR): the figures before folding our output into them. */
  asIs?: Record<Metric, Prf>;
  /** Speakers that are not noun phrases (scripts/eval/fragments.ts), over every predicted quote. */
  fragments: { doc: string; phrase: string; reason: string }[];
  /** Documents whose analysis threw: the error message. */
  errors: Record<string, string>;
  ms: number;
}

export interface AnalysisSection {
  /** Which gold set (scripts/eval/gold.ts GOLD_SETS). */
  id: GoldSetId | "custom";
  label: string;
  /** "tune": its errors may be read to improve the analysis; "check": measured only. */
  role: "tune" | "check";
  skipped?: string;
  docs: string[];
  /** False when the set annotates quotes only (PolNeAR): entity figures are not measured. */
  entitiesMeasured: boolean;
  quotes: number;
  words: number;
  notes: string[];
  systems: Partial<Record<SystemName, SystemResult<AnalysisSystemResult>>>;
}

function toPrf(counts: DocCounts): Record<Metric, Prf> {
  return Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, prf(c)])) as Record<Metric, Prf>;
}

interface SetInfo {
  id: AnalysisSection["id"];
  label: string;
  role: AnalysisSection["role"];
  load: () => GoldLoad;
  /** Score every system's output under these annotation conventions (conventions.ts). */
  conventions?: "polnear";
}


export function evaluateAnalysis(
  systems: Partial<Record<SystemName, Loaded<Analyze>>>,
  set: SetInfo = GOLD_SETS[0],
): AnalysisSection {
  const { docs, skipped } = set.load();
  const base = { id: set.id, label: set.label, role: set.role };
  if (docs.length === 0) {
    return {
      ...base,
      skipped: `no gold to evaluate against (${skipped.join("; ") || "no gold files"})`,
      docs: [],
      entitiesMeasured: false,
      quotes: 0,
      words: 0,
      notes: [],
      systems: {},
    };
  }
  const section: AnalysisSection = {
    ...base,
    docs: docs.map((d) => d.name),
    entitiesMeasured: docs.every((d) => d.gold.entitiesAnnotated !== false),
    quotes: docs.reduce((n, d) => n + d.gold.quotes.length, 0),
    words: docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0),
    notes: skipped,
    systems: {},
  };
  for (const [name, loaded] of Object.entries(systems) as [SystemName, Loaded<Analyze>][]) {
    if (!loaded.ok) {
      section.systems[name] = { available: false, reason: loaded.reason };
      continue;
    }
    const t0 = performance.now();
    const total = emptyDocCounts();
    const asIs = emptyDocCounts();
    const result: AnalysisSystemResult = { perDoc: {}, overall: toPrf(total), findings: {}, fragments: [], errors: {}, ms: 0 };
    for (const doc of docs) {
      let analysis: Analysis;
      try {
        analysis = loaded.value({ title: "", text: doc.text });
      } catch (err) {
        // A crash on one article counts as finding nothing there, and is reported.
        result.errors[doc.name] = (err as Error).message;
        analysis = { title: "", text: doc.text, quotes: [], entities: [] };
      }
      if (set.conventions === "polnear") {
        addDocCounts(asIs, scoreAnalysis(doc.gold, analysis).counts);
        analysis = foldPartialQuotes(analysis);
      }
      const score = scoreAnalysis(doc.gold, analysis);
      addDocCounts(total, score.counts);
      result.perDoc[doc.name] = toPrf(score.counts);
      result.findings[doc.name] = score.findings;
      for (const q of analysis.quotes) {
        const fragment = speakerFragment(q);
        if (fragment) result.fragments.push({ doc: doc.name, ...fragment });
      }
    }
    result.overall = toPrf(total);
    if (set.conventions) result.asIs = toPrf(asIs);
    result.ms = performance.now() - t0;
    section.systems[name] = { available: true, result };
  }
  return section;
}

/** Every gold set of GOLD_SETS, in order (or those named in `only`). */
export function evaluateAnalysisSets(
  systems: Partial<Record<SystemName, Loaded<Analyze>>>,
  only?: ReadonlySet<string>,
): AnalysisSection[] {
  return GOLD_SETS.filter((s) => !only || only.has(s.id)).map((s) => evaluateAnalysis(systems, s));
}

// ---------- NER vs annotated corpora ----------

/**
 * The sets the tagger is measured on (train splits are never evaluation data). `inTraining` recognizes the
 * set in the model's own `trainedOn` note: a set the shipped model was trained on is still scored (it
 * catches regressions) but labelled as not held out, since its figure says little about unseen text.
 */
export const NER_SETS: { id: string; file: string; inTraining: RegExp }[] = [
  { id: "conll2003-dev", file: "data/ner/conll2003/dev.txt", inTraining: /conll[- ]?2003[^;]*\b(dev|testa)\b/i },
  { id: "uner-ewt-dev", file: "data/ner/uner-english/ewt-dev.txt", inTraining: /\bEWT\b[^;]*\bdev\b/i },
  { id: "uner-pud-test", file: "data/ner/uner-english/pud-test.txt", inTraining: /\bPUD\b/i },
  { id: "wikigold", file: "data/ner/wikigold/wikigold.txt", inTraining: /wiki\s*gold/i },
];

export interface NerSystemResult {
  /** PER, ORG, LOC, overall (the three together) and, where the corpus has it, MISC. */
  byType: Record<string, Prf>;
  ms: number;
  tokensPerSecond: number;
}

export interface NerSetResult {
  /** False when our model's training data includes this set. */
  heldOut: boolean;
  sentences: number;
  tokens: number;
  types: string[];
  systems: Partial<Record<SystemName, SystemResult<NerSystemResult>>>;
}

export interface NerSection {
  skipped?: string;
  /** Our model's own note on its training data. */
  trainedOn?: string;
  sets: Record<string, NerSetResult | { skipped: string }>;
}

/** Tags a whole corpus at once (the peer batches sentences); one tag list per sentence. */
export type TagCorpus = (sentences: readonly string[][]) => string[][];

export function sentenceTagger(tag: TagWords): TagCorpus {
  return (sentences) => sentences.map((words) => tag([...words]));
}

export function evaluateNer(
  systems: Partial<Record<SystemName, Loaded<TagCorpus>>>,
  ourTrainingData = "",
): NerSection {
  if (!existsSync(sharedPath("data/ner"))) return { skipped: `${sharedPath("data/ner")} not found`, sets: {} };
  const section: NerSection = { sets: {}, trainedOn: ourTrainingData };
  for (const set of NER_SETS) {
    const file = sharedPath(set.file);
    if (!existsSync(file)) {
      section.sets[set.id] = { skipped: `${file} not found` };
      continue;
    }
    const sentences = readConll(file);
    const types = typesPresent(sentences);
    // A corpus without a MISC class (UNER) says nothing about MISC: predictions of it are not errors there.
    const ignore = new Set(["MISC"].filter((t) => !types.has(t)));
    const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
    const heldOut = !set.inTraining.test(ourTrainingData);
    const result: NerSetResult = { heldOut, sentences: sentences.length, tokens, types: [...types].sort(), systems: {} };
    for (const [name, loaded] of Object.entries(systems) as [SystemName, Loaded<TagCorpus>][]) {
      if (!loaded.ok) {
        result.systems[name] = { available: false, reason: loaded.reason };
        continue;
      }
      const t0 = performance.now();
      const counts: TypeCounts = {};
      let ms: number;
      try {
        const predicted = loaded.value(sentences.map((s) => s.words));
        ms = performance.now() - t0;
        sentences.forEach((s, i) => addTypeCounts(counts, scoreSentence(s.tags, predicted[i] ?? [], ignore)));
      } catch (err) {
        result.systems[name] = { available: false, reason: `tagging failed: ${(err as Error).message}` };
        continue;
      }
      const byType: Record<string, Prf> = {};
      for (const t of ["PER", "ORG", "LOC"]) byType[t] = prf(counts[t] ?? { tp: 0, fp: 0, fn: 0 });
      byType.overall = prf(overallCounts(counts));
      if (types.has("MISC")) byType.MISC = prf(counts.MISC ?? { tp: 0, fp: 0, fn: 0 });
      result.systems[name] = { available: true, result: { byType, ms, tokensPerSecond: tokens / (ms / 1000) } };
    }
    section.sets[set.id] = result;
  }
  return section;
}

// ---------- article extraction vs the corpus ----------

/** src/page/tokenF1.ts's score: ratios plus the extra and missing word counts. */
export type PageScore = ReturnType<PageTools["tokenF1"]>;

export interface ExtractionSection {
  skipped?: string;
  /** Per page: token-level P/R/F1 of the extracted text against expected.html's text. */
  pages: Record<string, Partial<Record<"ours" | "readability", PageScore | { error: string }>>>;
  mean: Partial<Record<"ours" | "readability", { precision: number; recall: number; f1: number }>>;
  systems: Partial<Record<"ours" | "readability", { available: boolean; reason?: string }>>;
}

export type PlainExtract = (html: string, url?: string) => Promise<string>;

/**
 * Token-level P/R/F1 of each corpus page's extracted text against its expected.html text; a page the
 * extractor cannot read scores zero (users get nothing from it either).
 */
export async function evaluateExtraction(
  tools: Loaded<PageTools>,
  systems: Partial<Record<"ours" | "readability", (tools: PageTools) => PlainExtract>>,
): Promise<ExtractionSection> {
  const dir = sharedPath("corpus/pages");
  if (!existsSync(dir)) return { skipped: `${dir} not found`, pages: {}, mean: {}, systems: {} };
  if (!tools.ok) return { skipped: tools.reason, pages: {}, mean: {}, systems: {} };
  const section: ExtractionSection = { pages: {}, mean: {}, systems: {} };
  const names = readdirSync(dir)
    .filter((n) => existsSync(path.join(dir, n, "source.html")) && existsSync(path.join(dir, n, "expected.html")))
    .sort();
  const sums: Record<string, { precision: number; recall: number; f1: number; n: number }> = {};
  for (const name of Object.keys(systems)) {
    section.systems[name as "ours"] = { available: true };
    sums[name] = { precision: 0, recall: 0, f1: 0, n: 0 };
  }
  for (const page of names) {
    const html = readFileSync(path.join(dir, page, "source.html"), "utf8");
    const expected = tools.value.htmlToText(readFileSync(path.join(dir, page, "expected.html"), "utf8"));
    const url = readMetaUrl(path.join(dir, page, "meta.json"));
    const row: ExtractionSection["pages"][string] = {};
    section.pages[page] = row;
    for (const [name, make] of Object.entries(systems) as ["ours" | "readability", (t: PageTools) => PlainExtract][]) {
      let score: PageScore;
      try {
        score = tools.value.tokenF1(await make(tools.value)(html, url), expected);
        row[name] = score;
      } catch (err) {
        row[name] = { error: (err as Error).message.split("\n")[0] };
        score = { precision: 0, recall: 0, f1: 0, extra: 0, missing: 0 };
      }
      const s = sums[name];
      s.precision += score.precision;
      s.recall += score.recall;
      s.f1 += score.f1;
      s.n++;
    }
  }
  for (const [name, s] of Object.entries(sums)) {
    if (s.n > 0) section.mean[name as "ours"] = { precision: s.precision / s.n, recall: s.recall / s.n, f1: s.f1 / s.n };
  }
  return section;
}

function readMetaUrl(file: string): string | undefined {
  try {
    const meta = JSON.parse(readFileSync(file, "utf8")) as { originalUrl?: unknown };
    return typeof meta.originalUrl === "string" ? meta.originalUrl : undefined;
  } catch {
    return undefined;
  }
}

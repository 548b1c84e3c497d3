/**
 * npm run eval [-- --verbose] [--verbose-peer] [--no-floors] [--print-floors] [--raise-floors] [--no-peer] [--only a,b]
 *
 * Measures quality against ../shared (gold answers, NER corpora, the page corpus), ours and compromise side
 * by side, prints tables, writes out/eval.json and enforces scripts/eval/floors.json. Sections whose data
 * is absent are skipped with a message.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ENTITY_METRICS, type Finding, type Metric, QUOTE_METRICS } from "./analysisScore";
import { type Loaded, loadAnalyze, loadPageTools, loadTagger } from "./engines";
import { checkFloors, FLOORS_FILE, floorsText, raiseFloors, readFloors } from "./floors";
import { compromiseAnalyze, compromiseTagSentences } from "./peer/compromise";
import { readabilityText } from "./peer/readability";
import { repoRoot, sharedDir } from "./paths";
import type { PageTools } from "./engines";
import type { Prf } from "./score";
import {
  type AnalysisSection,
  evaluateAnalysisSets,
  evaluateExtraction,
  evaluateNer,
  type ExtractionSection,
  type PageScore,
  NER_SETS,
  type NerSection,
  type NerSetResult,
  sentenceTagger,
  type TagCorpus,
} from "./sections";
import { fmt, formatTable } from "./table";
import { GOLD_SETS } from "./gold";
import { groupErrors } from "./errorClasses";

const SECTIONS = ["analysis", "ner", "extraction"] as const;
type SectionName = (typeof SECTIONS)[number];

interface Options {
  verbose: boolean;
  errors: boolean;
  /** Gold sets to run (GOLD_SETS ids); all when undefined. */
  sets?: Set<string>;
  verbosePeer: boolean;
  floors: boolean;
  printFloors: boolean;
  raiseFloors: boolean;
  peer: boolean;
  only: Set<SectionName>;
  out: string;
}

const USAGE = `usage: npm run eval -- [--verbose] [--errors] [--sets gold,news-tune,…] [--verbose-peer] [--no-floors] [--print-floors] [--raise-floors] [--no-peer]
                       [--only analysis,ner,extraction] [--out out/eval.json]`;

function parseArgs(argv: string[]): Options {
  const o: Options = {
    verbose: false,
    errors: false,
    verbosePeer: false,
    floors: true,
    printFloors: false,
    raiseFloors: false,
    peer: true,
    only: new Set(SECTIONS),
    out: path.join(repoRoot, "out/eval.json"),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--verbose" || a === "-v") o.verbose = true;
    else if (a === "--errors") o.errors = true;
    else if (a === "--sets" || a.startsWith("--sets=")) {
      const list = a.includes("=") ? a.slice("--sets=".length) : argv[++i];
      const names = (list ?? "").split(",").filter(Boolean);
      const ids = GOLD_SETS.map((g) => g.id as string);
      const bad = names.filter((n) => !ids.includes(n));
      if (names.length === 0 || bad.length > 0) throw new UsageError(`--sets takes a list of ${ids.join(", ")}`);
      o.sets = new Set(names);
    }
    else if (a === "--verbose-peer") o.verbosePeer = true;
    else if (a === "--no-floors") o.floors = false;
    else if (a === "--print-floors") o.printFloors = true;
    else if (a === "--raise-floors") o.raiseFloors = true;
    else if (a === "--no-peer") o.peer = false;
    else if (a === "--only" || a.startsWith("--only=")) {
      const list = a.includes("=") ? a.slice("--only=".length) : argv[++i];
      const names = (list ?? "").split(",").filter(Boolean);
      const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (names.length === 0 || bad.length > 0) throw new UsageError(`--only takes a list of ${SECTIONS.join(", ")}`);
      o.only = new Set(names as SectionName[]);
    } else if (a === "--out") {
      const file = argv[++i];
      if (!file) throw new UsageError("--out needs a file");
      o.out = path.resolve(file);
    } else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`unknown option ${a}`);
  }
  return o;
}

class UsageError extends Error {}

// ---------- figures (what floors check) ----------

/** The figures floors may name, in the order --print-floors writes them. */
export const FLOOR_KEYS = [
  ...GOLD_SETS.flatMap((g) => [
    `analysis.${g.id}.direct.f1`,
    `analysis.${g.id}.all.f1`,
    `analysis.${g.id}.attribution.f1`,
    `analysis.${g.id}.speakers.noun-phrase`,
    ...ENTITY_METRICS.flatMap((m) => [`analysis.${g.id}.${m}.recall`, `analysis.${g.id}.${m}.precision`]),
  ]),
  ...NER_SETS.flatMap((s) => [`ner.${s.id}.overall.f1`, `ner.${s.id}.PER.f1`]),
  "extraction.mean.f1",
];

/** Share of predicted quotes whose speaker is a noun phrase (1 when no fragment is shown). */
function nounPhraseShare(r: { fragments: unknown[]; overall: Record<Metric, Prf> }): number {
  const predicted = r.overall.all.tp + r.overall.all.fp;
  return predicted === 0 ? 1 : 1 - r.fragments.length / predicted;
}

function collectFigures(sets: readonly AnalysisSection[], n: NerSection | null, e: ExtractionSection | null): Record<string, number> {
  const f: Record<string, number> = {};
  for (const a of sets) {
    const ours = a.systems.ours?.result;
    if (!ours) continue;
    const metrics: Metric[] = a.entitiesMeasured ? [...QUOTE_METRICS, ...ENTITY_METRICS] : [...QUOTE_METRICS];
    for (const m of metrics) {
      // With no prediction at all precision is undefined; leaving it out keeps a vacuous 1 out of the floors.
      if (ours.overall[m].tp + ours.overall[m].fp > 0) f[`analysis.${a.id}.${m}.precision`] = ours.overall[m].precision;
      f[`analysis.${a.id}.${m}.recall`] = ours.overall[m].recall;
      f[`analysis.${a.id}.${m}.f1`] = ours.overall[m].f1;
    }
    f[`analysis.${a.id}.speakers.noun-phrase`] = nounPhraseShare(ours);
  }
  for (const [id, set] of Object.entries(n?.sets ?? {})) {
    if ("skipped" in set) continue;
    const r = set.systems.ours?.result;
    if (!r) continue;
    for (const [type, score] of Object.entries(r.byType)) {
      if (score.tp + score.fp > 0) f[`ner.${id}.${type}.precision`] = score.precision;
      f[`ner.${id}.${type}.recall`] = score.recall;
      f[`ner.${id}.${type}.f1`] = score.f1;
    }
  }
  if (e?.mean.ours) f["extraction.mean.f1"] = e.mean.ours.f1;
  return f;
}

// ---------- printing ----------

const METRIC_LABEL: Record<Metric, string> = {
  direct: "direct quotes",
  all: "all quotes",
  attribution: "attribution",
  people: "people",
  organizations: "organizations",
  countries: "countries",
};

/** Precision of a system that predicted nothing is undefined: shown as "—", not as a perfect 1. */
function prfCells(p: Prf | undefined): string[] {
  if (!p) return ["—", "—", "—"];
  return [p.tp + p.fp === 0 ? "—" : fmt(p.precision), fmt(p.recall), fmt(p.f1)];
}

/** One line per gold set: the figures a reader compares first, ours / compromise. */
function printAnalysisSummary(sets: readonly AnalysisSection[]): void {
  const tune = sets.filter((s) => s.role === "tune").map((s) => s.id);
  const check = sets.filter((s) => s.role === "check").map((s) => s.id);
  console.log(`\n## Analysis vs gold (${sharedDir}): F1 and recall/precision, ours / compromise`);
  console.log(`  tuned on: ${tune.join(", ") || "—"}; check sets, never read for tuning: ${check.join(", ") || "—"}`);
  const pair = (s: AnalysisSection, m: Metric, k: "f1" | "recall" | "precision"): string => {
    const cell = (sys: "ours" | "compromise"): string => {
      const p = s.systems[sys]?.result?.overall[m];
      return p && !(k === "precision" && p.tp + p.fp === 0) ? fmt(p[k], 3) : "—";
    };
    return `${cell("ours")} / ${cell("compromise")}`;
  };
  const ent = (s: AnalysisSection, m: Metric): string =>
    s.entitiesMeasured ? `${pair(s, m, "recall")}  P ${pair(s, m, "precision")}` : "not annotated";
  console.log(
    formatTable(
      ["set", "role", "docs", "quotes", "direct F1", "all quotes F1", "attribution F1", "fragments", "people R", "organizations R", "countries R"],
      sets.map((s) =>
        s.skipped
          ? [s.id, s.role, "skipped", "", "", "", "", "", "", "", ""]
          : [
              s.id,
              s.role,
              String(s.docs.length),
              String(s.quotes),
              pair(s, "direct", "f1"),
              pair(s, "all", "f1"),
              pair(s, "attribution", "f1"),
              `${s.systems.ours?.result?.fragments.length ?? "—"} / ${s.systems.compromise?.result?.fragments.length ?? "—"}`,
              ent(s, "people"),
              ent(s, "organizations"),
              ent(s, "countries"),
            ],
      ),
    ),
  );
  console.log("  (fragments: predicted speakers that are not noun phrases, scripts/eval/fragments.ts; target 0)");
  const folded = sets.filter((s) => s.systems.ours?.result?.asIs);
  if (folded.length > 0) {
    console.log("  PolNeAR sets are scored under PolNeAR's conventions (scripts/eval/conventions.ts): its ''…'' quotes read as quotes,");
    console.log("  a partial quotation inside reported speech folded into one annotation. As-is, without the folding, ours / compromise:");
    for (const s of folded) {
      const cell = (m: Metric): string =>
        `${fmt(s.systems.ours?.result?.asIs?.[m].f1, 3)} / ${fmt(s.systems.compromise?.result?.asIs?.[m].f1, 3)}`;
      console.log(`    ${s.id}: direct ${cell("direct")}, all quotes ${cell("all")}, attribution ${cell("attribution")}`);
    }
  }
}

function printAnalysis(section: AnalysisSection, o: Options): void {
  console.log(`\n### ${section.id}: ${section.label} (${section.role === "tune" ? "tune set" : "check set, never tuned on"})`);
  if (section.skipped) {
    console.log(`  SKIPPED: ${section.skipped}`);
    return;
  }
  for (const note of section.notes) console.log(`  note: ${note}`);
  for (const [name, s] of Object.entries(section.systems)) {
    if (!s.available) console.log(`  ${name}: not available — ${s.reason}`);
  }
  const ours = section.systems.ours?.result;
  const peer = section.systems.compromise?.result;
  console.log(
    `  ${section.docs.length} documents, ${section.quotes} gold quotes, ${section.words.toLocaleString("en-US")} words; micro-averaged (counts summed over documents)\n`,
  );
  const metrics: Metric[] = section.entitiesMeasured ? [...QUOTE_METRICS, ...ENTITY_METRICS] : [...QUOTE_METRICS];
  console.log(
    formatTable(
      ["metric", "ours P", "ours R", "ours F1", "compromise P", "compromise R", "compromise F1", "gold", "ours found"],
      metrics.map((m) => {
        const g = ours?.overall[m] ?? peer?.overall[m];
        return [
          METRIC_LABEL[m],
          ...prfCells(ours?.overall[m]),
          ...prfCells(peer?.overall[m]),
          g ? String(g.tp + g.fn) : "—",
          ours ? String(ours.overall[m].tp + ours.overall[m].fp) : "—",
        ];
      }),
    ),
  );
  if (ours && ours.fragments.length > 0) {
    console.log(`\n  Speakers that are not noun phrases (ours, ${ours.fragments.length}):`);
    for (const f of ours.fragments.slice(0, 20)) console.log(`    ${f.doc}: “${f.phrase}” (${f.reason})`);
    if (ours.fragments.length > 20) console.log(`    … and ${ours.fragments.length - 20} more (out/eval.json)`);
  }
  // Per-document tables for the small hand-made sets; PolNeAR's hundreds of rows live in out/eval.json.
  if (section.docs.length <= 30) {
    console.log("\n  Per document, F1 ours / compromise:\n");
    const pair = (doc: string, m: Metric): string =>
      `${fmt(ours?.perDoc[doc]?.[m].f1, 2)} / ${fmt(peer?.perDoc[doc]?.[m].f1, 2)}`;
    console.log(
      formatTable(
        ["document", ...metrics.map((m) => METRIC_LABEL[m])],
        section.docs.map((d) => [d, ...metrics.map((m) => pair(d, m))]),
      ),
    );
  }
  for (const [name, s] of Object.entries(section.systems)) {
    for (const [doc, msg] of Object.entries(s.result?.errors ?? {})) console.log(`  ${name} crashed on ${doc}: ${msg}`);
  }
  if (o.errors && ours) {
    console.log(`\n  What went wrong (ours), by kind:`);
    for (const [kind, list] of groupErrors(ours.findings)) {
      console.log(`\n  ${kind}: ${list.length}`);
      for (const e of list) console.log(`    ${e.doc}: ${e.detail}`);
    }
  }
  const listings: [string, Record<string, Finding[]> | undefined][] = [];
  if (o.verbose) listings.push(["ours", ours?.findings]);
  if (o.verbosePeer) listings.push(["compromise", peer?.findings]);
  for (const [name, findings] of listings) {
    if (!findings) continue;
    console.log(`\n  Misses and false alarms (${name}):`);
    for (const doc of section.docs) {
      const list = (findings[doc] ?? []).filter((f) => f.metric !== "direct"); // "all" repeats them
      if (list.length === 0) continue;
      console.log(`\n  ${doc}`);
      for (const f of list) console.log(`    ${f.metric.padEnd(13)} ${f.kind.padEnd(13)} ${f.detail}`);
    }
  }
}

function printNer(section: NerSection): void {
  console.log(`\n## Entities vs annotated corpora (${sharedDir}/data/ner), exact-span`);
  if (section.skipped) {
    console.log(`  SKIPPED: ${section.skipped}`);
    return;
  }
  const rows: string[][] = [];
  const reasons = new Set<string>();
  for (const [id, set] of Object.entries(section.sets)) {
    if ("skipped" in set) {
      rows.push([id, "skipped", "", "", "", "", "", ""]);
      reasons.add(`${id}: ${set.skipped}`);
      continue;
    }
    const s = set as NerSetResult;
    const label = `${id} (${s.tokens} tokens)${s.heldOut ? "" : " *"}`;
    for (const [name, sys] of Object.entries(s.systems)) if (!sys.available) reasons.add(`${name}: ${sys.reason}`);
    const ours = s.systems.ours?.result;
    const peer = s.systems.compromise?.result;
    const types = ["overall", "PER", "ORG", "LOC", ...(s.types.includes("MISC") ? ["MISC"] : [])];
    for (const t of types) {
      rows.push([
        t === "overall" ? label : "",
        t === "overall" ? "PER+ORG+LOC" : t,
        ...prfCells(ours?.byType[t]),
        ...prfCells(peer?.byType[t]),
      ]);
    }
    rows.push([
      "",
      "tokens/s",
      "",
      "",
      ours ? Math.round(ours.tokensPerSecond).toLocaleString("en-US") : "—",
      "",
      "",
      peer ? Math.round(peer.tokensPerSecond).toLocaleString("en-US") : "—",
    ]);
  }
  for (const r of reasons) console.log(`  note: ${r}`);
  if (section.trainedOn) console.log(`  our model was trained on: ${section.trainedOn}`);
  console.log(
    formatTable(["set", "type", "ours P", "ours R", "ours F1", "compromise P", "compromise R", "compromise F1"], rows),
  );
  const trained = Object.entries(section.sets).filter(([, s]) => !("skipped" in s) && !(s as NerSetResult).heldOut);
  if (trained.length > 0) {
    console.log(
      `  * in our model's training data (${trained.map(([id]) => id).join(", ")}): not held out, so its figure shows fit,\n` +
        "    not accuracy on unseen text; it is kept to catch regressions. Held-out figures are the others.",
    );
  }
  console.log("  (MISC is outside the overall figure; compromise has no MISC class. UNER has no MISC annotation.)");
}

function printExtraction(section: ExtractionSection): void {
  console.log(`\n## Article extraction vs the corpus (${sharedDir}/corpus), token-level vs expected.html`);
  if (section.skipped) {
    console.log(`  SKIPPED: ${section.skipped}`);
    return;
  }
  for (const [name, s] of Object.entries(section.systems)) {
    if (!s.available) console.log(`  ${name}: not available — ${s.reason}`);
  }
  const cell = (v: PageScore | { error: string } | undefined, k: "precision" | "recall" | "f1"): string =>
    v === undefined ? "—" : "error" in v ? "error" : fmt(v[k]);
  const rows = Object.entries(section.pages).map(([page, r]) => [
    page,
    cell(r.ours, "precision"),
    cell(r.ours, "recall"),
    cell(r.ours, "f1"),
    cell(r.readability, "f1"),
  ]);
  rows.push([
    "mean",
    fmt(section.mean.ours?.precision),
    fmt(section.mean.ours?.recall),
    fmt(section.mean.ours?.f1),
    fmt(section.mean.readability?.f1),
  ]);
  console.log(formatTable(["page", "ours P", "ours R", "ours F1", "Readability-as-is F1"], rows));
  console.log(
    "  (compromise does not extract articles; the peer column is @mozilla/readability used as-is. expected.html is\n" +
      "   Readability's own output, so that column is ~1 by construction: it checks the scorer, and shows what\n" +
      "   our cleaning of captions, bylines and furniture costs against Readability's choices.)",
  );
  for (const [page, r] of Object.entries(section.pages)) {
    for (const [name, v] of Object.entries(r)) if (v && "error" in v) console.log(`  ${name} failed on ${page}: ${v.error}`);
  }
}

// ---------- main ----------

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const started = performance.now();
  console.log(`# npm run eval — shared data: ${sharedDir}`);
  const skippedPrefixes: string[] = [];

  let analysis: AnalysisSection[] = [];
  if (o.only.has("analysis")) {
    const systems: Parameters<typeof evaluateAnalysisSets>[0] = { ours: await loadAnalyze() };
    if (o.peer) systems.compromise = { ok: true, value: compromiseAnalyze };
    analysis = evaluateAnalysisSets(systems, o.sets);
    for (const g of GOLD_SETS) {
      const set = analysis.find((s) => s.id === g.id);
      if (!set || set.skipped) skippedPrefixes.push(`analysis.${g.id}.`);
    }
    printAnalysisSummary(analysis);
    for (const set of analysis) printAnalysis(set, o);
  }

  let ner: NerSection | null = null;
  if (o.only.has("ner")) {
    const tagger = await loadTagger();
    const systems: Partial<Record<"ours" | "compromise", Loaded<TagCorpus>>> = {
      ours: tagger.ok ? { ok: true, value: tagger.value.tagCorpus ?? sentenceTagger(tagger.value.tag) } : tagger,
    };
    if (o.peer) systems.compromise = { ok: true, value: (s) => compromiseTagSentences(s) };
    ner = evaluateNer(systems, tagger.ok ? tagger.value.trainedOn : "");
    if (ner.skipped) skippedPrefixes.push("ner.");
    for (const [id, set] of Object.entries(ner.sets)) if ("skipped" in set) skippedPrefixes.push(`ner.${id}.`);
    printNer(ner);
  }

  let extraction: ExtractionSection | null = null;
  if (o.only.has("extraction")) {
    const tools = await loadPageTools();
    extraction = await evaluateExtraction(tools, {
      ours: (t) => async (html, url) => t.extractFromHtml(html, url).text,
      ...(o.peer ? { readability: (t: PageTools) => async (html: string) => readabilityText(html, t.htmlToText) } : {}),
    });
    if (extraction.skipped) skippedPrefixes.push("extraction.");
    printExtraction(extraction);
  }

  for (const s of SECTIONS) if (!o.only.has(s)) skippedPrefixes.push(`${s}.`);
  const figures = collectFigures(analysis, ner, extraction);
  const seconds = (performance.now() - started) / 1000;

  mkdirSync(path.dirname(o.out), { recursive: true });
  writeFileSync(
    o.out,
    `${JSON.stringify(
      { generatedAt: new Date().toISOString(), shared: sharedDir, seconds, figures, analysis, ner, extraction },
      // A finding's quotes are there for --errors; the report keeps its one-line detail.
      (key, value: unknown) => ((key === "gold" || key === "pred") && typeof value === "object" ? undefined : value),
      2,
    )}\n`,
  );
  console.log(`\nFull report: ${path.relative(process.cwd(), o.out) || o.out}  (${seconds.toFixed(1)} s)`);

  if (o.printFloors) {
    console.log(`\nCurrent figures in ${path.relative(repoRoot, FLOORS_FILE)} format:\n`);
    console.log(floorsText(figures, FLOOR_KEYS));
  }
  if (o.raiseFloors) {
    const raised = raiseFloors(readFloors(), figures, FLOOR_KEYS);
    console.log(
      raised.length > 0
        ? `\nRaised ${raised.length} floor(s) in ${path.relative(repoRoot, FLOORS_FILE)}: ${raised.join(", ")}`
        : "\nNo floor to raise: every figure is at or below its floor.",
    );
  }
  if (!o.floors) return 0;
  const check = checkFloors(readFloors(), figures, skippedPrefixes);
  if (check.skipped.length > 0) {
    console.log(
      `${check.skipped.length} floor(s) not checked (section not run, or its data absent): ${check.skipped.join(", ")}`,
    );
  }
  if (check.failures.length > 0) {
    console.error(`\nFLOORS FAILED (${check.failures.length}):`);
    for (const f of check.failures) console.error(`  ${f}`);
    console.error(`(floors: ${path.relative(repoRoot, FLOORS_FILE)}; report without checking: npm run eval -- --no-floors)`);
    return 1;
  }
  console.log(`floors: ${check.passed} passed${check.skipped.length ? `, ${check.skipped.length} not checked` : ""}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`eval: ${err.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);

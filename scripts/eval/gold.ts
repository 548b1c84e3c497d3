/**
 * Gold answers (../shared/gold/*.json, format in its README) and the text each one annotates.
 * Every gold file present is evaluated, so new annotations count without touching this code.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readTwoApostropheQuotes } from "./conventions";
import { sharedDir, sharedPath } from "./paths";

export interface GoldQuote {
  kind: "direct" | "indirect";
  text: string;
  speaker: string;
  speakerMatch: string[];
  speakerType?: string;
  cue?: string;
  /** PolNeAR: a pronoun whose referent its converters could not settle; left out of attribution. */
  unresolved?: boolean;
}

export interface GoldNamed {
  name: string;
  aliases?: string[];
  optional?: boolean;
}

export interface GoldCountry {
  name: string;
  code: string;
  optional?: boolean;
}

export interface GoldFile {
  doc: string;
  quotes: GoldQuote[];
  /** False where only quotes were annotated (PolNeAR): entity figures are not measured there. */
  entitiesAnnotated?: boolean;
  people?: GoldNamed[];
  organizations?: GoldNamed[];
  countries?: GoldCountry[];
}

export interface GoldDoc {
  /** Short name: the gold file's name without `.json` ("seed", "corpus-bbc-1"). */
  name: string;
  gold: GoldFile;
  /** The exact text the gold was made on; offsets and quotes refer to it. */
  text: string;
}

export interface GoldLoad {
  docs: GoldDoc[];
  /** Human-readable reasons for gold files that could not be used. */
  skipped: string[];
}

/**
 * The annotated text of a gold file: `gold/text/<name>.txt` when present (corpus pages), otherwise the
 * `doc` path itself when it names a text file under ../shared (the seed).
 */
function findGoldText(name: string, gold: GoldFile): string | null {
  const candidates = [sharedPath("gold", "text", `${name}.txt`)];
  if (gold.doc.endsWith(".txt")) candidates.push(path.resolve(sharedDir, gold.doc));
  for (const file of candidates) if (existsSync(file)) return file;
  return null;
}

function isGoldFile(value: unknown): value is GoldFile {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.doc === "string" && Array.isArray(v.quotes);
}

/** Reads one gold JSON file; a reason string when it cannot be used. */
function readGoldFile(file: string, label: string): GoldFile | string {
  let gold: unknown;
  try {
    gold = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    return `${label}: not valid JSON (${(err as Error).message})`;
  }
  return isGoldFile(gold) ? gold : `${label}: not a gold file (needs "doc" and "quotes")`;
}

/** The seed and the annotated corpus pages: `gold/*.json`, the set the analysis was first built on. */
function loadSeedAndCorpus(): GoldLoad {
  const dir = sharedPath("gold");
  if (!existsSync(dir)) return { docs: [], skipped: [`${dir} not found`] };
  const docs: GoldDoc[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const name = file.slice(0, -".json".length);
    const gold = readGoldFile(path.join(dir, file), file);
    if (typeof gold === "string") {
      skipped.push(gold);
      continue;
    }
    const textFile = findGoldText(name, gold);
    if (!textFile) {
      skipped.push(`${file}: its annotated text was not found (gold/text/${name}.txt or ${gold.doc})`);
      continue;
    }
    docs.push({ name, gold, text: readFileSync(textFile, "utf8") });
  }
  return { docs, skipped };
}

/** `gold/news/<id>.json` whose id passes `keep`, with the text its `doc` names. */
function loadNews(keep: (id: string) => boolean): GoldLoad {
  const dir = sharedPath("gold", "news");
  if (!existsSync(dir)) return { docs: [], skipped: [`${dir} not found`] };
  const docs: GoldDoc[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const name = file.slice(0, -".json".length);
    if (!keep(name)) continue;
    const gold = readGoldFile(path.join(dir, file), `news/${file}`);
    if (typeof gold === "string") {
      skipped.push(gold);
      continue;
    }
    const textFile = path.resolve(sharedDir, gold.doc);
    if (!existsSync(textFile)) {
      skipped.push(`news/${file}: its text ${gold.doc} was not found`);
      continue;
    }
    docs.push({ name, gold, text: readFileSync(textFile, "utf8") });
  }
  return { docs, skipped };
}

/** PolNeAR articles (`<split>/<article>/{gold.json,article.txt}`); `pick` chooses among the sorted names. */
function loadPolnear(split: "dev" | "train", pick: (names: string[]) => string[] = (n) => n): GoldLoad {
  const dir = sharedPath("data", "polnear", split);
  if (!existsSync(dir)) return { docs: [], skipped: [`${dir} not found`] };
  const docs: GoldDoc[] = [];
  const skipped: string[] = [];
  for (const name of pick(readdirSync(dir).sort())) {
    const goldFile = path.join(dir, name, "gold.json");
    const textFile = path.join(dir, name, "article.txt");
    if (!existsSync(goldFile) || !existsSync(textFile)) {
      skipped.push(`polnear/${split}/${name}: gold.json or article.txt missing`);
      continue;
    }
    const gold = readGoldFile(goldFile, `polnear/${split}/${name}`);
    if (typeof gold === "string") skipped.push(gold);
    else docs.push({ name, gold: readTwoApostropheQuotes(gold), text: readFileSync(textFile, "utf8") });
  }
  return { docs, skipped };
}

/** A fixed sample: every k-th of the sorted names, so the same articles are read on every run. */
export function everyKth<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]);
}

/**
 * The gold sets the analysis is measured on, in the order the eval prints them. `role` is the train/dev
 * discipline: rules and weights may be tuned by reading the "tune" sets' errors; the "check" sets are only
 * measured (never read for tuning), so their figures say how the analysis does on unseen news.
 */
export const GOLD_SETS = [
  { id: "gold", label: "seed + 9 corpus pages", role: "tune", load: loadSeedAndCorpus },
  { id: "news-tune", label: "news, ids 0-9… (21)", role: "tune", load: () => loadNews((id) => /^[0-9]/.test(id)) },
  { id: "news-check", label: "news, ids a-f… (9)", role: "check", load: () => loadNews((id) => /^[a-z]/i.test(id)) },
  { id: "polnear-dev", label: "PolNeAR dev (83)", role: "check", load: () => loadPolnear("dev"), conventions: "polnear" },
  {
    id: "polnear-train100",
    label: "PolNeAR train, fixed 100",
    role: "tune",
    load: () => loadPolnear("train", (names) => everyKth(names, 100)),
    conventions: "polnear",
  },
] as const satisfies readonly { id: string; label: string; role: "tune" | "check"; load: () => GoldLoad; conventions?: "polnear" }[];

export type GoldSetId = (typeof GOLD_SETS)[number]["id"];

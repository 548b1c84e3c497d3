/**
 * Gold answers (../shared/gold/*.json, format in its README) and the text each one annotates.
 * Every gold file present is evaluated, so new annotations count without touching this code.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sharedDir, sharedPath } from "./paths";

export interface GoldQuote {
  kind: "direct" | "indirect";
  text: string;
  speaker: string;
  speakerMatch: string[];
  speakerType?: string;
  cue?: string;
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

export function loadGold(): GoldLoad {
  const dir = sharedPath("gold");
  if (!existsSync(dir)) return { docs: [], skipped: [`${dir} not found`] };
  const docs: GoldDoc[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const name = file.slice(0, -".json".length);
    let gold: unknown;
    try {
      gold = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    } catch (err) {
      skipped.push(`${file}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    if (!isGoldFile(gold)) {
      skipped.push(`${file}: not a gold file (needs "doc" and "quotes")`);
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

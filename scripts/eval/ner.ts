/**
 * Exact-span named-entity scoring on IOB2 corpora (`token<TAB>tag`, a blank line after every sentence),
 * the way conlleval counts: an entity is right only when both its boundaries and its type are right.
 */
import { readFileSync } from "node:fs";
import { addCounts, type Counts, emptyCounts } from "./score";

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

export interface NerSpan {
  type: string;
  /** Word indexes, end exclusive. */
  start: number;
  end: number;
}

export const NER_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
/** The overall figure covers the three types every corpus has; MISC is reported apart. */
export const CORE_TYPES = ["PER", "ORG", "LOC"] as const;

export function parseConll(content: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const raw of content.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") {
      if (words.length > 0) sentences.push({ words, tags });
      words = [];
      tags = [];
      continue;
    }
    const tab = line.lastIndexOf("\t");
    const cut = tab >= 0 ? tab : line.lastIndexOf(" ");
    if (cut <= 0) throw new Error(`not a token<TAB>tag line: ${JSON.stringify(line.slice(0, 60))}`);
    words.push(line.slice(0, cut));
    tags.push(line.slice(cut + 1).trim());
  }
  if (words.length > 0) sentences.push({ words, tags });
  return sentences;
}

export function readConll(file: string): TaggedSentence[] {
  return parseConll(readFileSync(file, "utf8"));
}

/**
 * Spans from IOB tags. Like conlleval, an `I-X` that does not continue an `X` starts a new entity, so
 * taggers that emit IOB1-style or slightly broken sequences are scored on what they meant.
 */
export function spansFromTags(tags: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: NerSpan | null = null;
  const close = (at: number): void => {
    if (open) {
      open.end = at;
      spans.push(open);
      open = null;
    }
  };
  tags.forEach((tag, i) => {
    if (tag === "O" || tag === "" || tag.length < 3 || tag[1] !== "-") {
      close(i);
      return;
    }
    const prefix = tag[0];
    const type = tag.slice(2);
    if (prefix === "B" || open === null || open.type !== type) {
      close(i);
      open = { type, start: i, end: i + 1 };
    }
  });
  close(tags.length);
  return spans;
}

export type TypeCounts = Record<string, Counts>;

function spanKey(s: NerSpan): string {
  return `${s.start}:${s.end}`;
}

/**
 * Counts per type for one sentence. Types in `ignoreTypes` (e.g. MISC on a corpus that has no MISC class)
 * are dropped from both sides, so a corpus's silence about a class is not held against the tagger.
 */
export function scoreSentence(
  goldTags: readonly string[],
  predTags: readonly string[],
  ignoreTypes: ReadonlySet<string> = new Set(),
): TypeCounts {
  if (goldTags.length !== predTags.length) {
    throw new Error(`tagger returned ${predTags.length} tags for ${goldTags.length} words`);
  }
  const out: TypeCounts = {};
  const get = (t: string): Counts => (out[t] ??= emptyCounts());
  const gold = spansFromTags(goldTags).filter((s) => !ignoreTypes.has(s.type));
  const pred = spansFromTags(predTags).filter((s) => !ignoreTypes.has(s.type));
  const goldSet = new Set(gold.map((s) => `${s.type}@${spanKey(s)}`));
  const predSet = new Set(pred.map((s) => `${s.type}@${spanKey(s)}`));
  for (const s of pred) {
    if (goldSet.has(`${s.type}@${spanKey(s)}`)) get(s.type).tp++;
    else get(s.type).fp++;
  }
  for (const s of gold) if (!predSet.has(`${s.type}@${spanKey(s)}`)) get(s.type).fn++;
  return out;
}

export function addTypeCounts(into: TypeCounts, more: TypeCounts): TypeCounts {
  for (const [t, c] of Object.entries(more)) addCounts((into[t] ??= emptyCounts()), c);
  return into;
}

/** Sum of the core types (PER, ORG, LOC): the "overall" figure. */
export function overallCounts(counts: TypeCounts): Counts {
  const total = emptyCounts();
  for (const t of CORE_TYPES) if (counts[t]) addCounts(total, counts[t]);
  return total;
}

/** Whether a corpus annotates a type at all (UNER has no MISC). */
export function typesPresent(sentences: readonly TaggedSentence[]): Set<string> {
  const types = new Set<string>();
  for (const s of sentences) for (const t of s.tags) if (t.length > 2 && t[1] === "-") types.add(t.slice(2));
  return types;
}

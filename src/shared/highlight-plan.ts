/**
 * What the popup sends the content script to paint an analysis: the quotes' spans, kinds and speakers, and the
 * spans of the speakers' names — not the article text nor the quoted words. On a huge page the analysis runs to
 * megabytes of objects, and the browser decodes a message on the page's own main thread in one go, so the plan
 * is flat arrays of numbers with every speaker and cue sent once. The article text the offsets point into is
 * identified by its length and a hash; the content script compares them with what it read.
 */
import type { Analysis, Quote, QuoteKind, Speaker } from "../analysis/types";

/** A quote as the page needs it: where it is, how it is attributed. */
export type PlannedQuote = Omit<Quote, "text">;

export interface TextFingerprint {
  length: number;
  hash: number;
}

export interface HighlightPlan {
  text: TextFingerprint;
  speakers: Speaker[];
  cues: string[];
  /** Five numbers per quote, in text order: start, end, kind (see KINDS), speaker index, cue index. */
  quotes: number[];
  /** Entities that speak and are people or organizations, with their mentions as start, end pairs. */
  speakerMentions: { entity: string; spans: number[] }[];
  /** The quotes' places only, ahead of the whole analysis (pendingPlan): nobody is credited yet. */
  pending?: boolean;
}

const KINDS: readonly QuoteKind[] = ["direct", "indirect"];
const QUOTE_FIELDS = 5;

/** FNV-1a over UTF-16 code units: fast enough for megabytes, and a mismatch only costs a fresh read. */
export function fingerprint(text: string): TextFingerprint {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return { length: text.length, hash: hash >>> 0 };
}

export function sameText(a: TextFingerprint, b: TextFingerprint): boolean {
  return a.length === b.length && a.hash === b.hash;
}

export function planHighlights(analysis: Pick<Analysis, "text" | "quotes" | "entities">): HighlightPlan {
  const speakers: Speaker[] = [];
  const speakerIndex = new Map<string, number>();
  const cues: string[] = [];
  const cueIndex = new Map<string, number>();
  const indexOf = <T>(list: T[], index: Map<string, number>, key: string, value: T) => {
    let i = index.get(key);
    if (i === undefined) {
      i = list.push(value) - 1;
      index.set(key, i);
    }
    return i;
  };
  const quotes: number[] = [];
  const speaking = new Set<string>();
  for (const quote of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
    const kind = KINDS.indexOf(quote.kind);
    quotes.push(
      quote.start,
      quote.end,
      kind < 0 ? 0 : kind,
      indexOf(speakers, speakerIndex, JSON.stringify(quote.speaker), quote.speaker),
      indexOf(cues, cueIndex, quote.cue, quote.cue),
    );
    if (quote.speaker.entity) speaking.add(quote.speaker.entity);
  }
  const speakerMentions = analysis.entities
    .filter((e) => speaking.has(e.id) && (e.type === "person" || e.type === "organization"))
    .map((e) => ({ entity: e.id, spans: e.mentions.flatMap((m) => [m.start, m.end]) }));
  return { text: fingerprint(analysis.text), speakers, cues, quotes, speakerMentions };
}

export function quoteCount(plan: HighlightPlan): number {
  return Math.floor(plan.quotes.length / QUOTE_FIELDS);
}

/** The i-th quote of the plan; its speaker object is shared with the plan's other quotes by that speaker. */
function plannedQuote(plan: HighlightPlan, i: number): PlannedQuote {
  const at = i * QUOTE_FIELDS;
  const q = plan.quotes;
  return {
    start: q[at],
    end: q[at + 1],
    kind: KINDS[q[at + 2]] ?? "direct",
    speaker: plan.speakers[q[at + 3]],
    cue: plan.cues[q[at + 4]] ?? "",
  };
}

export function plannedQuotes(plan: HighlightPlan): PlannedQuote[] {
  const list: PlannedQuote[] = [];
  for (let i = 0; i < quoteCount(plan); i++) list.push(plannedQuote(plan, i));
  return list;
}

/** Nobody, for the quotes of a pending plan. */
const NOBODY: Speaker = { name: "", type: "unknown", entity: null, mention: "", role: "" };

/**
 * A plan of the quotes' spans alone (start, end, kind per quote, as the worker sends them ahead of the whole
 * analysis, see EarlyQuotes), every quote by nobody yet: the page marks them at once, and the whole analysis'
 * plan replaces it.
 */
export function pendingPlan(text: TextFingerprint, spans: readonly number[]): HighlightPlan {
  const quotes: number[] = [];
  for (let i = 0; i + 2 < spans.length; i += 3) quotes.push(spans[i], spans[i + 1], spans[i + 2] === 1 ? 1 : 0, 0, 0);
  return { text, speakers: [NOBODY], cues: [""], quotes, speakerMentions: [], pending: true };
}

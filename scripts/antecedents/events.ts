/**
 * The "he"/"she" speaker choices the analysis makes in one text: for every quote whose speaker was given by a
 * personal pronoun, the ranking of that pronoun (its offset, the candidates' names and features).
 */
import { analyze } from "../../src/analysis";
import { observeAntecedents } from "../../src/analysis/quotes/antecedents";
import type { Analysis, Quote } from "../../src/analysis/types";

export interface PronounChoice {
  /** Character offset of the pronoun. */
  at: number;
  pronoun: string;
  candidates: { name: string; features: Float64Array }[];
  /** The quote the pronoun was made the speaker of. */
  quote: Quote;
}

export const SPEAKER_PRONOUNS = new Set(["he", "she"]);

/**
 * Runs the analysis and pairs each pronoun-speaker quote with the ranking of its pronoun: the nearest ranking
 * of the same word outside the quote, within 300 characters (the analysis does not report where a speaker's
 * mention is, and a pronoun is ranked once per resolution).
 */
export function pronounChoices(text: string, pronouns: ReadonlySet<string> = SPEAKER_PRONOUNS): { analysis: Analysis; choices: PronounChoice[] } {
  const { analysis, events } = analyzeWithRankings(text);
  const choices: PronounChoice[] = [];
  const used = new Set<number>();
  for (const q of analysis.quotes) {
    const mention = q.speaker.mention.toLowerCase();
    if (!pronouns.has(mention)) continue;
    const best = nearestRanking(events, text, mention, q);
    if (best < 0 || used.has(best)) continue;
    used.add(best);
    choices.push({ at: events[best].at, pronoun: mention, candidates: events[best].candidates, quote: q });
  }
  return { analysis, choices };
}

export interface Ranking {
  /** Character offset of the pronoun ranked. */
  at: number;
  candidates: { name: string; features: Float64Array }[];
}

/** The analysis of `text` with every antecedent ranking it made, in order. */
export function analyzeWithRankings(text: string): { analysis: Analysis; events: Ranking[] } {
  const events: Ranking[] = [];
  observeAntecedents((at, candidates) => events.push({ at, candidates: candidates.map((c) => ({ name: c.name, features: Float64Array.from(c.features) })) }));
  try {
    return { analysis: analyze({ text }), events };
  } finally {
    observeAntecedents(null);
  }
}

/** How far from its quote a pronoun's ranking may be, in characters. */
const RANKING_REACH = 300;

/**
 * The ranking that chose a quote's pronoun speaker: the nearest ranking of the same word outside the quote,
 * within RANKING_REACH characters; -1 when there is none.
 */
export function nearestRanking(events: readonly { at: number }[], text: string, mention: string, q: Pick<Quote, "start" | "end">): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let e = 0; e < events.length; e++) {
    const at = events[e].at;
    if (text.slice(at, at + mention.length).toLowerCase() !== mention || (at >= q.start && at < q.end)) continue;
    const distance = at < q.start ? q.start - at : at - q.end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = e;
    }
  }
  return bestDistance > RANKING_REACH ? -1 : best;
}

/** The candidate a label names: the one whose lower-cased name holds every word of `gold`; -1 when none or several do. */
export function labelledCandidate(candidates: readonly { name: string }[], gold: readonly string[]): number {
  const hits = candidates.flatMap((c, i) => (gold.every((s) => c.name.toLowerCase().includes(s.toLowerCase())) ? [i] : []));
  return hits.length === 1 ? hits[0] : -1;
}

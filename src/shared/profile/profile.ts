/**
 * How a story is sourced: who gets a voice, how much of it is anonymous, how much is paraphrase, how much of the
 * article is other people's words. A pure function of the analysis, so the popup, the exports and the reading
 * history all show the same figures.
 */
import type { Analysis, Speaker } from "../../analysis/types";
import { speakerKey } from "../palette";
import { groupQuotesBySpeaker } from "../speakers";
import { countWords, wordsInSpans } from "./words";

/** The four kinds of source a reader tells apart; "unattributed" is a quote nobody could be credited with. */
export type SourceType = "person" | "organization" | "anonymous" | "unattributed";
export const SOURCE_TYPES: readonly SourceType[] = ["person", "organization", "anonymous", "unattributed"];
export const SOURCE_TYPE_LABELS: Readonly<Record<SourceType, string>> = {
  person: "Named people",
  organization: "Organizations",
  anonymous: "Anonymous",
  unattributed: "Unattributed",
};

export interface Voice {
  /** The speaker key the popup's colours and groups use (src/shared/palette.ts). */
  key: string;
  name: string;
  role: string;
  type: Exclude<SourceType, "unattributed">;
  quotes: number;
  /** Words of this voice's quotes, each word counted once. */
  words: number;
}

export interface SourcingProfile {
  quotes: number;
  /** Distinct speakers credited with at least one quote (unattributed quotes are nobody's). */
  voices: number;
  byType: Record<SourceType, number>;
  direct: number;
  reported: number;
  words: { article: number; quoted: number };
  /** Every voice, most words quoted first (ties: most quotes, then first quoted). */
  topVoices: Voice[];
}

export function sourceTypeOf(speaker: Speaker): SourceType {
  if (speakerKey(speaker) === "unknown" || speaker.type === "unknown") return "unattributed";
  return speaker.type;
}

export function sourcingProfile(analysis: Pick<Analysis, "text" | "quotes">): SourcingProfile {
  const { text, quotes } = analysis;
  const byType: Record<SourceType, number> = { person: 0, organization: 0, anonymous: 0, unattributed: 0 };
  for (const quote of quotes) byType[sourceTypeOf(quote.speaker)]++;
  const direct = quotes.filter((q) => q.kind === "direct").length;

  const voices: Voice[] = [];
  groupQuotesBySpeaker(quotes).forEach((group) => {
    const type = sourceTypeOf(group.quotes[0].speaker);
    if (type === "unattributed") return;
    voices.push({
      key: group.key,
      name: group.label,
      role: group.role,
      type,
      quotes: group.quotes.length,
      words: wordsInSpans(text, group.quotes),
    });
  });
  // groupQuotesBySpeaker already orders by quotes and first appearance; a stable sort keeps that for ties.
  voices.sort((a, b) => b.words - a.words);

  return {
    quotes: quotes.length,
    voices: voices.length,
    byType,
    direct,
    reported: quotes.length - direct,
    words: { article: countWords(text), quoted: wordsInSpans(text, quotes) },
    topVoices: voices,
  };
}

/** `part / whole` as a fraction, 0 when there is no whole (an article without quotes has no anonymous share). */
export function share(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0;
}

/** "42 %": whole percents, except that a non-zero share never shows as 0 %. */
export function percent(part: number, whole: number): string {
  const value = share(part, whole) * 100;
  if (value > 0 && value < 1) return "<1 %";
  return `${Math.round(value)} %`;
}


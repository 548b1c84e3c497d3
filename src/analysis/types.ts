/**
 * The analysis output contract (../shared/spec/analysis-output.md).
 * The CLI, the popup, the evaluation and the benchmarks all exchange exactly this object.
 */

export type QuoteKind = "direct" | "indirect";
export type SpeakerType = "person" | "organization" | "anonymous" | "unknown";
export type EntityType = "person" | "organization" | "country" | "location";

export interface Speaker {
  /** The fullest name the article gives the speaker; "" when unknown. */
  name: string;
  type: SpeakerType;
  /** Id of the entity in `Analysis.entities`, or null. */
  entity: string | null;
  /** The words at the speech cue that refer to the speaker ("he", "Blair", "two U.S. sources"). */
  mention: string;
  /** Title or description the article gives the speaker; "" when none. */
  role: string;
}

export interface Quote {
  kind: QuoteKind;
  /** Quoted words without the marks (indirect: the reported clause). Equals `text.slice(start, end)` of the article. */
  text: string;
  /** UTF-16 offsets into `Analysis.text`, end exclusive. */
  start: number;
  end: number;
  /** The speech verb or phrase as written; "" if none. */
  cue: string;
  speaker: Speaker;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form in the article; for countries the common English name. */
  name: string;
  /** Countries only: ISO 3166-1 alpha-2. */
  code?: string;
  mentions: Mention[];
}

export interface Analysis {
  title: string;
  text: string;
  quotes: Quote[];
  entities: Entity[];
}

/** A half-open span of the article text. */
export interface Span {
  start: number;
  end: number;
}

/** What the direct and indirect passes hand to speaker resolution. */
import type { QuoteKind } from "../types";
import type { Region } from "./speakers";

export const enum SubjectMode {
  /** `subject` holds the speaker's noun phrase. */
  Region = 0,
  /** The verb has no subject of its own ("… and said", "…, saying"): the sentence's subject speaks. */
  Elided = 1,
  /** No cue: the quote continues the speaker of the paragraphs before it. */
  Continuation = 2,
  /** No speaker can be found. */
  None = 3,
}

export interface Attribution {
  kind: QuoteKind;
  start: number;
  end: number;
  /** Token index of the speech cue, -1 when there is none. */
  cueTok: number;
  cue: string;
  mode: SubjectMode;
  subject: Region | null;
  /** Token that orders resolution (the cue, or the quote for continuations). */
  at: number;
  /** Continuations: the paragraph the quote starts in. */
  para: number;
  /** Continuations: whether the quote may look at earlier paragraphs (false: only its own paragraph). */
  crossParagraph: boolean;
  /**
   * A short quotation with no cue of its own ("the pair were “not close”"): kept only when a report contains
   * it and lends it its speaker; otherwise it is a scare quote or a term.
   */
  onlyInsideReport?: boolean;
}

/**
 * A part of the sourcing profile the reader clicked: one kind of source, direct or reported speech, or one
 * voice. The popup narrows its quote list with it and the page dims every other highlight, so the popup and
 * the content script must agree on what matches: both use `matchesFilter`.
 */
import type { Quote, QuoteKind } from "../../analysis/types";
import { speakerKey } from "../palette";
import { SOURCE_TYPE_LABELS, sourceTypeOf, type SourceType } from "./profile";

export type SourcingFilter =
  | { by: "type"; type: SourceType }
  | { by: "form"; form: QuoteKind }
  | { by: "voice"; key: string; name: string };

export function matchesFilter(quote: Pick<Quote, "kind" | "speaker">, filter: SourcingFilter | null | undefined): boolean {
  if (!filter) return true;
  switch (filter.by) {
    case "type":
      return sourceTypeOf(quote.speaker) === filter.type;
    case "form":
      return quote.kind === filter.form;
    case "voice":
      return speakerKey(quote.speaker) === filter.key;
  }
}

export function sameFilter(a: SourcingFilter | null, b: SourcingFilter | null): boolean {
  if (!a || !b) return a === b;
  if (a.by === "type" && b.by === "type") return a.type === b.type;
  if (a.by === "form" && b.by === "form") return a.form === b.form;
  if (a.by === "voice" && b.by === "voice") return a.key === b.key;
  return false;
}

/** What the filter shows, in words: "Anonymous", "Reported speech", "Marta Okafor". */
export function describeFilter(filter: SourcingFilter): string {
  switch (filter.by) {
    case "type":
      return SOURCE_TYPE_LABELS[filter.type];
    case "form":
      return filter.form === "direct" ? "Direct quotes" : "Reported speech";
    case "voice":
      return filter.name;
  }
}

/** Only what a message may carry to the page: a well-formed filter, or none (a malformed one never hides quotes). */
export function parseFilter(value: unknown): SourcingFilter | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.by === "type" && typeof v.type === "string" && v.type in SOURCE_TYPE_LABELS) return { by: "type", type: v.type as SourceType };
  if (v.by === "form" && (v.form === "direct" || v.form === "indirect")) return { by: "form", form: v.form };
  if (v.by === "voice" && typeof v.key === "string" && typeof v.name === "string") return { by: "voice", key: v.key, name: v.name };
  return null;
}

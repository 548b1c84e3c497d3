/** Quotes grouped by who said them — the popup's list and the Markdown export use the same grouping. */
import type { Quote, SpeakerType } from "../analysis/types";
import { speakerKey } from "./palette";

export interface SpeakerGroup {
  key: string;
  /** What to call the speaker: their name, or how the article describes an anonymous source. */
  label: string;
  role: string;
  type: SpeakerType;
  quotes: Quote[];
}

/** Groups in order of quote count (most quoted first, ties by first appearance), unknown speakers always last. */
export function groupQuotesBySpeaker(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  for (const quote of ordered) {
    const key = speakerKey(quote.speaker);
    let group = groups.get(key);
    if (!group) {
      group = { key, label: speakerLabel(quote), role: "", type: key === "unknown" ? "unknown" : quote.speaker.type, quotes: [] };
      groups.set(key, group);
    }
    group.quotes.push(quote);
    // The article may give the role only at a later quote; keep the first one it gives.
    if (!group.role && quote.speaker.role) group.role = quote.speaker.role;
    if (quote.speaker.name.length > group.label.length && key !== "unknown" && quote.speaker.name) group.label = quote.speaker.name;
  }
  const list = [...groups.values()];
  const firstSeen = new Map(list.map((g, i) => [g.key, i]));
  return list.sort((a, b) => {
    const unknownA = a.key === "unknown" ? 1 : 0;
    const unknownB = b.key === "unknown" ? 1 : 0;
    if (unknownA !== unknownB) return unknownA - unknownB;
    if (b.quotes.length !== a.quotes.length) return b.quotes.length - a.quotes.length;
    return firstSeen.get(a.key)! - firstSeen.get(b.key)!;
  });
}

function speakerLabel(quote: Pick<Quote, "speaker">): string {
  const { name, mention, type } = quote.speaker;
  if (name.trim()) return name.trim();
  if (type === "anonymous" && mention.trim()) return capitalize(mention.trim());
  return "Unknown speaker";
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "— Navdeep Bains, Innovation Minister (told)": how a quote is attributed in the page's tooltip. */
export function attribution(quote: Pick<Quote, "speaker" | "cue">): string {
  const who = speakerLabel(quote);
  const role = quote.speaker.role.trim();
  const cue = quote.cue.trim();
  return `— ${who}${role ? `, ${role}` : ""}${cue ? ` (${cue})` : ""}`;
}

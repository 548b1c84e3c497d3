/**
 * Three weeks of invented reading, as history entries: a harbour story (the shared sample), a budget story that
 * leans on anonymous officials, and a football story with one named voice, from two outlets.
 */
import type { Analysis, Quote, Speaker } from "../../src/analysis/types";
import { historyEntry, type HistoryEntry } from "../../src/history/entry";
import { sampleAnalysis } from "../shared/sample-analysis";

export const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);
export const DAY = 24 * 60 * 60 * 1000;

function story(title: string, sentences: Array<[string, Speaker | null]>, orgs: string[], countries: string[]): Analysis {
  let text = "";
  const quotes: Quote[] = [];
  for (const [sentence, speaker] of sentences) {
    const start = text.length;
    text += `${sentence}\n\n`;
    if (speaker) quotes.push({ kind: "indirect", text: sentence, start, end: start + sentence.length, cue: "said", speaker });
  }
  const entity = (type: "organization" | "country", name: string, i: number) => ({ id: `${type[0]}${i}`, type, name, mentions: [{ start: 0, end: 1, text: "x" }] });
  return { title, text, quotes, entities: [...orgs.map((o, i) => entity("organization", o, i)), ...countries.map((c, i) => entity("country", c, i))] };
}

const official = (mention: string): Speaker => ({ name: "", type: "anonymous", entity: null, mention, role: "" });
const named = (name: string, role: string, type: Speaker["type"] = "person"): Speaker => ({ name, type, entity: null, mention: name, role });

export const budget = story(
  "Budget talks stall over port levy",
  [
    ["Officials said the levy would be dropped", official("officials")],
    ["A senior aide said the minister was furious", official("a senior aide")],
    ["Ingrid Halvorsen said the town could not pay", named("Ingrid Halvorsen", "Mayor")],
  ],
  ["Coastal Resilience Fund", "Ministry of Finance"],
  ["Norway"],
);

export const football = story(
  "Harbour FC win the cup",
  [["Coach Lena Berg said the team had earned it", named("Lena Berg", "Coach")]],
  ["Harbour FC"],
  [],
);

export function threeReads(): HistoryEntry[] {
  return [
    historyEntry({ url: "https://lenswire.example/harbour", siteName: "Lens Wire", title: "" }, sampleAnalysis(), NOW - 2 * DAY),
    historyEntry({ url: "https://lenswire.example/budget", siteName: "Lens Wire", title: "" }, budget, NOW - 10 * DAY),
    historyEntry({ url: "https://www.northpost.example/cup", siteName: "", title: "Harbour FC win the cup" }, football, NOW - 20 * DAY),
  ];
}

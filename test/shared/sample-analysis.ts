/**
 * A small invented news story and the analysis the engines would give for it, with every offset computed from
 * the text so the fixture cannot drift out of step with it. Used by the popup, content and shared tests.
 */
import type { Analysis, Entity, Quote, Speaker } from "../../src/analysis/types";
import type { ArticleSnapshot } from "../../src/shared/messages";

export const SAMPLE_TITLE = "Harbour town votes to build tidal barrier after winter floods";

export const SAMPLE_PARAGRAPHS = [
  "PORT ELSWICK (Lens Wire) – Councillors in Port Elswick voted on Tuesday to build a tidal barrier across the harbour mouth, after three winter storms flooded the old town.",
  "“We cannot keep asking shopkeepers to bail out their cellars every February,” said Mayor Ingrid Halvorsen, who has pushed for the barrier since 2021.",
  "Halvorsen said the council would borrow part of the cost from the Coastal Resilience Fund, a body backed by Norway and Denmark.",
  "Engineer Tomas Reyes, who led the design review, told reporters the barrier “will be closed perhaps ten times a year, and only for a few hours each time”.",
  "Two officials at the Ministry of Transport said privately that the project could delay ferry services for months.",
  "According to the Fishermen's Cooperative, catches in the bay have already fallen by a third since the storms began.",
  "“It is a long quotation that goes on and on, because some speakers like to explain every detail of a plan, from the concrete mix to the colour of the gates, and the reporter dutifully wrote down every word of it for the record,” Reyes added.",
  "A spokesperson for the French embassy said France would watch the decision closely.",
];

export const SAMPLE_TEXT = SAMPLE_PARAGRAPHS.join("\n\n");

function span(text: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = SAMPLE_TEXT.indexOf(text, start + 1);
  if (start < 0) throw new Error(`fixture text not found: ${text}`);
  return { start, end: start + text.length, text };
}

function speaker(name: string, type: Speaker["type"], entity: string | null, mention: string, role = ""): Speaker {
  return { name, type, entity, mention, role };
}

function quote(kind: Quote["kind"], text: string, cue: string, who: Speaker): Quote {
  const { start, end } = span(text);
  return { kind, text, start, end, cue, speaker: who };
}

const halvorsen = speaker("Ingrid Halvorsen", "person", "e1", "Mayor Ingrid Halvorsen", "Mayor");
const reyes = speaker("Tomas Reyes", "person", "e2", "Engineer Tomas Reyes", "Engineer");

export const SAMPLE_QUOTES: Quote[] = [
  quote("direct", "We cannot keep asking shopkeepers to bail out their cellars every February", "said", halvorsen),
  quote("indirect", "the council would borrow part of the cost from the Coastal Resilience Fund", "said", { ...halvorsen, mention: "Halvorsen" }),
  quote("direct", "will be closed perhaps ten times a year, and only for a few hours each time", "told", reyes),
  quote("indirect", "the project could delay ferry services for months", "said", speaker("", "anonymous", null, "Two officials at the Ministry of Transport")),
  quote("indirect", "catches in the bay have already fallen by a third since the storms began", "according to", speaker("Fishermen's Cooperative", "organization", "e4", "the Fishermen's Cooperative")),
  quote(
    "direct",
    "It is a long quotation that goes on and on, because some speakers like to explain every detail of a plan, from the concrete mix to the colour of the gates, and the reporter dutifully wrote down every word of it for the record",
    "added",
    { ...reyes, mention: "Reyes" },
  ),
  quote("indirect", "France would watch the decision closely", "said", speaker("", "unknown", null, "")),
];

export const SAMPLE_ENTITIES: Entity[] = [
  { id: "e1", type: "person", name: "Ingrid Halvorsen", mentions: [span("Ingrid Halvorsen"), span("Halvorsen", 1)] },
  { id: "e2", type: "person", name: "Tomas Reyes", mentions: [span("Tomas Reyes"), span("Reyes", 1)] },
  { id: "e3", type: "organization", name: "Coastal Resilience Fund", mentions: [span("Coastal Resilience Fund")] },
  { id: "e4", type: "organization", name: "Fishermen's Cooperative", mentions: [span("Fishermen's Cooperative")] },
  { id: "e5", type: "organization", name: "Ministry of Transport", mentions: [span("Ministry of Transport")] },
  { id: "e6", type: "country", name: "Norway", code: "NO", mentions: [span("Norway")] },
  { id: "e7", type: "country", name: "Denmark", code: "DK", mentions: [span("Denmark")] },
  { id: "e8", type: "country", name: "France", code: "FR", mentions: [span("French"), span("France")] },
];

export function sampleAnalysis(): Analysis {
  return structuredClone({ title: SAMPLE_TITLE, text: SAMPLE_TEXT, quotes: SAMPLE_QUOTES, entities: SAMPLE_ENTITIES });
}

export function sampleArticle(overrides: Partial<ArticleSnapshot> = {}): ArticleSnapshot {
  return {
    url: "https://news.example.org/2026/harbour-barrier",
    title: SAMPLE_TITLE,
    byline: "By A. Reporter",
    siteName: "",
    lang: "en",
    text: SAMPLE_TEXT,
    wordCount: SAMPLE_TEXT.split(/\s+/).length,
    paragraphCount: SAMPLE_PARAGRAPHS.length,
    source: "article",
    ...overrides,
  };
}

/** The analysis as Markdown for pasting into notes: quotes by speaker, then the people, organizations and countries. */
import type { Analysis, Entity } from "../analysis/types";
import { flagEmoji } from "./flags";
import { percent, SOURCE_TYPE_LABELS, SOURCE_TYPES, sourcingProfile, type SourcingProfile } from "./profile";
import { groupQuotesBySpeaker } from "./speakers";

export interface MarkdownSource {
  url?: string;
  siteName?: string;
}

export function toMarkdown(analysis: Analysis, source: MarkdownSource = {}): string {
  const lines: string[] = [];
  lines.push(`# ${inline(analysis.title) || "Untitled article"}`, "");
  const from = [source.siteName, source.url].filter(Boolean).map((s) => inline(s!));
  if (from.length) lines.push(`Source: ${from.join(" — ")}`, "");

  lines.push(...sourcingLines(sourcingProfile(analysis)));
  lines.push("## Quotes", "");
  const groups = groupQuotesBySpeaker(analysis.quotes);
  if (groups.length === 0) lines.push("_No quotes found._", "");
  for (const group of groups) {
    const role = group.role ? ` — ${inline(group.role)}` : "";
    lines.push(`### ${inline(group.label)}${role}`, "");
    for (const quote of group.quotes) {
      const text = inline(quote.text);
      const cue = quote.cue ? ` _(${inline(quote.cue)})_` : "";
      lines.push(quote.kind === "direct" ? `> “${text}”${cue}` : `> ${text} _(indirect)_${cue}`, "");
    }
  }

  const sections: Array<[string, Entity["type"][]]> = [
    ["People", ["person"]],
    ["Organizations", ["organization"]],
    ["Countries", ["country"]],
    ["Places", ["location"]],
  ];
  for (const [heading, types] of sections) {
    const entities = analysis.entities.filter((e) => types.includes(e.type));
    if (entities.length === 0) continue;
    lines.push(`## ${heading}`, "");
    for (const entity of sortByMentions(entities)) {
      const flag = entity.type === "country" ? flagEmoji(entity.code) : "";
      const n = entity.mentions.length;
      lines.push(`- ${flag ? `${flag} ` : ""}${inline(entity.name)} (${n} ${n === 1 ? "mention" : "mentions"})`);
    }
    lines.push("");
  }
  return lines.join("\n").replace(/\n+$/, "\n");
}

/** The sourcing profile as a short list: what a reader sees above the quotes in the popup. */
function sourcingLines(profile: SourcingProfile): string[] {
  if (profile.quotes === 0) return [];
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const types = SOURCE_TYPES.filter((t) => profile.byType[t] > 0).map((t) => `${SOURCE_TYPE_LABELS[t].toLowerCase()} ${profile.byType[t]}`);
  const lines = [
    "## Sourcing",
    "",
    `- ${n(profile.voices, "voice", "voices")}, ${n(profile.quotes, "quote", "quotes")}: ${types.join(", ")}`,
    `- direct ${percent(profile.direct, profile.quotes)}, reported ${percent(profile.reported, profile.quotes)}`,
    `- ${percent(profile.words.quoted, profile.words.article)} of the article's words are quoted (${profile.words.quoted} of ${profile.words.article})`,
  ];
  const top = profile.topVoices.slice(0, TOP_VOICES_IN_MARKDOWN);
  if (top.length) {
    lines.push(`- most words quoted: ${top.map((v) => `${inline(v.name)}${v.role ? ` (${inline(v.role)})` : ""} ${v.words}`).join("; ")}`);
  }
  lines.push("");
  return lines;
}

const TOP_VOICES_IN_MARKDOWN = 5;

export function sortByMentions(entities: readonly Entity[]): Entity[] {
  return [...entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** Article text on one line, with the characters Markdown would interpret escaped. */
function inline(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

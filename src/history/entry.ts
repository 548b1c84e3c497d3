/**
 * One article in the reading history: where it was read and how it was sourced — the URL, the outlet, the title,
 * when, the sourcing profile with the speakers' names and roles, and the names of the people, organizations and
 * countries it mentions. Never the article's text or its quotes. Entries are checked field by field when read
 * back: storage can hold anything (an older version, another extension's data under a clashing key, a crash
 * mid-write), and a bad entry is skipped with a reason rather than trusted.
 */
import type { Analysis, Entity } from "../analysis/types";
import { sortByMentions } from "../shared/markdown";
import { siteOf } from "../shared/site";
import { SOURCE_TYPES, sourcingProfile, type SourcingProfile, type Voice } from "../shared/profile";

export const ENTRY_VERSION = 1;

export interface NamedCount {
  name: string;
  mentions: number;
}

export interface HistoryEntry {
  v: typeof ENTRY_VERSION;
  url: string;
  /** The site's name as the page gives it, else its host name. */
  outlet: string;
  title: string;
  /** When it was read, in milliseconds since 1970 (UTC). */
  readAt: number;
  profile: SourcingProfile;
  entities: { people: NamedCount[]; organizations: NamedCount[]; countries: NamedCount[] };
}

/** Per article, enough voices and names for "most quoted" across weeks; a 2,000-article history stays a few MB. */
export const MAX_VOICES = 12;
export const MAX_NAMES = 15;

export interface ReadArticle {
  url: string;
  siteName: string;
  title: string;
}

export function historyEntry(article: ReadArticle, analysis: Analysis, readAt: number): HistoryEntry {
  const profile = sourcingProfile(analysis);
  const names = (type: Entity["type"]): NamedCount[] =>
    sortByMentions(analysis.entities.filter((e) => e.type === type))
      .slice(0, MAX_NAMES)
      .map((e) => ({ name: e.name, mentions: e.mentions.length }));
  return {
    v: ENTRY_VERSION,
    url: article.url,
    outlet: outletOf(article.url, article.siteName),
    title: (article.title || analysis.title).trim(),
    readAt,
    profile: { ...profile, topVoices: profile.topVoices.slice(0, MAX_VOICES) },
    entities: { people: names("person"), organizations: names("organization"), countries: names("country") },
  };
}

/** Pages without a site name or a host (a file, a selection on an odd URL) still belong to some outlet. */
export function outletOf(url: string, siteName: string): string {
  return siteOf(url, siteName) || "unknown outlet";
}

/** The entry, or why it is not one. */
export function parseEntry(value: unknown): { ok: true; entry: HistoryEntry } | { ok: false; reason: string } {
  if (typeof value !== "object" || value === null) return { ok: false, reason: "not an object" };
  const v = value as Record<string, unknown>;
  if (v.v !== ENTRY_VERSION) return { ok: false, reason: `unknown format version ${JSON.stringify(v.v) ?? "none"}` };
  for (const key of ["url", "outlet", "title"] as const) {
    if (typeof v[key] !== "string") return { ok: false, reason: `"${key}" is not text` };
  }
  if (typeof v.readAt !== "number" || !Number.isFinite(v.readAt)) return { ok: false, reason: `"readAt" is not a time` };
  if (!isProfile(v.profile)) return { ok: false, reason: `"profile" is malformed` };
  const entities = v.entities as Record<string, unknown> | null;
  if (typeof entities !== "object" || entities === null || !["people", "organizations", "countries"].every((k) => isNamedCounts(entities[k]))) {
    return { ok: false, reason: `"entities" is malformed` };
  }
  return { ok: true, entry: value as HistoryEntry };
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

function isNamedCounts(list: unknown): list is NamedCount[] {
  return Array.isArray(list) && list.every((x) => typeof x === "object" && x !== null && typeof x.name === "string" && isCount(x.mentions));
}

function isVoice(x: unknown): x is Voice {
  if (typeof x !== "object" || x === null) return false;
  const v = x as Record<string, unknown>;
  return (
    typeof v.key === "string" && typeof v.name === "string" && typeof v.role === "string" &&
    (v.type === "person" || v.type === "organization" || v.type === "anonymous") && isCount(v.quotes) && isCount(v.words)
  );
}

function isProfile(x: unknown): x is SourcingProfile {
  if (typeof x !== "object" || x === null) return false;
  const p = x as Record<string, unknown>;
  const byType = p.byType as Record<string, unknown> | null;
  const words = p.words as Record<string, unknown> | null;
  return (
    isCount(p.quotes) && isCount(p.voices) && isCount(p.direct) && isCount(p.reported) &&
    typeof byType === "object" && byType !== null && SOURCE_TYPES.every((t) => isCount(byType[t])) &&
    typeof words === "object" && words !== null && isCount(words.article) && isCount(words.quoted) &&
    Array.isArray(p.topVoices) && p.topVoices.every(isVoice)
  );
}

/**
 * What the history page shows, from the stored entries alone: how many articles in a period, how their quotes
 * split by kind of source, who was quoted most, which organizations and countries came up most, and the same
 * figures per outlet. Pure, so it is tested without a browser.
 */
import { SOURCE_TYPES, share, type SourceType } from "../shared/profile";
import type { HistoryEntry } from "./entry";

export type Period = "7d" | "30d" | "all";
export const PERIODS: ReadonlyArray<[Period, string]> = [
  ["7d", "Last 7 days"],
  ["30d", "Last 30 days"],
  ["all", "All"],
];
const DAY_MS = 24 * 60 * 60 * 1000;
const PERIOD_DAYS: Record<Period, number> = { "7d": 7, "30d": 30, all: Infinity };

/** Reads of the last `period`, counted back from `now`. */
export function inPeriod(entries: readonly HistoryEntry[], period: Period, now: number): HistoryEntry[] {
  const days = PERIOD_DAYS[period];
  return days === Infinity ? [...entries] : entries.filter((e) => e.readAt > now - days * DAY_MS && e.readAt <= now);
}

export interface Tally {
  name: string;
  /** A voice's role (the first one given) or a country's code; "" when none. */
  detail: string;
  /** Articles in which it appears. */
  articles: number;
  /** Quotes (voices) or mentions (organizations, countries) across those articles. */
  count: number;
}

export interface OutletSummary {
  outlet: string;
  articles: number;
  quotes: number;
  byType: Record<SourceType, number>;
  /** Average distinct voices per article. */
  voicesPerArticle: number;
  /** Share of the outlet's article words that were quotes. */
  quotedShare: number;
}

export interface HistorySummary {
  articles: number;
  quotes: number;
  byType: Record<SourceType, number>;
  direct: number;
  reported: number;
  /** Named people and organizations only: "two officials" in one story are not "two officials" in the next. */
  voices: Tally[];
  organizations: Tally[];
  countries: Tally[];
  outlets: OutletSummary[];
}

export const TOP = 8;

export function summarize(entries: readonly HistoryEntry[]): HistorySummary {
  const byType = zeroTypes();
  let quotes = 0;
  let direct = 0;
  let reported = 0;
  const voices = new Tallies();
  const organizations = new Tallies();
  const countries = new Tallies();
  const outlets = new Map<string, OutletSummary & { voices: number; words: number; quoted: number }>();

  for (const { profile, entities, outlet } of entries) {
    quotes += profile.quotes;
    direct += profile.direct;
    reported += profile.reported;
    for (const type of SOURCE_TYPES) byType[type] += profile.byType[type];
    for (const voice of profile.topVoices) if (voice.type !== "anonymous") voices.add(voice.name, voice.role, voice.quotes);
    for (const org of entities.organizations) organizations.add(org.name, "", org.mentions);
    for (const country of entities.countries) countries.add(country.name, "", country.mentions);

    let row = outlets.get(outlet);
    if (!row) {
      row = { outlet, articles: 0, quotes: 0, byType: zeroTypes(), voicesPerArticle: 0, quotedShare: 0, voices: 0, words: 0, quoted: 0 };
      outlets.set(outlet, row);
    }
    row.articles++;
    row.quotes += profile.quotes;
    row.voices += profile.voices;
    row.words += profile.words.article;
    row.quoted += profile.words.quoted;
    for (const type of SOURCE_TYPES) row.byType[type] += profile.byType[type];
  }

  return {
    articles: entries.length,
    quotes,
    byType,
    direct,
    reported,
    voices: voices.top(TOP),
    organizations: organizations.top(TOP),
    countries: countries.top(TOP),
    outlets: [...outlets.values()]
      .map(({ voices: v, words, quoted, ...row }) => ({ ...row, voicesPerArticle: v / row.articles, quotedShare: share(quoted, words) }))
      .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet)),
  };
}

function zeroTypes(): Record<SourceType, number> {
  return { person: 0, organization: 0, anonymous: 0, unattributed: 0 };
}

/** Counts by name, case-insensitively ("UN" and "Un" are one), keeping the first spelling and detail seen. */
class Tallies {
  private readonly rows = new Map<string, Tally>();

  add(name: string, detail: string, count: number): void {
    const key = name.trim().toLowerCase();
    if (!key) return;
    const row = this.rows.get(key);
    if (!row) this.rows.set(key, { name: name.trim(), detail, articles: 1, count });
    else {
      row.articles++;
      row.count += count;
      if (!row.detail) row.detail = detail;
    }
  }

  /** Most articles first, then most quotes or mentions, then by name. */
  top(n: number): Tally[] {
    return [...this.rows.values()].sort((a, b) => b.articles - a.articles || b.count - a.count || a.name.localeCompare(b.name)).slice(0, n);
  }
}

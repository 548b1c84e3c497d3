/** The history as CSV, one row per article read, for a spreadsheet. */
import { SOURCE_TYPES } from "../shared/profile";
import type { HistoryEntry } from "./entry";

const COLUMNS = [
  "read_at", "outlet", "title", "url", "quotes", "voices",
  ...SOURCE_TYPES.map((t) => `quotes_${t}`),
  "direct", "reported", "article_words", "quoted_words", "top_voices", "organizations", "countries",
] as const;

export function historyCsv(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((e) => [
    new Date(e.readAt).toISOString(),
    e.outlet,
    e.title,
    e.url,
    e.profile.quotes,
    e.profile.voices,
    ...SOURCE_TYPES.map((t) => e.profile.byType[t]),
    e.profile.direct,
    e.profile.reported,
    e.profile.words.article,
    e.profile.words.quoted,
    e.profile.topVoices.map((v) => v.name).join("; "),
    e.entities.organizations.map((o) => o.name).join("; "),
    e.entities.countries.map((c) => c.name).join("; "),
  ]);
  // CRLF, as RFC 4180 and spreadsheet programs expect.
  return [COLUMNS as readonly (string | number)[], ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/**
 * RFC 4180 quoting, and text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an
 * apostrophe: a page title is anyone's text.
 */
function cell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

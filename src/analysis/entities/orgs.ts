/**
 * Organizations that the tagger, trained on 1990s newswire, misses or calls places: what the words around a
 * name say about it. Each rule reads a fixed window around a span, so the pass stays linear in the article.
 *  - bodies of a state named by demonym or country: "the Norwegian embassy", "Chile's fisheries ministry"
 *    (the country inside stays a country mention: places.ts reads it from the organization's first words);
 *  - "Embassy of the United States" when the tagger split "Embassy" off as MISC or left it untagged;
 *  - "World Travel and Tourism Council" split at "and", "San Jose" + "Mercury News" split after the city;
 *  - groups named by what their members do or what they are: "al-Qaeda militants", "loyal to the Islamic
 *    State", "Ansar al-Sharia, an al-Qaeda-linked organization", "rescue group Project Kahu".
 */
import { sentenceAt, type Doc } from "../text/sentences";
import type { Token } from "../text/tokens";
import { isCapitalized, lowerTexts, startsLower, startsUpper } from "../text/words";
import { lookupCountry } from "./countries";
import {
  ALLEGIANCE_BEFORE, BODY_RUN_HEADS, PLACES_WITH_ORG_HEADS, SCHOOL_BEFORE, FUNCTION_WORDS, GROUP_MEMBER_NOUNS, ORG_APPOSITION_NOUNS, ORG_HEADS, ORG_NOUNS_BEFORE,
  ORG_SUFFIXES, STATE_BODIES, TITLE_WORDS,
} from "./lexicon";
import { headTypeOf, isCommonWord, isOrgHead, isPersonWord } from "./heads";
import { GAZ, lowerHash } from "./features";
import { loadModel } from "./tagger";
import { isBusinessPossessive, isPossessive, spanText, type NameSpan } from "./spans";
import { personDescriptionAfter } from "./people";
import { isGivenNameWord } from "./tagger";
import { isVerbForm } from "./pos";
import { lowerWords } from "./docWords";

const TITLES = new Set(TITLE_WORDS);

const ORG_WORDS = new Set(ORG_SUFFIXES);
/** Words that end a demonym or a people's name, which are no groups ("Kurdish fighters", "Syrian rebels"). */
const ADJECTIVE_ENDING = /(?:ish|ian|ians|ese|ic|ist|ists|ite|ites|i|is|an|ans)$/;
const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** "Tunisia's current coalition government" is a description of a government, not a body's name. */
const TIME_WORDS = new Set(["current", "former", "new", "previous", "then", "outgoing", "incoming", "own", "same", "whole", "entire", "next"]);
const SPEECH = new Set(["said", "says", "told", "added", "reported", "announced", "warned", "confirmed"]);


function ownerIndex(doc: Doc, spans: NameSpan[]): Int32Array {
  const owner = new Int32Array(doc.tokens.length).fill(-1);
  for (let k = 0; k < spans.length; k++) for (let i = spans[k].first; i < spans[k].last; i++) owner[i] = k;
  return owner;
}

/** Replaces the spans overlapping each new one by it; spans stay sorted. */
function merge(spans: NameSpan[], added: NameSpan[]): NameSpan[] {
  if (!added.length) return spans;
  const keep = spans.filter((s) => !added.some((a) => a.first < s.last && s.first < a.last));
  return [...keep, ...added].sort((x, y) => x.first - y.first);
}

/** Whether a span (from the tagger) reads as a country, demonym or country possessive: "Norwegian", "Chile's". */
function countryAt(doc: Doc, first: number, last: number): boolean {
  const found = lookupCountry(spanText(doc, { first, last }));
  return !!found && found.kind !== "capital";
}

/**
 * "the Norwegian embassy", "Chile's fisheries ministry", "the U.S. government", "the Russian space agency":
 * a country or demonym, at most two lower-case modifiers, then the body. "a Chinese bank" (indefinite) is
 * not one body, and "Chinese officials said government …" stops at the verb.
 */
/** Capitalised words that make a region of a country: "Inner Mongolia", "Northern Syria". */
const REGION_WORDS = new Set(["Inner", "Outer", "Upper", "Lower", "Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West"]);

export function markStateBodies(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const owner = ownerIndex(doc, spans);
  const added: NameSpan[] = [];
  const tryAt = (first: number, last: number) => {
    const prev = first > 0 ? lw[first - 1] : "";
    if (prev === "a" || prev === "an") return;
    let j = last;
    if (j < t.length && isPossessive(t[j])) j++;
    for (let mods = 0; j < t.length && mods <= 2; mods++, j++) {
      const w = t[j];
      if (w.kind !== "word") return;
      const lower = w.text.toLowerCase();
      if (STATE_BODIES.has(lower)) {
        // "U.S. Embassy" the tagger already holds as one organization.
        if (owner[j] >= 0 && spans[owner[j]].type === "ORG" && spans[owner[j]].first <= first) return;
        // "Inner Mongolia health authority", "Northern Syria council": a region of the country, named whole.
        const from = first > 0 && REGION_WORDS.has(t[first - 1].text) && owner[first - 1] < 0 ? first - 1 : first;
        added.push({ type: "ORG", first: from, last: j + 1, cued: true });
        return;
      }
      if (isCapitalized(w.text) || FUNCTION_WORDS.has(lower) || SPEECH.has(lower) || TIME_WORDS.has(lower) || owner[j] >= 0) return;
      if (/ed$/.test(lower) && !lower.includes("-")) return;
    }
  };
  for (let i = 0; i < t.length; i++) {
    if (t[i].kind !== "word" || !isCapitalized(t[i].text)) continue;
    const k = owner[i];
    if (k >= 0) {
      const s = spans[k];
      if (s.first !== i) continue;
      if (s.type !== "ORG" && countryAt(doc, s.first, s.last)) tryAt(s.first, s.last);
      i = s.last - 1;
    } else if (countryAt(doc, i, i + 1)) tryAt(i, i + 1);
  }
  return merge(spans, added);
}

/**
 * "Embassy of the United States", "Ministry of Defence": an organization word followed by "of (the) <Name>"
 * is one organization, even when the tagger split off the place or left the organization word untagged.
 */
export function joinOfNames(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const owner = ownerIndex(doc, spans);
  const added: NameSpan[] = [];
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i + 1].text !== "of" || !isCapitalized(t[i].text) || !ORG_WORDS.has(lw[i])) continue;
    const k = owner[i];
    let first = i;
    if (k >= 0) {
      const s = spans[k];
      if (s.last !== i + 1 || s.type === "PER" || (s.type !== "ORG" && s.last - s.first > 1)) continue;
      first = s.first;
    }
    let j = i + 2;
    if (lw[j] === "the") j++;
    const n = j < t.length ? owner[j] : -1;
    if (n < 0 || spans[n].first !== j || spans[n].type === "PER") continue;
    added.push({ type: "ORG", first, last: spans[n].last });
    i = spans[n].last - 1;
  }
  return merge(spans, added);
}

/**
 * "sold at Christie’s in 2006", "beers at Sully’s in Dayton": a business named for its owner, a capitalised word and
 * a possessive with no noun after it, right after "at" (spans.ts isBusinessPossessive), is an organization whose name
 * keeps the possessive, whatever the tagger read (a person, a place, nothing); not the surname of someone the article
 * names in full ("met at Lorne’s": that person's home or office). Only possessive tokens are looked at.
 */
export function markBusinessPossessives(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  let owner: Int32Array | null = null;
  let surnames: Set<string> | null = null;
  const added: NameSpan[] = [];
  for (let i = 2; i < t.length; i++) {
    if (!isPossessive(t[i]) || !isBusinessPossessive(doc, i - 1, i)) continue;
    owner ??= ownerIndex(doc, spans);
    const k = owner[i - 1];
    // A longer name the word ends ("at Caesars Palace’s …") is left as it is.
    if (k >= 0 && (spans[k].first !== i - 1 || spans[k].last > i + 1 || spans[k].cued)) continue;
    surnames ??= new Set(spans.filter((s) => s.type === "PER" && s.last - s.first > 1).map((s) => t[s.last - 1].text));
    if (surnames.has(t[i - 1].text)) continue;
    added.push({ type: "ORG", first: i - 1, last: i + 1, cued: true });
  }
  return merge(spans, added);
}

/**
 * "Asociación Bienestar y Desarrollo", "Instituto Nacional de Estadística y Geografía": the Spanish or Portuguese
 * "and" (a lone lower-case "y" or "e" between capitalised words) never joins two English names, so the capitalised
 * words after it (at most three) go on with the body's name, whatever the tagger made of them (it cuts at the word
 * it does not know and reads the rest as a person).
 */
export function joinForeignAnd(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const added: NameSpan[] = [];
  for (const a of spans) {
    if (a.type !== "ORG" || a.last + 1 >= t.length || !/^[ye]$/.test(t[a.last].text)) continue;
    let end = a.last + 1;
    while (end < t.length && end - a.last <= 3 && t[end].kind === "word" && /^\p{Lu}\p{Ll}/u.test(t[end].text)) end++;
    if (end > a.last + 1) added.push({ type: "ORG", first: a.first, last: end });
  }
  return merge(spans, added);
}

/** Last words of a court's or a prosecutor's territory: "Western District", "Ninth Circuit", "Eastern Division". */
const TERRITORY_HEADS = new Set(["District", "Circuit", "Division"]);

/**
 * "the U.S. Attorney’s Office for the Western District of New York", "the U.S. District Court for the District of
 * Columbia": a body whose last word is an organization's head, then "for (the)", a territory (at most three
 * capitalised words ending in District/Circuit/Division) and "of (the)" its place, is one body; the tagger reads
 * the territory as a place of its own ("Western District"). After anything else ("the U.S. Attorney for the Eastern
 * District of New York", a title) the territory and its place are one place. A window of a few tokens around each
 * territory word.
 */
export function joinTerritories(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  let owner: Int32Array | null = null;
  const added: NameSpan[] = [];
  const capital = (k: number) => k >= 0 && k < t.length && t[k].kind === "word" && /^\p{Lu}[\p{L}.-]*$/u.test(t[k].text) && !FUNCTION_WORDS.has(lw[k]);
  for (let i = 1; i < t.length; i++) {
    if (!TERRITORY_HEADS.has(t[i].text)) continue;
    let a = i;
    while (a > 0 && i - a < 2 && capital(a - 1) && !TERRITORY_HEADS.has(t[a - 1].text)) a--;
    let p = a - 1;
    if (lw[p] === "the") p--;
    if (p < 1 || lw[p] !== "for" || lw[i + 1] !== "of") continue;
    owner ??= ownerIndex(doc, spans);
    // The territory's place: a name the tagger found after "of (the)", else capitalised words.
    let j = i + 2;
    if (lw[j] === "the") j++;
    let end = j;
    const at = j < t.length ? owner[j] : -1;
    if (at >= 0 && spans[at].type !== "PER" && spans[at].first >= a) end = spans[at].last;
    else while (end < t.length && end - j < 3 && capital(end)) end++;
    if (end === j) continue;
    const body = owner[p - 1];
    const head = body >= 0 ? spans[body] : null;
    if (head && head.type === "ORG" && head.last === p && isOrgHead(t[p - 1].text)) added.push({ type: "ORG", first: head.first, last: end });
    else added.push({ type: "LOC", first: a, last: end });
    i = end - 1;
  }
  return merge(spans, added);
}

/**
 * "the U.S. Attorney’s Office", "the Governor’s Office": capitalised words, a possessive, then a capitalised
 * organization word name an office, whatever the tagger made of the parts (a title word is untagged, "Office"
 * alone MISC).
 */
export function markPossessiveOffices(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const person = new Uint8Array(t.length);
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === "PER" && s.last - s.first > 1) surnames.add(t[s.last - 1].text);
  const gaz = loadModel().gazetteer;
  for (const s of spans) {
    if (s.type !== "PER") continue;
    // "Sam’s Club": a given name alone, of no one named in the article, before a possessive and an organization
    // word names a business, not a person's body.
    const w = t[s.first].text;
    const lone = s.last - s.first === 1 && !surnames.has(w) && ((gaz.get(lowerHash(w)) ?? 0) & GAZ.givenName) !== 0;
    if (!lone) for (let i = s.first; i < s.last; i++) person[i] = 1;
  }
  // Tokens after which a tagged name goes on.
  const goesOn = new Uint8Array(t.length);
  for (const s of spans) for (let k = s.first; k < s.last - 1; k++) goesOn[k] = 1;
  const placeEnds = new Map(spans.filter((s) => s.type === "LOC").map((s) => [s.last, s.first]));
  const added: NameSpan[] = [];
  for (let i = 2; i < t.length; i++) {
    // "Trump's Department of Justice" is no office named for a title.
    if (!isPossessive(t[i - 1]) || !isCapitalized(t[i].text) || !isOrgHead(t[i].text) || person[i - 2]) continue;
    let first = i - 1;
    const joins = (w: Token) => w.kind === "word" && isCapitalized(w.text) && !isPossessive(w) && !FUNCTION_WORDS.has(w.text.toLowerCase());
    while (first > 0 && joins(t[first - 1])) first--;
    if (first === i - 1) continue;
    // "Britain’s University of York", "the U.K.’s Foreign Office": a country owns the body; it is no title.
    if (lookupCountry(spanText(doc, { first, last: i - 1 }))) continue;
    // "New York’s Times Square", "California’s Museum of Neon Art": a place owns a name that goes on past the
    // organization word, or the words before the possessive are a place by themselves: no office.
    if (goesOn[i] || placeEnds.get(i - 1) === first) continue;
    added.push({ type: "ORG", first, last: i + 1 });
  }
  return merge(spans, added);
}

/** Words that open a university's name before "of" ("University of California"). */
const CAMPUS_HEADS = new Set(["University", "College", "Institute"]);

/**
 * "the University of California, San Diego": a place after a comma right after a university's name is its
 * campus, part of the name, not a place or a second body (the list rule would make it one). Not a country
 * ("University of Paris, France") and not the first item of a list ("…, Berkeley and Stanford").
 */
export function joinCampusNames(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  return joinNeighbours(spans, (a, b) => {
    if (a.type !== "ORG" || b.type !== "LOC" || b.first !== a.last + 1 || t[a.last].text !== ",") return false;
    if (!CAMPUS_HEADS.has(t[a.first].text) || t[a.first + 1]?.text !== "of" || b.last - b.first > 3) return false;
    const after = t[b.last];
    if (after && (after.kind === "word" || after.text === "&")) return false;
    if (after?.text === "," && /^(?:and|or)$/.test(t[b.last + 1]?.text ?? "")) return false;
    return !lookupCountry(spanText(doc, b));
  });
}

/** Neighbouring spans that `joins` reads as one organization become one organization span. */
function joinNeighbours(spans: NameSpan[], joins: (a: NameSpan, b: NameSpan) => boolean): NameSpan[] {
  const added: NameSpan[] = [];
  for (let k = 0; k + 1 < spans.length; k++) {
    if (!joins(spans[k], spans[k + 1])) continue;
    added.push({ type: "ORG", first: spans[k].first, last: spans[k + 1].last });
    k++;
  }
  return merge(spans, added);
}

/**
 * A city's name run straight into an organization's is the organization's full name: newspapers and teams
 * carry their home town ("San Jose" + "Mercury News", "Houston" + "Rockets"). A country stays apart ("U.S.
 * Congress" is Congress; places.ts still reads the country), and so does anything after punctuation.
 */
export function joinPlaceNames(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  // "the San Diego Union-Tribune", "the Pittsburgh Post-Gazette": a city run straight into two capitalised words
  // joined by a hyphen, which the tagger left untagged, is a newspaper's name.
  const owner = ownerIndex(doc, spans);
  let papers: NameSpan[] | null = null;
  for (const a of spans) {
    const b = t[a.last];
    if (a.type !== "LOC" || !b || owner[a.last] >= 0 || b.start !== t[a.last - 1].end + 1 || !/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(b.text)) continue;
    if (lookupCountry(spanText(doc, a)) || isPossessive(t[a.last - 1])) continue;
    (papers ??= []).push({ type: "ORG", first: a.first, last: a.last + 1 });
  }
  if (papers) spans = merge(spans, papers);
  return joinNeighbours(spans, (a, b) => {
    if (a.type !== "LOC" || b.type !== "ORG" || b.first !== a.last || b.cued) return false;
    return t[a.last - 1].kind === "word" && !isPossessive(t[a.last - 1]) && !lookupCountry(spanText(doc, a));
  });
}

/** "World Travel and Tourism Council": a name before "and" joins the organization after it. */
export function joinAndNames(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  // The tagger's fragment of the second part, a word of any type, before an untagged field that ends the name
  // ("Customs" + "and" + "Border" + "Protection"): the two words are the organization the rule below joins.
  spans = spans.map((b, k) => {
    const a = spans[k - 1];
    const next = spans[k + 1];
    if (!a || a.type !== "MISC" || a.last - a.first !== 1 || b.first !== a.last + 1 || b.last - b.first !== 1 || b.type === "ORG") return b;
    if (!/^(?:and|&)$/.test(t[a.last].text) || (next && next.first <= b.last) || !FIELD_NOUN.test(t[b.last]?.text ?? "")) return b;
    const after = t[b.last + 1];
    if (after && after.kind === "word" && startsUpper(after.text)) return b;
    return { type: "ORG", first: b.first, last: b.last + 1 };
  });
  return joinNeighbours(spans, (a, b) => {
    if (b.type !== "ORG" || a.type === "PER" || b.first !== a.last + 1) return false;
    if (!/^(?:and|&)$/.test(t[a.last].text)) return false;
    // "Customs and Border Protection": one word the tagger called "other", never named alone, before a
    // two-word organization is the name's first part.
    // So is one after a country ("U.S. Customs and Border Protection"), which stays a country mention too.
    const countryLed = a.last - a.first === 2 && !!lookupCountry(t[a.first].text);
    if (a.type === "MISC" && (a.last - a.first === 1 || countryLed) && b.last - b.first === 2 && !lookupCountry(t[a.last - 1].text)) {
      return !namedElsewhere(doc, a.last - 1);
    }
    if (!ORG_HEADS.has(lw[b.last - 1])) return false;
    // The tagger cut a fragment off the name ("Tourism Council"); "Canada and European Union officials",
    // "Google and Huawei Technologies", "Morgan Stanley and Goldman Sachs Group" are two names each.
    if (b.last - b.first !== 2 || lookupCountry(spanText(doc, a))) return false;
    // A first part that is itself a full company name ("Meridale Pharmaceuticals and Quorra Labs") or a lone
    // place ("Paris and Airbus Group") stays apart.
    const fragment = a.last - a.first > 1 && !ORG_HEADS.has(lw[a.last - 1]);
    // A one-word first part the article also names on its own is a name of its own ("Gannett and GateHouse
    // Media": "Gannett" recurs).
    if (a.last - a.first === 1 && namedElsewhere(doc, a.first)) return false;
    return a.type === "MISC" || (fragment && (a.type === "ORG" || a.type === "LOC"));
  });
}

const uses = new WeakMap<Doc, Map<string, number>>();

/** The word at i occurs again in the article, capitalised, and not before "and". */
function namedElsewhere(doc: Doc, i: number): boolean {
  let counts = uses.get(doc);
  if (!counts) {
    // Counted once per article: how often each word occurs not followed by "and".
    counts = new Map();
    const t = doc.tokens;
    for (let k = 0; k < t.length; k++) if (t[k + 1]?.text !== "and") counts.set(t[k].text, (counts.get(t[k].text) ?? 0) + 1);
    uses.set(doc, counts);
  }
  const w = doc.tokens[i].text;
  const self = doc.tokens[i + 1]?.text !== "and" ? 1 : 0;
  return (counts.get(w) ?? 0) - self > 0;
}

function matchesBefore(doc: Doc, first: number, words: string[]): boolean {
  const lw = lowerTexts(doc);
  let i = first - words.length;
  if (i < 0) return false;
  for (const w of words) if (lw[i++] !== w) return false;
  return true;
}

/** Participles only a body takes after its name and a comma ("Anthropic, founded by …"). */
const FOUNDED = /^(?:founded|headquartered|incorporated|co-founded)$/;

/** Nouns that describe only a company, never a person ("Tavelle, the retailer, said"). */
const COMPANY_NOUNS = new Set([
  "company", "firm", "retailer", "startup", "start-up", "lender", "insurer", "airline", "carrier", "conglomerate", "bank",
  "broadcaster", "publisher", "newspaper", "brokerage", "automaker", "carmaker", "chipmaker", "drugmaker", "grocer",
]);
/** Nouns that describe a company when it is based somewhere ("the Ohio-based maker of garden tools"). */
const BASED_MAKERS = new Set(["maker", "manufacturer", "producer", "supplier", "developer", "operator"]);

/** Nouns for a kind of business, after a name ("the D.A. Davidson brokerage"). */
const BUSINESS_NOUNS = new Set([...ORG_APPOSITION_NOUNS, "brokerage", "bank", "chain", "store", "law"].filter((w) => !/^(?:body|union|network|faction|militia|movement|party|organi[sz]ation|group|coalition|alliance|association)$/.test(w)));

/**
 * Initials and a surname ("D.A. Davidson"), or a known given name and a capitalised word ("Edward Jones"):
 * written like a person's name.
 */
function personShaped(doc: Doc, s: NameSpan): boolean {
  const t = doc.tokens;
  const words = t.slice(s.first, s.last).map((x) => x.text);
  if (words.length < 2 || words.length > 3 || !words.every((w) => startsUpper(w))) return false;
  const last = words[words.length - 1];
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || headTypeOf(last)) return false;
  const initials = words.slice(0, -1).every((w) => /^(?:\p{Lu}\.)+$/u.test(w));
  const given = ((loadModel().gazetteer.get(lowerHash(words[0])) ?? 0) & GAZ.givenName) !== 0 && !lookupCountry(words[0]);
  return initials || given;
}

/**
 * Groups named by what is said of them: "al-Qaeda militants", "loyal to the Islamic State", "Ansar al-Sharia,
 * an al-Qaeda-linked organization", "rescue group Project Kahu".
 */
export function markGroups(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const out = spans.slice();
  const added: NameSpan[] = [];
  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    if (s.type !== "LOC" && s.type !== "MISC" && s.type !== "PER") continue;
    if (lookupCountry(spanText(doc, s))) continue;
    const next = s.last < t.length ? lw[s.last] : "";
    const single = s.last - s.first === 1;
    const adjective = single && ADJECTIVE_ENDING.test(t[s.first].text);
    let org = s.type !== "PER" && GROUP_MEMBER_NOUNS.has(next) && !adjective;
    // "a graduate of Mount Holyoke", "graduated from Yale": the school, not the mountain or a person.
    const pre = s.first > 0 && lw[s.first - 1] === "the" ? s.first - 1 : s.first;
    if (!org && (s.type !== "PER" || single) && !adjective && SCHOOL_BEFORE.some((words) => matchesBefore(doc, pre, words))) org = true;
    if (!org && s.type !== "PER") {
      const a = s.first > 0 && lw[s.first - 1] === "the" ? s.first - 1 : s.first;
      // "the leader of Yoon’s own party": with a possessive after it the name owns the body, it is not one.
      const owns = s.last < t.length && isPossessive(t[s.last]);
      // "companies linked to Maurice Greenberg, the insurance executive": a person described as one is no body.
      // "a member of the San Diego La Raza Lawyers Association": a place the body's name goes on after is its
      // modifier, not the body.
      const goesOn = s.type === "LOC" && s.last < t.length && t[s.last].kind === "word" && startsUpper(t[s.last].text);
      org = ALLEGIANCE_BEFORE.some((words) => matchesBefore(doc, a, words)) && !adjective && !owns && !goesOn && !personDescriptionAfter(doc, s);
    }
    // "the D.A. Davidson brokerage", "the Edward Jones firm": a name written like a person's, between "the" and
    // a noun for a kind of business, is the business named after its founder (no place has initials).
    if (!org && !single && s.first > 0 && lw[s.first - 1] === "the" && BUSINESS_NOUNS.has(next) && personShaped(doc, s)) org = true;
    // "Anthropic, founded by former researchers", "Acme, headquartered in Ohio": only a body is founded.
    // A town is founded too ("Jamestown, founded in 1607"): only a name read as "other" is founded here.
    const after = t[s.last + 1]?.text ?? "";
    if (!org && next === "," && FOUNDED.test(after) && !(s.type !== "MISC" && after === "founded")) org = true;
    // "a Gallup Korea poll": a name and a country before "poll" is a pollster's national arm, not a place.
    if (!org && !single && (next === "poll" || next === "survey") && lookupCountry(t[s.last - 1].text)) org = true;
    // "Teck, the Canadian mining company, says": with "the" too, a description of a known body, for a name the
    // tagger read as a place (a person or an "other" so described keeps the tagger's reading: "Democrats, the party
    // that …" are people, whatever the party is).
    // Not the tail of a longer name the tagger cut at "and" ("the Asociación Bienestar y Desarrollo, the …").
    const tail = /^(?:and|y|et|und|&|of|de)$/.test(t[s.first - 1]?.text ?? "") && startsUpper(t[s.first - 2]?.text ?? "");
    // A one-word "person" described with "the" as a company is one too ("Tavelle, the Ohio-based maker of garden
    // tools, said"): no one is called "the retailer"; a maker is one only when based somewhere ("the maker of the film"
    // may be a person), and a given name stays a person.
    const companyThe = s.type === "PER" && single && !tail && !isGivenNameWord(t[s.first].text);
    // "In New Hampshire, a different group of candidates …": a place opening the sentence in a prepositional phrase is
    // where; the description after the comma is the subject's.
    const where = s.type === "LOC" && /^(?:in|at|on|across|throughout|near|from|to|for)$/.test(s.first > 0 ? lw[s.first - 1] : "");
    if (!org && !where && next === "," && s.last + 2 < t.length && (/^(?:a|an)$/i.test(t[s.last + 1].text) || (/^the$/i.test(t[s.last + 1].text) && !tail && (s.type === "LOC" || companyThe)))) {
      const the = /^the$/i.test(t[s.last + 1].text) && s.type === "PER";
      // The noun must head the phrase: "a marine biologist at the … Institute" and "a member of the group"
      // stop at the small word; "a company spokesman" goes on past "company", "the party’s nominee" past "party".
      for (let j = s.last + 2; j < Math.min(t.length, s.last + 7); j++) {
        if (t[j].kind !== "word" || FUNCTION_WORDS.has(lw[j]) || isPossessive(t[j])) break;
        if (j + 1 < t.length && isPossessive(t[j + 1])) break;
        const after = j + 1 < t.length ? t[j + 1] : null;
        const ends = !after || after.kind !== "word" || FUNCTION_WORDS.has(after.text.toLowerCase()) || /^(?:that|which|based|founded)$/.test(after.text);
        if (ends) {
          const noun = lw[j];
          org = the ? COMPANY_NOUNS.has(noun) || (BASED_MAKERS.has(noun) && t.slice(s.last + 2, j).some((x) => /-based$/.test(x.text))) : ORG_APPOSITION_NOUNS.has(noun);
          break;
        }
      }
    }
    // "The startup, Glimmerbyte, raised …": the same description before the name, between commas.
    if (!org && companyThe && next === "," && s.first > 2 && t[s.first - 1].text === "," && COMPANY_NOUNS.has(lw[s.first - 2])) {
      let d = s.first - 3;
      while (d >= 0 && d > s.first - 6 && t[d].kind === "word" && /^\p{Ll}[\p{Ll}-]*$/u.test(t[d].text) && !/^the$/i.test(t[d].text)) d--;
      if (d >= 0 && /^the$/i.test(t[d].text)) org = true;
    }
    if (org) out[k] = { ...s, type: "ORG", cued: true };
  }
  // "Quantiva, founded by …" opening a sentence, where the tagger saw no name: the capitalised words before it.
  const ownedBy = ownerIndex(doc, out);
  for (let i = 2; i < t.length; i++) {
    if (t[i - 1].text !== "," || !FOUNDED.test(t[i].text) || ownedBy[i - 2] >= 0) continue;
    let a = i - 1;
    while (a > 0 && a > i - 5 && t[a - 1].kind === "word" && startsUpper(t[a - 1].text) && ownedBy[a - 1] < 0 && !FUNCTION_WORDS.has(lw[a - 1])) a--;
    if (a < i - 1 && !lookupCountry(spanText(doc, { first: a, last: i - 1 }))) added.push({ type: "ORG", first: a, last: i - 1, cued: true });
  }
  // "rescue group Project Kahu": the capitalised words after the noun, whatever the tagger made of them.
  const owner = ownerIndex(doc, out);
  const starts = new Set(doc.sentences.map((x) => x.firstToken));
  for (let i = 1; i < t.length; i++) {
    if (!ORG_NOUNS_BEFORE.has(t[i - 1].text) || t[i].kind !== "word") continue;
    // "data analysis firm 1010data": a name coined from a number and a word is written as it is, in lower case.
    const numbered = NUMBERED_NAME.test(t[i].text) && !UNIT_AFTER_NUMBER.test(t[i].text);
    if (!numbered && !isCapitalized(t[i].text)) continue;
    // "… the Islamic State group" + "He would speak …": the next sentence is no name.
    if (starts.has(i) || FUNCTION_WORDS.has(lw[i])) continue;
    let j = numbered ? i + 1 : i;
    while (j < t.length && t[j].kind === "word" && isCapitalized(t[j].text) && !isPossessive(t[j]) && j - i < 5) j++;
    // A span running past the capitalised words is something else; a full personal name stays a person
    // ("the company Elena Brandt founded").
    const k = owner[i];
    if (k >= 0 && (out[k].first !== i || out[k].last > j || (out[k].type === "PER" && out[k].last === j && j - i > 1))) continue;
    // Whatever the tagger read: after an indefinite noun, two names before a verb are the subject of a clause
    // that describes the noun ("a group Barnaby Quist won by two points"), not its name ("the bank X said").
    if (j - i === 2 && isVerbForm(doc, j) && /^(?:a|an)$/i.test(t[i - 2]?.text ?? "")) continue;
    let crossesSpan = false;
    for (let x = i; x < j; x++) if (owner[x] >= 0 && (out[owner[x]].first < i || out[owner[x]].last > j)) crossesSpan = true;
    if (crossesSpan || lookupCountry(spanText(doc, { first: i, last: j })) || (j - i === 1 && CALENDAR.test(t[i].text))) continue;
    added.push({ type: "ORG", first: i, last: j, cued: true });
    i = j - 1;
  }
  return merge(out, added);
}

/**
 * Capitalised words the tagger left untagged that end in an organization word ("reported by Business
 * Insider", "Pacific Ridge Minerals"). Not at a sentence start ("Police Said" in a headline-cased line) and not
 * in a sentence set mostly in capitals, where every word looks like a name.
 */
export function markHeadedRuns(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const owner = ownerIndex(doc, spans);
  const added: NameSpan[] = [];
  for (const sent of doc.sentences) {
    let words = 0;
    let caps = 0;
    for (let i = sent.firstToken; i < sent.endToken; i++) {
      if (t[i].kind !== "word") continue;
      words++;
      if (isCapitalized(t[i].text)) caps++;
    }
    if (2 * caps > words) continue;
    for (let i = sent.firstToken + 1; i < sent.endToken; i++) {
      if (owner[i] >= 0 || t[i].kind !== "word" || !isCapitalized(t[i].text) || FUNCTION_WORDS.has(lw[i])) continue;
      let j = i;
      while (j < sent.endToken && owner[j] < 0 && t[j].kind === "word" && isCapitalized(t[j].text) && !isPossessive(t[j])) j++;
      // The head word alone may carry the tagger's "other" or place ("the Government Accountability" + "Office"):
      // it ends the run all the same.
      const alone = j < sent.endToken && owner[j] >= 0 ? spans[owner[j]] : null;
      // (Written in title case: a word in capitals there is a heading's, "STATE OF THE UNION".)
      if (j > i && alone && alone.first === j && alone.last === j + 1 && alone.type !== "PER" && alone.type !== "ORG" && /^\p{Lu}\p{Ll}+$/u.test(t[j].text)) {
        const w = lw[j];
        if (ORG_HEADS.has(w) || BODY_RUN_HEADS.has(w)) j++;
      }
      const head = lw[j - 1];
      // A place named with a body's head stays one ("the Oval Office", "Soviet Union").
      const place = j - i >= 2 && PLACES_WITH_ORG_HEADS.has(`${t[j - 2].text} ${t[j - 1].text}`.toLowerCase());
      if (j - i >= 2 && (ORG_HEADS.has(head) || BODY_RUN_HEADS.has(head)) && !place && !(j < sent.endToken && owner[j] >= 0)) {
        added.push({ type: "ORG", first: i, last: j });
      }
      i = j;
    }
  }
  return merge(spans, added);
}

const LIST_SEPARATORS = new Set([",", "and", "or", "&"]);

/**
 * Names listed together are of a kind: in "Gannett and GateHouse Media", "the Sacramento Bee, Miami Herald and
 * Kansas City Star", a member the tagger called "other" (one word) or a place although its last word is no
 * place word ("Sacramento Bee") is an organization like the others listed. Members are spans separated by a
 * comma, "and", "or", "&" or ", and"; the list needs an organization the tagger named itself.
 */
export function markListedOrgs(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const out = spans.slice();
  const sepBetween = (a: NameSpan, b: NameSpan): boolean => {
    const gap = b.first - a.last;
    if (gap === 1) return LIST_SEPARATORS.has(lw[a.last]);
    return gap === 2 && t[a.last].text === "," && /^(?:and|or)$/i.test(t[a.last + 1].text);
  };
  const candidate = (x: NameSpan): boolean => {
    if (x.cued || lookupCountry(spanText(doc, x))) return false;
    if (x.type === "MISC") return x.last - x.first === 1 && t[x.first].kind === "word" && !/-/.test(t[x.first].text);
    return x.type === "LOC" && x.last - x.first > 1 && headTypeOf(t[x.last - 1].text) === null && !lookupCountry(t[x.first].text);
  };
  // Apposition: "the Intelligencer, the Wheeling News-Register," names one body twice.
  for (let m = 0; m + 1 < out.length; m++) {
    const a = out[m];
    const b = out[m + 1];
    if (b.type !== "ORG" || !candidate(a) || t[a.last]?.text !== ",") continue;
    const from = t[a.last + 1]?.text.toLowerCase() === "the" ? a.last + 2 : a.last + 1;
    const after = t[b.last];
    if (b.first === from && (!after || after.kind === "punct")) out[m] = { ...a, type: "ORG" };
  }
  let surnameSet: Set<string> | null = null;
  const surnames = (): Set<string> => {
    surnameSet ??= new Set(spans.filter((y) => y.type === "PER" && y.last - y.first > 1).map((y) => t[y.last - 1].text));
    return surnameSet;
  };
  let k = 0;
  while (k < out.length) {
    let end = k;
    while (end + 1 < out.length && sepBetween(out[end], out[end + 1])) end++;
    const listed = out.slice(k, end + 1);
    const orgs = listed.filter((x) => x.type === "ORG").length;
    const places = listed.filter((x) => x.type === "LOC").length;
    if (end > k && orgs > 0 && orgs >= places) {
      // With two organizations or more listed, a one-word "person" or "place" among them is one too ("Marvel
      // Entertainment, Lucasfilm and BamTech"), unless it is a given name, a surname of someone named, a country.
      // A list of three one-word names or more with a company in it is a list of companies ("rivals such as
      // Walmart, Kroger and Costco"): the list says so more surely than the tagger's reading of one name, so
      // it votes strongly for every use of the name.
      // Not a list of places where the tagger read one as a body ("offices in Chicago, Dallas and Houston"):
      // places there are no more than the bodies, and no preposition of place opens the list.
      const opener = t[out[k].first - 1]?.text.toLowerCase() ?? "";
      const oneWords =
        end - k >= 2 && listed.every((x) => x.last - x.first === 1) && !/^(?:in|at|from|to|near|into|across|between)$/.test(opener);
      for (let m = k; m <= end; m++) {
        if (candidate(out[m]) || (orgs >= 2 && loneCompanyLike(doc, surnames(), out[m]))) out[m] = { ...out[m], type: "ORG" };
        else if (oneWords && loneCompanyLike(doc, surnames(), out[m])) out[m] = { ...out[m], type: "ORG", cued: true };
      }
    } else if (end - k >= 3 && places >= 3 && places > listed.filter((x) => x.type === "PER").length && listed.every((x) => x.last - x.first <= 2)) {
      // A list of four names or more, places more than bodies or people (three at least), is a list of places: "Birmingham, Bradford, Derby, Leeds
      // and Sheffield" has no person "Derby" (one word, not a surname of someone named or a word the training text
      // names people by) and no body "Leeds" (one word, no body's head, not named by the words around it).
      for (let m = k; m <= end; m++) {
        const x = out[m];
        // A given name too: people listed among places are named in full ("Derby", "Sheffield" are first names).
        const w = t[x.first].text;
        if (x.type === "PER" && !x.cued && x.last - x.first === 1 && !isPersonWord(w) && !surnames().has(w)) out[m] = { ...x, type: "LOC" };
        else if (x.type === "ORG" && !x.cued && x.last - x.first === 1 && !headTypeOf(t[x.first].text) && !/\p{Ll}\p{Lu}/u.test(t[x.first].text) && !/^\p{Lu}+$/u.test(t[x.first].text)) out[m] = { ...x, type: "LOC" };
      }
    }
    k = end + 1;
  }
  return out;
}

/** Words that head a unit inside an organization ("Head of Fundamental Research at …"). */
const UNIT_HEADS = new Set(["head", "director", "chief", "manager", "vice", "president", "chair", "leader", "dean", "editor"]);

/**
 * Parts of a title, not bodies: "Interior Minister Lee", and "Rusmik Oza, Head of Fundamental Research at Kotak Securities": between a title with "of" and "at" plus an
 * organization is a department of that organization, a part of the person's title, not a body to list.
 */
export function dropDepartments(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  return spans.filter((s, k) => {
    // "Interior Minister Lee Sang-min": the ministry's field is part of the title, no body to list ("Israeli
    // Prime Minister" keeps its country).
    if (s.type !== "PER" && !s.cued && s.last - s.first === 1 && t[s.last]?.text === "Minister" && !lookupCountry(t[s.first].text)) return false;
    if (s.type !== "ORG" || s.cued || s.first < 2 || t[s.first - 1].text !== "of") return true;
    if (!UNIT_HEADS.has(lw[s.first - 2]) || t[s.last]?.text !== "at") return true;
    const next = spans[k + 1];
    return !(next && next.type === "ORG" && next.first === s.last + 1);
  });
}

/**
 * "via USA Today", "India Today reported": a country's name and then a capitalised ordinary word, inside a
 * sentence, is a publication named after the country (places.ts still reads the country in it).
 */
export function markCountryTitles(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const starts = new Set(doc.sentences.map((x) => x.firstToken));
  return spans.map((s, k) => {
    if (s.type !== "LOC" || s.last >= t.length || !countryAt(doc, s.first, s.last)) return s;
    const w = t[s.last];
    if (w.kind !== "word" || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || !isCommonWord(w.text) || starts.has(s.last)) return s;
    if (spans[k + 1] && spans[k + 1].first === s.last) return s;
    // "in the United States Tuesday": a day or a month after the country is when, not a title.
    if (t[s.last - 1].end + 1 !== w.start || TITLES.has(w.text.toLowerCase()) || CALENDAR.test(w.text)) return s;
    // "US Trade Representative", "Zimbabwe President Mnangagwa": a longer name or a title goes on.
    const after = t[s.last + 1];
    if (after && after.kind === "word" && startsUpper(after.text)) return s;
    return { type: "ORG", first: s.first, last: s.last + 1 };
  });
}

/**
 * A one-word "person" that is no given name, no surname of a person named in full and no known person word, or
 * a one-word "place" that is no country or capital: listed among organizations, it is one.
 */
function loneCompanyLike(doc: Doc, surnames: Set<string>, x: NameSpan): boolean {
  if ((x.type !== "PER" && x.type !== "LOC") || x.cued || x.last - x.first !== 1) return false;
  const w = doc.tokens[x.first].text;
  if (x.type === "LOC") return !lookupCountry(w) && !/-/.test(w);
  if (!startsUpper(w) || isPersonWord(w) || ((loadModel().gazetteer.get(lowerHash(w)) ?? 0) & GAZ.givenName)) return false;
  return !surnames.has(w);
}

/**
 * "Council on Energy, Environment and Water", "Ministry of Industry, Trade and Tourism": a body named by its
 * fields, listed after "on"/"of"/"for" with a comma, that the tagger cut at the comma. The part after the
 * comma holds "and" and no organization word of its own.
 */
/** Nouns of a field of work ("Prevention", "Development", "Security", "Technology", "Welfare"). */
const FIELD_NOUN = /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ity|ence|ance|ure|ics|ogy|fare|ness)$/u;

/** How many words (1 or 2) from i name a field and end the phrase ("Prevention", "Urban Development"); 0 if none. */
function fieldAfter(doc: Doc, i: number): number {
  const t = doc.tokens;
  const cap = (k: number) => t[k]?.kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(t[k].text);
  for (const n of [1, 2]) {
    if (![...Array(n).keys()].every((d) => cap(i + d))) return 0;
    const last = i + n - 1;
    const next = t[last + 1];
    const ends = !next || next.kind !== "word" || !startsUpper(next.text);
    if (ends) return FIELD_NOUN.test(t[last].text) && !namedElsewhere(doc, last) ? n : 0;
  }
  return 0;
}

/**
 * From token i: "Field (, Field)* and Field", one capitalised word each and no organization's head word, where
 * the name then ends (no capitalised word next); the end of the last field, or -1.
 */
function untaggedFieldsEnd(doc: Doc, i: number): number {
  const t = doc.tokens;
  const field = (k: number) => k < t.length && /^\p{Lu}\p{Ll}+$/u.test(t[k].text) && !isOrgHead(t[k].text);
  while (field(i) && t[i + 1]?.text === ",") i += 2;
  if (!field(i) || t[i + 1]?.text !== "and" || !field(i + 2)) return -1;
  const end = i + 3;
  return end < t.length && startsUpper(t[end].text) ? -1 : end;
}

/** "Centers for Disease Control": a capitalised word, then "for"/"of"/"on" and a capitalised field. */
function hasFieldPrep(doc: Doc, a: NameSpan): boolean {
  const t = doc.tokens;
  for (let i = a.first + 1; i < a.last - 1; i++) if (/^(?:on|of|for)$/.test(t[i].text) && startsUpper(t[i - 1].text) && startsUpper(t[i + 1].text)) return true;
  return false;
}

export function joinFieldLists(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const out: NameSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    if (b && a.type === "ORG" && (b.type === "ORG" || b.type === "MISC") && t[a.last]?.text === "," && b.first === a.last + 1) {
      let prep = false;
      // A university is named for its place, not fields: "the University of Michigan, Harvard and Yale" lists three.
      for (let i = a.first + 1; i < a.last - 1; i++) if (/^(?:on|of|for)$/.test(t[i].text) && isOrgHead(t[i - 1].text) && !CAMPUS_HEADS.has(t[i - 1].text)) prep = true;
      let and = false;
      for (let i = b.first + 1; i < b.last - 1; i++) if (t[i].text === "and") and = true;
      // "Ministry of Industry, Trade and Tourism" cut into three: the last field after "and" joins too.
      let last = b.last;
      let used = 1;
      if (!and && t[b.last]?.text === "and" && /^\p{Lu}\p{Ll}+$/u.test(t[b.last + 1]?.text ?? "") && !isOrgHead(t[b.last + 1].text)) {
        and = true;
        last = b.last + 2;
        const c = spans[k + 2];
        if (c && c.first === b.last + 1) {
          last = c.last;
          used = 2;
        }
      }
      if (prep && and && !isOrgHead(t[last - 1].text)) {
        out.push({ type: "ORG", first: a.first, last });
        k += used;
        continue;
      }
    }
    out.push(a);
  }
  // Fields the tagger left untagged after the comma, or tagged only in part: "Council on Energy" + ", Environment
  // and Water think tank" (one capitalised word per field, the last after "and", then the name ends).
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    if (a.type !== "ORG" || t[a.last]?.text !== "," || (out[k + 1] && out[k + 1].first === a.last + 1 && out[k + 1].type !== "MISC")) continue;
    let prep = false;
    for (let i = a.first + 1; i < a.last - 1; i++) if (/^(?:on|of|for)$/.test(t[i].text) && isOrgHead(t[i - 1].text) && !CAMPUS_HEADS.has(t[i - 1].text)) prep = true;
    if (!prep) continue;
    const end = untaggedFieldsEnd(doc, a.last + 1);
    if (end < 0) continue;
    let drop = 1;
    let clash = false;
    while (out[k + drop] && out[k + drop].first < end) {
      if (out[k + drop].type !== "MISC" || out[k + drop].last > end) clash = true;
      drop++;
    }
    if (!clash) out.splice(k, drop, { type: "ORG", first: a.first, last: end });
  }
  // One span already holding the comma ("Ministry of Industry, Trade") and the last field after "and".
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    if (a.type !== "ORG" || t[a.last]?.text !== "and" || !/^\p{Lu}\p{Ll}+$/u.test(t[a.last + 1]?.text ?? "") || isOrgHead(t[a.last + 1].text)) continue;
    let prep = false;
    let comma = false;
    for (let i = a.first + 1; i < a.last - 1; i++) {
      if (/^(?:on|of|for)$/.test(t[i].text) && isOrgHead(t[i - 1].text) && !CAMPUS_HEADS.has(t[i - 1].text)) prep = true;
      if (prep && t[i].text === ",") comma = true;
    }
    // "Centers for Disease Control and Prevention", "Department of Housing and Urban Development": without a
    // comma, a field of one or two words after "and" (ending in a noun of a field: "Prevention", "Development",
    // "Security") that ends the phrase still belongs to the body.
    const n = fieldAfter(doc, a.last + 1);
    if (!comma && n > 0 && hasFieldPrep(doc, a)) {
      const end = a.last + 1 + n;
      let drop = 1;
      while (out[k + drop] && out[k + drop].first >= a.last + 1 && out[k + drop].last <= end) drop++;
      out.splice(k, drop, { type: "ORG", first: a.first, last: end });
      continue;
    }
    if (!comma) continue;
    const c = out[k + 1];
    const absorb = c && c.first === a.last + 1 && c.type !== "PER";
    out.splice(k, absorb ? 2 : 1, { type: "ORG", first: a.first, last: absorb ? c.last : a.last + 2 });
  }
  // "the United Nations Office on Drugs and Crime World Drug Report": the body's last field, run by the tagger into
  // the name of what the body publishes ("Crime World Drug Report" read as "other"), belongs to the body; the rest
  // stays the report's.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.type !== "ORG" || b.type !== "MISC" || t[a.last]?.text !== "and" || b.first !== a.last + 1 || b.last - b.first < 3) continue;
    const field = t[b.first].text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(field) || isOrgHead(field) || !hasFieldPrep(doc, a) || !startsUpper(t[b.first + 1].text)) continue;
    out.splice(k, 2, { type: "ORG", first: a.first, last: b.first + 1 }, { ...b, first: b.first + 1 });
  }
  return out;
}

/** A name made of a number and a word ("1010data", "23andMe"); not a number with its unit ("50mph", "10kmh"). */
const NUMBERED_NAME = /^\d+\p{L}{3,}$/u;
const UNIT_AFTER_NUMBER = /^\d+(?:mph|kph|kmh|ghz|mhz|lbs|hrs|mins|secs|yrs|kgs|mbps|gbps)$/i;

/** Verbs of a match result between the winner and the loser ("Inter Miami beat Orlando City 3-1"). */
const RESULT_VERBS = new Set(["beat", "beats", "defeated", "defeats", "edged", "routed", "thrashed", "downed", "drew", "draw", "tied", "lost", "loses", "trounced", "crushed", "upset", "stunned"]);

/**
 * Teams by a match's score: the name right before a score ("beat Orlando City 3-1", "the Cowboys 24-17") and
 * the one before the result verb ("Inter Miami beat …", "Real Madrid and Barcelona drew 0-0") are teams,
 * organizations whatever their words say of a place or a person. A country stays a country ("France beat
 * Brazil 2-1": places.ts reads them).
 */
export function markTeams(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const endsAt = new Map<number, number>();
  spans.forEach((s, k) => endsAt.set(s.last, k));
  const out = spans.slice();
  const mark = (k: number | undefined): void => {
    if (k === undefined) return;
    const s = out[k];
    if (s.type === "MISC" && s.last - s.first === 1 && !startsUpper(t[s.first].text)) return;
    if (lookupCountry(spanText(doc, s))) return;
    // Players win matches too ("Nadal beat Federer 6-4", "Biden beat Trump 306-232"): a name read as a person
    // is a team only after "the" ("the Cowboys"), which no person takes.
    if (s.type === "PER" && t[s.first - 1]?.text.toLowerCase() !== "the") return;
    out[k] = { ...s, type: "ORG", cued: true };
  };
  for (let i = 1; i < t.length; i++) {
    if (t[i].kind !== "number" || !/^\d{1,3}-\d{1,3}$/.test(t[i].text)) continue;
    // Set scores ("6-4, 6-3") are a player's match, not a team's.
    if (t[i + 1]?.text === "," && /^\d{1,2}-\d{1,2}$/.test(t[i + 2]?.text ?? "")) continue;
    const sent = doc.sentences[sentenceAt(doc, t[i].start)];
    const from = sent ? sent.firstToken : 0;
    let v = -1;
    for (let k = i - 1; k >= from && k >= i - 12; k--) if (RESULT_VERBS.has(lw[k])) {
      v = k;
      break;
    }
    if (v < 0) continue;
    // The loser: right before the score; the winner (or both sides of a draw): right before the verb. A person
    // or a country before the verb makes it no match of teams ("Trump lost Michigan 48-47").
    const winner = endsAt.get(v);
    if (winner === undefined) continue;
    const w = out[winner];
    if ((w.type === "PER" && t[w.first - 1]?.text.toLowerCase() !== "the") || lookupCountry(spanText(doc, w))) continue;
    mark(endsAt.get(i));
    mark(winner);
    if (winner !== undefined && /^(?:and|&)$/.test(t[out[winner].first - 1]?.text ?? "")) mark(endsAt.get(out[winner].first - 1));
  }
  return out;
}

/** Nouns a story uses to refer back to a company or another body it has just named ("The grocer said …"). */
const BODY_ANAPHORS = new Set([
  "company", "firm", "retailer", "grocer", "chain", "automaker", "carmaker", "chipmaker", "drugmaker", "lender", "insurer",
  "airline", "railroad", "railway", "conglomerate", "startup", "manufacturer", "bank", "broadcaster", "publisher",
  "newspaper", "network", "studio", "brokerage", "utility", "giant", "maker", "supermarket", "organization",
  "organisation", "charity", "nonprofit", "agency",
]);

/**
 * "Kroger plans to open 20 stores. The grocer has struggled …", "Norfolk Southern cut 500 jobs. The railroad said …":
 * a sentence that opens with "the" and a noun for a body, as its subject, refers back to the name that opened the
 * sentence before; a company read as a person or a place is then a body, in every use (a strong vote). Only when
 * that sentence names no body of its own, and not a full personal name, a given name, a surname of someone named,
 * a country or a capital.
 */
export function markDescribedBodies(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const sents = doc.sentences;
  let out: NameSpan[] | null = null;
  let surnameSet: Set<string> | null = null;
  const retype = (s: NameSpan): void => {
    const words = t.slice(s.first, s.last).map((x) => x.text);
    if (s.cued || (s.type !== "PER" && s.type !== "LOC") || words.length > 3 || lookupCountry(words.join(" "))) return;
    surnameSet ??= new Set(spans.filter((y) => y.type === "PER" && y.last - y.first > 1).map((y) => t[y.last - 1].text));
    if (s.type === "PER" && (words.length > 1 || !loneCompanyLike(doc, surnameSet, s))) return;
    if (s.type === "LOC" && words.length === 1 && !loneCompanyLike(doc, surnameSet, s)) return;
    out ??= spans.slice();
    out[spans.indexOf(s)] = { ...s, type: "ORG", cued: true };
  };
  // "Walmart will raise wages for 340,000 workers, the retailer said.": the description speaking at the sentence's
  // end is its subject, the name that opens it (when the sentence names no body of its own).
  let j = 0;
  for (const sent of sents) {
    const e = sent.endToken;
    const verbAt = /^[.!?]$/.test(t[e - 1]?.text ?? "") ? e - 2 : e - 1;
    if (verbAt - 3 < sent.firstToken || !/^(?:said|says|added|reported|announced)$/.test(t[verbAt].text)) continue;
    let n = verbAt - 1;
    if (!BODY_ANAPHORS.has(t[n].text)) continue;
    while (n > verbAt - 4 && t[n - 1].kind === "word" && startsLower(t[n - 1].text) && t[n - 1].text !== "the") n--;
    if (t[n - 1]?.text !== "the" || t[n - 2]?.text !== ",") continue;
    while (j < spans.length && spans[j].first < sent.firstToken) j++;
    const inSent: NameSpan[] = [];
    for (let m = j; m < spans.length && spans[m].first < sent.endToken; m++) inSent.push(spans[m]);
    if (!inSent.length || inSent.some((x) => x.type === "ORG") || inSent[0].first !== sent.firstToken) continue;
    retype(inSent[0]);
  }
  let k = 0;
  for (let si = 1; si < sents.length; si++) {
    const a = sents[si].firstToken;
    if (!/^The$/.test(t[a].text) || sents[si].paragraph - sents[si - 1].paragraph > 1) continue;
    // "The grocer has …", "The Seattle-based retailer said …": at most two modifiers, then the noun as the subject.
    let n = a + 1;
    while (n < a + 3 && n < sents[si].endToken && t[n].kind === "word" && startsLower(t[n].text) && !BODY_ANAPHORS.has(t[n].text)) n++;
    if (!BODY_ANAPHORS.has(t[n]?.text ?? "")) continue;
    const after = t[n + 1];
    if (!after || !(after.text === "," || (after.kind === "word" && startsLower(after.text) && !BODY_ANAPHORS.has(after.text)) || isPossessive(after))) continue;
    // The sentence before: its first name opens it (the subject) and no body is named in it.
    const prev = sents[si - 1];
    while (k < spans.length && spans[k].first < prev.firstToken) k++;
    const inPrev: NameSpan[] = [];
    for (let m = k; m < spans.length && spans[m].first < prev.endToken; m++) inPrev.push(spans[m]);
    if (!inPrev.length || inPrev.some((x) => x.type === "ORG")) continue;
    if (inPrev[0].first === prev.firstToken) retype(inPrev[0]);
  }
  return out ?? spans;
}

const CLAUSE_PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "they", "their", "them", "we", "our", "i", "my", "you", "your"]);
const CLAUSE_DETERMINERS = new Set(["the", "a", "an", "this", "these", "those"]);

/**
 * "Unilever will sell its tea business", "Brevant said on Monday its profit fell": a capitalised word opening a
 * sentence that the tagger left untagged, whose clause goes on with "its" before any other pronoun, noun phrase or
 * name (within a dozen words), is a company speaking of itself. Not an ordinary word (common in the training text,
 * or written in lower case in the article), a given name, a country or a word the training text names people by.
 */
export function markItsOpeners(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const owner = ownerIndex(doc, spans);
  const added: NameSpan[] = [];
  for (const sent of doc.sentences) {
    let a = sent.firstToken;
    while (a < sent.endToken && t[a].kind === "quote") a++;
    if (a + 2 >= sent.endToken || owner[a] >= 0 || t[a].kind !== "word") continue;
    // Cheapest tests first: a capital, then a lower-case word after it.
    const c0 = t[a].text.charCodeAt(0);
    if (c0 < 65 || (c0 > 90 && c0 < 192) || t[a + 1].kind !== "word" || !startsLower(t[a + 1].text)) continue;
    const w = t[a].text;
    if (!/^\p{Lu}[\p{L}&-]*\p{Ll}[\p{L}&-]*$/u.test(w) || /'|’/.test(w) || isCommonWord(w) || FUNCTION_WORDS.has(w.toLowerCase())) continue;
    if (isPersonWord(w) || lookupCountry(w) || (loadModel().gazetteer.get(lowerHash(w)) ?? 0) & (GAZ.givenName | GAZ.title | GAZ.month)) continue;
    // The next word is lower case (a verb, "said"): a longer name goes on in capitals.
    if (t[a + 1].kind !== "word" || !startsLower(t[a + 1].text)) continue;
    if (lowerWords(doc).has(w.toLowerCase())) continue;
    for (let k = a + 1; k < Math.min(sent.endToken, a + 14); k++) {
      const x = t[k].text;
      const lx = x.toLowerCase();
      // Right after the word, "its" is what the word acts on: a verb ("Basing its projections on …").
      if (lx === "its") {
        if (k > a + 1) added.push({ type: "ORG", first: a, last: a + 1 });
        break;
      }
      if (CLAUSE_PRONOUNS.has(lx) || CLAUSE_DETERMINERS.has(lx) || (t[k].kind === "word" && startsUpper(x) && !CALENDAR.test(x))) break;
    }
  }
  return merge(spans, added);
}

const BUY_VERBS = new Set([
  "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "purchase", "purchases", "purchased",
  "purchasing", "take over", "took over", "takes over", "taking over",
]);
const DEAL_NOUNS = new Set(["acquisition of", "takeover of", "merger with", "purchase of", "buyout of", "bid for", "sale of"]);
/** Last words of the above, as written in running text. */
const DEAL_LAST_WORDS = new Set([...BUY_VERBS, ...DEAL_NOUNS].map((x) => x.split(" ").pop()!));

/**
 * "agreed to buy Albertsons for $24.6 billion", "the acquisition of Activision": what is bought for a sum, or taken
 * over, merged with or bid for, is a company: capitalised words there that the tagger left untagged (one or two) or
 * read as a person or a place (one word); not a country, a given name, or a surname of someone named in full.
 */
export function markDealTargets(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const owner = ownerIndex(doc, spans);
  const out = spans.slice();
  const added: NameSpan[] = [];
  let surnames: Set<string> | null = null;
  for (let i = 1; i < t.length; i++) {
    // Cheapest test first: the word before is the verb's or the noun phrase's last word.
    if (!DEAL_LAST_WORDS.has(t[i - 1].text) || t[i].kind !== "word" || !startsUpper(t[i].text) || FUNCTION_WORDS.has(lw[i])) continue;
    const w1 = lw[i - 1];
    const w2 = i > 1 ? `${lw[i - 2]} ${w1}` : "";
    const bought = BUY_VERBS.has(w1) || BUY_VERBS.has(w2);
    if (!bought && !DEAL_NOUNS.has(w2)) continue;
    // The name: the span there, or up to two capitalised words the tagger left untagged.
    let first = i;
    let last = i + 1;
    const k = owner[i];
    if (k >= 0) {
      if (out[k].first !== i) continue;
      last = out[k].last;
    } else {
      while (last < t.length && last - first < 2 && owner[last] < 0 && t[last].kind === "word" && startsUpper(t[last].text)) last++;
    }
    if (last - first > 2) continue;
    // Bought for a sum: "for $24.6 billion", "for about 10 billion euros", "in a $5 billion deal".
    if (bought) {
      const after = t.slice(last, last + 4).map((x) => x.text).join(" ");
      if (!/^(?:for|in)\b.*(?:[$€£¥]|\d)/.test(after)) continue;
    }
    const text = spanText(doc, { first, last });
    if (lookupCountry(text) || (loadModel().gazetteer.get(lowerHash(t[first].text)) ?? 0) & GAZ.givenName) continue;
    surnames ??= new Set(spans.filter((y) => y.type === "PER" && y.last - y.first > 1).map((y) => t[y.last - 1].text));
    if (surnames.has(t[last - 1].text)) continue;
    if (k >= 0) {
      const s = out[k];
      // One word the tagger read as a person or a place (unknown companies read as either); a longer place stays.
      if ((s.type !== "PER" && s.type !== "LOC") || s.cued || s.last - s.first > 1) continue;
      out[k] = { ...s, type: "ORG", cued: true };
    } else if (!isCommonWord(t[first].text)) {
      added.push({ type: "ORG", first, last, cued: true });
    }
    first = last;
  }
  return merge(out, added);
}

/**
 * From tokens to typed name spans: runs the tagger sentence by sentence, then trims what news style puts
 * around names (titles, possessives, quotes) and applies document-level consistency.
 */
import { modifiesNoun } from "./pos";
import type { Doc } from "../text/sentences";
import type { Token } from "../text/tokens";
import { isCapitalized, lowerTexts, startsLower, startsUpper } from "../text/words";
import { GAZ, TAGS, lowerHash } from "./features";
import {
  HOLIDAYS, DEMONYM_ORG_FOLLOWERS, INSTITUTION_NAMES, ORG_FOLLOWERS, ORG_HEADS, PLACE_HEADS, PLACES_WITH_ORG_HEADS, TITLE_WORDS,
} from "./lexicon";
import { lookupCountry } from "./countries";
import { headTypeOf, isCommonWord, isOrgHead } from "./heads";
import { documentFeaturesFor, isGivenNameWord, loadModel, tagIndices } from "./tagger";
import { BRANDS, COMPANY_WORDS, POSSESSIVE_COMPANIES } from "./model/brands";
import { inHeading } from "./headings";

export type SpanType = "PER" | "ORG" | "LOC" | "MISC";

export interface NameSpan {
  type: SpanType;
  /** Global token indices, end exclusive. */
  first: number;
  last: number;
  /** Set when the words around the name, not the tagger, said what it is ("al-Qaeda militants"): outvotes tags. */
  cued?: true;
}

const TITLES = new Set(TITLE_WORDS);
const INSTITUTION_FIRST_WORDS = new Set(Object.keys(INSTITUTION_NAMES).map((k) => k.split(" ")[0]));
const DETERMINERS = /^(the|a|an|this|that|these|those|its|their|our|every|any)$/i;

/** Page furniture that the tagger, trained on clean sentences, takes for names in credits and captions. */
const FURNITURE = new Set([
  "photo", "file", "video", "image", "images", "getty", "caption", "advertisement", "reporting", "editing",
  "writing", "updated", "share", "comments", "related", "credit", "source", "sources", "watch", "listen", "read",
]);

export function isPossessive(t: Token): boolean {
  // /^['’ʼ][sS]$/ by character codes: asked of many tokens by many rules, and almost every one is longer.
  const x = t.text;
  if (x.length !== 2 || t.kind !== "word") return false;
  const a = x.charCodeAt(0);
  const b = x.charCodeAt(1);
  return (a === 39 || a === 0x2019 || a === 0x2bc) && (b === 115 || b === 83);
}


function lineBreakBefore(doc: Doc, i: number): boolean {
  const from = doc.tokens[i - 1].end;
  const to = doc.tokens[i].start;
  for (let k = from; k < to; k++) if (doc.text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * Names never run over a line break, whatever rule joined them: a byline or heading without a full stop ends
 * where its line ends ("Staff Reports" / "Police arrested …"). Each line keeps its part with the span's type.
 */
export function splitAtLineBreaks(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    let first = s.first;
    for (let i = s.first + 1; i < s.last; i++) {
      if (!lineBreakBefore(doc, i)) continue;
      out.push({ ...s, first, last: i });
      first = i;
    }
    out.push(first === s.first ? s : { ...s, first });
  }
  return out;
}

/** Per tag index (features.ts TAGS): the span type it marks (null for O), and 1 when it opens a span (B-). */
const TYPE_OF_TAG: readonly (SpanType | null)[] = TAGS.map((tag) => (tag === "O" ? null : (tag.slice(2) as SpanType)));
const OPENS_SPAN = Uint8Array.from(TAGS, (tag) => (tag.startsWith("B-") ? 1 : 0));

/** Tags every sentence and returns raw spans in document order. */
export function tagDoc(doc: Doc): NameSpan[] {
  const model = loadModel();
  const out: NameSpan[] = [];
  const sentences = doc.sentences.map((s) => {
    const words: string[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) words.push(doc.tokens[i].text);
    return words;
  });
  // With a model trained for it, each word sees its other uses in the article (features.ts documentContext).
  const context = documentFeaturesFor(model, sentences);
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const words = sentences[si];
    const tags = tagIndices(model, words, context[si]);
    let cur: NameSpan | null = null;
    for (let k = 0; k <= words.length; k++) {
      const type = k < words.length ? TYPE_OF_TAG[tags[k]] : null;
      // A name never runs over a line break: a byline or heading without a full stop ends where its line
      // ends ("Staff Reports" / "Police arrested …"). (Asked only where it decides: an I- tag going on.)
      const begins =
        (k < words.length && OPENS_SPAN[tags[k]] === 1) ||
        (type !== null && (!cur || cur.type !== type || (k > 0 && lineBreakBefore(doc, s.firstToken + k))));
      if (cur && (type === null || begins)) {
        out.push(cur);
        cur = null;
      }
      if (begins && type) cur = { type, first: s.firstToken + k, last: s.firstToken + k + 1 };
      else if (cur && type) cur.last = s.firstToken + k + 1;
    }
  }
  return out;
}

const HONORIFICS = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "madam"]);

/**
 * Capitalised words after an honorific are a person's name ("Mr Okafor"): newswire training data writes
 * "Mr." with a period, British and Australian outlets do not, and the tagger then misses the name.
 */
export function markHonorifics(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const owner = new Int32Array(t.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = s.first; i < s.last; i++) owner[i] = k;
  });
  const out = spans.slice();
  const drop = new Set<number>();
  for (let i = 0; i + 1 < t.length; i++) {
    // Case test first: it allocates nothing, and most tokens fail it.
    if (!isCapitalized(t[i].text) || !HONORIFICS.has(lw[i])) continue;
    let j = i + 1;
    while (j < t.length && j - i <= 3 && t[j].kind === "word" && isCapitalized(t[j].text) && !isPossessive(t[j])) j++;
    if (j === i + 1) continue;
    const k = owner[i + 1];
    if (k >= 0 && spans[k].type === "PER") continue;
    // Replace whatever the tagger made of these words (nothing, or a place or company) with the person.
    for (let x = i + 1; x < j; x++) if (owner[x] >= 0) drop.add(owner[x]);
    out.push({ type: "PER", first: i + 1, last: j });
  }
  return out.filter((_, k) => k >= spans.length || !drop.has(k)).sort((a, b) => a.first - b.first);
}

let brandIndex: Map<string, string[][]> | null = null;
/** The one-word names of the companies dictionary (model/brands.ts COMPANY_WORDS): never read as places here. */
const COMPANIES = new Set(COMPANY_WORDS.split("\n"));
/** Companies whose name ends in a possessive, without it ("Moody" of "Moody's", "McDonald"). */
const POSSESSIVE_NAMES = new Set(POSSESSIVE_COMPANIES.split("\n"));
/** Words before a name that place something in it ("in Wuhan", "outside Belfast"): a store is seldom written so. */
const LOCATIVE = new Set(["in", "near", "outside", "across", "throughout", "around", "toward", "towards"]);

/** Whether a span ending at `last` (exclusive) ends in a possessive that is part of a company's name ("Moody’s"). */
export function possessiveInName(doc: Doc, first: number, last: number): boolean {
  return last - first >= 2 && isPossessive(doc.tokens[last - 1]) && (POSSESSIVE_NAMES.has(doc.tokens[last - 2].text) || isBusinessPossessive(doc, first, last - 1));
}

/** What may follow a shop's possessive name: punctuation, or a preposition or conjunction ("at Sully’s in Dayton"). */
const AFTER_BUSINESS = /^(?:[,.;:)!?]|in|on|near|and|or|for|to|last|this|until|since)$/;

/**
 * "sold at Christie’s in 2006", "beers at Sully’s in Dayton", "5 percent at Bally’s and 3 percent at …": one
 * capitalised word and a possessive with no noun after it, right after "at", is a business named for its owner (an
 * auction house, a bar, a casino), the possessive part of its name. The name spans tokens first..last (the word),
 * the possessive at last.
 */
export function isBusinessPossessive(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  if (last - first !== 1 || first === 0 || t[first - 1].text !== "at" || last >= t.length || !isPossessive(t[last])) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t[first].text) || t[last].start !== t[first].end) return false;
  const next = t[last + 1];
  return !next || AFTER_BUSINESS.test(next.text);
}

/** Whether the article writes the word after a locative preposition anywhere. */
function writtenAsPlace(doc: Doc, word: string): boolean {
  return placedWords(doc).has(word);
}

/** The words each article writes after a locative preposition, gathered in one pass (a name may recur often). */
const placedByDoc = new WeakMap<Doc, Set<string>>();

function placedWords(doc: Doc): Set<string> {
  let placed = placedByDoc.get(doc);
  if (placed) return placed;
  placed = new Set<string>();
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  for (let i = 1; i < t.length; i++) if (LOCATIVE.has(lw[i - 1])) placed.add(t[i].text);
  placedByDoc.set(doc, placed);
  return placed;
}

/** Brand names by first word, longest first. */
function brands(): Map<string, string[][]> {
  if (brandIndex) return brandIndex;
  const idx = new Map<string, string[][]>();
  for (const b of [...BRANDS.split("\n"), ...COMPANY_WORDS.split("\n")]) {
    const parts = b.split(" ");
    const list = idx.get(parts[0]) ?? [];
    list.push(parts);
    idx.set(parts[0], list);
  }
  for (const list of idx.values()) list.sort((a, b) => b.length - a.length);
  for (const first of idx.keys()) brandFirstChars[first.charCodeAt(0)] = 1;
  brandIndex = idx;
  return idx;
}

/**
 * 1 for each character a brand's first word opens with (all capitals today): most of an article's words open
 * with none of them, and this answers before a look-up in the large index, whose reads miss the cache.
 */
const brandFirstChars = new Uint8Array(65536);

/**
 * Companies and services of the web era ("Instagram", "SpaceX", "Tumblr") that the tagger, trained on 1990s
 * newswire, leaves untagged or calls a place or a person. A brand name written exactly so becomes an
 * organization unless the article shows otherwise: a place after "the" ("the Amazon"), a country, the surname
 * of a person named in full, or a sentence-initial word that may be an ordinary one.
 */
export function markBrands(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const idx = brands();
  const owner = new Int32Array(t.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = s.first; i < s.last; i++) owner[i] = k;
  });
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === "PER" && s.last - s.first > 1) surnames.add(t[s.last - 1].text);
  const starts = sentenceStartsOf(doc);
  const retype = new Map<number, NameSpan>();
  const added: NameSpan[] = [];
  for (let i = 0; i < t.length; i++) {
    if (brandFirstChars[t[i].text.charCodeAt(0)] === 0) continue;
    const candidates = idx.get(t[i].text);
    if (!candidates || t[i].kind !== "word") continue;
    for (const parts of candidates) {
      if (i + parts.length > t.length) continue;
      let ok = true;
      for (let k = 0; k < parts.length && ok; k++) if (t[i + k].text !== parts[k]) ok = false;
      if (!ok) continue;
      const first = i;
      const last = i + parts.length;
      const k = owner[first];
      const sameSpan = k >= 0 && spans[k].first === first && spans[k].last === last;
      let free = true;
      for (let x = first; x < last; x++) if (owner[x] >= 0) free = false;
      if (!free && !sameSpan) break;
      const prev = first > 0 ? t[first - 1].text : "";
      // A company of the dictionary ("Kroger", "Nomura"): opening a sentence before a lower-case word it is the
      // subject ("Kroger raised prices"), and a place only where the article puts something in it.
      const company = parts.length === 1 && COMPANIES.has(parts[0]);
      if (free) {
        const oddCase = /[A-Z]/.test(parts.join(" ").slice(1).replace(/ [A-Z]/g, ""));
        const subject = company && last < t.length && t[last].kind === "word" && startsLower(t[last].text);
        if (starts.has(first) && parts.length === 1 && !oddCase && !subject) break;
        // In a heading every word is capitalised: a brand there is one only when the body writes it too
        // ("… Halt Sailings By Harbor Board." names no company "Harbor").
        if (inHeading(doc, first) && !writtenOutsideHeadings(doc, parts)) break;
      } else {
        const sp = spans[k];
        if (sp.type === "ORG") break;
        // The tagger's "other" is a product or a work already ("the rings of Saturn", "Android phones"), unless
        // the brand is a source: cited, told things or speaking ("according to Axios", "Axios reported").
        if (sp.type === "MISC") {
          const next = last < t.length ? t[last].text : "";
          const cited = prev === "told" || (/^to$/i.test(prev) && /^according$/i.test(t[first - 2]?.text ?? "")) || SPEECH_WORDS.has(next);
          if (!cited) break;
        }
        if (sp.type === "PER" && surnames.has(parts[parts.length - 1])) break;
        if (sp.type === "LOC" && (/^the$/i.test(prev) || lookupCountry(parts.join(" ")))) break;
        if (sp.type === "LOC" && company && writtenAsPlace(doc, parts[0])) break;
      }
      if (lookupCountry(parts.join(" "))) break;
      if (free) added.push({ type: "ORG", first, last });
      else retype.set(k, { type: "ORG", first, last });
      i = last - 1;
      break;
    }
  }
  if (!added.length && !retype.size) return spans;
  return [...spans.map((s, k) => retype.get(k) ?? s), ...added].sort((a, b) => a.first - b.first);
}

/** Whether the words of `parts` stand, in this order, somewhere outside the article's headings. */
function writtenOutsideHeadings(doc: Doc, parts: string[]): boolean {
  const t = doc.tokens;
  for (let i = 0; i + parts.length <= t.length; i++) {
    if (t[i].text !== parts[0] || inHeading(doc, i)) continue;
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) if (t[i + k].text !== parts[k]) ok = false;
    if (ok) return true;
  }
  return false;
}

const startsCache = new WeakMap<Doc, Set<number>>();

function sentenceStartsOf(doc: Doc): Set<number> {
  let s = startsCache.get(doc);
  if (!s) {
    s = new Set(doc.sentences.map((x) => x.firstToken));
    startsCache.set(doc, s);
  }
  return s;
}

/**
 * Whether a one-word person name at token i reads as a name: not after a determiner ("the Bill") and not after
 * another capitalised word that is no title ("Data Retention Bill" with only "Bill" tagged).
 */
function loneNameFits(doc: Doc, i: number): boolean {
  if (i === 0) return true;
  const prev = doc.tokens[i - 1];
  if (DETERMINERS.test(prev.text)) return false;
  if (prev.kind === "word" && isCapitalized(prev.text) && !TITLES.has(prev.text.toLowerCase()) && !sentenceStartsOf(doc).has(i)) {
    return false;
  }
  return true;
}

/** Removes titles and possessives around names and drops spans that are no names at all. */
export function trimSpans(doc: Doc, raw: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const out: NameSpan[] = [];
  // A lone head word tagged apart from the name right before it belongs to that name
  // ("Data Retention" + "Bill", "Alibaba" + "Group").
  const spans: NameSpan[] = [];
  for (const s of raw) {
    const prev = spans[spans.length - 1];
    const w = lw[s.first];
    if (prev && prev.last === s.first && s.last - s.first === 1 && (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || w === "bill" || w === "act")) {
      spans[spans.length - 1] = { type: prev.type, first: prev.first, last: s.last };
      continue;
    }
    // "Ansar" + "al-Sharia", "Abu" + "al-Hassan": an Arabic article joins the name to the word before it.
    if (/^(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin)-\p{Lu}/u.test(t[s.first].text) && s.first > 0) {
      const before = t[s.first - 1];
      if (prev && prev.last === s.first && prev.type !== "PER") {
        spans[spans.length - 1] = { type: s.type === "PER" ? prev.type : s.type, first: prev.first, last: s.last };
        continue;
      }
      if ((!prev || prev.last < s.first) && before.kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(before.text) && !sentenceStartsOf(doc).has(s.first - 1)) {
        spans.push({ ...s, first: s.first - 1 });
        continue;
      }
    }
    // "BBC's North America editor": a possessive inside a span separates two names, unless an organization
    // word ends the whole ("People's Liberation Army", "Women's Institute": the possessive is in the name).
    let split = -1;
    const headed = (s.type === "ORG" && isOrgHead(t[s.last - 1].text)) || headTypeOf(lw[s.last - 1]) === "LOC";
    if (!headed) for (let k = s.first + 1; k < s.last - 1; k++) if (isPossessive(t[k])) split = k;
    if (split > 0) {
      spans.push({ type: s.type, first: s.first, last: split });
      const rest = { type: s.type, first: split + 1, last: s.last };
      if (lookupCountry(spanText(doc, rest))) spans.push(rest);
      else spans.push({ ...rest, type: s.type === "ORG" ? "LOC" : s.type });
      continue;
    }
    spans.push(s);
  }
  const ends = new Set(spans.map((x) => x.last));
  const starts = new Set(spans.map((x) => x.first));
  const sentenceStarts = sentenceStartsOf(doc);
  // Surnames of people named in full: "the Trump administration" still means Donald Trump.
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === "PER" && s.last - s.first > 1) surnames.add(t[s.last - 1].text);
  for (const s of spans) {
    let a = s.first;
    let b = s.last;
    const junk = (k: number) => t[k].kind === "punct" || t[k].kind === "quote" || isPossessive(t[k]);
    while (a < b && junk(a)) a++;
    while (b > a && junk(b - 1)) b--;
    [a, b] = trimEdges(doc, s.type, a, b);
    if (s.type === "PER") {
      // "President Donald Trump", "Mr Obama": the title is a role, not part of the name.
      while (b - a > 1 && TITLES.has(lw[a])) a++;
      // "the Bill", "a Mercedes": an article before a lone word marks a thing, not a person.
      if (b - a === 1 && !surnames.has(t[a].text) && !loneNameFits(doc, a) && !ends.has(a)) continue;
      // "Jamie Werner of Ngātiwai": the person ends where "of" begins.
      for (let k = a + 1; k < b; k++) {
        if (t[k].text === "of") {
          b = k;
          break;
        }
      }
    }
    // "the Ennahda party" loses its article; a capital "The" inside a sentence before one word is part of a
    // publication's name ("told The Hill", "wrote in The Atlantic").
    if (s.type === "ORG" && b - a > 1 && lw[a] === "the" && !(b - a === 2 && t[a].text === "The" && !sentenceStarts.has(a))) a++;
    if (a >= b) continue;
    // "Pacific Ridge" + untagged "Minerals": the industry word the tagger left out ends the company's name.
    if (s.type !== "PER" && b === s.last) {
      while (b < t.length && !starts.has(b) && isCapitalized(t[b].text) && ORG_HEADS.has(lw[b])) b++;
    }
    let type = s.type;
    // "Central Business" + untagged "District": a place's head word the tagger left out ends the place's name.
    if (s.type !== "PER" && b === s.last && b < t.length && !starts.has(b) && !sentenceStarts.has(b) && isCapitalized(t[b].text) && PLACE_HEADS.has(lw[b])) {
      b++;
      type = "LOC";
    }
    // "Fisherman" + "’s" + untagged "Terminal": a place's head word after a possessive ends the place's name.
    if (b === s.last && b + 1 < t.length && isPossessive(t[b]) && !starts.has(b + 1) && isCapitalized(t[b + 1].text) && headTypeOf(t[b + 1].text) === "LOC") {
      b += 2;
      type = "LOC";
    }
    // "Moody’s downgraded …", "McDonald’s said": the possessive is part of the company's name.
    if (b < t.length && isPossessive(t[b]) && POSSESSIVE_NAMES.has(t[b - 1].text) && s.type !== "MISC") {
      b++;
      type = "ORG";
    }
    if (everyToken(t, a, b, (x) => FURNITURE.has(x.text.toLowerCase()))) continue;
    // "Stephen Calderwood, MD", "Michael Shadlen, Ph.D.": a degree after a name names nothing.
    if (b - a === 1 && a > 0 && t[a - 1].text === "," && CREDENTIALS.has(t[a].text.replace(/\./g, "").toLowerCase())) continue;
    // "on Page A1": a person's name has no digits.
    if (s.type === "PER" && someToken(t, a, b, (x) => /\d/.test(x.text))) continue;
    // "We’re", "It’s", "Don’t" capitalised at a sentence start are contractions, not names.
    if (b - a === 1 && /['’](re|ll|ve|d|m|t)$/i.test(t[a].text)) continue;
    // "al-Qaeda", "bin Laden": a capital after a particle also makes a name.
    if (!someToken(t, a, b, (x) => x.kind === "word" && /(?:^|-)\p{Lu}/u.test(x.text)) && !/\d/.test(t[a].text)) continue;
    // "West Mercia police", "the Ennahda party", "the Tuva government": the lower-case noun completes the
    // organization's name (people keep theirs: "Trump administration" stays a mention of Trump).
    if (s.type !== "PER" && b < t.length && followerMakesOrg(doc, a, b)) {
      out.push({ type: "ORG", first: a, last: b + 1 });
      continue;
    }
    out.push({ type: headType(doc, type, a, b), first: a, last: b });
  }
  return out;
}

/** Whether some token from a to b (exclusive) passes: t.slice(a, b).some without the copy. */
function someToken(t: readonly Token[], a: number, b: number, test: (x: Token) => boolean): boolean {
  for (let k = a; k < b; k++) if (test(t[k])) return true;
  return false;
}

/** Whether every token from a to b (exclusive) passes: t.slice(a, b).every without the copy. */
function everyToken(t: readonly Token[], a: number, b: number, test: (x: Token) => boolean): boolean {
  for (let k = a; k < b; k++) if (!test(t[k])) return false;
  return true;
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/;
const TRAILING_SMALL_WORDS = new Set(["on", "in", "at", "of", "and", "for", "to", "by", "the"]);
const SPEECH_WORDS = new Set(["said", "says", "states", "stated", "told", "tells", "added", "adds", "wrote", "writes", "reports", "reported", "asked", "explained"]);
/** Lower-case words that open names: particles of people's names and Arabic articles ("de Blasio", "bin Laden"). */
const NAME_PARTICLES = new Set(["de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "van", "von", "ter", "ten", "la", "le", "al", "el", "bin", "ibn", "ben", "the"]);

/** Degrees and credentials written after a person's name. */
const CREDENTIALS = new Set(["md", "ph", "phd", "dphil", "rn", "mph", "dds", "dvm", "jd", "mba", "do", "np", "facp", "frcp", "cpa", "esq"]);

/**
 * What the tagger ran onto a name's edges: the day or month after it ("London Thursday", "The Hague on
 * April 1"; people keep a month that is their surname: "Theresa May"), a speech verb ("Emery states"), a
 * lower-case word before it ("blue Marine Stewardship Council"; particles stay: "de Blasio").
 */
/** A lower-case word of three characters or more, contractions included ("label", "wasn’t"). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’]{2,}$/u;

function trimEdges(doc: Doc, type: SpanType, a: number, b: number): [number, number] {
  const t = doc.tokens;
  const cut = (w: string) => WEEKDAY.test(w) || (type !== "PER" && MONTH.test(w)) || SPEECH_WORDS.has(w);
  const b0 = b;
  while (b - a > 1 && cut(t[b - 1].text)) b--;
  if (b < b0) while (b - a > 1 && TRAILING_SMALL_WORDS.has(t[b - 1].text)) b--;
  // "Marine Stewardship Council label": a lower-case noun after the name, unless it names the body ("Hong
  // Kong police", "the Ennahda party": followerMakesOrg puts it back).
  // ("Obama wasn’t treated …": a contraction is a lower-case word too.)
  while (b - a > 1 && LOWER_WORD.test(t[b - 1].text) && !NAME_PARTICLES.has(t[b - 1].text) && t[b - 2].text !== ".") b--;
  while (b - a > 1 && LOWER_WORD.test(t[a].text) && !NAME_PARTICLES.has(t[a].text)) a++;
  // "the anti-Trump National Review", "a pro-Brexit Labour MP": a stance glued to a name before another name
  // modifies it ("al-Qaeda", "bin-Laden" and other particles stay).
  if (b - a > 1 && /^(?:anti|pro|non|post|pre|ex|neo|ultra)-\p{Lu}/u.test(t[a].text) && startsUpper(t[a + 1].text)) a++;
  return [a, b];
}

/** "the Tunis government" is the country's government: the capital stays a place name for places.ts to read. */
function followerMakesOrg(doc: Doc, a: number, b: number): boolean {
  const follower = doc.tokens[b].text;
  if (!ORG_FOLLOWERS.has(follower)) return false;
  const found = lookupCountry(spanText(doc, { first: a, last: b }));
  if (!found) return true;
  // A place's police is a force of its own ("Hong Kong police"); its government is the country acting.
  if (follower === "police") return true;
  return found.kind === "demonym" && DEMONYM_ORG_FOLLOWERS.has(follower);
}

/** The head word of a name settles its type: "Alibaba Group" is a company, "Stewart Island" a place. */
function headType(doc: Doc, type: SpanType, a: number, b: number): SpanType {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const next = b < t.length ? t[b].text : "";
  // "the day after Easter": a feast names a day, not a person.
  if (b - a === 1 && HOLIDAYS.has(lw[a])) return "MISC";
  // "Christmas Eve", "Thanksgiving Day": a feast's day, unless a place or body is named for it ("Christmas Island").
  if (b - a === 2 && HOLIDAYS.has(lw[a]) && /^(?:Eve|Day|Morning|Night|Weekend)$/.test(t[b - 1].text)) return "MISC";
  // "Building 24", "Boeing 737", "Route 66": a word with a number after it names a thing or a spot.
  if (b - a === 1 && type !== "LOC" && b < t.length && t[b].kind === "number" && t[b].start === t[a].end + 1 && !/^(?:1[89]|20)\d\d$/.test(next)) {
    return "MISC";
  }
  // "its Nietzschean name", "an Orwellian law": an adjective made from a name, before a noun (demonyms are
  // read as countries before this).
  if (b - a === 1 && type !== "PER" && /^\p{Lu}\p{Ll}+(?:ean|ian|esque)$/u.test(t[a].text) && startsLower(next) && !lookupCountry(t[a].text)) {
    return "MISC";
  }
  if (type !== "ORG" && ORG_FOLLOWERS.has(next)) return "ORG";
  if (b - a < 2) return type;
  // "University of North Carolina", "Virginia House of Delegates", "Church of Christ": in "X of Y" the word
  // before "of" heads the name, and a body's head makes a body of a name the tagger read as a place or person.
  // A name read as "other" that "and" and a capitalised word follow may go on past them ("Office of Management" of
  // "Office of Management and Budget"): left as it is.
  const cutAtAnd = next === "and" && startsUpper(t[b + 1]?.text ?? "");
  if (type !== "ORG" && !(type === "MISC" && cutAtAnd)) {
    for (let k = a + 1; k < b - 1; k++) {
      if (t[k].text !== "of") continue;
      const ofHead = t[k - 1].text;
      if (isCapitalized(ofHead) && (headTypeOf(ofHead) === "ORG" || BODY_BEFORE_OF.has(ofHead))) return "ORG";
      break;
    }
  }
  const head = lw[b - 1];
  if (!isCapitalized(t[b - 1].text)) return type;
  // "Data Retention Bill", "Patriot Act": laws are not organizations (the tagger's MISC).
  if (head === "bill" || head === "act") return "MISC";
  // "us, or City Hall", "outside Oakland City Hall": the town's building, a place (its council is a body by name).
  if (head === "hall" && /^(?:City|Town)$/.test(t[b - 2].text)) return "LOC";
  // Learned head words (heads.ts): "Walt Disney Co." and "Denver Post" are companies whatever the tagger
  // said, "Jolinda Drive" a place, "World Cup" neither person nor organization.
  const byHead = headTypeOf(head);
  // "the West Bank", "the South Bank": a compass point and a head word, read as a place, is the land named by its
  // side of something (a river's bank), not a bank; a body named so carries more words ("West Bank Authority").
  if (byHead === "ORG" && type === "LOC" && b - a === 2 && COMPASS_POINTS.has(t[a].text)) return "LOC";
  if (byHead === "ORG" && !PLACES_WITH_ORG_HEADS.has(spanKey(doc, { first: b - 2, last: b }))) return "ORG";
  // "Senator Ted Lane", "Mr. Ed Park": after a personal title, a two-word name the tagger read as a person and that
  // opens with a given name keeps its person, whatever its surname also heads (a lane, a park). (Without the title,
  // "Stewart Island" and "Pearl Harbor" open with given names too.)
  const titled = a > 0 && TITLES.has(lw[a - 1]);
  if (byHead === "LOC" && type === "PER" && b - a === 2 && titled && isGivenNameWord(t[a].text)) return "PER";
  if (byHead === "LOC") return "LOC";
  if (byHead === "MISC") return "MISC";
  // "Boulevard Montmartre", "Lake Placid", "Mount Kenya": a place word opening a name with no head word of its own.
  if ((type === "ORG" || type === "PER") && PLACE_OPENERS.has(t[a].text)) return "LOC";
  return type;
}

/** Sides and points of the compass that open a place's name ("West Bank", "North Shore"). */
const COMPASS_POINTS = new Set(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Left", "Right"]);

/** Houses of a legislature and chambers, named by what follows "of" ("House of Delegates", "Chamber of Commerce"). */
const BODY_BEFORE_OF = new Set(["House", "Chamber", "Chambers"]);

/** Capitalised words that open a place's name (French streets put theirs first). */
const PLACE_OPENERS = new Set(["Boulevard", "Avenue", "Rue", "Lake", "Mount", "Cape", "Fort"]);

/** Seats of power named for their institution ("the White House said") are organizations, never places. */
export function markInstitutions(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const found: NameSpan[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!isCapitalized(t[i].text) || !INSTITUTION_FIRST_WORDS.has(lw[i])) continue;
    for (const len of [2, 1]) {
      if (i + len > t.length) continue;
      let key = "";
      for (let k = i; k < i + len; k++) key += (k > i ? " " : "") + lw[k];
      if (INSTITUTION_NAMES[key] && t[i + len - 1].text.charAt(0) !== t[i + len - 1].text.charAt(0).toLowerCase()) {
        found.push({ type: "ORG", first: i, last: i + len });
        i += len - 1;
        break;
      }
    }
  }
  if (!found.length) return spans;
  // An institution replaces the place or org span it overlaps unless that span is longer ("White House Press Office").
  const keep = spans.filter(
    (s) => !found.some((f) => f.first < s.last && s.first < f.last && s.last - s.first <= f.last - f.first),
  );
  const extra = found.filter((f) => !keep.some((s) => f.first < s.last && s.first < f.last));
  return [...keep, ...extra].sort((x, y) => x.first - y.first);
}

export function spanText(doc: Doc, s: { first: number; last: number }): string {
  // One token written as it stands in the text is its own text: the same string each time, so a look-up by it
  // (lookupCountry) reuses its hash instead of hashing a fresh slice.
  if (s.last - s.first === 1) {
    const tok = doc.tokens[s.first];
    if (tok.text.length === tok.end - tok.start) return tok.text;
  }
  return doc.text.slice(doc.tokens[s.first].start, doc.tokens[s.last - 1].end);
}

/** Token texts of a span joined with single spaces, lower case: the key for linking. */
export function spanKey(doc: Doc, s: { first: number; last: number }): string {
  // Read off the document's lower-cased words: a one-word key is that word's string itself, built once.
  if (s.last <= s.first) return "";
  const lw = lowerTexts(doc);
  let k = keyWord(lw[s.first]);
  for (let i = s.first + 1; i < s.last; i++) k += " " + keyWord(lw[i]);
  return k;
}

/**
 * A word as keys hold it, given in lower case (lowerTexts): the curly apostrophe straight (replaced only where there
 * is one).
 */
export function keyWord(lower: string): string {
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

const PREPOSITIONS = new Set(["of", "in", "for", "from", "at", "to", "on", "by"]);
/** Verbs of reporting and stating that a body, never a place, does. */
const REPORTING_VERBS = new Set(["reported", "reports", "said", "says", "wrote", "writes", "told", "announced", "stated"]);

/** Verbs of a body's statements beside REPORTING_VERBS ("the Islamic State warned"). */
const MISC_SPEAKS = new Set(["warned", "warns", "denied", "denies", "vowed", "vows", "threatened", "threatens"]);
/** What a body claims ("claimed responsibility for the attack"); other things claim lives. */
const CLAIMED = new Set(["responsibility", "credit"]);

/** Nouns of messages before "to" and the one they are sent to ("in an email to Quanta"). */
const ADDRESSED_BY = new Set(["email", "e-mail", "statement", "letter", "interview", "message", "comments", "remarks"]);

/** Adverbs between a source and its verb of reporting ("first reported", "previously reported"). */
const REPORT_ADVERBS = /^(?:first|also|previously|earlier|initially|exclusively|recently|later|separately)$/;

/** Verbs of working, before "for" and an employer ("worked for Vanguard"). */
const WORK_VERBS = new Set(["work", "works", "worked", "working"]);

/** People of a body, before "at" or "from" and its name ("executives at Evercore", "the team from Valeant"). */
const STAFF_NOUNS = new Set([
  "executive", "executives", "employee", "employees", "staff", "staffer", "staffers", "analyst", "analysts", "engineers",
  "engineer", "researchers", "researcher", "workers", "worker", "spokesman", "spokeswoman", "spokesperson", "team",
]);

/** Posts held at a body, before "at" and its name ("a director at Upworthy", "a professor at Yale"). */
const POSTS_AT = new Set([
  "director", "professor", "manager", "economist", "strategist", "fellow", "scholar", "partner", "editor", "producer",
  "consultant", "intern", "officer", "lecturer", "chair", "founder", "co-founder", "trader", "banker", "lawyer",
]);

/** Last words of a school's name ("Florida State University"). */
const SCHOOL_HEADS = new Set(["university", "college"]);

/** Initials in capitals, three to six letters, or two such parts joined by a hyphen ("AFL-CIO"). */
const ACRONYM = /^(?:\p{Lu}{3,6}|\p{Lu}{2,}-\p{Lu}{2,})$/u;

/** Cities called by their initials. */
const CITY_INITIALS = new Set(["NYC", "SLC", "NOLA", "LAX", "DFW"]);

/** Words right after a name that only a company takes ("Amazon founder", "Walmart shares", "Costco CEO"). */
const COMPANY_FOLLOWERS = new Set([
  "founder", "co-founder", "shares", "shareholders", "stock", "CEO", "spokesperson", "spokesman", "spokeswoman", "subsidiary",
  "executives", "analysts", "economists", "strategists", "employees",
]);

/** What only a company has, after its possessive ("Meta’s chief executive", "Google’s parent"). */
const COMPANY_OWNS = new Set([
  "chief executive", "ceo", "founder", "co-founder", "shares", "stock", "shareholders", "subsidiary", "parent", "parent company",
  "market value", "stock price", "share price", "buyout", "ipo", "earnings", "revenue", "revenues", "profit", "profits",
  "quarterly", "headquarters", "board", "market share",
]);

/** What a company has after its possessive and a person has not (COMPANY_OWNS without the board and the offices). */
const MARKET_OWNS = new Set([
  "shares", "shareholders", "subsidiary", "parent company", "market value", "stock price", "share price", "ipo",
]);

/** Plural nouns of a company's people right after its name ("Merrill Lynch analysts"). */
const STAFF_AFTER = new Set(["analysts", "economists", "strategists", "employees", "shareholders"]);

/** Words before a name that only a company takes ("shares of Alphabet", "analysts at Nomura"). */
const COMPANY_BEFORE = new Set([
  "shares of", "stake in", "shareholders of", "shareholders in", "stock of", "analysts at", "economists at", "strategists at",
  "employees of", "employees at", "professor at", "professors at", "researcher at", "researchers at", "students at",
]);
/** The last words of COMPANY_BEFORE's phrases. */
const COMPANY_BEFORE_LAST = new Set([...COMPANY_BEFORE].map((p) => p.slice(p.lastIndexOf(" ") + 1)));

/** Verbs of going somewhere, before "to" and a place ("moved to Denver"). */
const MOTION_VERBS = new Set([
  "came", "come", "comes", "moved", "move", "moves", "flew", "fly", "flies", "travelled", "traveled", "travel", "returned",
  "return", "drove", "drive", "relocated", "headed", "heads", "fled", "flee", "sailed", "walked",
  "deployed", "emigrated", "immigrated", "commute", "commuted",
]);

/** Nouns that describe a company after "the" and a place ("the Burbank entertainment giant"). */
const COMPANY_DESCRIPTIONS = new Set([
  "company", "giant", "firm", "maker", "retailer", "conglomerate", "startup", "automaker", "carmaker", "chipmaker",
  "lender", "insurer", "airline", "carrier", "manufacturer", "developer", "utility", "brokerage",
]);

/** One to three lower-case words from i, the last a description of a company ("entertainment giant"). */
function describesCompany(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  for (let k = i; k < Math.min(t.length, i + 3); k++) {
    if (t[k].kind !== "word" || !/^\p{Ll}[\p{Ll}-]*$/u.test(t[k].text)) return false;
    if (COMPANY_DESCRIPTIONS.has(t[k].text)) return !(t[k + 1]?.kind === "word" && startsLower(t[k + 1].text) && COMPANY_DESCRIPTIONS.has(t[k + 1].text));
  }
  return false;
}

/** The lower-case word or two after a possessive ("chief executive", "parent"), joined by a space. */
function ownedWords(doc: Doc, i: number): string {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const w1 = t[i]?.kind === "word" && startsLower(t[i].text) ? t[i].text : /^(?:CEO|IPO)$/.test(t[i]?.text ?? "") ? lw[i] : "";
  if (!w1) return "";
  const w2 = t[i + 1]?.kind === "word" && startsLower(t[i + 1].text) ? t[i + 1].text : "";
  return COMPANY_OWNS.has(`${w1} ${w2}`) ? `${w1} ${w2}` : w1;
}

/**
 * One surface form, one type: when the tagger labels the same words differently across an article
 * ("Huawei" ORG five times, LOC once), the majority wins.
 */
export function harmonizeTypes(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const lw = lowerTexts(doc);
  const votes = new Map<string, Map<SpanType, number>>();
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === "PER" && s.last - s.first > 1) surnames.add(lw[s.last - 1]);
  const vote = (key: string, type: SpanType, weight = 1) => {
    const m = votes.get(key) ?? new Map<SpanType, number>();
    m.set(type, (m.get(type) ?? 0) + weight);
    votes.set(key, m);
  };
  for (const w of surnames) if (!lookupCountry(w)) vote(w, "PER", 100);
  // The first word of a full name that is no given name is a surname written first ("Yoon" of "Yoon Suk Yeol",
  // "Xi" of "Xi Jinping"): written alone, it is that person too. Not in a "person" holding a company's word
  // ("Exxon Mobil", "Mercury LLC."): that is a company the tagger misread.
  const gaz = loadModel().gazetteer;
  for (const s of spans) {
    if (s.type !== "PER" || s.last - s.first < 2) continue;
    let company = false;
    for (let i = s.first; i < s.last; i++) if (COMPANIES.has(doc.tokens[i].text) || headTypeOf(doc.tokens[i].text) === "ORG" || isOrgHead(doc.tokens[i].text)) company = true;
    if (company) continue;
    const w = doc.tokens[s.first].text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || ((gaz.get(lowerHash(w)) ?? 0) & GAZ.givenName) !== 0) continue;
    const key = w.toLowerCase();
    if (!surnames.has(key) && !lookupCountry(w) && !headTypeOf(w) && !isCommonWord(w)) {
      surnames.add(key);
      vote(key, "PER", 100);
    }
  }
  const keys = spans.map((s) => spanKey(doc, s));
  const loneSurnames = new Set<string>();
  spans.forEach((s, i) => {
    if (s.type === "PER" && s.last - s.first === 1) loneSurnames.add(keys[i]);
  });
  const shortForms: string[] = [];
  const schools: string[] = [];
  const modifiers: number[] = [];
  const miscModifiers: number[] = [];
  const leads: string[] = [];
  /** The head word of the body each lead word opens ("museum" of "Bardo National Museum"). */
  const leadHeads = new Map<string, string>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // "the Ennahda party": the noun after the name says what it is, stronger than any single tag.
    const follower = s.last < doc.tokens.length ? doc.tokens[s.last].text : "";
    const strong = s.cued || (s.type === "ORG" && ORG_FOLLOWERS.has(follower));
    vote(keys[i], s.type, strong ? 100 : 1);
    if (!strong && s.type === "ORG") modifiers.push(i);
    if (!strong && s.type === "MISC" && s.last - s.first === 1 && ACRONYM.test(doc.tokens[s.first].text)) miscModifiers.push(i);
    // "the Sacramento Bee reported": a place does not report or say; a name that does is a body (countries and
    // capitals acting are places.ts's).
    // After a preposition the place ends a longer name ("the Western District of New York said").
    const before = s.first > 0 ? lw[s.first - 1] : "";
    // An adverb may stand between ("the Sacramento Bee first reported", "Axios previously reported").
    const verb = REPORT_ADVERBS.test(follower) ? (doc.tokens[s.last + 1]?.text ?? "") : follower;
    // Nor after a preposition and "the" ("farmers in the West Bank said").
    const placed = PREPOSITIONS.has(before) || (before === "the" && s.first > 1 && PREPOSITIONS.has(lw[s.first - 2]));
    if (s.type === "LOC" && REPORTING_VERBS.has(verb) && !placed && !lookupCountry(keys[i])) vote(keys[i], "ORG", 3);
    // "The Islamic State claimed responsibility", "the Muslim Brotherhood warned": a name of two words or more read
    // as "other" that says, warns or claims an attack is a body too. Not one whose last word names a kind of other
    // thing ("the Iraq War", "the World Cup"), nor a people ("Social Democrats said"), nor a country's word; nor
    // a name after a possessive or opening with a given name, a person's ("the Gazette’s Ana Ortiz wrote").
    const owned = s.first > 0 && isPossessive(doc.tokens[s.first - 1]);
    if (s.type === "MISC" && !s.cued && s.last - s.first >= 2 && !placed && !owned && !isGivenNameWord(doc.tokens[s.first].text) && (REPORTING_VERBS.has(verb) || MISC_SPEAKS.has(verb) || (verb === "claimed" && CLAIMED.has(doc.tokens[s.last + 1]?.text ?? "")))) {
      const lastWord = doc.tokens[s.last - 1].text;
      if (/^\p{Lu}\p{Ll}+$/u.test(lastWord) && !lastWord.endsWith("s") && !headTypeOf(lastWord) && !lookupCountry(keys[i])) vote(keys[i], "ORG", 3);
    }
    // "told Quanta", "in an email to Quanta": a place is not told things or written to; an outlet is.
    const addressed = before === "told" || (before === "to" && ADDRESSED_BY.has(s.first > 1 ? doc.tokens[s.first - 2].text : ""));
    if (s.type === "LOC" && addressed && !lookupCountry(keys[i])) vote(keys[i], "ORG", 3);
    // "according to Variety", "worked for Vanguard", "executives at Evercore": a place is not cited and does not
    // employ; a source or an employer is a body (countries and capitals are places.ts's). Not a place that
    // modifies the name after it ("worked for Wisconsin Gov. Scott Walker").
    const before2w = s.first > 1 ? lw[s.first - 2] : "";
    // ("a former strategy director at Upworthy", "a professor at Yale", "she worked at Evercore": a post or work at a
    // name is at a body.)
    const employs = ((before === "for" && WORK_VERBS.has(before2w)) || ((before === "at" || before === "from") && STAFF_NOUNS.has(before2w)) || (before === "at" && (POSTS_AT.has(before2w) || WORK_VERBS.has(before2w)))) && !startsUpper(follower);
    if (s.type === "LOC" && ((before === "to" && before2w === "according") || employs) && !lookupCountry(keys[i])) vote(keys[i], "ORG", 3);
    // "Eyamba Sowers, 34, said", "… Morales, who fled": an age or a "who" clause after a name is a person's.
    // Not a name after "of": "the director of the Latino Partnership for Civic Life, who said" is the director.
    const ofName = before === "of" || (before === "the" && before2w === "of");
    if (s.type !== "PER" && follower === "," && !s.cued && !ofName && !lookupCountry(keys[i]) && !headTypeOf(doc.tokens[s.last - 1].text)) {
      const n1 = doc.tokens[s.last + 1];
      const n2 = doc.tokens[s.last + 2];
      const age = n1?.kind === "number" && /^\d{1,3}$/.test(n1.text) && Number(n1.text) <= 110 && n2?.text === ",";
      // An age needs a full name before it, each word in title case ("Ohio State, 35, …" is a score).
      const fullName = s.last - s.first >= 2 && doc.tokens.slice(s.first, s.last).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text));
      if ((age && fullName) || n1?.text === "who") vote(keys[i], "PER", 100);
    }
    // "Con Edison, which maintains …": a "which" clause describes a thing or a body, never a person.
    // A full name with a middle initial is a person's whatever the clause refers to ("a story by Richard A.
    // Lupoff, which was published …").
    const initialled = s.last - s.first >= 3 && doc.tokens.slice(s.first + 1, s.last - 1).some((x) => /^\p{Lu}\.$/u.test(x.text));
    if (s.type === "PER" && follower === "," && doc.tokens[s.last + 1]?.text === "which" && !surnames.has(keys[i]) && !initialled) vote(keys[i], "ORG", 100);
    // "The AFL-CIO started …", "a report from WKOW", "aired on TNT": initials of three letters or more read as a
    // place name a body (a station's call letters, a union, a network), unless they name a country or a city
    // ("NYC"), are a place's name in capitals (the article writes "Fargo" too), open a line or a kicker ("DALLAS
    // (AP) —", "PSA—") or stand in a heading ("LIVE").
    if (s.type === "LOC" && s.last - s.first === 1 && ACRONYM.test(doc.tokens[s.first].text) && !CITY_INITIALS.has(doc.tokens[s.first].text)) {
      const w = doc.tokens[s.first].text;
      const titled = w.charAt(0) + w.slice(1).toLowerCase();
      const kicker = /^[—–(:-]$/.test(follower) || s.first === 0 || /\n/.test(doc.text.slice(doc.tokens[s.first - 1].end, doc.tokens[s.first].start));
      if (!kicker && !lookupCountry(w) && !isCommonWord(w) && !isCommonWord(titled) && !inHeading(doc, s.first) && !doc.tokens.some((x) => x.text === titled)) vote(keys[i], "ORG", 3);
    }
    // "Amazon founder Jeff Bezos", "Walmart shares", "Costco CEO": words only a company has after its name.
    // "Meta’s chief executive", "Alphabet’s shares", "shares of Alphabet", "analysts at Nomura": the same
    // with a possessive between, or the words before the name.
    const possessed = isPossessive(doc.tokens[s.last] ?? ({ text: "" } as Token)) ? ownedWords(doc, s.last + 1) : "";
    // (Built only where it can be one of COMPANY_BEFORE's phrases, which end in "of", "in" or "at".)
    const before2 = s.first > 1 && COMPANY_BEFORE_LAST.has(before) ? `${lw[s.first - 2]} ${before}` : "";
    const companyWords = (s.last - s.first === 1 && COMPANY_FOLLOWERS.has(follower)) || COMPANY_OWNS.has(possessed) || COMPANY_BEFORE.has(before2);
    if (s.last - s.first === 1 && companyWords && !keys[i].includes("-") && !surnames.has(keys[i]) && !lookupCountry(keys[i])) vote(keys[i], "ORG", 100);
    // "analysts at Merrill Lynch", "Charles Schwab’s shares", "Edward Jones employees": a company named like a
    // person, in the words only a company takes (the market's words after a possessive, not "board" or
    // "headquarters", which a campaign or a person has too, nor "stock", a person's "stock answer"; no "shares"
    // after the name, a verb after a person). Not when the last word alone names a person in the article
    // ("Clinton said"): that is a surname; nor a place one has a stake in ("a stake in New Hampshire").
    const lastWord = lw[s.last - 1];
    if (s.last - s.first > 1 && s.last - s.first <= 3 && ((COMPANY_BEFORE.has(before2) && !(s.type === "LOC" && before === "in")) || MARKET_OWNS.has(possessed) || STAFF_AFTER.has(follower)) && !loneSurnames.has(lastWord) && !lookupCountry(keys[i])) {
      vote(keys[i], "ORG", 100);
    }
    // "the International Criminal Court at The Hague", "a hospital in The Bronx": a name with a capital "The"
    // right after a body and "at"/"in" is where the body sits, not a publication ("told The Hill" stays one).
    if (s.type === "ORG" && !s.cued && s.last - s.first === 2 && doc.tokens[s.first].text === "The" && /^(?:at|in)$/.test(before)) {
      const owner = spans[i - 1];
      if (owner && owner.type === "ORG" && owner.last === s.first - 1) vote(keys[i], "LOC", 3);
    }
    // "came to Denver", "moved to Austin", "flew to Sydney": where one goes is a place, not a person (a one-word
    // name only; "moved to Canada" is places.ts's).
    if (s.last - s.first === 1 && s.type === "PER" && before === "to" && s.first > 1 && MOTION_VERBS.has(lw[s.first - 2]) && !surnames.has(keys[i])) {
      vote(keys[i], "LOC", 3);
    }
    // "the Burbank entertainment giant", "the Cupertino company": one word between "the" and a description of a
    // company is where the company is based (a brand or a coined name is the company: "the Google search giant").
    if (s.last - s.first === 1 && s.type !== "PER" && before === "the" && describesCompany(doc, s.last) && !(brands().get(doc.tokens[s.first].text) ?? []).some((p) => p.length === 1) && !/\p{Ll}\p{Lu}/u.test(doc.tokens[s.first].text)) {
      // Initials there are the kind of goods the company makes, no town: "the RV maker", "the EV startup".
      vote(keys[i], /^\p{Lu}{2,4}$/u.test(doc.tokens[s.first].text) ? "MISC" : "LOC", 2);
    }
    // "Huawei Technologies", "Alden Capital" are also votes that "Huawei", "Alden" name an organization.
    if (s.type === "ORG" && s.last - s.first > 1 && isOrgHead(doc.tokens[s.last - 1].text)) {
      let b = s.last - 1;
      while (b > s.first + 1 && isOrgHead(doc.tokens[b - 1].text)) b--;
      const short = spanKey(doc, { first: s.first, last: b });
      shortForms.push(short);
      // "Florida State University" → "Florida State" is the university, not a place ("a program at Florida
      // State"): a state school is called by its first words when they end in "State".
      if (b - s.first >= 2 && /^state$/i.test(doc.tokens[b - 1].text) && SCHOOL_HEADS.has(lw[s.last - 1])) schools.push(short);
      // "Roscosmos Space Agency": the first word, a coined name, is the agency too ("Roscosmos said").
      const lead = doc.tokens[s.first].text;
      if (b - s.first > 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(lead) && !loadModel().gazetteer.get(lowerHash(lead))) {
        leads.push(lead.toLowerCase());
        leadHeads.set(lead.toLowerCase(), lw[s.last - 1]);
      }
    }
  }
  // "chose Rishi Sunak as its leader … Sunak, a former analyst": a full name the tagger read as a body or a
  // place is a person when its last word, written alone elsewhere, is read as a person there (a surname), and
  // nothing in the name says otherwise (no head word, no country, each word in title case).
  spans.forEach((s, i) => {
    if (s.type === "PER" || s.type === "MISC" || s.cued || s.last - s.first < 2 || s.last - s.first > 3) return;
    const words = doc.tokens.slice(s.first, s.last);
    if (!words.every((x) => x.kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(x.text)) || headTypeOf(words[words.length - 1].text)) return;
    if (words.some((x) => lookupCountry(x.text))) return;
    const alone = votes.get(words[words.length - 1].text.toLowerCase());
    if (!alone) return;
    let per = 0;
    let other = 0;
    for (const [type, n] of alone) if (type === "PER") per += n;
    else other += n;
    if (per > other && per < 100) vote(keys[i], "PER", 2 * per);
  });
  // "the Barcelona lab", "DoctorX’s Barcelona lab": a name modifying the noun after it says little of its kind
  // (the tagger reads such a name as a body), less than "in Barcelona" says: where a form is read as a place
  // and as a body, its uses as a body that modify a noun count half.
  for (const i of modifiers) {
    const m = votes.get(keys[i])!;
    if (!m.has("LOC") || !m.has("ORG") || !modifiesNoun(doc, spans[i].last)) continue;
    m.set(spans[i].type, m.get(spans[i].type)! - 0.5);
  }
  // "his GOP rivals", "NATO allies": initials before the noun they modify read as "other", like an adjective,
  // while "the GOP’s candidate" reads as a body: where initials are read both ways, those uses count half.
  for (const i of miscModifiers) {
    const m = votes.get(keys[i])!;
    if (!m.has("ORG") || !modifiesNoun(doc, spans[i].last)) continue;
    m.set("MISC", m.get("MISC")! - 0.5);
  }
  // Unless a person of that surname is named or the form is a place, the short form of a company name is
  // the company.
  // A form mostly tagged a place stays one: "Denver" of "Denver Post" is the city.
  const isPlace = (key: string): boolean => {
    let loc = 0;
    let other = 0;
    for (const [type, n] of votes.get(key) ?? []) if (type === "LOC") loc += n;
    else other += n;
    return loc > other;
  };
  for (const key of shortForms) vote(key, "ORG", (surnames.has(key) || isPlace(key)) && !schools.includes(key) ? 1 : 100);
  // A lead word the article mostly uses as a word of another kind stays one: "Islamist" of "Islamist Muslim
  // Brotherhood" is an adjective wherever it stands alone ("Islamist violence").
  const mostlyMisc = (key: string): boolean => {
    let misc = 0;
    let other = 0;
    for (const [type, n] of votes.get(key) ?? []) if (type === "MISC") misc += n;
    else other += n;
    return misc > other;
  };
  // ("Kentucky International Convention Center": a lead word the article mostly reads as a place is the place, as with
  // short forms.)
  // (Unless it is written before the body's head word in lower case: "the Bardo museum" is the Bardo National Museum.)
  const headAfter = new Set<string>();
  if (leadHeads.size) spans.forEach((s, i) => {
    if (s.last < doc.tokens.length && leadHeads.get(keys[i]) === lw[s.last] && startsLower(doc.tokens[s.last].text)) headAfter.add(keys[i]);
  });
  for (const key of leads) if (!mostlyMisc(key)) vote(key, "ORG", surnames.has(key) || (isPlace(key) && !headAfter.has(key)) ? 1 : 100);
  // The first listed mention's type settles a tie without a person reading, so a form gets one type, not two
  // entries ("a training center in Queens" and "supervisor for Queens"); a title's "other" settles nothing.
  const firstType = new Map<string, SpanType>();
  spans.forEach((s, i) => {
    if (s.type !== "MISC" && !firstType.has(keys[i])) firstType.set(keys[i], s.type);
  });
  return spans.map((s, i) => {
    const m = votes.get(keys[i])!;
    const first = s.type === "MISC" ? s.type : firstType.get(keys[i]) ?? s.type;
    let best = first;
    let bestN = m.get(first) ?? 0;
    // Ties go to the person reading: news names people far more often than anything else.
    for (const [type, n] of m) if (n > bestN || (n === bestN && type === "PER")) (best = type), (bestN = n);
    return best === s.type ? s : { ...s, type: best };
  });
}

/**
 * Names the tagger found somewhere in the article are names everywhere: untagged capitalised occurrences of
 * a known multi-letter form get the same type ("Huawei" missed in one sentence of ten).
 */
export function propagateForms(doc: Doc, spans: NameSpan[], extraForms: Map<string, SpanType>): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const forms = new Map<string, SpanType>(extraForms);
  let maxLen = 1;
  for (const s of spans) {
    if (s.type === "MISC") continue;
    // A business's possessive name ("Bally’s") is found again by its word: the possessive is never capitalised.
    const key = spanKey(doc, s.last - s.first === 2 && isPossessive(t[s.first + 1]) ? { first: s.first, last: s.first + 1 } : s);
    if (key.length < 3 || !isCapitalized(t[s.first].text)) continue;
    if (!forms.has(key)) forms.set(key, s.type);
    maxLen = Math.max(maxLen, s.last - s.first);
  }
  for (const k of extraForms.keys()) maxLen = Math.max(maxLen, wordCount(k));
  const covered = new Uint8Array(t.length);
  for (const s of spans) for (let i = s.first; i < s.last; i++) covered[i] = 1;
  const sentenceStarts = sentenceStartsOf(doc);
  const firstWords = new Set<string>();
  for (const k of forms.keys()) {
    const space = k.indexOf(" ");
    firstWords.add(space < 0 ? k : k.slice(0, space));
  }
  const added: NameSpan[] = [];
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || t[i].kind !== "word" || !isCapitalized(t[i].text)) continue;
    const w = lw[i];
    if (!firstWords.has(w.includes("’") ? w.replace(/’/g, "'") : w)) continue;
    for (let len = Math.min(maxLen, t.length - i); len >= 1; len--) {
      let ok = true;
      for (let k = i; k < i + len; k++) if (covered[k]) ok = false;
      if (!ok) continue;
      const span = { first: i, last: i + len };
      if (!isCapitalized(t[i + len - 1].text)) continue;
      const type = forms.get(spanKey(doc, span));
      if (!type) continue;
      // A lone word after a determiner names a thing ("the Bill"), and one at a sentence start may be an
      // ordinary capitalised word.
      if (len === 1 && (!loneNameFits(doc, i) || sentenceStarts.has(i))) break;
      // A lone word at a sentence start may be an ordinary capitalised word; demand the exact case.
      added.push({ type, ...span });
      for (let k = i; k < i + len; k++) covered[k] = 1;
      i += len - 1;
      break;
    }
  }
  if (!added.length) return spans;
  return [...spans, ...added].sort((x, y) => x.first - y.first);
}

/**
 * Two capitalised words between the slashes of a photo credit ("REUTERS / Aly Song / File Photo") name the
 * photographer, and a "Given Surname" labelled organization is a person unless an organization word or a
 * country says otherwise.
 */
export function fixCreditNames(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const gaz = loadModel().gazetteer;
  const t = doc.tokens;
  // Words the article writes alone as a place or a body ("Cleveland held a convention"): a "Given Surname" body
  // opening with one is named after that place ("the Cleveland Browns"), not a person with that given name.
  let alone: Set<string> | undefined;
  return spans.map((s) => {
    if (s.type === "PER" || s.type === "MISC" || s.last - s.first !== 2) return s;
    const a = t[s.first];
    const b = t[s.last - 1];
    if (!/^[A-Z][a-z]+$/.test(a.text) || !/^[A-Z][a-z]+$/.test(b.text)) return s;
    if (isOrgHead(b.text)) return s;
    // Between the slashes of a photo credit ("REUTERS / Aly Song / File Photo") stands a photographer.
    const before = s.first > 0 ? t[s.first - 1].text : "";
    const after = s.last < t.length ? t[s.last].text : "";
    if (before === "/" && (after === "/" || after === "" || after === ";")) return { ...s, type: "PER" };
    // A body the words around it named ("the Edward Jones firm") stays one.
    if (s.type !== "ORG" || s.cued) return s;
    const ga = gaz.get(lowerHash(a.text)) ?? 0;
    const gb = gaz.get(lowerHash(b.text)) ?? 0;
    const other = GAZ.country | GAZ.countryPart | GAZ.demonym | GAZ.orgSuffix | GAZ.capital;
    if (!(ga & GAZ.givenName) || ga & other || gb & other) return s;
    // "the Dallas Cowboys", "analysts at Morgan Stanley": a team named by its city and a plural noun, a name
    // after "the", and a name of two given names stay what the tagger read (no person takes "the").
    if (before.toLowerCase() === "the" || gb & GAZ.givenName || (/s$/.test(b.text) && isCommonWord(b.text))) return s;
    alone ??= new Set(spans.filter((x) => x.last - x.first === 1 && (x.type === "LOC" || x.type === "ORG")).map((x) => t[x.first].text));
    if (alone.has(a.text)) return s;
    return { ...s, type: "PER" };
  });
}

/** `key.split(" ").length` without the array: a key's words are joined by single spaces. */
function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) n++;
  return n;
}

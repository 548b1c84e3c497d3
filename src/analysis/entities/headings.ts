/**
 * Headings and datelines written in capitals. There case says nothing about names, so the tagger's spans
 * there are guesses: "SAN FRANCISCO (Reuters) -" opens a story with the place it was filed from, and a
 * headline in capitals makes every word look like a name ("NEW RULES FOR PUBLIC BANKS").
 *   - a dateline (a name in capitals opening a paragraph, then "(", a dash or a comma) is a place;
 *   - any other name inside a capitals line is kept only when the article also writes it in ordinary case,
 *     and then with the type it has there.
 */
import type { Doc } from "../text/sentences";
import { spanKey, type NameSpan, type SpanType } from "./spans";
import { lowerTexts, startsUpper } from "../text/words";

const LETTER = /\p{L}/u;

function hasLetter(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return LETTER.test(s);
}

/** Two letters or more, none lower case (ASCII by char codes, the rest by Unicode classes). */
function isCapsWord(s: string): boolean {
  let upper = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper++;
    else if (c > 127) return !/\p{Ll}/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);
  }
  return upper > 1;
}

const capsCache = new WeakMap<Doc, { paragraphOf: Int32Array; shouting: Set<number> }>();

/** Whether token i stands in a heading: a line in capitals or in title case (capsParagraphs). */
export function inHeading(doc: Doc, i: number): boolean {
  const { paragraphOf, shouting } = capsParagraphs(doc);
  return shouting.has(paragraphOf[i]);
}

/** Paragraph index per token, and which paragraphs are written (mostly) in capitals; once per article. */
function capsParagraphs(doc: Doc): { paragraphOf: Int32Array; shouting: Set<number> } {
  let found = capsCache.get(doc);
  if (!found) {
    found = computeCapsParagraphs(doc);
    capsCache.set(doc, found);
  }
  return found;
}

function computeCapsParagraphs(doc: Doc): { paragraphOf: Int32Array; shouting: Set<number> } {
  const paragraphOf = new Int32Array(doc.tokens.length).fill(-1);
  // Words with a letter, and those in capitals, per paragraph (paragraphs are numbered from 0).
  let paragraphs = 0;
  for (const s of doc.sentences) paragraphs = Math.max(paragraphs, s.paragraph + 1);
  const letters = new Int32Array(paragraphs);
  const caps = new Int32Array(paragraphs);
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      paragraphOf[i] = s.paragraph;
      if (doc.tokens[i].kind !== "word") continue;
      const w = doc.tokens[i].text;
      if (!hasLetter(w)) continue;
      letters[s.paragraph]++;
      if (isCapsWord(w)) caps[s.paragraph]++;
    }
  }
  const shouting = new Set<number>();
  for (let p = 0; p < paragraphs; p++) if (letters[p] >= 2 && caps[p] * 10 >= letters[p] * 6) shouting.add(p);
  for (const p of titleLines(doc)) shouting.add(p);
  return { paragraphOf, shouting };
}

const LINE_END = /[.!?:;…"”’)\]]$/;
/** Lines that name their author or a picture's source: names there are people, not heading words. */
const CREDIT_START = /^(?:by|photo|photos|credit|image|images|video|source|reporting|editing|written)$/i;

/**
 * Headings and page furniture in ordinary letters: a line with no closing punctuation that is either short
 * (three words at most: "Subscribe", "Breaking News") or written in title case (every word of four letters or
 * more capitalised, three such words at least: "Man Making Special Delivery Pizza Delivery", also ending in "!" or
 * "?": "Pearl Oscar Dress … STOLEN!!!!"). Bylines and
 * credits ("By Jane Roe", "Photo: …") and lines with a slash (photo credits) are none.
 */
function titleLines(doc: Doc): number[] {
  const out: number[] = [];
  const t = doc.tokens;
  let i = 0;
  while (i < doc.sentences.length) {
    const p = doc.sentences[i].paragraph;
    let j = i;
    while (j + 1 < doc.sentences.length && doc.sentences[j + 1].paragraph === p) j++;
    const first = doc.sentences[i].firstToken;
    const end = doc.sentences[j].endToken;
    i = j + 1;
    // A headline may end in "!" or "?" ("$150K Pearl Oscar Dress … STOLEN!!!!"); then only title case tells it.
    // No heading is longer than 24 tokens: most paragraphs end here, before any word is read.
    if (end - first > 24) continue;
    const exclaims = /^[!?]+$/.test(t[end - 1].text);
    // A headline set in title case down to its small words ("Golf Courses Forced to Reach Into Bag of Tricks.",
    // "Hillary Just Got Blindsided By Stunning News- It’s A Game Changer.") is one even with a full stop, and may be
    // longer: prose never capitalises "Into", "By", "A" inside a sentence.
    let smallCaps = 0;
    // ("… Over Ohio’s ‘Golden Week’ Of Early Voting.": a quotation mark may stand before the small word.)
    if (t[end - 1].text === ".") for (let k = first + 1; k < end; k++) if (HEADLINE_SMALL_WORDS.has(t[k].text) && (t[k - 1].kind === "word" || t[k - 1].kind === "quote")) smallCaps++;
    const headlineStop = t[end - 1].text === "." && smallCaps >= 2;
    // Five long words or more, every one capitalised, then a full stop: prose sentences have lower-case verbs
    // ("Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.").
    const titledStop = t[end - 1].text === "." && end - first <= 14;
    if (end - first > (headlineStop ? 24 : 14) || (LINE_END.test(t[end - 1].text) && !exclaims && !headlineStop && !titledStop) || CREDIT_START.test(t[first].text)) continue;
    let long = 0;
    let capsLong = 0;
    let words = 0;
    let slash = false;
    for (let k = first; k < end; k++) {
      const w = t[k].text;
      if (w === "/" || w === "|") slash = true;
      if (t[k].kind !== "word") continue;
      words++;
      if (w.length >= 4 && !/^\d/.test(w)) {
        long++;
        if (startsUpper(w)) capsLong++;
      }
    }
    if (slash || words === 0) continue;
    const stopped = titledStop && !headlineStop && !exclaims;
    if (stopped ? long >= 5 && capsLong === long : (words <= 3 && !exclaims) || (long >= 3 && capsLong === long)) out.push(p);
  }
  return out;
}

/** Small words a headline capitalises and prose does not, inside a line. */
const HEADLINE_SMALL_WORDS = new Set([
  "To", "Into", "By", "Of", "A", "An", "In", "On", "For", "With", "At", "From", "Is", "Are", "Its", "It’s", "It's",
  "About", "Over", "After", "Than", "And", "Or", "But", "His", "Her", "Their", "Was", "Were", "Has", "Have", "Be",
]);

/** Separators of navigation and share bars ("Order Reprints | Today’s Paper | Subscribe", "@reporter • Facebook"). */
const BAR_SEPARATORS = new Set(["|", "•", "·"]);
/** Longest item of such a bar, in words. */
const MAX_BAR_ITEM = 4;

/**
 * Page furniture inside running text, per token: the short items of a bar separated by "|" or "•" ("Order
 * Reprints | Today’s Paper | Subscribe", "Follow us: Twitter | Facebook"), and a headline quoted after
 * "headline:" to the end of its paragraph ("… in print … with the headline: Under the City’s Streets, A Battle
 * Against Winter"), which is set in title case, where every word looks like a name.
 */
function furnitureTokens(doc: Doc): Uint8Array {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const flag = new Uint8Array(t.length);
  for (const sent of doc.sentences) {
    let itemStart = sent.firstToken;
    let words = 0;
    let afterBar = false;
    for (let i = sent.firstToken; i <= sent.endToken; i++) {
      const bar = i < sent.endToken && BAR_SEPARATORS.has(t[i].text);
      if (i === sent.endToken || bar) {
        // An item counts when a bar touches it (before or after) and it is short.
        if ((bar || afterBar) && words > 0 && words <= MAX_BAR_ITEM) flag.fill(1, itemStart, i);
        afterBar = bar;
        itemStart = i + 1;
        words = 0;
        continue;
      }
      if (t[i].kind === "word") words++;
    }
  }
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].text !== ":" || lw[i - 1] !== "headline") continue;
    let j = i + 1;
    while (j < t.length && !lineBreakBetween(doc, j - 1, j)) j++;
    flag.fill(1, i + 1, j);
  }
  return flag;
}

function lineBreakBetween(doc: Doc, a: number, b: number): boolean {
  return doc.text.slice(doc.tokens[a].end, doc.tokens[b].start).includes("\n");
}

const DATELINE_AFTER = new Set(["(", "-", "–", "—", ","]);

function allCaps(doc: Doc, s: NameSpan): boolean {
  for (let i = s.first; i < s.last; i++) if (hasLetter(doc.tokens[i].text) && !isCapsWord(doc.tokens[i].text)) return false;
  return true;
}

export function settleHeadings(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const { paragraphOf, shouting } = capsParagraphs(doc);
  const opensParagraph = (i: number) => i === 0 || paragraphOf[i] !== paragraphOf[i - 1];
  const inCaps = (s: NameSpan) => shouting.has(paragraphOf[s.first]);
  // Types of the names written in ordinary case: the article's own answer for the same words in a heading.
  let bodyType: Map<string, SpanType> | null = null;
  const bodyTypeOf = (s: NameSpan): SpanType | undefined => {
    if (!bodyType) {
      bodyType = new Map();
      for (const x of spans) if (!inCaps(x) && !allCaps(doc, x)) bodyType.set(spanKey(doc, x), x.type);
    }
    return bodyType.get(spanKey(doc, s));
  };
  const out: NameSpan[] = [];
  for (const s of spans) {
    const next = s.last < t.length ? t[s.last].text : "";
    if (DATELINE_AFTER.has(next) && opensParagraph(s.first) && allCaps(doc, s)) {
      out.push({ ...s, type: "LOC" });
      continue;
    }
    if (!inCaps(s) || s.cued) {
      out.push(s);
      continue;
    }
    const known = bodyTypeOf(s);
    if (known) out.push({ ...s, type: known });
    // Not a place cut off at a headline's small word ("… In Survey Of US Troops": no place "Survey Of").
    else if (s.type === "LOC" && !HEADLINE_SMALL_WORDS.has(t[s.last - 1].text)) out.push(s);
  }
  return out;
}

/**
 * Names in page furniture inside running text (furnitureTokens: share bars, a print edition's headline) are
 * kept only when the article writes them elsewhere too. Run after every rule that adds names (brands, state
 * bodies), so none slips in: "@reporter • Facebook", "… the headline: … Cost of U.S. Military?".
 */
export function dropFurniture(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const flagged = furnitureTokens(doc);
  if (!spans.some((s) => flagged[s.first])) return spans;
  const body = new Set(spans.filter((s) => !flagged[s.first]).map((s) => spanKey(doc, s)));
  return spans.filter((s) => !flagged[s.first] || body.has(spanKey(doc, s)));
}

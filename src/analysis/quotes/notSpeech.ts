/**
 * What is not speech: page furniture (photo captions, headlines, bylines, credits) and quotation marks
 * around titles, names, terms and scare quotes. Decided from the paragraph's shape and the words around the marks.
 */
import type { Doc } from "../text/sentences";
import { TITLE_CONTEXT } from "./lexicon";
import { inHeading } from "../entities/headings";

export const enum ParagraphKind {
  /** Article prose. */
  Body = 0,
  /** No closing punctuation: a headline, subhead, label or list item. */
  Unterminated = 1,
  /** A photo caption, credit or byline. */
  Furniture = 2,
}

const FURNITURE_STARTS = [
  "file photo", "photo:", "photo by", "photograph:", "picture:", "pictured:", "image:", "image copyright",
  "image caption", "media caption", "caption:", "credit:", "report by", "reporting by", "editing by", "edited by",
  "additional reporting", "written by", "writing by", "compiled by", "graphic:", "video:", "watch:",
  "listen:", "read more", "read:", "related:", "see also", "copyright", "©", "follow ", "sign up", "subscribe",
  "advertisement", "continue reading", "discussion about this post", "share this", "click here",
];
const FURNITURE_INSIDE = [
  "photo via", "/ file photo", "(reuters)", "(ap)", "(afp)", "getty images", "ap photo",
  "source: supplied", "photo credit", "contributed to this report", "(photo:", "photograph by", "/afp", "epa-efe",
];

/** "REUTERS/Jane Doe", "Reuters / File Photo": a photo credit, not "a Reuters/Ipsos poll". */
const PHOTO_CREDIT = /REUTERS ?\/|Reuters \/ /;

export function classifyParagraphs(doc: Doc, _lower: readonly string[]): ParagraphKind[] {
  const out: ParagraphKind[] = [];
  const { text, paragraphs, sentences } = doc;
  let s = 0;
  for (const p of paragraphs) {
    while (s < sentences.length && sentences[s].paragraph < p.index) s++;
    const head = text.slice(p.start, Math.min(p.end, p.start + 40)).toLowerCase();
    const tail = text.slice(Math.max(p.start, p.end - 80), p.end).toLowerCase();
    let kind = ParagraphKind.Body;
    const rawTail = text.slice(Math.max(p.start, p.end - 80), p.end);
    if (FURNITURE_STARTS.some((f) => head.startsWith(f)) || FURNITURE_INSIDE.some((f) => tail.includes(f)) || PHOTO_CREDIT.test(rawTail) || isByline(text, p.start, p.end)) {
      kind = ParagraphKind.Furniture;
    } else if (!endsLikeProse(text, p.start, p.end) || (s < sentences.length && sentences[s].paragraph === p.index && inHeading(doc, sentences[s].firstToken))) {
      // (A headline in title case is one whatever its last mark: "Ted Cruz Refuses to Disavow … Endorsement.")
      kind = ParagraphKind.Unterminated;
    }
    out.push(kind);
  }
  return out;
}

/** The most words a byline runs to ("By Ana Ruiz and Tom Hale, Reuters"). */
const BYLINE_WORDS = 12;

/**
 * "By Ana Ruiz" is a byline; "By a wide margin, voters say …" and "By 2030, …" are prose: a byline names
 * someone right after "By" and is short.
 */
function isByline(text: string, start: number, end: number): boolean {
  // "By" and "BY" both open with a capital B: any other paragraph is answered without splitting its words.
  if (text.charCodeAt(start) !== 66) return false;
  const words = text.slice(start, Math.min(end, start + 200)).split(/\s+/);
  if (words[0] !== "By" && words[0] !== "BY") return false;
  const name = words[1] ?? "";
  if (!/^\p{Lu}/u.test(name) || /^(The|A|An|This|That|Then|Now|Law|Contrast|Comparison|Far)$/i.test(name)) return false;
  return text.slice(start, end).split(/\s+/).length <= BYLINE_WORDS;
}

function endsLikeProse(text: string, start: number, end: number): boolean {
  let e = end;
  // Closing quotes, brackets and footnote marks after the final stop.
  while (e > start) {
    const ch = text[e - 1];
    if (ch === "\u201D" || ch === '"' || ch === "\u2019" || ch === "'" || ch === ")" || ch === "]" || ch === "\u00BB" || ch === "*" || ch === " ") e--;
    else break;
  }
  if (e <= start) return false;
  const ch = text[e - 1];
  return ch === "." || ch === "!" || ch === "?" || ch === "\u2026" || ch === ":";
}

/** True when the words just before a quotation mark make it a name, title or term ("the film", "so-called"). */
export function isTitleContext(lower: readonly string[], openTok: number, floor: number): boolean {
  // The noun or verb right before the mark ("the film “Parasite”", "so-called “metadata”"), or one word earlier
  // when a naming verb sits between ("a campaign dubbed “X”", "known as “Y”").
  const k = openTok - 1;
  if (k < floor) return false;
  const w = lower[k];
  if (TITLE_CONTEXT.has(w)) return true;
  if (w === "as" && k > floor && (lower[k - 1] === "known" || lower[k - 1] === "billed" || lower[k - 1] === "branded")) return true;
  return false;
}

/** Words title case leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(["of", "the", "a", "an", "and", "or", "but", "in", "on", "to", "for", "with", "at", "from", "by", "as", "that"]);

/** True when every word of a short quote is capitalised, like a title ("Gone With the Wind"). */
export function looksLikeTitle(quote: string): boolean {
  const words = quote.split(/\s+/);
  // A subtitle after a colon makes a title longer ("A Paradise Built in Hell: The Extraordinary Communities …").
  if (words.length < 2 || words.length > (quote.includes(": ") ? 16 : 8)) return false;
  const last = quote[quote.length - 1];
  if (last === "." || last === "!" || last === "?" || last === ",") return false;
  let caps = 0;
  for (const w of words) {
    const c = w.charAt(0);
    if (c !== c.toLowerCase()) caps++;
    else if (!TITLE_SMALL_WORDS.has(w)) return false;
  }
  return caps >= 2;
}

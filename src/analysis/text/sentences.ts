import type { Span } from "../types";
import { ABBREVIATIONS, QUOTE_CHARS, TITLE_ABBREVIATIONS, isUpperInitial, tokenize, type Token } from "./tokens";

export interface Sentence extends Span {
  /** Index of the sentence's first token in the document's token array. */
  firstToken: number;
  /** Index one past the sentence's last token. */
  endToken: number;
  /** Index of the paragraph the sentence lies in. */
  paragraph: number;
}

export interface Paragraph extends Span {
  index: number;
}

/** A tokenized article: the shared input of the quote and entity passes. */
export interface Doc {
  text: string;
  tokens: Token[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** Paragraphs are separated by one or more line breaks; blank paragraphs are dropped. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || text.charCodeAt(i) === 10) {
      let s = start;
      let e = i;
      while (s < e && isBlank(text.charCodeAt(s))) s++;
      while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e, index: out.length });
      start = i + 1;
    }
  }
  return out;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11;
}

const CLOSERS = new Set([")", "]", "}"]);

/**
 * Splits each paragraph into sentences at . ! ? (and …) followed by a plausible sentence start.
 * Abbreviations and initialisms do not end a sentence unless the next word is clearly a new sentence
 * start (a quote mark or a common sentence-initial word is not enough evidence, so they are kept together).
 */
export function buildDoc(text: string): Doc {
  const paragraphs = splitParagraphs(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    const first = tokens.length;
    const pt = tokenize(text, p.start, p.end);
    for (const t of pt) tokens.push(t);
    let sStart = first;
    const last = tokens.length;
    for (let i = first; i < last; i++) {
      if (!endsSentence(tokens, i, last)) continue;
      // Closing quotes and brackets right after the terminator stay with the sentence.
      let j = i + 1;
      while (j < last && (tokens[j].kind === "quote" || CLOSERS.has(tokens[j].text)) && tokens[j].start === tokens[j - 1].end) j++;
      pushSentence(sentences, tokens, sStart, j, p.index);
      sStart = j;
      i = j - 1;
    }
    if (sStart < last) pushSentence(sentences, tokens, sStart, last, p.index);
  }
  return { text, tokens, paragraphs, sentences };
}

function pushSentence(out: Sentence[], tokens: Token[], from: number, to: number, paragraph: number): void {
  if (to <= from) return;
  out.push({ start: tokens[from].start, end: tokens[to - 1].end, firstToken: from, endToken: to, paragraph });
}

function endsSentence(tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i];
  const isTerminator =
    (t.kind === "punct" && (t.text[0] === "." || t.text[0] === "!" || t.text[0] === "?" || t.text === "\u2026")) ||
    (t.kind === "word" && t.text.endsWith(".") && t.text.length > 1);
  if (!isTerminator) return false;
  if (i + 1 >= last) return false; // the paragraph end closes the sentence anyway
  // Find the next token after closing quotes/brackets.
  let j = i + 1;
  while (j < last && (tokens[j].kind === "quote" || CLOSERS.has(tokens[j].text)) && tokens[j].start === tokens[j - 1].end) j++;
  if (j >= last) return false;
  const next = tokens[j];
  if (next.start === tokens[j - 1].end && next.kind !== "quote") return false; // "3.5", "U.S.-based"
  if (t.kind === "word") {
    // An abbreviation or initialism ends a sentence only before a capitalised word that is not a name part.
    const whole = t.text.slice(0, -1).toLowerCase();
    // "then-Sen. Barack Obama", "ex-Gov. Ann Ruiz": a title written after a hyphenated prefix is still a title.
    const titlePart = whole.slice(whole.lastIndexOf("-") + 1);
    const bare = TITLE_ABBREVIATIONS.has(titlePart) ? titlePart : whole;
    // "… strategist at Tempus Inc. “Central banks …”": a new quotation opening after a company suffix or a
    // month starts a sentence; after a title ("Sen. “Bud” Cole") it does not.
    if (next.kind === "quote" && ABBREVIATIONS.has(bare) && !TITLE_ABBREVIATIONS.has(bare) && j + 1 < last && isUpperInitial(tokens[j + 1].text)) return true;
    if (ABBREVIATIONS.has(bare) || bare.length === 1) return false;
    return isUpperInitial(next.text) && isSentenceStarter(next.text);
  }
  if (t.text === "\u2026" || t.text.startsWith("...")) {
    return isUpperInitial(next.text) && isSentenceStarter(next.text);
  }
  // "the No. 2 Republican", "Art. 5", "pp. 12–14": an abbreviation that numbers what follows it.
  if (t.text === "." && next.kind === "number" && i > 0 && tokens[i - 1].end === t.start && NUMBERING.has(tokens[i - 1].text.toLowerCase())) return false;
  return isUpperInitial(next.text) || next.kind === "quote" || next.kind === "number" || QUOTE_CHARS.has(next.text) || next.text === "(" || next.text === "[";
}

/** Abbreviations written before a number ("No. 2", "Art. 5", "pp. 12"), whose period ends no sentence there. */
const NUMBERING = new Set(["no", "nos", "art", "arts", "p", "pp", "ch", "sec", "para", "ext", "tel"]);

const STARTERS = new Set([
  "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "This", "That", "But", "And", "Its",
  "His", "Her", "Their", "There", "When", "After", "Before", "As", "If", "While", "Last", "Officials", "Sources",
]);

function isSentenceStarter(word: string): boolean {
  return STARTERS.has(word);
}

/** Index of the sentence containing `offset`, by binary search; -1 when between sentences. */
export function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * One tokenizer for every analysis pass, so quotes, entities and sentences agree on boundaries.
 * A single left-to-right scan over char codes: linear time, no regular expressions with backtracking.
 *
 * Conventions follow newswire (CoNLL-style) tokenization closely enough for the entity tagger:
 * possessive 's / ’s is its own token, hyphenated words stay whole, known abbreviations and
 * initialisms keep their periods ("U.S.", "Corp.", "Dr."), every quotation mark is its own token.
 */

export type TokenKind = "word" | "number" | "punct" | "quote";

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

/** Characters that can open or close a quotation. The apostrophes are quote marks only when not inside a word. */
export const QUOTE_CHARS = new Set([
  '"', "'", "\u2018", "\u2019", "\u201A", "\u201B", "\u201C", "\u201D", "\u201E", "\u201F",
  "\u00AB", "\u00BB", "\u2039", "\u203A", "\u300C", "\u300D", "\uFF02",
]);

const APOSTROPHES = new Set(["'", "\u2019", "\u02BC"]);

/** Abbreviations whose trailing period belongs to the word (lower-cased, without the period). */
export const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "gov", "sen", "rep", "reps", "sens",
  "lt", "col", "capt", "cpl", "sgt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det",
  "corp", "inc", "ltd", "co", "cos", "bros", "plc", "llc", "dept", "univ", "assn", "ave", "blvd", "rd",
  "vs", "etc", "approx", "est", "fig", "vol", "op", "cf", "al", "e.g", "i.e",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
  "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
  "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn",
  "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
]);

/** Abbreviations that stand before a name, never at the end of a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "st", "mt", "ft", "gen", "gov", "sen", "rep", "reps", "sens", "lt", "col",
  "capt", "cpl", "sgt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det", "vs", "cf", "e.g", "i.e",
]);

function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin-1 letters, Latin Extended, Greek, Cyrillic and most scripts: anything alphabetic
  // outside the general punctuation and symbol blocks counts as a letter.
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: emoji and astral symbols
  if (c >= 0x300 && c <= 0x36f) return true; // combining marks stay inside words
  if (c === 0x200c || c === 0x200d) return true; // zero-width (non-)joiners stay inside words
  if (c === 0xad) return true; // a soft hyphen ("Vladi\u00admir") is a line-break hint inside a word
  return c > 0x24f && c !== 0xa0 && !(c >= 0x80 && c < 0xc0);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isWordChar(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c);
}

export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

export function isUpperInitial(s: string): boolean {
  // ASCII by its code (only A-Z changes in lower case and stays in upper case); anything else by the case maps.
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isApostrophe(ch: string): boolean {
  return APOSTROPHES.has(ch);
}

/**
 * Splits `text[from, to)` into tokens. Whitespace is dropped; every other character belongs to exactly one token.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const ch = text[i];
    if (isWordChar(c)) {
      i = scanWord(text, i, to, tokens);
      continue;
    }
    // A leading apostrophe in a decade or elision ('90s, 'n') belongs to the word.
    if (isApostrophe(ch) && i + 1 < to && isDigitCode(text.charCodeAt(i + 1)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      let j = i + 1;
      while (j < to && isWordChar(text.charCodeAt(j))) j++;
      if (j - i === 3 || (j - i === 4 && text[j - 1] === "s")) {
        tokens.push({ start: i, end: j, text: text.slice(i, j), kind: "word" });
        i = j;
        continue;
      }
    }
    if (QUOTE_CHARS.has(ch)) {
      tokens.push({ start: i, end: i + 1, text: ch, kind: "quote" });
      i++;
      continue;
    }
    // Keep astral characters (emoji) whole so no token splits a surrogate pair.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    // Runs of the same punctuation (..., --) are one token.
    let j = i + width;
    if (width === 1 && (ch === "." || ch === "-" || ch === "!" || ch === "?")) {
      while (j < to && text[j] === ch) j++;
    }
    tokens.push({ start: i, end: j, text: text.slice(i, j), kind: "punct" });
    i = j;
  }
  return tokens;
}

function scanWord(text: string, start: number, to: number, out: Token[]): number {
  let i = start;
  let allDigits = true;
  for (;;) {
    while (i < to && isWordChar(text.charCodeAt(i))) {
      if (!isDigitCode(text.charCodeAt(i))) allDigits = false;
      i++;
    }
    if (i + 1 >= to) break;
    const ch = text[i];
    const next = text.charCodeAt(i + 1);
    if (!isWordChar(next)) break;
    // Joiners inside a word: hyphen (lesser-known), ampersand in initialisms (AT&T), digit separators (1,000.5),
    // in-word periods of initialisms (U.S), in-word apostrophes (don't, O'Brien) except the possessive 's.
    if (ch === "-" || ch === "\u2011" || (ch === "/" && allDigits)) {
      i++;
      continue;
    }
    if (ch === "&" && isUpperInitial(text[i - 1]) && isUpperInitial(text[i + 1])) {
      i++;
      continue;
    }
    if ((ch === "," || ch === ".") && allDigits && isDigitCode(next)) {
      i++;
      continue;
    }
    if (ch === "." && isLetterCode(next) && isSingleLetterRun(text, start, i)) {
      i++;
      continue;
    }
    if (isApostrophe(ch)) {
      const rest = possessiveLength(text, i + 1, to);
      if (rest > 0) break; // possessive 's becomes its own token below
      i++;
      continue;
    }
    break;
  }
  let end = i;
  // Possessive: Trump's, China’s
  if (end < to && isApostrophe(text[end])) {
    const rest = possessiveLength(text, end + 1, to);
    if (rest > 0) {
      pushWord(text, start, end, out, allDigits);
      out.push({ start: end, end: end + 1 + rest, text: text.slice(end, end + 1 + rest), kind: "word" });
      return end + 1 + rest;
    }
  }
  // Trailing period of an abbreviation or initialism (U.S., Corp., J.)
  if (end < to && text[end] === "." && !allDigits) {
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    const isInitialism = isSingleLetterRun(text, start, end);
    // ("R-Fla.", "D-Calif.": a party tag's state keeps its period like the state alone.)
    const tagged = lower.length > 2 && lower[1] === "-" && (lower[0] === "r" || lower[0] === "d" || lower[0] === "i") && ABBREVIATIONS.has(lower.slice(2));
    // ("then-Sen.", "ex-Gov.": a title after a hyphenated prefix keeps its period like the title alone.)
    const hyphen = lower.lastIndexOf("-");
    const prefixedTitle = hyphen > 0 && TITLE_ABBREVIATIONS.has(lower.slice(hyphen + 1));
    if (isInitialism || ABBREVIATIONS.has(lower) || tagged || prefixedTitle || (word.length === 1 && isUpperInitial(word))) {
      end += 1;
      // "the U.K.'s University of York": the possessive after an initialism is a clitic, not a quote mark.
      const rest = end < to && isApostrophe(text[end]) ? possessiveLength(text, end + 1, to) : 0;
      if (rest > 0) {
        pushWord(text, start, end, out, allDigits);
        out.push({ start: end, end: end + 1 + rest, text: text.slice(end, end + 1 + rest), kind: "word" });
        return end + 1 + rest;
      }
    }
  }
  pushWord(text, start, end, out, allDigits);
  return end;
}

function pushWord(text: string, start: number, end: number, out: Token[], allDigits: boolean): void {
  const raw = text.slice(start, end);
  // The text a pass reads leaves out soft hyphens (offsets still cover them): "Netan\u00adyahu" is "Netanyahu".
  out.push({ start, end, text: raw.indexOf("\u00ad") >= 0 ? raw.replace(/\u00ad/g, "") : raw, kind: allDigits ? "number" : "word" });
}

/** True when text[start, end) looks like "U" or "U.S" or "e.g": single letters separated by periods. */
function isSingleLetterRun(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const even = (k - start) % 2 === 0;
    if (even ? !isLetterCode(text.charCodeAt(k)) : text[k] !== ".") return false;
  }
  return (end - start) % 2 === 1;
}

/** Length of "s" after an apostrophe when it is a possessive or contraction clitic ('s), else 0. */
function possessiveLength(text: string, at: number, to: number): number {
  if (at >= to) return 0;
  const ch = text[at];
  if ((ch === "s" || ch === "S") && (at + 1 >= to || !isWordChar(text.charCodeAt(at + 1)))) return 1;
  return 0;
}

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

/** Paragraph index per token, and which paragraphs are written (mostly) in capitals. */
function capsParagraphs(doc: Doc): { paragraphOf: Int32Array; shouting: Set<number> } {
  const paragraphOf = new Int32Array(doc.tokens.length).fill(-1);
  const words = new Map<number, { letters: number; caps: number }>();
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      paragraphOf[i] = s.paragraph;
      if (doc.tokens[i].kind !== "word") continue;
      const w = doc.tokens[i].text;
      if (!hasLetter(w)) continue;
      const c = words.get(s.paragraph) ?? { letters: 0, caps: 0 };
      c.letters++;
      if (isCapsWord(w)) c.caps++;
      words.set(s.paragraph, c);
    }
  }
  const shouting = new Set<number>();
  for (const [p, c] of words) if (c.letters >= 2 && c.caps * 10 >= c.letters * 6) shouting.add(p);
  return { paragraphOf, shouting };
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
    else if (s.type === "LOC") out.push(s);
  }
  return out;
}

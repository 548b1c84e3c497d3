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

function hasLetter(s: string): boolean {
  return s.toLowerCase() !== s.toUpperCase();
}

function isCapsWord(s: string): boolean {
  return hasLetter(s) && s === s.toUpperCase() && s.replace(/[^\p{L}]/gu, "").length > 1;
}

/** Paragraph index per token, and which paragraphs are written (mostly) in capitals. */
function capsParagraphs(doc: Doc): { paragraphOf: Int32Array; shouting: Set<number> } {
  const paragraphOf = new Int32Array(doc.tokens.length).fill(-1);
  const words = new Map<number, { letters: number; caps: number }>();
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      paragraphOf[i] = s.paragraph;
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

export function settleHeadings(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const { paragraphOf, shouting } = capsParagraphs(doc);
  const paragraphStart = new Set<number>();
  for (let i = 0; i < t.length; i++) if (i === 0 || paragraphOf[i] !== paragraphOf[i - 1]) paragraphStart.add(i);
  const inCaps = (s: NameSpan) => shouting.has(paragraphOf[s.first]);
  // Types of the names written in ordinary case: the article's own answer for the same words in a heading.
  const bodyType = new Map<string, SpanType>();
  for (const s of spans) if (!inCaps(s) && !t.slice(s.first, s.last).every((x) => !hasLetter(x.text) || isCapsWord(x.text))) {
    bodyType.set(spanKey(doc, s), s.type);
  }
  const out: NameSpan[] = [];
  for (const s of spans) {
    const words = t.slice(s.first, s.last);
    const allCaps = words.every((x) => !hasLetter(x.text) || isCapsWord(x.text));
    const next = s.last < t.length ? t[s.last].text : "";
    if (allCaps && paragraphStart.has(s.first) && DATELINE_AFTER.has(next)) {
      out.push({ ...s, type: "LOC" });
      continue;
    }
    if (!inCaps(s) || s.cued) {
      out.push(s);
      continue;
    }
    const known = bodyType.get(spanKey(doc, s));
    if (known) out.push({ ...s, type: known });
    else if (s.type === "LOC") out.push(s);
  }
  return out;
}

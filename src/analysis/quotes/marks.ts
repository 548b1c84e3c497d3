/**
 * Pairs quotation marks into quoted spans, one left-to-right pass over the quote tokens.
 *
 * Real articles are messy: straight and curly marks mix, a closing mark is sometimes typed as an opening one
 * (`“we will “about`), a quote that runs over several paragraphs leaves each paragraph open and reopens the
 * next one, and apostrophes look exactly like single closing marks. The rules below decide every mark from
 * its neighbours (flanking, as in CommonMark) and from what is currently open, never by backtracking.
 */
import type { Doc } from "../text/sentences";
import { isSpaceCode, isWordChar } from "../text/tokens";

/** A quoted span at the outermost level. Offsets are UTF-16 into the article text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, -1 when the quote ran to the end of its paragraph without one. */
  close: number;
  /** The quoted words without the marks, trimmed: text.slice(start, end). */
  start: number;
  end: number;
  /** Token index of the opening mark and of the closing mark (-1 when none). */
  openTok: number;
  closeTok: number;
  /** Paragraphs the quote starts and ends in (different for a multi-paragraph quote). */
  firstPara: number;
  lastPara: number;
}

const enum Family {
  Double = 0,
  Single = 1,
  Guillemet = 2,
  SingleGuillemet = 3,
  Corner = 4,
}

const enum Style {
  Opener = 0,
  Closer = 1,
  Neutral = 2,
}

function familyOf(ch: string): Family {
  switch (ch) {
    case "'": case "\u2018": case "\u2019": case "\u201A": case "\u201B":
      return Family.Single;
    case "\u00AB": case "\u00BB":
      return Family.Guillemet;
    case "\u2039": case "\u203A":
      return Family.SingleGuillemet;
    case "\u300C": case "\u300D":
      return Family.Corner;
    default:
      return Family.Double;
  }
}

function styleOf(ch: string): Style {
  switch (ch) {
    case "\u201C": case "\u201E": case "\u201F": case "\u2018": case "\u201A": case "\u201B":
    case "\u00AB": case "\u2039": case "\u300C":
      return Style.Opener;
    case "\u201D": case "\u2019": case "\u00BB": case "\u203A": case "\u300D":
      return Style.Closer;
    default:
      return Style.Neutral;
  }
}

const OPEN_BEFORE = "([{\u2014\u2013-/\u2026:";
const CLOSE_AFTER = ")]},.;:!?\u2026\u2014\u2013-/";

interface Open {
  family: Family;
  tok: number;
  at: number;
  para: number;
}

function isQuoteChar(c: number): boolean {
  return (
    c === 34 || c === 39 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2039 ||
    c === 0x203a || c === 0x300c || c === 0x300d || c === 0xff02
  );
}

/**
 * Finds the outermost quoted spans of the document. Linear in the number of tokens.
 * Nested quotes stay inside their outer quote; unpaired single marks are treated as apostrophes.
 */
export function pairQuoteMarks(doc: Doc): QuoteSpan[] {
  const { text, tokens, paragraphs } = doc;
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  let para = 0;
  let skipTok = -1; // the reopening mark of a continued multi-paragraph quote
  const n = tokens.length;
  for (let t = 0; t <= n; t++) {
    const tok = t < n ? tokens[t] : null;
    // Paragraph boundary: settle what is still open.
    while (para < paragraphs.length && (tok === null || tok.start >= paragraphs[para].end)) {
      if (stack.length > 0) {
        const bottom = stack[0];
        const nextPara = para + 1 < paragraphs.length ? paragraphs[para + 1] : null;
        const reopen = tok !== null && nextPara !== null && tok.start === nextPara.start && tok.kind === "quote" &&
          familyOf(tok.text) === bottom.family && styleOf(tok.text) !== Style.Closer && canOpenAt(text, tok.start, nextPara.start, nextPara.end);
        if (reopen) {
          stack.length = 1;
          skipTok = t;
        } else {
          const paraEnd = paragraphs[para].end;
          // A single mark left open at a paragraph end was most likely an apostrophe, unless it clearly opened.
          const keep = bottom.family !== Family.Single || text[bottom.at] === "\u2018";
          if (keep) emit(spans, text, bottom, -1, -1, paraEnd, para);
          stack.length = 0;
        }
      }
      para++;
    }
    if (tok === null) break;
    if (tok.kind !== "quote" || t === skipTok) continue;
    const p = paragraphs[Math.min(para, paragraphs.length - 1)];
    const at = tok.start;
    const ch = tok.text;
    const fam = familyOf(ch);
    const style = styleOf(ch);
    const prev = at > p.start ? text.charCodeAt(at - 1) : -1;
    const next = at + 1 < p.end ? text.charCodeAt(at + 1) : -1;
    if (fam === Family.Single && prev >= 0 && next >= 0 && isWordChar(prev) && isWordChar(next)) continue; // don't, O’Brien
    // Guillemets say which way they face, and French typography puts a space inside them (« Non »).
    const guillemet = fam === Family.Guillemet || fam === Family.SingleGuillemet;
    // ("said,“Look …": a curly opening mark typed right after a comma or colon still opens.)
    const glued = style === Style.Opener && fam === Family.Double && (prev === 44 || prev === 58) && next >= 0 && !isSpaceCode(next);
    const canOpen = canOpenAt(text, at, p.start, p.end) || (guillemet && style === Style.Opener && next >= 0) || glued;
    const canClose = (prev >= 0 && !isSpaceCode(prev) && (next < 0 || isSpaceCode(next) || CLOSE_AFTER.includes(String.fromCharCode(next)) || isQuoteChar(next))) ||
      (guillemet && style === Style.Closer && prev >= 0);
    const top = stack.length > 0 ? stack[stack.length - 1] : null;
    if (top !== null && top.family === fam) {
      const doubleLike = fam !== Family.Single && fam !== Family.SingleGuillemet;
      // “… ourselves? " she wrote”: a closing mark typed with a space before it, after the quote's own stop.
      // (Also after a nested quotation closed at that stop: "… says, 'We have to keep it,' " said Ann.)
      const stopAt = at >= 3 && isQuoteChar(text.charCodeAt(at - 2)) ? at - 3 : at - 2;
      const spacedCloser = doubleLike && prev >= 0 && isSpaceCode(prev) && (next < 0 || isSpaceCode(next)) && stopAt >= 0 && ".,!?;:".includes(text[stopAt]);
      if (canClose || style === Style.Closer || (canOpen && doubleLike) || spacedCloser) {
        // Same family: a double mark never nests inside a double quote, so even an opening-style mark closes it.
        closeTop(spans, text, stack, at, t, para);
      } else if (canOpen && stack.length < 3) {
        stack.push({ family: fam, tok: t, at, para });
      }
      continue;
    }
    if (top !== null) {
      let deeper = -1;
      if (canClose && style !== Style.Opener) {
        for (let k = stack.length - 2; k >= 0; k--) if (stack[k].family === fam) { deeper = k; break; }
      }
      if (deeper >= 0) {
        stack.length = deeper + 1;
        closeTop(spans, text, stack, at, t, para);
      } else if (canOpen && style !== Style.Closer && stack.length < 3) {
        stack.push({ family: fam, tok: t, at, para });
      }
      continue;
    }
    // Nothing open: an opening mark, or an apostrophe / stray mark. A curly opening mark typed with a space
    // after it (“ I love it”) still opens when it stands at the start of a word group.
    const spacedOpener = style === Style.Opener && fam === Family.Double && (prev < 0 || isSpaceCode(prev)) &&
      next >= 0 && isSpaceCode(next) && at + 2 < p.end && isWordChar(text.charCodeAt(at + 2));
    if (!(canOpen || spacedOpener) || canClose && style !== Style.Opener) continue;
    if (style === Style.Closer && (fam === Family.Single || fam === Family.SingleGuillemet)) continue; // ’em, ’til
    stack.push({ family: fam, tok: t, at, para });
  }
  return spans;
}

function canOpenAt(text: string, at: number, paraStart: number, paraEnd: number): boolean {
  const next = at + 1 < paraEnd ? text.charCodeAt(at + 1) : -1;
  if (next < 0 || isSpaceCode(next)) return false;
  if (at === paraStart) return true;
  const prev = text.charCodeAt(at - 1);
  return isSpaceCode(prev) || OPEN_BEFORE.includes(String.fromCharCode(prev)) || isQuoteChar(prev);
}

function closeTop(spans: QuoteSpan[], text: string, stack: Open[], at: number, tok: number, para: number): void {
  const top = stack.pop() as Open;
  if (stack.length === 0) emit(spans, text, top, at, tok, at, para);
}

function emit(spans: QuoteSpan[], text: string, open: Open, close: number, closeTok: number, innerEnd: number, para: number): void {
  let s = open.at + 1;
  let e = innerEnd;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  // Trailing spaces and the clause punctuation that belongs to the reporting sentence (“…,” she said).
  while (e > s) {
    const c = text.charCodeAt(e - 1);
    if (isSpaceCode(c) || c === 44 || c === 59 || c === 58) e--;
    else break;
  }
  if (e <= s) return;
  spans.push({ open: open.at, close, start: s, end: e, openTok: open.tok, closeTok, firstPara: open.para, lastPara: para });
}

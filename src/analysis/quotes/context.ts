/**
 * Everything the quote passes share about one document, computed once in linear time:
 * lower-cased token texts, token → sentence, quote spans and which tokens they cover, the cast of names,
 * and which paragraphs are page furniture (captions, headlines, bylines) rather than article prose.
 */
import type { Doc } from "../text/sentences";
import type { Entity } from "../types";
import { pairQuoteMarks, type QuoteSpan } from "./marks";
import { buildCast, markModifiers, type Cast } from "./names";
import { genderFromPronouns } from "./gender";
import { classifyParagraphs, type ParagraphKind } from "./notSpeech";
import { isPluralPossessive, tagDoc, type NounPhraseInput } from "../syntax";
import { lowerTexts } from "../text/words";

export interface QuoteContext {
  doc: Doc;
  lower: string[];
  /** Token index → sentence index. */
  sentOf: Int32Array;
  spans: QuoteSpan[];
  /** Token index → index of the quote span whose marks enclose it (marks included), -1 outside quotes. */
  spanAt: Int32Array;
  inQuote: Uint8Array;
  cast: Cast;
  paraKind: ParagraphKind[];
  /** Paragraph index → its first token index (-1 for a paragraph without tokens). */
  paraFirstTok: Int32Array;
  /** Part-of-speech class per token (src/analysis/syntax). */
  pos: Uint8Array;
  /** The same tokens as the noun-phrase grammar reads them (names count as proper nouns). */
  np: NounPhraseInput;
}

/** The part of the context that does not read the entities: the same for the early look and the whole pass. */
export type BaseContext = Omit<QuoteContext, "cast" | "np">;

export function buildContext(doc: Doc, entities: readonly Entity[]): QuoteContext {
  return contextWith(buildBaseContext(doc), entities);
}

export function buildBaseContext(doc: Doc): BaseContext {
  const { tokens, sentences } = doc;
  const n = tokens.length;
  // (Shared with the entity pass, which reads the same lower-cased words.)
  const lower = lowerTexts(doc);
  const sentOf = new Int32Array(n).fill(-1);
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    for (let t = sent.firstToken; t < sent.endToken; t++) sentOf[t] = s;
  }
  const spans = pairQuoteMarks(doc);
  const spanAt = new Int32Array(n).fill(-1);
  const inQuote = new Uint8Array(n);
  for (let q = 0; q < spans.length; q++) {
    const sp = spans[q];
    const last = sp.closeTok >= 0 ? sp.closeTok : lastTokenBefore(doc, sp.end);
    for (let t = sp.openTok; t <= last && t < n; t++) {
      spanAt[t] = q;
      if (t !== sp.openTok && t !== sp.closeTok) inQuote[t] = 1;
    }
  }
  const paraKind = classifyParagraphs(doc, lower);
  const paraFirstTok = new Int32Array(doc.paragraphs.length).fill(-1);
  for (let s = sentences.length - 1; s >= 0; s--) paraFirstTok[sentences[s].paragraph] = sentences[s].firstToken;
  const pos = tagDoc(doc);
  return { doc, lower, sentOf, spans, spanAt, inQuote, paraKind, paraFirstTok, pos };
}

/** The whole context: the base (shared, never changed) with the cast of names read off `entities`. */
export function contextWith(base: BaseContext, entities: readonly Entity[]): QuoteContext {
  const { doc, lower, inQuote, sentOf, pos } = base;
  const cast = buildCast(doc, lower, inQuote, entities, pos);
  markModifiers(cast, doc, lower, pos);
  genderFromPronouns(cast, doc, lower, inQuote, sentOf);
  return { ...base, cast, np: nounPhraseInput(doc, cast, sentOf, pos, lower) };
}

/** Index of the last token that starts before `offset`. */
export function lastTokenBefore(doc: Doc, offset: number): number {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

export function paragraphOfToken(ctx: QuoteContext, t: number): number {
  const s = ctx.sentOf[t];
  return s >= 0 ? ctx.doc.sentences[s].paragraph : -1;
}

export function textOf(ctx: QuoteContext, a: number, b: number): string {
  if (b <= a) return "";
  return ctx.doc.text.slice(ctx.doc.tokens[a].start, ctx.doc.tokens[b - 1].end);
}

/** What the noun-phrase grammar needs of the context: names count as proper nouns whatever their tag. */
function nounPhraseInput(doc: Doc, cast: Cast, sentOf: Int32Array, pos: Uint8Array, lower: readonly string[]): NounPhraseInput {
  return {
    pos,
    lower,
    isName: (t) => {
      if (cast.mentionAt[t] >= 0) return true;
      // A capitalized word inside a sentence is a name the entity pass did not list ("Ombudsman").
      const text = doc.tokens[t].text;
      const first = sentOf[t] >= 0 ? doc.sentences[sentOf[t]].firstToken : t;
      return t > first && doc.tokens[t].kind === "word" && text.charAt(0) !== text.charAt(0).toLowerCase();
    },
  };
}

/** A quotation mark that is one, not the apostrophe of a plural possessive ("Edmunds’ director"). */
export function isMark(ctx: QuoteContext, t: number): boolean {
  return ctx.doc.tokens[t].kind === "quote" && !(ctx.spanAt[t] < 0 && isPluralPossessive(ctx.doc, t));
}

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function firstTokenAt(ctx: QuoteContext, offset: number): number {
  const tokens = ctx.doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

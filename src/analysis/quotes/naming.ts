/**
 * Verbs that say what someone called or described a thing: "called the ruling a landmark judgment",
 * "called him divisive", "described his city as a “gas chamber”". Neither verb reports a clause, so the
 * indirect pass reads such a sentence only when this module finds the object and what it was called; the
 * content is both ("the ruling a landmark judgment"), as news gold and PolNeAR annotate it.
 */
import { isMark, type QuoteContext } from "./context";
import { nounPhraseFrom, POS_INDEX } from "../syntax";
import { REFLEXIVE_PRONOUNS } from "./lexicon";

/** Words before the verb that make it passive or a label: "was called", "a group called X", "so-called". */
const NOT_ACTIVE = new Set(["been", "be", "being", "is", "are", "was", "were", "so", "so-called", "a", "an", "the", "group", "company", "firm", "town", "village"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "it", "them", "me", "us", "you", "this", "that", "these", "those", ...REFLEXIVE_PRONOUNS]);
/** "called her a second time", "called them a few days later": a time, not what they were called. */
const TIME_HEADS = new Set(["time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "moment", "while", "bit", "lot"]);
/** The tagger, trained on little of it, reads some predicative adjectives as verbs ("called him divisive"). */
const ADJECTIVE_ENDING = /(?:ive|ous|ful|able|ible|ic|ical|less|ish)$/;
/** The longest object read before what it is called ("the Supreme Court decision on the Essar Steel resolution"). */
const MAX_OBJECT = 12;

/**
 * "called X Y": an object (a pronoun, a name or a noun phrase) and right after it what it is called: a
 * quotation, "a/an …", an adjective, or "the" with a superlative ("the worst deal"). Not "called the police",
 * "called a meeting", "called him back", "called her a second time", nor a passive or a label ("is called",
 * "a group called Hope").
 */
export function callsObject(ctx: QuoteContext, c: number, end: number): boolean {
  const { lower, doc, pos } = ctx;
  if (c > 0 && NOT_ACTIVE.has(lower[c - 1])) return false;
  const k = c + 1;
  if (k >= end) return false;
  const objectEnd = objectEndAt(ctx, k, end);
  if (objectEnd < 0 || objectEnd >= end || objectEnd - k > MAX_OBJECT) return false;
  const j = objectEnd;
  if (isMark(ctx, j)) return true;
  if (lower[j] === "a" || lower[j] === "an") return !isTimePhrase(ctx, j + 1, end);
  if (lower[j] === "the") return j + 1 < end && isSuperlative(lower[j + 1]);
  if (pos[j] !== POS_INDEX.ADJ && !(pos[j] !== POS_INDEX.PROPN && ADJECTIVE_ENDING.test(lower[j]))) return false;
  // "called him divisive." / "called the actions lawful, and said": an adjective that ends the phrase.
  const next = j + 1 < end ? doc.tokens[j + 1] : null;
  return next === null || next.kind === "punct" || lower[j + 1] === "and" || lower[j + 1] === "but" || pos[j + 1] === POS_INDEX.ADP;
}

/** Where the object that starts at k ends, or -1 when no object starts there. */
function objectEndAt(ctx: QuoteContext, k: number, end: number): number {
  const { lower, pos } = ctx;
  // "called that report a lie": a demonstrative with its noun is a noun phrase, alone a pronoun.
  if (OBJECT_PRONOUNS.has(lower[k]) && !(pos[k + 1] === POS_INDEX.NOUN || pos[k + 1] === POS_INDEX.ADJ)) return k + 1;
  const mi = ctx.cast.mentionAt[k];
  if (mi >= 0 && ctx.cast.mentions[mi].startTok <= k) {
    const m = ctx.cast.mentions[mi];
    // "called Trump's plan a disaster": a possessive name opens a longer phrase.
    if (!m.possessive) return m.endTok;
  }
  const p = pos[k];
  if (p !== POS_INDEX.DET && p !== POS_INDEX.POSS && p !== POS_INDEX.NOUN && p !== POS_INDEX.PROPN && p !== POS_INDEX.ADJ && !OBJECT_PRONOUNS.has(lower[k])) return -1;
  return nounPhraseFrom(ctx.np, k, end);
}

function isTimePhrase(ctx: QuoteContext, k: number, end: number): boolean {
  for (let j = k; j < end && j - k < 4; j++) {
    if (TIME_HEADS.has(ctx.lower[j])) return true;
    if (ctx.pos[j] === POS_INDEX.NOUN) return false;
  }
  return false;
}

function isSuperlative(w: string): boolean {
  return w === "most" || w === "best" || w === "worst" || w === "least" || (w.length > 5 && w.endsWith("est"));
}

/** "described X as …" with an object before "as" (not the passive "described as"). */
export function describesObjectAs(ctx: QuoteContext, c: number, end: number): boolean {
  if (ctx.lower[c + 1] === "as" || ctx.pos[c + 1] === POS_INDEX.ADP || NOT_ACTIVE.has(ctx.lower[c - 1])) return false;
  for (let k = c + 2; k < end && k - c <= 8; k++) {
    if (ctx.lower[k] === "as") return true;
    if (ctx.doc.tokens[k].kind === "punct" || ctx.pos[k] === POS_INDEX.VFIN) return false;
  }
  return false;
}

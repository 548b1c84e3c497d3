/**
 * "as X put it": a comparison clause that names who chose the quoted words. It stands right after the
 * closing mark (“the new Gannett,” as Reed dubbed the combination) or opens the sentence before the quote
 * (As the mayor put it, “…”). The verb is a speech verb or one of the verbs of wording that only count here
 * ("put it", "dubbed it", "termed it"); the subject is the noun phrase between "as" and the verb.
 */
import type { QuoteContext } from "./context";
import { cueOf, CueFlags } from "./cues";
import { ELIDED, isNonSpeakerSubject, subjectBefore, type Region } from "./speakers";

/** Verbs of wording that are no speech cue elsewhere ("put the box down"), but are in "as X put it". */
const WORDING_VERBS = new Set(["put", "puts", "dubbed", "dubs", "termed", "terms", "phrased", "phrases", "framed", "frames", "nicknamed"]);
/** The longest subject read between "as" and its verb ("as one longtime Democratic strategist put it"). */
const MAX_SUBJECT = 8;
/** What may follow the verb before the clause ends: "it", "them", or a short object ("the combination"). */
const MAX_TAIL = 4;

export interface AsClause {
  /** The verb. */
  cue: number;
  subject: Region;
}

/** The "as X put it" clause that starts at `as` and ends before `end` (a comma, the sentence's end), if any. */
export function asClauseAt(ctx: QuoteContext, as: number, end: number): AsClause | null {
  const { lower, doc } = ctx;
  if (lower[as] !== "as") return null;
  for (let v = as + 2; v < end && v - as <= MAX_SUBJECT + 1; v++) {
    const tok = doc.tokens[v];
    if (tok.kind === "punct" || tok.kind === "quote") return null;
    if (!isWordingVerb(ctx, v)) continue;
    if (!tailEnds(ctx, v + 1, end)) return null;
    const subject = subjectBefore(ctx, v, as + 1);
    if (!subject || subject === ELIDED || isNonSpeakerSubject(ctx, subject)) return null;
    return { cue: v, subject };
  }
  return null;
}

function isWordingVerb(ctx: QuoteContext, v: number): boolean {
  const w = ctx.lower[v];
  if (WORDING_VERBS.has(w)) return true;
  const info = cueOf(w);
  return info !== undefined && !(info.flags & CueFlags.Participle) && ctx.doc.tokens[v].text.charAt(0) === w.charAt(0);
}

/** After the verb, at most a short object, then a comma, a stop or the end of the sentence. */
function tailEnds(ctx: QuoteContext, from: number, end: number): boolean {
  let t = from;
  for (; t < end && t - from <= MAX_TAIL; t++) {
    const tok = ctx.doc.tokens[t];
    if (tok.kind === "punct") return tok.text === "," || tok.text[0] === "." || tok.text === ";" || tok.text === "!" || tok.text === "?";
    if (tok.kind === "quote") return false;
  }
  return t >= end;
}

/** “…,” as Reed dubbed it: the clause right after the closing mark (a comma between allowed). */
export function asClauseAfter(ctx: QuoteContext, close: number): AsClause | null {
  let t = close + 1;
  if (t < ctx.lower.length && ctx.lower[t] === ",") t++;
  if (t >= ctx.lower.length || ctx.sentOf[t] !== ctx.sentOf[close]) return null;
  const sent = ctx.sentOf[t];
  return asClauseAt(ctx, t, sent >= 0 ? ctx.doc.sentences[sent].endToken : ctx.lower.length);
}

/** As the mayor put it, “…”: the clause that opens the sentence and ends in the comma before the opening mark. */
export function asClauseBefore(ctx: QuoteContext, open: number): AsClause | null {
  const comma = open - 1;
  if (comma < 1 || (ctx.lower[comma] !== "," && ctx.lower[comma] !== ":")) return null;
  const sent = ctx.sentOf[open];
  if (sent < 0) return null;
  const first = ctx.doc.sentences[sent].firstToken;
  // "But as Reed put it, “…”": a conjunction may come first.
  const as = ctx.lower[first] === "as" ? first : ctx.lower[first + 1] === "as" ? first + 1 : -1;
  if (as < 0 || comma - as > MAX_SUBJECT + MAX_TAIL + 2) return null;
  return asClauseAt(ctx, as, comma);
}

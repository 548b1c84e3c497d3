/**
 * "as X put it": a comparison clause that names who chose the quoted words. It stands right after the
 * closing mark (“the new Gannett,” as Reed dubbed the combination) or opens the sentence before the quote
 * (As the mayor put it, “…”). The verb is a speech verb or one of the verbs of wording that only count here
 * ("put it", "dubbed it", "termed it"); the subject is the noun phrase between "as" and the verb. Its passive
 * form, "as reported by X", names the source of a reported clause.
 */
import { isMark, type QuoteContext } from "./context";
import { cueOf, CueFlags } from "./cues";
import { nounPhraseIn, POS_INDEX } from "../syntax";
import { ELIDED, isNonSpeakerSubject, subjectBefore, type Region } from "./speakers";

/** Verbs of wording that are no speech cue elsewhere ("put the box down"), but are in "as X put it". */
const WORDING_VERBS = new Set(["put", "puts", "dubbed", "dubs", "termed", "terms", "phrased", "phrases", "framed", "frames", "nicknamed"]);
/** The longest subject read between "as" and its verb ("as one longtime Democratic strategist put it"). */
const MAX_SUBJECT = 8;
/** The longest appositive the subject may carry ("As Ann Roe, a professor of law at Yale, put it"). */
const MAX_APPOSITIVE = 10;
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
  let commas = 0;
  for (let v = as + 2; v < end && v - as <= MAX_SUBJECT + 1 + (commas > 0 ? MAX_APPOSITIVE : 0); v++) {
    const tok = doc.tokens[v];
    // "As Ann Roe, a professor at Yale, put it": the subject may carry one appositive between commas.
    if (tok.text === "," && tok.kind === "punct" && commas < 2) {
      commas++;
      continue;
    }
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
  if (as < 0 || comma - as > MAX_SUBJECT + MAX_APPOSITIVE + MAX_TAIL + 4) return null;
  return asClauseAt(ctx, as, comma);
}

/** The longest agent read after "as reported by" ("as first reported by The Wall Street Journal"). */
const MAX_AGENT = 8;

export interface AsReportedBy {
  /** "reported". */
  cue: number;
  /** The agent after "by". */
  subject: Region;
  /** The comma that ends the agent, or the sentence's end. */
  end: number;
}

/**
 * "As reported by Western Journalism, the former secretary …" / "…, as first reported by the Post.": the
 * passive form names its agent after "by"; the clause on the other side of the comma is the report.
 */
export function asReportedByAt(ctx: QuoteContext, as: number, end: number): AsReportedBy | null {
  const { lower } = ctx;
  if (lower[as] !== "as") return null;
  let v = as + 1;
  if (v < end && (ctx.pos[v] === POS_INDEX.ADV || ctx.pos[v] === POS_INDEX.ADJ)) v++; // "as first reported", "as previously reported"
  const info = v < end ? cueOf(lower[v]) : undefined;
  if (!info || !lower[v].endsWith("ed") || lower[v + 1] !== "by") return null;
  const a = v + 2;
  let b = a;
  while (b < end && b - a < MAX_AGENT && ctx.doc.tokens[b].kind !== "punct" && !isMark(ctx, b)) b++;
  if (b === a || b - a >= MAX_AGENT) return null;
  const np = nounPhraseIn(ctx.np, a, b);
  if (!np || np.a !== a) return null;
  return { cue: v, subject: { a, b: np.b, apA: np.b, apB: np.b }, end: b };
}

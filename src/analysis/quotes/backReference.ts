/**
 * A sentence that names the source of the sentence before it: "Home prices will fall next year. That's
 * according to a new report from X." / "… “stronger” and “more viable” … That's the optimistic view mouthed by
 * Michael Reed." / "That's what the governor told lawmakers." News writes a claim first and its source after,
 * in a short sentence that opens with a demonstrative. The earlier sentence is reported by that source, and
 * its quotations are the source's words.
 */
import { isMark, type QuoteContext } from "./context";
import { cueOf, CueFlags } from "./cues";
import { COPULAS } from "./lexicon";
import { ParagraphKind } from "./notSpeech";
import { isSourceHead } from "./descriptions";
import { POS_INDEX } from "../syntax";
import { subjectAfter, subjectBefore, ELIDED, type Region } from "./speakers";

export interface BackReference {
  /** The cue token, in the pointing sentence. */
  cue: number;
  cueText: string;
  subject: Region;
  /** The sentence pointed at. */
  sentence: number;
}

/** "That's", "That is", "That was", "This is", "Such was": how the pointing sentence opens. */
const POINTERS = new Set(["that's", "that\u2019s", "that", "this", "such", "those"]);
/** Nouns of opinion the source "holds" ("the view of", "the message from", "the verdict of"). */
const VIEW_NOUNS = new Set([
  "view", "views", "message", "word", "verdict", "assessment", "conclusion", "conclusions", "finding", "findings",
  "argument", "prediction", "forecast", "takeaway", "advice", "thinking", "position", "take", "opinion", "estimate",
  "claim", "warning", "picture", "analysis", "case",
]);
const WRITER = new Set(["i", "we", "you"]);
/** The pointing sentence is short: a source, not a new claim. */
const MAX_POINTER_WORDS = 45;

/** Sentences pointed back at, by index, with the source that points. */
export function findBackReferences(ctx: QuoteContext): Map<number, BackReference> {
  const out = new Map<number, BackReference>();
  const { doc, lower } = ctx;
  for (let s = 1; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    if (ctx.paraKind[sent.paragraph] !== ParagraphKind.Body) continue;
    const first = sent.firstToken;
    if (ctx.inQuote[first] || isMark(ctx, first) || !POINTERS.has(lower[first])) continue;
    if (sent.endToken - first > MAX_POINTER_WORDS) continue;
    // "That's …" or "That is/was …".
    let k = first + 1;
    if (!lower[first].endsWith("s") || lower[first] === "this" || lower[first] === "those") {
      if (!COPULAS.has(lower[k])) continue;
      k++;
    }
    const found = sourceIn(ctx, k, sent.endToken);
    if (!found) continue;
    const previous = previousBodySentence(ctx, s);
    if (previous < 0) continue;
    out.set(previous, { ...found, sentence: previous });
  }
  return out;
}

/** The source the rest of the pointing sentence names, from `k` to `end`. */
function sourceIn(ctx: QuoteContext, k: number, end: number): Omit<BackReference, "sentence"> | null {
  const { lower, doc } = ctx;
  // "That's according to a new report from X."
  if (lower[k] === "according" && lower[k + 1] === "to") {
    const subject = subjectAfter(ctx, k + 2, end);
    return subject ? { cue: k, cueText: doc.text.slice(doc.tokens[k].start, doc.tokens[k + 1].end), subject } : null;
  }
  // "That's what the governor told lawmakers."
  if (lower[k] === "what") {
    for (let v = k + 2; v < end && v - k <= 10; v++) {
      const info = cueOf(lower[v]);
      if (!info || info.flags & CueFlags.Participle || ctx.pos[v] === POS_INDEX.NOUN) continue;
      const subject = subjectBefore(ctx, v, k + 1);
      // "That's what I think": the writer's own view.
      if (!subject || subject === ELIDED || WRITER.has(lower[subject.a])) return null;
      return { cue: v, cueText: doc.tokens[v].text, subject };
    }
    return null;
  }
  // "That's the optimistic view mouthed by X", "That was the message from X": a view, then its holder.
  for (let t = k; t < end && t - k <= 8; t++) {
    if (isMark(ctx, t) || doc.tokens[t].kind === "punct") return null;
    if (lower[t] !== "by" && lower[t] !== "from" && lower[t] !== "of") continue;
    const held = VIEW_NOUNS.has(lower[t - 1]) ? t - 1 : -1;
    const participle = ctx.pos[t - 1] === POS_INDEX.VPART || (lower[t - 1].endsWith("ed") && lower[t] === "by");
    if (held < 0 && !(participle && lower[t] === "by" && VIEW_NOUNS.has(lower[t - 2]))) continue;
    const subject = subjectAfter(ctx, t + 1, end);
    if (!subject || !namesSource(ctx, subject)) return null;
    const cue = participle ? t - 1 : held;
    return { cue, cueText: doc.tokens[cue].text, subject };
  }
  return null;
}

/** A name, or a description a source is called by ("a new report", "the agency"). */
function namesSource(ctx: QuoteContext, r: Region): boolean {
  for (let t = r.a; t < r.b; t++) {
    const mi = ctx.cast.mentionAt[t];
    if (mi >= 0 && ctx.cast.mentions[mi].kind !== "place") return true;
  }
  for (let t = r.a; t < r.b; t++) if (ctx.pos[t] === POS_INDEX.NOUN && isSourceHead(ctx.lower[t])) return true;
  return false;
}

/** The sentence before `s` in its paragraph, or the last of the body paragraph before when `s` opens its own. */
function previousBodySentence(ctx: QuoteContext, s: number): number {
  const sentences = ctx.doc.sentences;
  const prev = s - 1;
  if (sentences[prev].paragraph === sentences[s].paragraph) return prev;
  return ctx.paraKind[sentences[prev].paragraph] === ParagraphKind.Body ? prev : -1;
}

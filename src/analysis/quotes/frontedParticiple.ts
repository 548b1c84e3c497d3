/**
 * A participle clause fronted before the sentence's subject: "After suggesting on Wednesday that he regretted the
 * insults, Mr. Rubio …", "While saying that he respects her, he continued …", "Having announced that he would
 * not send me to prison, Judge Berman proceeded …". The participle has no subject of its own: the sentence's
 * subject, after the clause's comma, is who spoke, and the reported words end at that comma.
 */
import { isMark, type QuoteContext } from "./context";
import { clauseStartsAt, nounPhraseFrom, POS_INDEX } from "../syntax";

/** Words that may open the sentence before the participle: subordinators and adverbs ("Now, after arguing"). */
const FRONT_WORDS = new Set([
  "after", "while", "before", "since", "when", "upon", "by", "without", "despite", "besides", "in", "also", "even",
  "now", "then", "later", "earlier", "first", "again", "not", "only", "just", "still", "instead", "having", ",",
]);
/** A length of time before "after"/"before" ("One month after", "Days before", "a few hours after"). */
const MEASURE_WORDS = new Set([
  "a", "an", "one", "two", "three", "few", "several", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week",
  "months", "month", "years", "year", "moments", "moment",
]);
/** How far the comma that ends the fronted clause may be from its participle, in tokens. */
const CLAUSE_REACH = 60;

export interface FrontedParticiple {
  /** Where the reported words end: at the comma that ends the fronted clause, or after a closing mark holding it. */
  stop: number;
  /** The sentence's subject after that comma. */
  subject: { a: number; b: number };
}

/** Is the cue at c a participle fronted before its sentence's subject, and where do its clause and subject lie? */
export function frontedParticiple(ctx: QuoteContext, c: number, first: number, end: number): FrontedParticiple | null {
  const { lower } = ctx;
  const having = lower[c - 1] === "having";
  if (!lower[c].endsWith("ing") && !having) return null;
  // Only subordinators and adverbs before it, and at least one word: a participle opening the sentence alone
  // ("Writing in the Telegraph, the minister argued …") is an adverbial the caller already sets aside.
  if (c === first) return null;
  // ("One month after announcing …", "Days before denying …": how long before or after is part of the adverbial.)
  let measured = false;
  for (let k = first; k < c; k++) {
    if (ctx.inQuote[k]) return null;
    if (FRONT_WORDS.has(lower[k])) continue;
    if (!(MEASURE_WORDS.has(lower[k]) || ctx.pos[k] === POS_INDEX.NUM)) return null;
    measured = true;
  }
  if (measured && !(lower[c - 1] === "after" || lower[c - 1] === "before" || lower[c - 2] === "after" || lower[c - 2] === "before")) return null;
  for (let k = c + 1; k < end && k - c <= CLAUSE_REACH; k++) {
    // (The comma may stand inside a closing mark: "While saying “I respect her,” he …".)
    const comma = (lower[k] === "," && !ctx.inQuote[k]) || (isMark(ctx, k) && lower[k - 1] === ",");
    if (!comma) continue;
    if (!clauseStartsAt(ctx.np, k + 1, end)) continue;
    const b = nounPhraseFrom(ctx.np, k + 1, end);
    return b > k + 1 ? { stop: lower[k] === "," ? k : k + 1, subject: { a: k + 1, b } } : null;
  }
  return null;
}

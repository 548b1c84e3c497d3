/**
 * Embedded posts: a tweet or similar post set off as a block in the article, signed on a line of its own
 * ("— Rep. Jane Doe (@janedoe) November 19, 2019"). The post's lines are the signer's words: a direct quote
 * with no cue, even though they carry no quotation marks. The link the platform appends
 * ("pic.twitter.com/…") is not part of what was said.
 */
import { SubjectMode, type Attribution } from "./attribution";
import { firstTokenAt, type QuoteContext } from "./context";

/** "— Name (@handle) Month D, YYYY": a dash, a name, a handle in parentheses, then at most a date. */
const SIGNATURE = /^[\u2014\u2013-]\s*([^()@\n]{2,80}?)\s*\(@[\w.]{1,30}\)(?:\s+[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$/;
/** A link left at the end of a post ("pic.twitter.com/abc", "https://t.co/xyz"). */
const TRAILING_LINK = /\s*(?:(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co|instagram\.com|www\.)\S*\s*)+$/;
/** A post is short: a few lines of its own. */
const MAX_POST_LINES = 8;

export function findEmbeddedPosts(ctx: QuoteContext): Attribution[] {
  const { doc } = ctx;
  const out: Attribution[] = [];
  for (let p = 1; p < doc.paragraphs.length; p++) {
    const sig = doc.paragraphs[p];
    const match = SIGNATURE.exec(doc.text.slice(sig.start, sig.end));
    if (!match) continue;
    // The post: the lines right above the signature, up to a blank line (the block's edge).
    let first = p - 1;
    while (first > 0 && p - first < MAX_POST_LINES && !/\n\s*\n/.test(doc.text.slice(doc.paragraphs[first - 1].end, doc.paragraphs[first].start))) first--;
    const start = doc.paragraphs[first].start;
    const body = doc.text.slice(start, doc.paragraphs[p - 1].end);
    const end = start + body.replace(TRAILING_LINK, "").length;
    if (end <= start) continue;
    const nameStart = sig.start + match[0].indexOf(match[1]);
    const region = tokenRange(ctx, nameStart, nameStart + match[1].length);
    if (!region) continue;
    out.push({
      kind: "direct", start, end, cueTok: region.a, cue: "", mode: SubjectMode.Region,
      subject: { a: region.a, b: region.b, apA: region.b, apB: region.b }, at: region.a, para: first, crossParagraph: false,
    });
  }
  return out;
}

/** The tokens that cover [start, end). */
function tokenRange(ctx: QuoteContext, start: number, end: number): { a: number; b: number } | null {
  const tokens = ctx.doc.tokens;
  const a = firstTokenAt(ctx, start);
  let b = a;
  while (b < tokens.length && tokens[b].end <= end) b++;
  return b > a ? { a, b } : null;
}

/**
 * The page copy as markup, for Readability to run in the extension's own context instead of the page's main
 * thread. Every text node is preceded by a comment holding its number in the copy, so the other side can tell
 * which text Readability kept; elements carry their stamps as attributes already. Scripts (but JSON-LD, which
 * Readability reads for the byline and title), style sheets, <noscript> and <template> go: Readability drops
 * them anyway (it only borrows lazy-loaded images from <noscript>), and inline scripts are most of a news
 * page's bytes.
 */
import type { ClonedDocument } from "./cloneMap";
import { isElement, tagOf } from "./dom";
import { newMarkerPrefix, RAW_TEXT } from "./markers";
import { docGet } from "./safeDom";
import { outerHtmlInPieces } from "./serialize";
import type { VerdictSource } from "./locateArticle";
import type { ReadabilityVerdict } from "./readability-verdict";
import { PAUSE_EVERY, phase, waitFor, type Steps } from "./steps";

/**
 * The snapshot's markup opens with `<!doctype html><!--lens-marker:PREFIX-->`, before anything of the page's;
 * each text node is then preceded by `<!--PREFIX<number>-->`. The prefix holds a random part, so a comment of
 * the page's cannot pass for one of ours.
 */
const DECLARATION = /^<!doctype html><!--lens-marker:(lens:\w+:)-->/;

/** The marker prefix a snapshot declares at its very start; "" for markup that is not a snapshot. */
export function snapshotPrefix(html: string): string {
  return DECLARATION.exec(html)?.[1] ?? "";
}

/**
 * Marks and strips the copy (its own private nodes) in slices, then serializes it in one native call. A copy made
 * with `markTexts` (the live read's, see VerdictSource.marksTexts) has its markers already, put in as it was made.
 */
export function* snapshotOf(copy: ClonedDocument): Steps<string> {
  const doc = copy.clone;
  let prefix = copy.marked ?? "";
  if (!prefix) {
    prefix = newMarkerPrefix();
    for (const [i, text] of copy.texts.entries()) {
      if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
      const parent = text.parentNode;
      // Inside <title> or <textarea> a comment would serialize as literal text.
      if (parent && !(isElement(parent) && RAW_TEXT.has(tagOf(parent)))) parent.insertBefore(doc.createComment(`${prefix}${i}`), text);
    }
  }
  yield;
  const dropped: Element[] = [];
  // <noscript> and <template> too: the page holds their content as text or apart from the tree, but the popup's
  // parser makes elements of it, inline event handlers and all, which the popup's CSP reports one by one.
  for (const tag of ["script", "style", "noscript", "template"]) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length; i++) {
      const el = list[i];
      if (tag === "script" && /^\s*application\/ld\+json\s*$/i.test(el.getAttribute("type") ?? "")) continue;
      dropped.push(el);
    }
  }
  for (const [i, el] of dropped.entries()) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    el.remove();
  }
  yield;
  phase("serialize");
  const root = docGet(doc, "documentElement");
  return `<!doctype html><!--lens-marker:${prefix}-->${root ? yield* outerHtmlInPieces(root) : ""}`;
}

/** A verdict source that sends the snapshot away (`ask`) and waits for the verdict to come back. */
export function askingVerdict(ask: (html: string) => Promise<ReadabilityVerdict | null>): VerdictSource {
  const source = function* (copy: ClonedDocument) {
    const html = yield* snapshotOf(copy);
    phase("sending");
    return yield* waitFor(ask(html));
  };
  return Object.assign(source, { marksTexts: true });
}

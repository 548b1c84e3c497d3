/**
 * Reads the article of a page: the text the analysis works on, and a map from that text back to the page.
 * The same steps run on the live page in the content script (which they never modify) and on a server-side
 * DOM for the command line, the evaluation and the benchmarks; only where Readability's verdict comes from
 * differs (a VerdictSource: in place, see ./index, or from the popup, see ./snapshot). Nothing here imports
 * Readability, so the content script does not carry it.
 */
import type { ArticleSnapshot } from "../shared/messages";
import { assembleSteps, type Piece, type Segment } from "./assemble";
import { pageTextPieces, selectionPieces } from "./fallbacks";
import { detectLang } from "./lang";
import type { CloneOptions } from "./cloneMap";
import { locateArticle, type LocatedArticle, type VerdictSource } from "./locateArticle";
import { createTextMap } from "./textMap";
import { countWordsSteps } from "./tokenF1";
import { phase, runNow, runSliced, type SliceOptions, type Steps } from "./steps";
import type { ReadError, ReadOptions, ReadResult } from "./types";
import { docCall, docGet } from "./safeDom";
import { MAX_READABILITY_DEPTH, nestedDeeperThan } from "./nesting";

export type { ReadError, ReadOptions, ReadResult, TextMap } from "./types";
export type { VerdictSource } from "./locateArticle";

/** Below this many words, what Readability found is not an article (a login box, a cookie notice). */
export const MIN_ARTICLE_WORDS = 40;

/**
 * Above this many elements, copying the page for Readability and Readability's scoring (in one go, wherever it
 * runs) take seconds; such pages are read with the linear main-text fallback instead. Real news
 * pages have a few thousand elements (the largest in our corpus about 2,600); text length is no guide, since
 * inline scripts make up most of it on some of them.
 */
export const MAX_READABILITY_ELEMENTS = 25_000;

type Source = ArticleSnapshot["source"];

/** Reads the article in one go (the verdict source must not wait for anything: see ./index's readArticle). */
export function readArticleWith(doc: Document, opts: ReadOptions, source: VerdictSource): ReadResult | ReadError {
  return runNow(readSteps(doc, opts, source));
}

/** How often a read the page changed under is started over before its last result is taken as it is. */
const READ_ATTEMPTS = 3;

/**
 * Reads the article on a live page in slices (see ./steps), so that a megabyte page never freezes while it
 * is read, waiting for Readability's verdict from wherever `source` gets it; the result is the one a read in
 * one go gives. Should the page edit or remove text the read took while it was paused (pages mutate all the
 * time), the read starts over; on a page that never holds still the last read is kept, and the bits of it
 * the page replaced simply map nowhere. Text merely added elsewhere does not invalidate a read.
 */
export async function readArticleAsync(
  doc: Document,
  opts: ReadOptions,
  source: VerdictSource,
  slices: SliceOptions = {},
): Promise<ReadResult | ReadError> {
  for (let attempt = 1; ; attempt++) {
    const watch = watchTextChanges(doc);
    try {
      const trace: ReadTrace = { segments: [] };
      const result = await runSliced(readSteps(doc, opts, source, trace, { inPieces: true }), slices);
      const valid = "error" in result ? !watch.anyChange() : watch.untouched(trace.segments);
      if (valid || attempt >= READ_ATTEMPTS) return result;
    } finally {
      watch.stop();
    }
  }
}

/** What a read took from the page, for checking afterwards that the page did not change it meanwhile. */
interface ReadTrace {
  segments: Segment[];
}

function* readSteps(
  doc: Document,
  opts: ReadOptions,
  source: VerdictSource,
  trace: ReadTrace = { segments: [] },
  clone: CloneOptions = {},
): Steps<ReadResult | ReadError> {
  if (opts.prefer === "selection") {
    const selected = yield* build(doc, "selection", yield* selectionPieces(doc), null, opts, trace);
    if (selected) return selected;
  }
  // Not querySelectorAll: jsdom's selector engine calls document members that markup can clobber.
  phase("start");
  const huge = (docCall(doc, "getElementsByTagName", "*")?.length ?? 0) > MAX_READABILITY_ELEMENTS;
  const tooDeep = !huge && (yield* nestedDeeperThan(doc, MAX_READABILITY_DEPTH));
  const located = huge || tooDeep ? null : yield* locateArticle(doc, source, clone);
  if (located) {
    const article = yield* build(doc, "article", located.pieces, located, opts, trace);
    if (article && article.article.wordCount >= MIN_ARTICLE_WORDS) return article;
  }
  if (opts.prefer !== "selection") {
    const selected = yield* build(doc, "selection", yield* selectionPieces(doc), located, opts, trace);
    if (selected) return selected;
  }
  const page = yield* build(doc, "page", yield* pageTextPieces(doc), located, opts, trace);
  if (page) return page;
  return {
    error: "no-text",
    message: "This page has no readable text: nothing that looks like an article, no selection and no visible text.",
  };
}

function* build(
  doc: Document,
  source: Source,
  pieces: Piece[],
  meta: LocatedArticle | null,
  opts: ReadOptions,
  trace: ReadTrace,
): Steps<ReadResult | null> {
  if (!pieces.length) return null;
  phase("assemble");
  const assembled = yield* assembleSteps(pieces, source !== "selection");
  if (!assembled.text) return null;
  phase("words");
  const wordCount = yield* countWordsSteps(assembled.text);
  if (wordCount === 0) return null;
  yield;
  phase("lang");
  const lang = detectLang(doc, assembled.text, meta?.lang);
  yield;
  phase("map");
  const article: ArticleSnapshot = {
    url: opts.url ?? documentUrl(doc),
    title: meta?.title || (docGet(doc, "title") ?? "").replace(/\s+/g, " ").trim(),
    byline: meta?.byline ?? "",
    siteName: meta?.siteName ?? "",
    lang,
    text: assembled.text,
    wordCount,
    paragraphCount: assembled.paragraphCount,
    source,
  };
  trace.segments = assembled.segments;
  return { article, map: createTextMap(doc, assembled.segments, assembled.text.length), taken: assembled.segments.map((s) => s.node) };
}

/** Watches the page's text and structure (anywhere, <body> replaced included) until stopped. */
function watchTextChanges(doc: Document): { anyChange: () => boolean; untouched: (segments: Segment[]) => boolean; stop: () => void } {
  const edited = new Set<Node>();
  let moved = false;
  const note = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === "characterData") edited.add(record.target);
      else moved = true;
    }
  };
  const Observer = (docGet(doc, "defaultView") as (Window & typeof globalThis) | null | undefined)?.MutationObserver ?? globalThis.MutationObserver;
  let observer: MutationObserver;
  try {
    observer = new Observer(note);
    observer.observe(doc, { childList: true, characterData: true, subtree: true });
  } catch {
    // No way to watch (a server-side DOM): nothing there changes behind our back.
    return { anyChange: () => false, untouched: () => true, stop: () => {} };
  }
  const drain = () => note(observer.takeRecords());
  return {
    anyChange() {
      drain();
      return moved || edited.size > 0;
    },
    untouched(segments) {
      drain();
      if (!moved && edited.size === 0) return true;
      return segments.every((seg) => !edited.has(seg.node) && (!moved || seg.node.isConnected !== false));
    },
    stop: () => observer.disconnect(),
  };
}

function documentUrl(doc: Document): string {
  const url = docGet(doc, "location")?.href ?? docGet(doc, "URL") ?? "";
  return url === "about:blank" ? "" : url;
}

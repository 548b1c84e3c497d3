/**
 * Decides what the article is with Readability's verdict on a private copy of the page (computed in place or
 * in the popup), and returns the live text nodes it kept, minus what is not article (captions, credits, share
 * bars, hidden boxes).
 */
import type { Piece } from "./assemble";
import { cloneWithMap, type CloneOptions, type ClonedDocument } from "./cloneMap";
import { isHidden, isNeverText, looksLikeFurniture } from "./exclusions";
import type { ReadabilityVerdict } from "./readability-verdict";
import { docGet } from "./safeDom";
import { PAUSE_EVERY, PAUSE_OFTEN, phase, type Steps } from "./steps";

export interface LocatedArticle {
  pieces: Piece[];
  title: string;
  byline: string;
  siteName: string;
  lang: string;
}

/** A furniture-looking element is only dropped when it holds less than this share of the article. */
const MAX_FURNITURE_SHARE = 0.3;

/**
 * Where Readability's verdict on the page copy comes from: computed on the spot (`inlineVerdict`), or, on a
 * live page, from the extension's own context, which the steps wait for (a yielded promise).
 */
export type VerdictSource = ((copy: ClonedDocument) => Steps<ReadabilityVerdict | null>) & {
  /** The source serializes the copy with the snapshot's text markers (./snapshot): the copy gets them as it is made. */
  marksTexts?: boolean;
};

/** Pauses between the copy, the verdict and the walks over what Readability kept. */
export function* locateArticle(doc: Document, source: VerdictSource, clone: CloneOptions = {}): Steps<LocatedArticle | null> {
  if (!docGet(doc, "documentElement") || !docGet(doc, "body")) return null;
  phase("copy");
  const copy = yield* cloneWithMap(doc, source.marksTexts ? { ...clone, markTexts: true } : clone);
  yield;
  phase("snapshot");
  const verdict = yield* source(copy);
  if (!verdict) return null;
  phase("kept");
  yield;

  // The live elements Readability kept: furniture checks stop where the article's own structure ends, so a
  // page wrapper called "story-share-enabled" cannot hide the story.
  const kept = new Set<Element>();
  for (const stamp of verdict.kept) {
    const live = copy.liveElement(stamp);
    if (live) kept.add(live);
  }
  const candidates: Text[] = [];
  for (const [i, text] of verdict.texts.entries()) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    // Whitespace-only nodes are kept: they are the spaces between inline elements ("<a>x</a> <b>y</b>").
    const live = copy.claimLiveText(text);
    if (live) candidates.push(live);
  }

  const articleChars = candidates.reduce((n, t) => n + t.data.length, 0);
  const exclusions = new Map<Element, boolean>();
  const excluded = (el: Element): boolean => {
    let v = exclusions.get(el);
    if (v === undefined) {
      v = isNeverText(el) || isHidden(el) || (looksLikeFurniture(el) && (el.textContent ?? "").length < articleChars * MAX_FURNITURE_SHARE);
      exclusions.set(el, v);
    }
    return v;
  };
  const pieces: Piece[] = [];
  phase("exclusions");
  for (const [i, text] of candidates.entries()) {
    if (i % PAUSE_OFTEN === PAUSE_OFTEN - 1) yield;
    let drop = false;
    for (let el = text.parentElement; el && kept.has(el); el = el.parentElement) {
      if (excluded(el)) {
        drop = true;
        break;
      }
    }
    if (!drop) pieces.push({ node: text, start: 0, end: text.data.length });
  }

  return {
    pieces,
    title: clean(verdict.title),
    byline: cleanByline(verdict.byline),
    siteName: clean(verdict.siteName),
    lang: clean(verdict.lang),
  };
}

function clean(value: string | null | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const TIMESTAMP = new RegExp(
  `\\b(?:updated|published|posted|last modified)\\b:?|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?|\\b\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\b\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+(?:[ecmp][sd]t|utc|gmt|bst|cet|cest)\\b)?|\\b(?:at|on)\\b(?=\\s*$)`,
  "gi",
);

/** The byline without "By", dates and times; "" when nothing like a name is left. */
function cleanByline(value: string | null | undefined): string {
  let byline = clean(value).replace(/^(?:by|par|von|por|door|di)\s+/i, "");
  // Names have no digits: what is left of dates, counters and times goes.
  byline = byline.replace(TIMESTAMP, " ").replace(/\d+/g, " ").replace(/\s+(?:at|on)\s*(?=\s|$)/gi, " ").replace(/[\s|,·•–—-]+$/, "");
  byline = clean(byline).replace(/^(?:at|on)\s+/i, "");
  return /\p{L}{2,}/u.test(byline) ? byline : "";
}

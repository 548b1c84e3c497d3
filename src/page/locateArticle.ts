/**
 * Decides what the article is with Readability, run on a private copy of the page, and returns the live
 * text nodes it kept, minus what is not article (captions, credits, share bars, hidden boxes).
 */
import type { Readability as ReadabilityType } from "@mozilla/readability";
import Readability from "@mozilla/readability/Readability.js";
import type { Piece } from "./assemble";
import { cloneWithMap } from "./cloneMap";
import { isElement, isText } from "./dom";
import { isHidden, isNeverText, looksLikeFurniture } from "./exclusions";
import { docGet } from "./safeDom";
import { PAUSE_EVERY, type Steps } from "./steps";

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
 * Pauses between the copy, Readability (which cannot pause inside: on a real news page it is the longest step,
 * 15 to 40 ms) and the walks over what it kept.
 */
export function* locateArticle(doc: Document): Steps<LocatedArticle | null> {
  if (!docGet(doc, "documentElement") || !docGet(doc, "body")) return null;
  const copy = yield* cloneWithMap(doc);
  yield;
  let parsed: ReturnType<ReadabilityType<Element>["parse"]>;
  try {
    parsed = new Readability<Element>(copy.clone, { serializer: (el) => el as Element }).parse();
  } catch {
    return null;
  }
  yield;
  const root = parsed?.content;
  if (!root) return null;

  // The live elements Readability kept: furniture checks stop where the article's own structure ends, so a
  // page wrapper called "story-share-enabled" cannot hide the story.
  const kept = new Set<Element>();
  const candidates: Text[] = [];
  const stack: Node[] = [root];
  let visited = 0;
  while (stack.length) {
    if (++visited % PAUSE_EVERY === 0) yield;
    const node = stack.pop()!;
    if (isText(node)) {
      const live = copy.claimLiveText(node);
      // Whitespace-only nodes are kept: they are the spaces between inline elements ("<a>x</a> <b>y</b>").
      if (live) candidates.push(live);
      continue;
    }
    if (!isElement(node)) continue;
    if (node !== root && isNeverText(node)) continue;
    const live = copy.liveElement(node);
    if (live) kept.add(live);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }

  const articleChars = candidates.reduce((n, t) => n + t.data.length, 0);
  const verdict = new Map<Element, boolean>();
  const excluded = (el: Element): boolean => {
    let v = verdict.get(el);
    if (v === undefined) {
      v = isNeverText(el) || isHidden(el) || (looksLikeFurniture(el) && (el.textContent ?? "").length < articleChars * MAX_FURNITURE_SHARE);
      verdict.set(el, v);
    }
    return v;
  };
  const pieces: Piece[] = [];
  for (const [i, text] of candidates.entries()) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
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
    title: clean(parsed?.title),
    byline: cleanByline(parsed?.byline),
    siteName: clean(parsed?.siteName),
    lang: clean(parsed?.lang),
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

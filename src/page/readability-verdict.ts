/**
 * What Readability decides about a page, in terms that survive a trip between contexts: the text nodes it
 * kept, by their number in the page copy, and the copied elements it kept, by their stamp. It runs wherever
 * Readability runs: on the private copy itself (server, command line, tests) or in the extension's popup on
 * a serialized copy (see ./snapshot), so that its 20–80 ms of work never holds the page's main thread.
 */
import type { Readability as ReadabilityType } from "@mozilla/readability";
import Readability from "@mozilla/readability/Readability.js";
import { isElement, isText } from "./dom";
import { isNeverText } from "./exclusions";
import { STAMP } from "./stamp";

/** A kept text node: its number in the copy, or, for text Readability re-created, its nearest stamp and content. */
export type KeptText = number | [stamp: number, data: string];

export interface ReadabilityVerdict {
  /** In article order. */
  texts: KeptText[];
  /** Stamps of the copied elements Readability kept. */
  kept: number[];
  title: string;
  byline: string;
  siteName: string;
  lang: string;
}

function stampOf(node: Node | null): number | null {
  for (let cur = node; cur; cur = cur.parentNode) {
    if (isElement(cur)) {
      const n = cur.getAttribute(STAMP);
      if (n !== null) return Number(n);
    }
  }
  return null;
}

/**
 * Text numbers by nearest stamp and content, in document order: Readability re-parses the page from markup when
 * its first pass keeps too little (short articles), which makes new text nodes; each gets the number of the
 * first unclaimed original with the same place and words.
 */
function numbersByContent(doc: Document, textId: (node: Text) => number | undefined): (node: Text) => number | undefined {
  const byKey = new Map<string, number[]>();
  const key = (node: Text) => `${stampOf(node.parentNode) ?? ""}\u0000${node.data}`;
  const walker = doc.createTreeWalker(doc, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const id = textId(node as Text);
    if (id === undefined) continue;
    const list = byKey.get(key(node as Text));
    if (list) list.push(id);
    else byKey.set(key(node as Text), [id]);
  }
  const claimed = new Set<number>();
  return (node) => {
    const direct = textId(node);
    if (direct !== undefined && !claimed.has(direct)) {
      claimed.add(direct);
      return direct;
    }
    const list = byKey.get(key(node));
    while (list?.length) {
      const id = list.shift()!;
      if (!claimed.has(id)) {
        claimed.add(id);
        return id;
      }
    }
    return undefined;
  };
}

/** Runs Readability on `doc` (which it rewrites) and describes what it kept; null when it finds no article. */
export function readabilityVerdict(doc: Document, numberOf: (node: Text) => number | undefined): ReadabilityVerdict | null {
  const textId = numbersByContent(doc, numberOf);
  let parsed: ReturnType<ReadabilityType<Element>["parse"]>;
  try {
    parsed = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
  } catch {
    return null;
  }
  const root = parsed?.content;
  if (!root) return null;
  const texts: KeptText[] = [];
  const kept: number[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) {
      const id = textId(node);
      if (id !== undefined) texts.push(id);
      else {
        const stamp = stampOf(node.parentNode);
        if (stamp !== null) texts.push([stamp, node.data]);
      }
      continue;
    }
    if (!isElement(node)) continue;
    if (node !== root && isNeverText(node)) continue;
    const n = node.getAttribute(STAMP);
    if (n !== null) kept.push(Number(n));
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return {
    texts,
    kept,
    title: parsed?.title ?? "",
    byline: parsed?.byline ?? "",
    siteName: parsed?.siteName ?? "",
    lang: parsed?.lang ?? "",
  };
}

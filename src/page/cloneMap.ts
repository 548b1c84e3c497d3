/**
 * A private copy of the page for Readability (which rewrites the document it reads), with a way back from
 * every copied node to the live node it was copied from.
 */
import { isElement, isText, nextInOrder, tagOf } from "./dom";
import { docCall, docGet } from "./safeDom";
import type { KeptText } from "./readability-verdict";
import { STAMP } from "./stamp";
import { PAUSE_EVERY, type Steps } from "./steps";

export interface ClonedDocument {
  clone: Document;
  /** The copy's text nodes in document order; a text node's number is its index here. */
  texts: readonly Text[];
  /** The number of a text node of the copy; undefined for text Readability made up. */
  textId(node: Text): number | undefined;
  /**
   * The live text node a kept text of the copy stands for, each live node handed out once; null for text
   * Readability made up that matches nothing on the page.
   */
  claimLiveText(kept: KeptText): Text | null;
  /** The live element a stamp of the copy points to. */
  liveElement(stamp: number): Element | null;
}

/** Elements whose name (or, for <object>, id) becomes a property of the document. */
const NAMED_ON_DOCUMENT = new Set(["form", "img", "embed", "iframe", "object"]);

/**
 * Strips inline event handlers, and takes away the names that would shadow the copy's own members
 * (`<form name="querySelectorAll">`) so Readability can use the copy's DOM methods on hostile pages.
 * Only the private copy is touched.
 */
function defuseCopy(el: Element): void {
  // Inline handlers are dead weight in the copy, and when Readability re-serializes it on a page with a strict
  // CSP the browser reports each one as a violation by our content script.
  for (const name of el.getAttributeNames()) {
    if (name.length > 2 && name.charCodeAt(0) === 111 && name.charCodeAt(1) === 110) el.removeAttribute(name);
  }
  const tag = tagOf(el);
  if (!NAMED_ON_DOCUMENT.has(tag)) return;
  if (el.hasAttribute("name")) el.removeAttribute("name");
  if (tag === "object" && el.hasAttribute("id")) el.removeAttribute("id");
}

/**
 * Copies the page and pairs every copied node with its live original, pausing between stretches of the walk.
 * The copy is private, so the page changing during a pause cannot touch it; the reader checks afterwards that
 * the live text it took was not edited meanwhile.
 */
export function* cloneWithMap(doc: Document): Steps<ClonedDocument> {
  const clone = docCall(doc, "cloneNode", true) as Document;
  const copyTexts: Text[] = [];
  const liveTexts: Text[] = [];
  const textIds = new WeakMap<Node, number>();
  const elements: Element[] = [];
  yield;

  // Both trees have the same shape right after cloning, so one parallel walk pairs every node.
  let live: Node | null = docGet(doc, "documentElement") ?? null;
  let copy: Node | null = docGet(clone, "documentElement") ?? null;
  let visited = 0;
  while (live && copy) {
    if (++visited % PAUSE_EVERY === 0) yield;
    if (isElement(copy) && isElement(live)) {
      copy.setAttribute(STAMP, String(elements.length));
      elements.push(live);
      defuseCopy(copy);
    } else if (isText(copy) && isText(live)) {
      textIds.set(copy, copyTexts.length);
      copyTexts.push(copy);
      liveTexts.push(live);
    }
    if (live.firstChild && copy.firstChild) {
      live = live.firstChild;
      copy = copy.firstChild;
      continue;
    }
    while (live && copy && !live.nextSibling) {
      live = live.parentNode;
      copy = copy.parentNode;
      if (live === doc || copy === clone) {
        live = null;
        copy = null;
      }
    }
    if (live && copy) {
      live = live.nextSibling;
      copy = copy.nextSibling;
    }
  }

  const used = new WeakSet<Node>();

  /**
   * Text Readability re-created (it re-parses the page when its first pass finds too little, and a serialized
   * copy is all new nodes): the unused live text node with the same content inside the live counterpart of its
   * nearest stamped ancestor.
   */
  function findTextByContent(stamp: number, data: string): Text | null {
    const liveAncestor = elements[stamp];
    if (!liveAncestor) return null;
    const end = nextInOrder(liveAncestor, true);
    for (let n = nextInOrder(liveAncestor); n && n !== end; n = nextInOrder(n)) {
      if (isText(n) && n.data === data && !used.has(n)) return n;
    }
    return null;
  }

  return {
    clone,
    texts: copyTexts,
    textId: (node) => textIds.get(node),
    claimLiveText(kept) {
      const found = typeof kept === "number" ? liveTexts[kept] : findTextByContent(kept[0], kept[1]);
      if (!found || used.has(found)) return null;
      used.add(found);
      return found;
    },
    liveElement: (stamp) => elements[stamp] ?? null,
  };
}

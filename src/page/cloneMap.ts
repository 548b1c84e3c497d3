/**
 * A private copy of the page for Readability (which rewrites the document it reads), with a way back from
 * every copied node to the live node it was copied from.
 */
import { isElement, isText, nextInOrder, tagOf } from "./dom";
import { docCall, docGet } from "./safeDom";
import { PAUSE_EVERY, type Steps } from "./steps";

/** Stamped on the copy's elements so they can be found again even after Readability re-parses markup. */
export const STAMP = "data-lens-n";

export interface ClonedDocument {
  clone: Document;
  /**
   * The live text node a text node of the copy stands for, each live node handed out once; null for text
   * Readability made up.
   */
  claimLiveText(node: Text): Text | null;
  /** The live element an element of the copy was copied from; null for elements Readability made up. */
  liveElement(node: Element): Element | null;
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
  const textOf = new WeakMap<Node, Text>();
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
      textOf.set(copy, live);
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

  function stampedLive(node: Node | null): Element | null {
    for (let cur = node; cur; cur = cur.parentNode) {
      if (isElement(cur)) {
        const n = cur.getAttribute(STAMP);
        if (n !== null) return elements[Number(n)] ?? null;
      }
    }
    return null;
  }

  /**
   * A text node Readability re-created (it re-parses the page when its first pass finds too little): find
   * the live text node with the same content inside the live counterpart of its nearest stamped ancestor.
   */
  function findTextByContent(copyText: Text): Text | null {
    const liveAncestor = stampedLive(copyText.parentNode);
    if (!liveAncestor) return null;
    const data = copyText.data;
    const end = nextInOrder(liveAncestor, true);
    for (let n = nextInOrder(liveAncestor); n && n !== end; n = nextInOrder(n)) {
      if (isText(n) && n.data === data && !used.has(n)) return n;
    }
    return null;
  }

  return {
    clone,
    claimLiveText(node: Text): Text | null {
      const direct = textOf.get(node);
      const found = direct && !used.has(direct) ? direct : findTextByContent(node);
      if (found) used.add(found);
      return found;
    },
    liveElement(node: Element): Element | null {
      const n = node.getAttribute(STAMP);
      return n === null ? null : (elements[Number(n)] ?? null);
    },
  };
}

/**
 * A private copy of the page for Readability (which rewrites the document it reads), with a way back from
 * every copied node to the live node it was copied from.
 */
import { isElement, isText, nextInOrder, tagOf } from "./dom";
import { docCall, docGet, nodeGet } from "./safeDom";
import { newMarkerPrefix, RAW_TEXT } from "./markers";
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
  /** The marker prefix of the comments put before the copy's text nodes (CloneOptions.markTexts); undefined without. */
  marked?: string;
}

/** Elements whose name (or, for <object>, id) becomes a property of the document. */
const NAMED_ON_DOCUMENT = new Set(["form", "img", "embed", "iframe", "object"]);

/**
 * Strips inline event handlers, and takes away the names that would shadow the copy's own members
 * (`<form name="querySelectorAll">`) so Readability can use the copy's DOM methods on hostile pages.
 * Only the private copy is touched.
 */
function defuseCopy(el: Element, tag: string): void {
  // Inline handlers are dead weight in the copy, and when Readability re-serializes it on a page with a strict
  // CSP the browser reports each one as a violation by our content script.
  for (const name of el.getAttributeNames()) {
    if (name.length > 2 && name.charCodeAt(0) === 111 && name.charCodeAt(1) === 110) el.removeAttribute(name);
  }
  if (!NAMED_ON_DOCUMENT.has(tag)) return;
  if (el.hasAttribute("name")) el.removeAttribute("name");
  if (tag === "object" && el.hasAttribute("id")) el.removeAttribute("id");
}

/** A DOM method as the prototype defines it, past markup that shadows it on a <form> (`<input name="cloneNode">`). */
function protoMethod(node: object, name: string): ((...args: unknown[]) => unknown) | undefined {
  for (let proto = Object.getPrototypeOf(node); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.value === "function" ? descriptor.value : undefined;
  }
  return undefined;
}

/**
 * Above this many elements under it, an element is copied in pieces (itself, then each child) rather than in
 * one call: copying a whole news page at once took 10–35 ms of the page's thread, in one go.
 */
const CLONE_PIECE_ELEMENTS = 150;

/** Below this depth a big element is still copied in one call (wrappers nest a dozen deep; hostile pages, thousands). */
const MAX_PIECE_DEPTH = 48;

export interface CloneOptions {
  /**
   * Copy big subtrees in pieces with pauses between them (the live page's read); in one call otherwise. The
   * copy is the same either way.
   */
  inPieces?: boolean;
  /**
   * Put the snapshot's marker comment (./markers) before each text node of the copy as it is paired, rather than in
   * a second walk over the copy: for a copy that is only serialized (the popup runs Readability on the markup).
   */
  markTexts?: boolean;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/**
 * Copies the page and pairs every copied node with its live original, pausing between stretches of the walk.
 * The copy is private, so the page changing during a pause cannot touch it; the reader checks afterwards that
 * the live text it took was not edited meanwhile.
 */
export function* cloneWithMap(doc: Document, options: CloneOptions = {}): Steps<ClonedDocument> {
  const copyTexts: Text[] = [];
  const liveTexts: Text[] = [];
  const textIds = new WeakMap<Node, number>();
  const elements: Element[] = [];
  let visited = 0;
  const prefix = options.markTexts ? newMarkerPrefix() : undefined;
  /** The copy's raw-text elements (<title>, <textarea>, …): a marker inside one would serialize as literal text. */
  const rawElements = new WeakSet<Node>();
  let markerDoc: Document | null = null;
  let createComment: ((...args: unknown[]) => unknown) | undefined;
  let insertBefore: ((...args: unknown[]) => unknown) | undefined;
  const liveTreeWalker = protoMethod(doc, "createTreeWalker");
  let copyTreeWalker: ((...args: unknown[]) => unknown) | undefined;

  /** Pairs one copied element with its live original: stamped and defused. */
  function pairElement(live: Element, copy: Element): void {
    copy.setAttribute(STAMP, String(elements.length));
    elements.push(live);
    const tag = tagOf(copy);
    defuseCopy(copy, tag);
    if (prefix !== undefined && RAW_TEXT.has(tag)) rawElements.add(copy);
  }

  /** Pairs one copied text with its live original: numbered (and marked). */
  function pairText(live: Text, copy: Text): void {
    const id = copyTexts.length;
    textIds.set(copy, id);
    copyTexts.push(copy);
    liveTexts.push(live);
    if (prefix !== undefined && markerDoc && createComment && insertBefore) {
      // A text node's own members cannot be shadowed; its parent's methods are taken from the prototype (a
      // <form>'s control named "insertBefore" must not break the copy).
      const parent = copy.parentNode;
      if (parent && !rawElements.has(parent)) insertBefore.call(parent, createComment.call(markerDoc, `${prefix}${id}`), copy);
    }
  }

  /** Pairs one copied node with its live original, of whichever kind (an element, a text; anything else is left). */
  function pairNode(live: Node, copy: Node): void {
    if (isElement(copy) && isElement(live)) pairElement(live, copy);
    else if (isText(copy) && isText(live)) pairText(live, copy);
  }

  /** A walker over the nodes `show` names under `root`, or null where the DOM has none (some server-side DOMs). */
  function walkerOf(owner: Document, create: ((...args: unknown[]) => unknown) | undefined, root: Node, show: number): TreeWalker | null {
    if (!create) return null;
    try {
      return (create.call(owner, root, show) as TreeWalker | undefined) ?? null;
    } catch {
      return null;
    }
  }

  /**
   * Pairs the nodes of a copied subtree with the live ones, both walked in document order from `live`/`copy`: the
   * elements with two tree walkers, then the texts with two more, where the DOM has them. A walker that shows one
   * kind of node needs no question about each node's kind, and in Firefox every question is a call across the
   * content script's boundary: a fifth of the calls into the page of a hand-written walk. The elements go first,
   * so that a text's parent is known as a raw-text element (<title>, <textarea>) by the time the text is marked.
   */
  function* pairSubtree(liveRoot: Node, copyRoot: Node, withChildren: boolean): Steps<void> {
    if (++visited % PAUSE_EVERY === 0) yield;
    pairNode(liveRoot, copyRoot);
    if (!withChildren || !copyRoot.firstChild) return;
    const walkers = (show: number): [TreeWalker, TreeWalker] | null => {
      const live = walkerOf(doc, liveTreeWalker, liveRoot, show);
      const copy = live && markerDoc ? walkerOf(markerDoc, copyTreeWalker, copyRoot, show) : null;
      return live && copy ? [live, copy] : null;
    };
    const elementWalkers = walkers(SHOW_ELEMENT);
    const textWalkers = elementWalkers && walkers(SHOW_TEXT);
    if (elementWalkers && textWalkers) {
      const [liveElements, copyElements] = elementWalkers;
      for (let live = liveElements.nextNode(), copy = copyElements.nextNode(); live && copy; live = liveElements.nextNode(), copy = copyElements.nextNode()) {
        if (++visited % PAUSE_EVERY === 0) yield;
        pairElement(live as Element, copy as Element);
      }
      const [liveTexts, copyTexts] = textWalkers;
      for (let live = liveTexts.nextNode(), copy = copyTexts.nextNode(); live && copy; live = liveTexts.nextNode(), copy = copyTexts.nextNode()) {
        if (++visited % PAUSE_EVERY === 0) yield;
        pairText(live as Text, copy as Text);
      }
      return;
    }
    yield* pairByHand(liveRoot, copyRoot);
  }

  function* pairByHand(liveRoot: Node, copyRoot: Node): Steps<void> {
    let live: Node | null = liveRoot;
    let copy: Node | null = copyRoot;
    while (live && copy) {
      if (live !== liveRoot) {
        if (++visited % PAUSE_EVERY === 0) yield;
        pairNode(live, copy);
      }
      if (live.firstChild && copy.firstChild) {
        live = live.firstChild;
        copy = copy.firstChild;
        continue;
      }
      while (live && copy && !live.nextSibling) {
        if (live === liveRoot || copy === copyRoot) return;
        live = live.parentNode;
        copy = copy.parentNode;
      }
      if (live === liveRoot || copy === copyRoot) return;
      if (live && copy) {
        live = live.nextSibling;
        copy = copy.nextSibling;
      }
    }
  }

  let clone: Document;
  function useCopy(copy: Document): void {
    markerDoc = copy;
    createComment = protoMethod(copy, "createComment");
    insertBefore = protoMethod(copy, "insertBefore");
    copyTreeWalker = protoMethod(copy, "createTreeWalker");
  }
  const root = docGet(doc, "documentElement") ?? null;
  const cloneNode = protoMethod(doc, "cloneNode");
  const countOf = root ? protoMethod(root, "getElementsByTagName") : undefined;
  const appendChild = protoMethod(doc, "appendChild");
  if (!options.inPieces || !root || !cloneNode || !countOf || !appendChild) {
    clone = docCall(doc, "cloneNode", true) as Document;
    useCopy(clone);
    yield;
    // Both trees have the same shape right after cloning, so one parallel walk pairs every node.
    const copyRoot = docGet(clone, "documentElement") ?? null;
    if (root && copyRoot) yield* pairSubtree(root, copyRoot, true);
  } else {
    const size = (el: Element) => (countOf.call(el, "*") as HTMLCollection).length;
    /**
     * Copies `live`'s children into `copy` in document order, a big element in pieces, the rest in one call each;
     * false when the page moved a node out from under the copy during a pause (the copy would lose its place).
     */
    const copyChildren = function* (live: Node, copy: Node, depth: number): Steps<boolean> {
      for (let child = nodeGet(live, "firstChild"); child; child = nodeGet(child, "nextSibling")) {
        const big =
          depth < MAX_PIECE_DEPTH &&
          isElement(child) &&
          tagOf(child) !== "form" &&
          tagOf(child) !== "template" &&
          size(child) > CLONE_PIECE_ELEMENTS;
        const copied = cloneNode.call(child, !big) as Node;
        appendChild.call(copy, copied);
        yield* pairSubtree(child, copied, !big);
        yield;
        if (nodeGet(child, "parentNode") !== live) return false;
        if (big && !(yield* copyChildren(child, copied, depth + 1))) return false;
      }
      return true;
    };
    clone = cloneNode.call(doc, false) as Document;
    useCopy(clone);
    if (!(yield* copyChildren(doc, clone, 0))) {
      // The page rearranged itself meanwhile: copied in one call after all.
      copyTexts.length = 0;
      liveTexts.length = 0;
      elements.length = 0;
      clone = docCall(doc, "cloneNode", true) as Document;
      useCopy(clone);
      yield;
      const copyRoot = docGet(clone, "documentElement") ?? null;
      const liveRoot = docGet(doc, "documentElement") ?? null;
      if (liveRoot && copyRoot) yield* pairSubtree(liveRoot, copyRoot, true);
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
    ...(prefix === undefined ? {} : { marked: prefix }),
  };
}

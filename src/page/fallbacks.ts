/** Where the text comes from when the page has no article: the user's selection, or its main visible text. */
import type { Piece } from "./assemble";
import { isElement, isText, hasNonWhitespace, nextInOrder, tagOf } from "./dom";
import { isHidden, isNeverText, looksLikeFurniture } from "./exclusions";
import { docCall, docGet } from "./safeDom";
import { PAUSE_EVERY, type Steps } from "./steps";

/** Page-level furniture that is never the main text of a page. */
const PAGE_FURNITURE_TAGS = new Set(["header", "nav", "footer", "aside", "form", "menu", "dialog"]);

/** The text nodes inside the user's selection, cut at its edges; empty when nothing is selected. */
export function* selectionPieces(doc: Document): Steps<Piece[]> {
  const selection = docCall(doc, "getSelection") ?? null;
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return [];
  const hiddenCache = new Map<Element, boolean>();
  const readable = (text: Text): boolean => {
    for (let el = text.parentElement; el; el = el.parentElement) {
      let v = hiddenCache.get(el);
      if (v === undefined) {
        v = isNeverText(el) || isHidden(el);
        hiddenCache.set(el, v);
      }
      if (v) return false;
    }
    return true;
  };
  const pieces: Piece[] = [];
  for (let r = 0; r < selection.rangeCount; r++) {
    const range = selection.getRangeAt(r);
    if (range.collapsed) continue;
    const first = boundaryNode(range.startContainer, range.startOffset);
    let visited = 0;
    for (let n: Node | null = first; n; n = nextInOrder(n)) {
      if (++visited % PAUSE_EVERY === 0) yield;
      if (!isText(n)) continue;
      if (n !== range.endContainer && range.comparePoint(n, 0) > 0) break;
      if (!readable(n)) continue;
      const start = n === range.startContainer ? range.startOffset : 0;
      const end = n === range.endContainer ? range.endOffset : n.data.length;
      if (end > start) pieces.push({ node: n, start, end });
      if (n === range.endContainer) break;
    }
  }
  return pieces;
}

/** The node a boundary point (container, offset) sits just before. */
function boundaryNode(container: Node, offset: number): Node {
  if (isText(container)) return container;
  return container.childNodes[offset] ?? nextInOrder(container, true) ?? container;
}

/**
 * The main visible text of a page without an article: the <main> region when it has one, otherwise the body,
 * leaving out headers, navigation, footers, asides, forms, hidden elements and furniture boxes. Walks the
 * page as it is rendered, into open shadow roots and through their slots, because pages built from web
 * components keep their story there, out of Readability's sight.
 */
export function* pageTextPieces(doc: Document): Steps<Piece[]> {
  const body = docGet(doc, "body");
  if (!body) return [];
  const main = docCall(doc, "querySelector", "main, [role=main]");
  const root = main && hasTextContent(main) ? main : body;
  // The length of all the root's text, only needed (and, on a megabyte page, only paid for) once a box
  // looks like furniture.
  let total = -1;
  const rootLength = () => (total < 0 ? (total = (root.textContent ?? "").length) : total);
  const pieces: Piece[] = [];
  // An explicit stack of child lists, not recursion: pages can nest thousands of levels deep.
  const stack: Array<{ nodes: ArrayLike<Node>; next: number }> = [{ nodes: renderedChildren(root), next: 0 }];
  let visited = 0;
  while (stack.length) {
    if (++visited % PAUSE_EVERY === 0) yield;
    const top = stack[stack.length - 1];
    if (top.next >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const n = top.nodes[top.next++];
    if (isElement(n)) {
      const skip =
        isNeverText(n) ||
        isHidden(n) ||
        PAGE_FURNITURE_TAGS.has(tagOf(n)) ||
        (looksLikeFurniture(n) && (n.textContent ?? "").length < rootLength() * 0.3);
      if (!skip) stack.push({ nodes: renderedChildren(n), next: 0 });
    } else if (isText(n)) {
      // Whitespace-only nodes are kept: they are the spaces between inline elements.
      pieces.push({ node: n, start: 0, end: n.data.length });
    }
  }
  return pieces;
}

/** Like `hasNonWhitespace(el.textContent)`, without building the text of a whole page to find its first word. */
function hasTextContent(el: Element): boolean {
  const after = nextInOrder(el, true);
  for (let n = nextInOrder(el); n && n !== after; n = nextInOrder(n)) {
    if (isText(n) && hasNonWhitespace(n.data)) return true;
  }
  return false;
}

/** The children an element shows: its open shadow root's, a slot's assigned nodes, or its own. */
function renderedChildren(el: Element): ArrayLike<Node> {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return shadow.childNodes;
  if (tagOf(el) === "slot") {
    const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: false });
    if (assigned && assigned.length) return assigned;
  }
  return el.childNodes;
}

/** Where the text comes from when the page has no article: the user's selection, or its main visible text. */
import type { Piece } from "./assemble";
import { isElement, isText, hasNonWhitespace, nextInOrder, tagOf } from "./dom";
import { isHidden, isNeverText, looksLikeFurniture } from "./exclusions";

/** Page-level furniture that is never the main text of a page. */
const PAGE_FURNITURE_TAGS = new Set(["header", "nav", "footer", "aside", "form", "menu", "dialog"]);

/** The text nodes inside the user's selection, cut at its edges; empty when nothing is selected. */
export function selectionPieces(doc: Document): Piece[] {
  const selection = doc.getSelection?.() ?? doc.defaultView?.getSelection?.() ?? null;
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
    for (let n: Node | null = first; n; n = nextInOrder(n)) {
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
 * leaving out headers, navigation, footers, asides, forms, hidden elements and furniture boxes.
 */
export function pageTextPieces(doc: Document): Piece[] {
  const body = doc.body;
  if (!body) return [];
  const main = doc.querySelector("main, [role=main]");
  const root = main && hasNonWhitespace(main.textContent ?? "") ? main : body;
  const total = (root.textContent ?? "").length;
  const pieces: Piece[] = [];
  const end = nextInOrder(root, true);
  let n: Node | null = root.firstChild ? root.firstChild : null;
  while (n && n !== end) {
    if (isElement(n)) {
      const skip =
        isNeverText(n) ||
        isHidden(n) ||
        PAGE_FURNITURE_TAGS.has(tagOf(n)) ||
        (looksLikeFurniture(n) && (n.textContent ?? "").length < total * 0.3);
      n = nextInOrder(n, skip);
      continue;
    }
    // Whitespace-only nodes are kept: they are the spaces between inline elements.
    if (isText(n)) pieces.push({ node: n, start: 0, end: n.data.length });
    n = nextInOrder(n);
  }
  return pieces;
}

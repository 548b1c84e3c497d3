/** The text position under a screen point, with whichever caret API this browser has. */
export interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === "function") {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === "function") {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The client rect of the ranges under the point, if the point really is on their text (not just nearest to it). */
export function rectUnder(ranges: Range[], x: number, y: number): DOMRect | null {
  for (const rect of ranges.flatMap((range) => Array.from(range.getClientRects()))) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}

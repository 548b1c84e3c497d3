/** Offsets of the article text ⇄ DOM ranges over the live text nodes the text was read from. */
import type { Span } from "../analysis/types";
import type { Segment } from "./assemble";
import type { TextMap } from "./types";
import { documentOrder, isInclusiveAncestor, isText } from "./dom";
import { docCall } from "./safeDom";

/** Index of the segment holding character `pos`, or of the first segment after it (segments.length if none). */
function segmentAtOrAfter(segments: Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last segment that starts before `pos` (-1 if none). */
function lastSegmentStartingBefore(segments: Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * True when all of text node `text` lies before the boundary point (container, offset); `text` is not the
 * container itself. Plain node comparisons, no Range objects, so it is cheap in every DOM.
 */
function isBeforePoint(text: Node, container: Node, offset: number): boolean {
  const children = container.childNodes;
  if (!isText(container) && offset < children.length) {
    const child = children[offset];
    return !isInclusiveAncestor(child, text) && documentOrder(text, child) < 0;
  }
  if (isInclusiveAncestor(container, text)) return !isText(container);
  return documentOrder(text, container) < 0;
}

function isLive(node: Node): boolean {
  // `isConnected` is missing in some server-side DOMs; there nothing is ever detached behind our back.
  return node.isConnected !== false;
}

export function createTextMap(doc: Document, segments: Segment[], textLength: number): TextMap {
  /** The first and last segment and character positions that text[start, end) really covers. */
  function clip(start: number, end: number): { first: number; last: number; s: number; e: number } | null {
    const s0 = Math.max(0, Math.min(start, end));
    const e0 = Math.min(textLength, Math.max(start, end));
    if (e0 <= s0) return null;
    const first = segmentAtOrAfter(segments, s0);
    const last = lastSegmentStartingBefore(segments, e0);
    if (first >= segments.length || last < first) return null;
    const s = Math.max(s0, segments[first].start);
    const e = Math.min(e0, segments[last].end);
    return e > s ? { first, last, s, e } : null;
  }

  function rangeOver(firstSeg: Segment, s: number, lastSeg: Segment, e: number): Range | null {
    if (!isLive(firstSeg.node) || !isLive(lastSeg.node)) return null;
    const range = docCall(doc, "createRange");
    if (!range || typeof range.setStart !== "function") return null; // linkedom's Range is a stub: offsets only on the server
    range.setStart(firstSeg.node, firstSeg.starts[s - firstSeg.start]);
    range.setEnd(lastSeg.node, lastSeg.ends[e - 1 - lastSeg.start]);
    return range;
  }

  /** Text position of a range's start boundary: the first character not wholly before it. */
  function startPosition(node: Node, offset: number): number {
    const own = segmentsOf(node);
    if (own) {
      for (const seg of own) for (let i = 0; i < seg.ends.length; i++) if (seg.ends[i] > offset) return seg.start + i;
      return own[own.length - 1].end;
    }
    const k = segments.findIndex((seg) => !isBeforePoint(seg.node, node, offset));
    return k < 0 ? textLength : segments[k].start;
  }

  /** Text position of a range's end boundary: just after the last character not wholly after it. */
  function endPosition(node: Node, offset: number): number {
    const own = segmentsOf(node);
    if (own) {
      for (let k = own.length - 1; k >= 0; k--) {
        const seg = own[k];
        for (let i = seg.starts.length - 1; i >= 0; i--) if (seg.starts[i] < offset) return seg.start + i + 1;
      }
      return own[0].start;
    }
    for (let k = segments.length - 1; k >= 0; k--) if (isBeforePoint(segments[k].node, node, offset)) return segments[k].end;
    return 0;
  }

  let byNode: Map<Node, Segment[]> | null = null;
  function segmentsOf(node: Node): Segment[] | undefined {
    if (!byNode) {
      byNode = new Map();
      for (const seg of segments) {
        const list = byNode.get(seg.node);
        if (list) list.push(seg);
        else byNode.set(seg.node, [seg]);
      }
    }
    return byNode.get(node);
  }

  return {
    toRange(start: number, end: number): Range | null {
      const c = clip(start, end);
      return c ? rangeOver(segments[c.first], c.s, segments[c.last], c.e) : null;
    },

    toRanges(start: number, end: number): Range[] {
      const c = clip(start, end);
      if (!c) return [];
      const out: Range[] = [];
      let k = c.first;
      while (k <= c.last) {
        let m = k;
        while (m < c.last && segments[m + 1].run === segments[k].run) m++;
        const s = Math.max(c.s, segments[k].start);
        const e = Math.min(c.e, segments[m].end);
        const range = rangeOver(segments[k], s, segments[m], e);
        if (range) out.push(range);
        k = m + 1;
      }
      return out;
    },

    fromRange(range: Range): Span | null {
      if (!segments.length) return null;
      const start = startPosition(range.startContainer, range.startOffset);
      const end = endPosition(range.endContainer, range.endOffset);
      return end > start ? { start, end } : null;
    },
  };
}

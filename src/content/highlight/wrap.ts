/**
 * Fallback for browsers without the Custom Highlight API: wraps the highlighted text in our own inline
 * elements with isolated inline styles. Every text node split and every element added is recorded so that
 * clearing puts back the identical DOM (same nodes, same text, same serialization).
 */
import { forEachChunked } from "../chunk";
import { declarations, type PaintGroup, type Painter } from "./painter";

export const MARK_TAG = "news-lens-mark";

/** Resets every inherited or page-set property on our element so the page's CSS cannot restyle it. */
const ISOLATION = "all: unset !important; display: inline !important; color: inherit !important; font: inherit !important";

interface Segment {
  node: Text;
  start: number;
  end: number;
}

export class WrapPainter implements Painter {
  readonly kind = "wrap";
  private marks: HTMLElement[] = [];
  private splits: Array<{ head: Text; tail: Text }> = [];

  constructor(private readonly doc: Document) {}

  async paint(groups: PaintGroup[], cancelled: () => boolean): Promise<void> {
    // Ranges are live: wrapping one keeps the others pointing at the same text, so order only decides nesting.
    const work = groups
      .slice()
      .sort((a, b) => a.priority - b.priority)
      .flatMap((group) => group.ranges.map((range) => ({ range, group })));
    await forEachChunked(work, ({ range, group }) => this.wrapRange(range, group), { cancelled });
  }

  clear(): void {
    for (const mark of this.marks.reverse()) {
      if (mark.parentNode) mark.replaceWith(...Array.from(mark.childNodes));
    }
    this.marks = [];
    for (const { head, tail } of this.splits.reverse()) {
      head.appendData(tail.data);
      tail.remove();
    }
    this.splits = [];
  }

  private wrapRange(range: Range, group: PaintGroup): void {
    const style = `${ISOLATION}; ${declarations(group.style, true)}`;
    for (const segment of textSegments(range)) {
      if (segment.start >= segment.end) continue;
      let node = segment.node;
      // Whitespace between block elements (a quote running over two paragraphs) is left alone.
      if (/^\s*$/.test(node.data.slice(segment.start, segment.end))) continue;
      if (segment.end < node.length) this.splits.push({ head: node, tail: node.splitText(segment.end) });
      if (segment.start > 0) {
        const tail = node.splitText(segment.start);
        this.splits.push({ head: node, tail });
        node = tail;
      }
      const mark = this.doc.createElement(MARK_TAG);
      mark.setAttribute("style", style);
      mark.setAttribute("data-news-lens", group.name);
      node.parentNode!.insertBefore(mark, node);
      mark.appendChild(node);
      this.marks.push(mark);
    }
  }
}

/** The text nodes a range covers, each with the part of it inside the range. */
export function textSegments(range: Range): Segment[] {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3 /* Node.TEXT_NODE */) {
    return [{ node: root as Text, start: range.startOffset, end: range.endOffset }];
  }
  const segments: Segment[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    segments.push({ node: text, start, end });
  }
  return segments;
}

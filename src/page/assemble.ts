/**
 * Turns the live text nodes chosen as the article into plain text with paragraph breaks, remembering for
 * every character of the text where it sits on the page.
 */
import { BLOCK_TAGS, isElement, isText, isWhitespaceCode, nextInOrder, precedes, hasNonWhitespace, tagOf } from "./dom";
import { isFurnitureParagraph } from "./exclusions";

/** A stretch [start, end) of one live text node's data. */
export interface Piece {
  node: Text;
  start: number;
  end: number;
}

/**
 * The characters text[start, end) all come from `node`; character i covers the node's data
 * [starts[i - start], ends[i - start]) (a collapsed whitespace run covers the whole run; a space standing
 * for whitespace that belonged to the previous node covers nothing).
 */
export interface Segment {
  start: number;
  end: number;
  node: Text;
  starts: Int32Array;
  ends: Int32Array;
  /** Segments with the same run follow each other on the page with no left-out text in between. */
  run: number;
}

export interface AssembledText {
  text: string;
  segments: Segment[];
  paragraphCount: number;
}

interface Between {
  /** A block boundary (or <br>) lies between the two pieces. */
  block: boolean;
  /** Page text that is not in the article lies between the two pieces. */
  gap: boolean;
}

function nearestBlock(node: Node): Node | null {
  for (let cur = node.parentNode; cur; cur = cur.parentNode) {
    if (isElement(cur) && BLOCK_TAGS.has(tagOf(cur))) return cur;
  }
  return null;
}

/** What lies on the page between the end of piece a and the start of piece b. */
function between(a: Piece, b: Piece): Between {
  if (a.node === b.node) {
    return b.start >= a.end ? { block: false, gap: hasNonWhitespace(a.node.data, a.end, b.start) } : { block: true, gap: true };
  }
  if (!precedes(a.node, b.node)) return { block: true, gap: true };
  let gap = hasNonWhitespace(a.node.data, a.end) || hasNonWhitespace(b.node.data, 0, b.start);
  let block = nearestBlock(a.node) !== nearestBlock(b.node);
  for (let n = nextInOrder(a.node); n && n !== b.node; n = nextInOrder(n)) {
    if (isText(n)) {
      if (!gap && hasNonWhitespace(n.data)) gap = true;
    } else if (!block && isElement(n) && BLOCK_TAGS.has(tagOf(n))) {
      block = true;
    }
    if (gap && block) break;
  }
  return { block, gap };
}

/** A paragraph being built: one entry per character, in parallel number arrays (no object per character). */
class Paragraph {
  readonly codes: number[] = [];
  readonly pieces: number[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** The first piece of this paragraph follows left-out page text. */
  gapBefore = false;
  /** Indices where a run of uninterrupted page text begins. */
  readonly runStarts = new Set<number>();

  get length(): number {
    return this.codes.length;
  }

  push(code: number, piece: number, start: number, end: number): void {
    this.codes.push(code);
    this.pieces.push(piece);
    this.starts.push(start);
    this.ends.push(end);
  }

  toString(): string {
    let out = "";
    // Chunked: one call with a very long paragraph would overflow the argument stack.
    for (let i = 0; i < this.codes.length; i += 8192) out += String.fromCharCode(...this.codes.slice(i, i + 8192));
    return out;
  }
}

/** Builds the article text: whitespace runs collapse to one space, paragraphs are joined by "\n\n". */
export function assemble(pieces: Piece[], filterFurniture: boolean): AssembledText {
  const paragraphs: Paragraph[] = [];
  let para: Paragraph | null = null;
  let pendingSpace: { piece: number; start: number; end: number } | null = null;
  // Left-out text seen since the last emitted character: the next character starts a new run.
  let gapPending = false;

  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    if (p > 0) {
      const rel = between(pieces[p - 1], piece);
      if (rel.gap) gapPending = true;
      if (rel.block) {
        if (para && para.length) paragraphs.push(para);
        para = null;
        pendingSpace = null;
      }
    }
    if (!para) para = new Paragraph();

    const data = piece.node.data;
    let i = piece.start;
    while (i < piece.end) {
      const c = data.charCodeAt(i);
      if (isWhitespaceCode(c)) {
        let j = i + 1;
        while (j < piece.end && isWhitespaceCode(data.charCodeAt(j))) j++;
        if (para.length && !pendingSpace) pendingSpace = { piece: p, start: i, end: j };
        i = j;
        continue;
      }
      if (gapPending) {
        if (para.length) para.runStarts.add(para.length);
        else para.gapBefore = true;
        gapPending = false;
      }
      if (pendingSpace) {
        // A space that stood in an earlier node is credited to this node with zero width, so each segment
        // stays within one text node.
        const own = pendingSpace.piece === p;
        para.push(32, p, own ? pendingSpace.start : i, own ? pendingSpace.end : i);
        pendingSpace = null;
      }
      para.push(c, p, i, i + 1);
      i++;
    }
  }
  if (para && para.length) paragraphs.push(para);

  let text = "";
  const segments: Segment[] = [];
  let run = 0;
  let dropped = false;
  let paragraphCount = 0;
  for (const paragraph of paragraphs) {
    const str = paragraph.toString();
    if (filterFurniture && isFurnitureParagraph(str)) {
      dropped = true;
      continue;
    }
    if (text) text += "\n\n";
    paragraphCount++;
    if (paragraph.gapBefore || dropped) run++;
    dropped = false;
    const base = text.length;
    const owner = paragraph.pieces;
    let k = 0;
    while (k < owner.length) {
      if (k > 0 && paragraph.runStarts.has(k)) run++;
      const piece = owner[k];
      let e = k + 1;
      while (e < owner.length && owner[e] === piece && !paragraph.runStarts.has(e)) e++;
      const starts = Int32Array.from(paragraph.starts.slice(k, e));
      const ends = Int32Array.from(paragraph.ends.slice(k, e));
      segments.push({ start: base + k, end: base + e, node: pieces[piece].node, starts, ends, run });
      k = e;
    }
    text += str;
  }
  return { text, segments, paragraphCount };
}

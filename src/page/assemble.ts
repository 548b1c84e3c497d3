/**
 * Turns the live text nodes chosen as the article into plain text with paragraph breaks, remembering for
 * every character of the text where it sits on the page.
 */
import { BLOCK_TAGS, isElement, isText, isWhitespaceCode, nextInOrder, precedes, hasNonWhitespace, tagOf } from "./dom";
import { isFurnitureParagraph } from "./exclusions";
import { PAUSE_OFTEN, runNow, type Steps } from "./steps";

/** A stretch [start, end) of one live text node's data. */
export interface Piece {
  node: Text;
  start: number;
  end: number;
}

/**
 * The characters text[start, end) all come from `node`; character i covers the node's data
 * [starts[i - start], ends[i - start]); a space that stands for a collapsed whitespace run covers the run.
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
  /** The last whitespace of a left-out node between them (the page shows a space there), if any. */
  space: WhitespaceRun | null;
  /** Left-out non-whitespace text follows that whitespace. */
  gapAfterSpace: boolean;
}

interface WhitespaceRun {
  node: Text;
  start: number;
  end: number;
}

function nearestBlock(node: Node): Node | null {
  for (let cur = node.parentNode; cur; cur = cur.parentNode) {
    if (isElement(cur) && BLOCK_TAGS.has(tagOf(cur))) return cur;
  }
  return null;
}

/**
 * Nodes walked from one piece towards the next before asking whether the next comes after it at all: pieces
 * nearly always follow each other within a few nodes, and the walk answers that on the way (reaching the page's
 * end means it does not); the ancestor chains the full comparison builds cost dozens of calls into the page.
 */
const WALK_BEFORE_ORDER_CHECK = 64;

/** The nearest block ancestor of each node asked about, for the length of one assembly. */
type BlockCache = Map<Node, Node | null>;

/**
 * Each piece's text as read once: on a live page every `data` read is a call into the page (and in Firefox a copy
 * of the string across the content script's boundary), and one assembly reads a node's text up to five times.
 */
type DataCache = Map<Text, string>;

function dataOf(node: Text, cache: DataCache): string {
  let data = cache.get(node);
  if (data === undefined) {
    data = node.data;
    cache.set(node, data);
  }
  return data;
}

function nearestBlockOf(node: Node, cache: BlockCache): Node | null {
  let block = cache.get(node);
  if (block === undefined) {
    block = nearestBlock(node);
    cache.set(node, block);
  }
  return block;
}

/** What lies on the page between the end of piece a and the start of piece b. */
function between(a: Piece, b: Piece, blocks: BlockCache = new Map(), texts: DataCache = new Map()): Between {
  const none = { space: null, gapAfterSpace: false };
  if (a.node === b.node) {
    return b.start >= a.end ? { block: false, gap: hasNonWhitespace(dataOf(a.node, texts), a.end, b.start), ...none } : { block: true, gap: true, ...none };
  }
  // Only whitespace-only nodes count as a space the reader sees, and only when they are not wedged
  // between left-out words (a range to them would then take in those words).
  let spaceBeforeGap: WhitespaceRun | null = null;
  let spaceAfterGap: WhitespaceRun | null = null;
  let gapText = false;
  let gap = false;
  let blockBetween = false;
  let walked = 0;
  let n = nextInOrder(a.node);
  for (; n && n !== b.node; n = nextInOrder(n)) {
    if (++walked === WALK_BEFORE_ORDER_CHECK && !precedes(a.node, b.node)) return { block: true, gap: true, ...none };
    if (isText(n)) {
      const data = dataOf(n, texts);
      if (hasNonWhitespace(data)) {
        gap = true;
        gapText = true;
        spaceAfterGap = null;
      } else if (data.length) {
        if (gapText) spaceAfterGap = { node: n, start: 0, end: data.length };
        else spaceBeforeGap = { node: n, start: 0, end: data.length };
      }
    } else if (!blockBetween && isElement(n) && BLOCK_TAGS.has(tagOf(n))) {
      blockBetween = true;
    }
  }
  // The page's end came first: b is not after a.
  if (!n) return { block: true, gap: true, ...none };
  gap ||= hasNonWhitespace(dataOf(a.node, texts), a.end) || hasNonWhitespace(dataOf(b.node, texts), 0, b.start);
  const block = blockBetween || nearestBlockOf(a.node, blocks) !== nearestBlockOf(b.node, blocks);
  const space = spaceAfterGap ?? spaceBeforeGap;
  const gapAfterSpace = !spaceAfterGap && gapText;
  return { block, gap, space, gapAfterSpace };
}

/**
 * A stretch of a paragraph's text taken from one node: `collapsed` is one space standing for the whitespace
 * [rawStart, rawEnd); otherwise the characters are the node's data [rawStart, rawEnd) as they are.
 */
interface TextRun {
  node: Text;
  /** The node's text, as read once (see DataCache). */
  data: string;
  at: number;
  rawStart: number;
  rawEnd: number;
  collapsed: boolean;
}

/**
 * A paragraph being built, as runs of page text (not one entry per character or word: pages can be
 * megabytes). Adjacent stretches of one node merge into one run, a single plain space included, since it
 * stands for itself.
 */
class Paragraph {
  readonly runs: TextRun[] = [];
  length = 0;
  /** The first piece of this paragraph follows left-out page text. */
  gapBefore = false;
  /** Positions where a run of uninterrupted page text begins. */
  readonly runStarts = new Set<number>();

  pushSpace(node: Text, data: string, rawStart: number, rawEnd: number): void {
    if (rawEnd - rawStart === 1 && data.charCodeAt(rawStart) === 32) {
      this.pushChars(node, data, rawStart, rawEnd);
      return;
    }
    this.runs.push({ node, data, at: this.length, rawStart, rawEnd, collapsed: true });
    this.length += 1;
  }

  pushChars(node: Text, data: string, rawStart: number, rawEnd: number): void {
    const last = this.runs.length ? this.runs[this.runs.length - 1] : null;
    if (last && !last.collapsed && last.node === node && last.rawEnd === rawStart && !this.runStarts.has(this.length)) {
      last.rawEnd = rawEnd;
    } else {
      this.runs.push({ node, data, at: this.length, rawStart, rawEnd, collapsed: false });
    }
    this.length += rawEnd - rawStart;
  }

  toString(): string {
    let str = "";
    for (const run of this.runs) str += run.collapsed ? " " : run.data.slice(run.rawStart, run.rawEnd);
    return str;
  }
}

/** Builds the article text: whitespace runs collapse to one space, paragraphs are joined by "\n\n". */
export function assemble(pieces: Piece[], filterFurniture: boolean): AssembledText {
  return runNow(assembleSteps(pieces, filterFurniture));
}

/** `assemble`, pausing every few hundred pieces and paragraphs (see ./steps). */
export function* assembleSteps(pieces: Piece[], filterFurniture: boolean): Steps<AssembledText> {
  const paragraphs: Paragraph[] = [];
  let para: Paragraph | null = null;
  // The whitespace run the next space stands for; `order` places it among the pieces (p - 0.5 is the gap
  // before piece p), so a gap is marked on the right side of it.
  let pendingSpace: (WhitespaceRun & { order: number }) | null = null;
  // Left-out text seen since the last emitted character: the next character starts a new run. Its first
  // and last positions decide on which side of a pending space the run breaks (maybe on both).
  let gapPending = false;
  let firstGapOrder = 0;
  let lastGapOrder = 0;

  const blocks: BlockCache = new Map();
  const texts: DataCache = new Map();
  const markGap = (para: Paragraph) => {
    if (para.length) para.runStarts.add(para.length);
    else para.gapBefore = true;
  };

  for (let p = 0; p < pieces.length; p++) {
    if (p % PAUSE_OFTEN === PAUSE_OFTEN - 1) yield;
    const piece = pieces[p];
    if (p > 0) {
      const rel = between(pieces[p - 1], piece, blocks, texts);
      if (rel.gap) {
        if (!gapPending) firstGapOrder = p - 0.5;
        lastGapOrder = p - 0.5;
        gapPending = true;
      }
      if (rel.block) {
        if (para && para.length) paragraphs.push(para);
        para = null;
        pendingSpace = null;
      } else if (rel.space && para?.length && !pendingSpace) {
        pendingSpace = { ...rel.space, order: rel.gapAfterSpace ? p - 0.75 : p - 0.25 };
      }
    }
    if (!para) para = new Paragraph();

    const data = dataOf(piece.node, texts);
    let i = piece.start;
    while (i < piece.end) {
      let j = i + 1;
      if (isWhitespaceCode(data.charCodeAt(i))) {
        while (j < piece.end && isWhitespaceCode(data.charCodeAt(j))) j++;
        if (para.length && !pendingSpace) pendingSpace = { node: piece.node, start: i, end: j, order: p };
        i = j;
        continue;
      }
      while (j < piece.end && !isWhitespaceCode(data.charCodeAt(j))) j++;
      if (gapPending && pendingSpace && firstGapOrder < pendingSpace.order) markGap(para);
      const gapAfterSpace = gapPending && (!pendingSpace || lastGapOrder > pendingSpace.order);
      if (pendingSpace) {
        // The collapsed space stands for the whitespace run where it really is, even in an earlier node.
        para.pushSpace(pendingSpace.node, dataOf(pendingSpace.node, texts), pendingSpace.start, pendingSpace.end);
        pendingSpace = null;
      }
      if (gapAfterSpace) markGap(para);
      gapPending = false;
      para.pushChars(piece.node, data, i, j);
      i = j;
    }
  }
  if (para && para.length) paragraphs.push(para);

  let text = "";
  const segments: Segment[] = [];
  let run = 0;
  let dropped = false;
  let paragraphCount = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    if (index % PAUSE_OFTEN === PAUSE_OFTEN - 1) yield;
    const paragraph = paragraphs[index];
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
    const runs = paragraph.runs;
    let k = 0;
    while (k < runs.length) {
      if (k > 0 && paragraph.runStarts.has(runs[k].at)) run++;
      const node = runs[k].node;
      let e = k + 1;
      while (e < runs.length && runs[e].node === node && !paragraph.runStarts.has(runs[e].at)) e++;
      const from = runs[k].at;
      const to = e < runs.length ? runs[e].at : paragraph.length;
      const starts = new Int32Array(to - from);
      const ends = new Int32Array(to - from);
      for (let r = k; r < e; r++) {
        const { at, rawStart, rawEnd, collapsed } = runs[r];
        if (collapsed) {
          starts[at - from] = rawStart;
          ends[at - from] = rawEnd;
        } else {
          for (let x = rawStart; x < rawEnd; x++) {
            starts[at - from + x - rawStart] = x;
            ends[at - from + x - rawStart] = x + 1;
          }
        }
      }
      segments.push({ start: base + from, end: base + to, node, starts, ends, run });
      k = e;
    }
    text += str;
  }
  return { text, segments, paragraphCount };
}

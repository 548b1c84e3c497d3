/**
 * DOM helpers that work the same on a live page, linkedom, happy-dom and jsdom: plain property access and
 * numeric node types only (Node.ELEMENT_NODE is not a global on the server).
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node | null | undefined): node is Text {
  return !!node && node.nodeType === TEXT_NODE;
}

export function tagOf(el: Element): string {
  // Read once: in Firefox's content script each read of a node's property is a call across its boundary.
  const name = el.localName;
  return name ? name.toLowerCase() : el.tagName.toLowerCase();
}

/** Elements that start a new paragraph of text in the rendered page. */
export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details", "dialog", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
  "td", "tfoot", "th", "thead", "tr", "ul", "iframe", "video", "audio",
]);

/** Elements whose text is never readable prose. */
export const NEVER_TEXT_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "select",
  "option", "textarea", "button", "head", "title", "meta", "link",
]);

/** The node after `node` in document order, not descending into `node` when `skipChildren`. */
export function nextInOrder(node: Node, skipChildren = false): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  let cur: Node | null = node;
  while (cur) {
    if (cur.nextSibling) return cur.nextSibling;
    cur = cur.parentNode;
  }
  return null;
}

/**
 * -1, 0 or 1 as `a` comes before, is, or comes after `b` in document order (an ancestor comes before its
 * descendants). Hand-written because some server-side DOMs get compareDocumentPosition wrong for text nodes.
 */
export function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const up = (n: Node): Node[] => {
    const chain: Node[] = [];
    for (let cur: Node | null = n; cur; cur = cur.parentNode) chain.push(cur);
    return chain.reverse();
  };
  const ca = up(a);
  const cb = up(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length) return -1; // a is an ancestor of b
  if (i === cb.length) return 1; // b is an ancestor of a
  if (i === 0) return 0; // different trees: no order
  for (let s: Node | null = ca[i].nextSibling; s; s = s.nextSibling) if (s === cb[i]) return -1;
  return 1;
}

/** True when `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  return documentOrder(a, b) < 0;
}

export function isInclusiveAncestor(ancestor: Node, node: Node): boolean {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) if (cur === ancestor) return true;
  return false;
}

export function isWhitespaceCode(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

export function hasNonWhitespace(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) if (!isWhitespaceCode(s.charCodeAt(i))) return true;
  return false;
}

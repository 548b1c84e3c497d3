/**
 * The page copy's markup in pieces: `outerHTML` of a whole news page is one native call of 10–60 ms on the
 * page's thread (the longest single stretch of the read in Firefox), so a big element is written as its own tags
 * around its children, each child in turn, with pauses between them. The result is `outerHTML`'s to the
 * character: the tags come from the browser's own serializer (an element's shallow copy), and only text and
 * comments between them are written here, by the HTML serialization algorithm's rules.
 */
import { isElement, tagOf } from "./dom";
import { nodeGet } from "./safeDom";
import type { Steps } from "./steps";

/** Above this many elements under it, an element is written child by child (as the copy is made: see cloneMap). */
export const SERIALIZE_PIECE_ELEMENTS = 150;

/** Below this depth a big element is still written in one call (hostile pages nest thousands deep). */
const MAX_PIECE_DEPTH = 48;

const WHOLE = new Set(["template", "pre", "listing", "textarea"]);
const HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/** Elements whose text the serializer writes as it is (HTML: "serializing HTML fragments", scripting off in the copy). */
const LITERAL_TEXT = new Set(["style", "script", "xmp", "iframe", "noembed", "noframes", "plaintext"]);

/** `el.outerHTML`, with a pause after each piece written on its own. */
export function* outerHtmlInPieces(el: Element): Steps<string> {
  const parts: string[] = [];
  yield* write(el, parts, 0);
  return parts.join("");
}

function* write(el: Element, parts: string[], depth: number): Steps<void> {
  const from = parts.length;
  const outer = getter(el, "outerHTML");
  const count = method(el, "getElementsByTagName");
  const cloneNode = method(el, "cloneNode");
  const big = depth < MAX_PIECE_DEPTH && count && cloneNode && (count.call(el, "*") as HTMLCollection).length > SERIALIZE_PIECE_ELEMENTS;
  // (<template>'s content is no child; <pre>, <listing> and <textarea> may have a line break of their own.)
  if (!outer || !big || WHOLE.has(tagOf(el))) {
    parts.push(outer ? (outer.call(el) as string) : el.outerHTML);
    return;
  }
  // The element's own tags, as the browser writes them: its shallow copy is "<tag …></tag>".
  const shell = outer.call(cloneNode.call(el, false)) as string;
  const close = shell.lastIndexOf("</");
  if (close < 0) {
    parts.push(outer.call(el) as string);
    return;
  }
  parts.push(shell.slice(0, close));
  const literal = LITERAL_TEXT.has(tagOf(el)) && el.namespaceURI === HTML_NAMESPACE;
  for (let child = nodeGet(el, "firstChild"); child; child = nodeGet(child, "nextSibling")) {
    if (isElement(child)) {
      yield* write(child, parts, depth + 1);
      yield;
    } else if (child.nodeType === TEXT_NODE) {
      const data = (child as Text).data;
      parts.push(literal ? data : escapeText(data));
    } else if (child.nodeType === COMMENT_NODE) {
      parts.push(`<!--${(child as Comment).data}-->`);
    } else {
      // Nothing else is written inside an element of an HTML document; should a DOM differ, the whole call.
      parts.length = from;
      parts.push(outer.call(el) as string);
      return;
    }
  }
  parts.push(shell.slice(close));
}

/** Text as the HTML serializer escapes it: &, no-break space, < and >. */
export function escapeText(data: string): string {
  return /[&\u00a0<>]/.test(data) ? data.replace(/&/g, "&amp;").replace(/\u00a0/g, "&nbsp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : data;
}

/** A getter as the prototype defines it, past form controls that shadow it on a <form> (`<input name="outerHTML">`). */
function getter(node: object, name: string): ((this: unknown) => unknown) | undefined {
  for (let proto = Object.getPrototypeOf(node); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.get;
  }
  return undefined;
}

function method(node: object, name: string): ((...args: unknown[]) => unknown) | undefined {
  for (let proto = Object.getPrototypeOf(node); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.value === "function" ? descriptor.value : undefined;
  }
  return undefined;
}

/**
 * Facts about single tokens that rules of both passes ask over and over, answered once per document or without
 * building a string: `toLowerCase()` allocates a new string for every capitalised word (about 100 ns a call), and
 * a Unicode pattern such as /^\p{Ll}/u costs a regular-expression call where a character code answers for ASCII.
 */
import type { Doc } from "./sentences";

const lowerByDoc = new WeakMap<Doc, string[]>();

/**
 * Each token's text in lower case (`tokens[i].text.toLowerCase()`), built once per document and shared by the
 * entity and the quote pass. Shared: never change it.
 */
export function lowerTexts(doc: Doc): string[] {
  let lower = lowerByDoc.get(doc);
  if (!lower) {
    const t = doc.tokens;
    lower = new Array<string>(t.length);
    for (let i = 0; i < t.length; i++) lower[i] = t[i].text.toLowerCase();
    lowerByDoc.set(doc, lower);
  }
  return lower;
}

/** Whether the first character changes in lower case (`ch !== ch.toLowerCase()`): ASCII by its code. */
export function isCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text.charAt(0);
  return ch !== ch.toLowerCase();
}

const LOWER_INITIAL = /^\p{Ll}/u;
const UPPER_INITIAL = /^\p{Lu}/u;

/** `/^\p{Ll}/u.test(text)`: ASCII answered by its code, anything else by the pattern. */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_INITIAL.test(text);
}

/** `/^\p{Lu}/u.test(text)`: ASCII answered by its code, anything else by the pattern. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_INITIAL.test(text);
}

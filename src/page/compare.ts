/**
 * The whitespace rule of the text map (see TextMap in ./types): how a Range's toString() and its slice of
 * the article text are compared.
 */

/** Every whitespace run becomes one space; the ends are trimmed. Equal within a paragraph. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** All whitespace removed. Equal across paragraphs, where the page may have no whitespace between blocks. */
export function squashWhitespace(s: string): string {
  return s.replace(/\s+/g, "");
}

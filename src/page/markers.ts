/**
 * The snapshot's text markers (./snapshot): a comment `<!--PREFIX<number>-->` before each text node of the page
 * copy, numbered as the copy's texts are, so that the popup can tell which text Readability kept. The prefix holds
 * a random part, so a comment of the page's cannot pass for one of ours.
 */

/** Elements whose content the parser takes as plain text: a comment inside one would serialize as literal text. */
export const RAW_TEXT = new Set(["title", "textarea", "style", "script", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]);

/** A fresh marker prefix, `lens:<random>:`. */
export function newMarkerPrefix(): string {
  const nonce = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join("");
  return `lens:${nonce}:`;
}

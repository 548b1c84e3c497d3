/**
 * Readability's verdict on a page snapshot (./snapshot), in the extension's own context: the popup parses the
 * markup the content script sent and runs this, so the page never waits on Readability.
 */
import { isText } from "./dom";
import { readabilityVerdict, type ReadabilityVerdict } from "./readability-verdict";

/**
 * Reads the numbers off the markers (`prefix`: see snapshotPrefix), takes the markers out (Readability would
 * count them as content when it groups inline text into paragraphs), and runs Readability.
 */
export function verdictOfSnapshot(doc: Document, prefix: string): ReadabilityVerdict | null {
  const ids = new WeakMap<Text, number>();
  const markers: Comment[] = [];
  if (!prefix) return readabilityVerdict(doc, () => undefined);
  const walker = doc.createTreeWalker(doc, 0x80 /* SHOW_COMMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const comment = node as Comment;
    if (!comment.data.startsWith(prefix)) continue;
    markers.push(comment);
    const next = comment.nextSibling;
    if (isText(next)) ids.set(next, Number(comment.data.slice(prefix.length)));
  }
  for (const marker of markers) marker.remove();
  return readabilityVerdict(doc, (node) => ids.get(node));
}


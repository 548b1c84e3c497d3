/**
 * How deep a page's markup nests. Readability walks up to the root from every element it scores, so on a page
 * nested thousands deep it runs for most of a second inside the page without a pause; such pages are read with
 * the linear fallback instead.
 */
import { docCall, docGet, nodeGet } from "./safeDom";
import { PAUSE_EVERY, type Steps } from "./steps";

/**
 * Real news pages nest 15 to 35 elements deep (34 at most in our corpus of saved pages); the HTML parser alone
 * stops at 512, only scripts build deeper. At 1,500 levels Readability took 0.75 s in Chromium.
 */
export const MAX_READABILITY_DEPTH = 200;

const SHOW_ELEMENT = 0x1;

/** Whether any element sits more than `limit` levels below the root; stops at the first that does. */
export function* nestedDeeperThan(doc: Document, limit: number): Steps<boolean> {
  const root = docGet(doc, "documentElement");
  const walker = root ? docCall(doc, "createTreeWalker", root, SHOW_ELEMENT) : undefined;
  if (!root || !walker) return false;
  // The open ancestors of the current element; document order visits every parent before its children.
  const ancestors: Node[] = [root];
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % PAUSE_EVERY === 0) yield;
    const parent = nodeGet(node, "parentNode");
    while (ancestors.length && ancestors[ancestors.length - 1] !== parent) ancestors.pop();
    ancestors.push(node);
    if (ancestors.length - 1 > limit) return true;
  }
  return false;
}

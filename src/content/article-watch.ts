/**
 * Whether the article a read took from the page may have changed since, so that a reopened popup can show
 * its cached result without reading the page again (the ping answers with it, see ../popup/controller). The
 * check costs the page nothing when the popup asks: a MutationObserver on the smallest element holding the
 * read's text notes, as the page changes, whatever could change what a new read would take:
 * - the text of a node the read took, edited, or the node removed;
 * - text added inside that element (a new paragraph, a live update);
 * - an element with text hidden or shown there (a "read more" that opens, a paragraph taken away by class).
 * It errs on the side of "changed": the popup then reads the page again, and reuses the cached analysis when the
 * text turns out the same, so a false alarm costs a read and never shows a wrong result. Our own marks (the
 * wrapping fallback for browsers without the Highlight API) and our UI host are not the page's changes.
 */
import { HOST_TAG } from "./ui-host";
import { MARK_TAG } from "./highlight/wrap";
import { isHidden } from "../page/exclusions";

/** Text nodes looked at per changed element before giving up and calling it a change. */
const WALK_LIMIT = 2_000;

export class ArticleWatch {
  private changed = false;
  private observer: MutationObserver | null = null;
  private readonly region: Node | null;
  private takenSet: Set<Node> | null = null;

  /**
   * @param takenNodes the text nodes the read took (null: unknown, any text edit in the region counts); made a set
   * only once the page changes something, so a page that holds still pays nothing for a long article.
   * @param region where to watch; by default the deepest element holding every node taken.
   */
  constructor(doc: Document, private readonly takenNodes: readonly Node[] | null, region: Node | null = null) {
    this.region = region ?? commonAncestor(takenNodes ?? []);
    const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? globalThis.MutationObserver;
    if (!this.region || typeof Observer !== "function") {
      // Nothing to watch: say "changed", the popup reads again (correct, only slower).
      this.changed = true;
      return;
    }
    try {
      this.observer = new Observer((records) => this.note(records));
      this.observer.observe(this.region, {
        childList: true,
        characterData: true,
        subtree: true,
        attributes: true,
        attributeFilter: ["class", "style", "hidden", "open"],
      });
    } catch {
      this.changed = true;
    }
  }

  /** False once the page may have changed what a read takes (or the article is gone from the page). */
  get unchanged(): boolean {
    if (this.changed) return false;
    if (this.observer) this.note(this.observer.takeRecords());
    if (!this.changed && this.region?.isConnected === false) this.settle();
    return !this.changed;
  }

  /** Our own change of the page (the wrapping fallback) that the watch cannot tell from the page's: call it one. */
  invalidate(): void {
    this.settle();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  private settle(): void {
    this.changed = true;
    this.stop();
  }

  /** The text nodes the read took, as a set (null: unknown). */
  private get taken(): Set<Node> | null {
    if (!this.takenNodes) return null;
    return (this.takenSet ??= new Set(this.takenNodes));
  }

  private note(records: MutationRecord[]): void {
    if (this.changed || records.length === 0) return;
    const restyled = new Set<Element>();
    for (const record of records) {
      if (this.changes(record, restyled)) return this.settle();
    }
    for (const element of restyled) if (this.revealsOrHides(element)) return this.settle();
  }

  private changes(record: MutationRecord, restyled: Set<Element>): boolean {
    switch (record.type) {
      case "characterData":
        return this.taken ? this.taken.has(record.target) : hasText(record.target);
      case "childList":
        if (isOurs(record.target)) return false;
        for (const node of Array.from(record.removedNodes)) if (!isOurs(node) && this.holdsTaken(node)) return true;
        for (const node of Array.from(record.addedNodes)) if (!isOurs(node) && hasText(node)) return true;
        return false;
      case "attributes":
        if (!isOurs(record.target)) restyled.add(record.target as Element);
        return false;
      default:
        return false;
    }
  }

  /** A removed node that held text the read took (or, not knowing what it took, any text). */
  private holdsTaken(node: Node): boolean {
    if (!this.taken) return hasText(node);
    if (node.nodeType === 3) return this.taken.has(node);
    const doc = node.ownerDocument;
    if (!doc) return false;
    const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
    let seen = 0;
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (this.taken.has(text) || ++seen > WALK_LIMIT) return true;
    }
    return false;
  }

  /**
   * An element whose class, style or visibility changed: a change when it is hidden now and held text the read
   * took, or shown now with text the read did not take and none it did (text revealed). A read paragraph that
   * only changed its class (scroll animations do) is no change.
   */
  private revealsOrHides(element: Element): boolean {
    if (!element.isConnected || !hasText(element)) return false;
    const doc = element.ownerDocument;
    let taken = 0;
    let other = 0;
    const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    let seen = 0;
    for (let text = walker.nextNode(); text && seen < WALK_LIMIT; text = walker.nextNode(), seen++) {
      if (this.taken?.has(text)) taken++;
      else if (hasText(text)) other++;
      if (taken > 0 && other > 0) break;
    }
    if (!this.taken) return true;
    // Hidden as the read judges it (attribute, inline style, screen-reader classes, the page's stylesheets).
    return isHidden(element) ? taken > 0 : taken === 0 && other > 0;
  }
}

function isOurs(node: Node): boolean {
  if (node.nodeType !== 1) return node.parentElement ? isOurs(node.parentElement) : false;
  const tag = (node as Element).tagName.toLowerCase();
  return tag === HOST_TAG || tag === MARK_TAG;
}

function hasText(node: Node): boolean {
  return /\S/.test(node.textContent ?? "");
}

/** The deepest node holding all of `nodes` (null for none). */
function commonAncestor(nodes: readonly Node[]): Node | null {
  if (nodes.length === 0) return null;
  let region: Node | null = nodes[0].parentNode;
  const last = nodes[nodes.length - 1];
  while (region && !region.contains(last)) region = region.parentNode;
  // Text nodes the read took lie between the first and the last in document order, so they are inside too.
  return region;
}

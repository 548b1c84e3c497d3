/**
 * The popup's rendered result, kept beside the cached result (`storage.session`, memory only) so that a reopened
 * popup shows it before its own code has even loaded: public/popup-early.js rebuilds it into the page the moment
 * the page's script vouches for the read it came from, and the popup's code then takes over the same elements
 * (Preact reuses what it finds). The tree holds elements, attributes and text only (no markup is ever parsed), as
 * rendered by the popup itself from the analysis.
 */

/** A text node, or an element as [tag, attributes, children]. */
export type ViewNode = string | [string, Record<string, string>, ViewNode[]];

export interface StoredView {
  /** The content script's read the result came from (CachedResult.readKey). */
  readKey: string;
  /** The settings as stored (`storage.sync`), as JSON: a view drawn with other colours is not shown. */
  settings: string;
  /** Whether highlights were on (the switch is drawn in the view). */
  highlights: boolean;
  tree: ViewNode[];
}

export { sessionViewKey as viewSessionKey } from "../shared/messages";

/** Past this many elements the view is not kept (a huge page's popup): rebuilding it would cost what rendering does. */
const MAX_ELEMENTS = 4_000;

/** The children of `root` as a tree; null when something in it cannot be rebuilt as shown (typed-in text). */
export function snapshotView(root: Element): ViewNode[] | null {
  let elements = 0;
  const walk = (node: Node): ViewNode | null | undefined => {
    if (node.nodeType === 3) return (node as Text).data;
    if (node.nodeType !== 1) return undefined;
    if (++elements > MAX_ELEMENTS) return null;
    const el = node as Element;
    const attrs: Record<string, string> = {};
    for (const attr of Array.from(el.attributes)) attrs[attr.name] = attr.value;
    if (el instanceof HTMLInputElement) {
      if (el.value !== el.defaultValue && el.type !== "checkbox") return null;
      if (el.checked) attrs.checked = "";
      else delete attrs.checked;
    }
    const children: ViewNode[] = [];
    for (const child of Array.from(el.childNodes)) {
      const built = walk(child);
      if (built === null) return null;
      if (built !== undefined) children.push(built);
    }
    return [el.localName, attrs, children];
  };
  const out: ViewNode[] = [];
  for (const child of Array.from(root.childNodes)) {
    const built = walk(child);
    if (built === null) return null;
    if (built !== undefined) out.push(built);
  }
  return out;
}

/**
 * Paints with the CSS Custom Highlight API: the ranges are registered with `CSS.highlights` and styled with
 * `::highlight()` rules, so the page's DOM is never touched and the page's styles cannot reach our marks.
 */
import type { PageStyles } from "./stylesheet";
import { declarations, type PaintGroup, type Painter } from "./painter";

/** The parts of the Highlight API we use, so tests can supply a fake registry. */
export interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): boolean };
  create(ranges: Range[], priority: number): unknown;
}

export function nativeHighlightApi(win: Window & typeof globalThis): HighlightApi | null {
  const css = (win as { CSS?: { highlights?: HighlightApi["registry"] } }).CSS;
  const HighlightCtor = (win as { Highlight?: new (...ranges: Range[]) => { priority: number } }).Highlight;
  if (!css?.highlights || typeof HighlightCtor !== "function") return null;
  return {
    registry: css.highlights,
    create(ranges, priority) {
      const highlight = new HighlightCtor(...ranges);
      highlight.priority = priority;
      return highlight;
    },
  };
}

/**
 * Above this many ranges, registering them all would make the browser spend half a second or more restyling
 * and repainting the page each time the highlights change (measured: 50,000 ranges, 0.5 s on set, 0.4 s on
 * clear). Then only the ranges on and near the screen are registered, and the set follows the reader's scrolling.
 */
export const MAX_REGISTERED_RANGES = 2_000;

/** How far beyond the viewport (in viewport heights) the registered ranges reach, so scrolling shows no gap. */
const WINDOW_MARGIN = 1.5;

export class CustomHighlightPainter implements Painter {
  readonly kind = "custom-highlight";
  private readonly names = new Set<string>();
  private windowed: { groups: PaintGroup[]; view: Window; frame: number; follow: () => void } | null = null;

  constructor(
    private readonly api: HighlightApi,
    private readonly styles: PageStyles,
    private readonly view: Window | null = null,
  ) {}

  async paint(groups: PaintGroup[], cancelled: () => boolean): Promise<void> {
    if (cancelled()) return;
    const painted = groups.filter((group) => group.ranges.length > 0);
    for (const group of painted) this.names.add(group.name);
    const total = painted.reduce((n, group) => n + group.ranges.length, 0);
    const view = this.view;
    const windowed = total > MAX_REGISTERED_RANGES && !!view;
    if (!windowed) {
      for (const group of painted) this.register(group, group.ranges);
    } else {
      this.follow(painted, view);
    }
    // The rules last: measuring the ranges' places after a stylesheet change would make the browser restyle
    // the whole page inside our task (a quarter of a second on a 50,000-paragraph page) instead of in its
    // next frame.
    const scoped = !windowed && !huge(view);
    // All the groups' rules reach the page as one change of its style sheets (see PageStyles.batch).
    this.styles.batch(() => {
      for (const group of painted) {
        const origins = scoped ? originTags(group.ranges) : null;
        this.styles.set(`highlight:${group.name}`, `${highlightSelector(group.name, origins)} { ${declarations(group.style)} }`);
      }
    });
  }

  /** Registers the ranges near the screen, and again whenever the reader scrolls or resizes. */
  private follow(groups: PaintGroup[], view: Window): void {
    const follow = () => {
      if (!this.windowed || this.windowed.frame) return;
      this.windowed.frame = view.requestAnimationFrame(() => {
        if (!this.windowed) return;
        this.windowed.frame = 0;
        this.registerNearViewport();
      });
    };
    this.windowed = { groups, view, frame: 0, follow };
    view.addEventListener("scroll", follow, { passive: true, capture: true });
    view.addEventListener("resize", follow, { passive: true });
    this.registerNearViewport();
  }

  clear(): void {
    if (this.windowed) {
      const { view, follow, frame } = this.windowed;
      view.removeEventListener("scroll", follow, { capture: true });
      view.removeEventListener("resize", follow);
      if (frame) view.cancelAnimationFrame(frame);
      this.windowed = null;
    }
    for (const name of this.names) this.api.registry.delete(name);
    this.names.clear();
    this.styles.deleteAll("highlight:");
  }

  private register(group: PaintGroup, ranges: Range[]): void {
    this.api.registry.set(group.name, this.api.create(ranges, group.priority));
  }

  /** Registers, per group, the ranges on screen and within a margin around it (ranges are in page order). */
  private registerNearViewport(): void {
    if (!this.windowed) return;
    const { groups, view } = this.windowed;
    const height = view.innerHeight || 1000;
    const top = -height * WINDOW_MARGIN;
    const bottom = height * (1 + WINDOW_MARGIN);
    const budget = Math.max(1, Math.floor(MAX_REGISTERED_RANGES / Math.max(1, groups.length)));
    for (const group of groups) {
      const ranges = group.ranges;
      if (!ranges.length) continue;
      // The first range that does not end above the window: ranges follow the page's order, so its rows.
      let lo = 0;
      let hi = ranges.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ranges[mid].getBoundingClientRect().bottom < top) lo = mid + 1;
        else hi = mid;
      }
      let end = lo;
      while (end < ranges.length && end - lo < budget && ranges[end].getBoundingClientRect().top <= bottom) end++;
      this.register(group, ranges.slice(lo, end));
    }
  }
}

/**
 * The elements whose text the ranges cover, by tag name (the text's parent: a highlight's originating element);
 * null when a range reaches text it cannot tell (no walker on this DOM).
 */
export function originTags(ranges: readonly Range[]): Set<string> | null {
  try {
    return tagsOf(ranges);
  } catch {
    return null;
  }
}

function tagsOf(ranges: readonly Range[]): Set<string> | null {
  const tags = new Set<string>();
  const addParentOf = (node: Node): boolean => {
    const parent = node.parentNode;
    if (!parent || parent.nodeType !== 1) return true; // text straight under a document or fragment has no originating element
    const tag = (parent as Element).localName;
    if (typeof tag !== "string" || !tag) return false;
    tags.add(tag);
    return true;
  };
  for (const range of ranges) {
    const start = range.startContainer;
    if (!start) return null;
    if (start === range.endContainer && start.nodeType === 3) {
      if (!addParentOf(start)) return null;
      continue;
    }
    const root = range.commonAncestorContainer;
    const doc = root.ownerDocument ?? (root as Document);
    if (typeof doc.createTreeWalker !== "function") return null;
    if (root.nodeType === 3) {
      if (!addParentOf(root)) return null;
      continue;
    }
    // From the range's start to its end only: a quote running over paragraphs has the whole article as its
    // common ancestor.
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    walker.currentNode = start;
    let node: Node | null = start.nodeType === 3 ? start : walker.nextNode();
    for (; node; node = walker.nextNode()) {
      if (range.comparePoint(node, 0) > 0) break;
      if (range.intersectsNode(node) && !addParentOf(node)) return null;
    }
  }
  return tags;
}

/**
 * Above this many elements the rules stay unscoped: on a page of 50,000 paragraphs, a rule naming <p> made
 * Chromium invalidate the paragraphs one by one, and the page's longest gap grew from about 1.5 s to 2 s.
 */
const SCOPED_RULES_UP_TO_ELEMENTS = 10_000;

export function huge(view: Window | null): boolean {
  try {
    const doc = view?.document;
    return !!doc && doc.getElementsByTagName("*").length > SCOPED_RULES_UP_TO_ELEMENTS;
  } catch {
    return false;
  }
}

/** Tag names safe to write into a selector as they are; anything else makes the rule match every element. */
const PLAIN_TAG = /^[a-z][a-z0-9-]*$/;

/**
 * The selector of a highlight's rule. Adding or removing a rule for `::highlight(x)` alone makes the browser
 * restyle every element of the page (10–20 ms on a news page of 1,500 elements, in one frame); a rule naming the
 * tags of the elements that hold the highlighted text restyles only those (about 1 ms when they are <p>s).
 * Tags, not classes or ids: the page never changes an element's tag, so the rule keeps matching whatever the
 * page does; and the page's DOM is never marked.
 */
export function highlightSelector(name: string, origins: ReadonlySet<string> | null): string {
  if (!origins || origins.size === 0 || [...origins].some((tag) => !PLAIN_TAG.test(tag))) return `::highlight(${name})`;
  return [...origins].sort().map((tag) => `${tag}::highlight(${name})`).join(", ");
}

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

export class CustomHighlightPainter implements Painter {
  readonly kind = "custom-highlight";
  private readonly names = new Set<string>();

  constructor(
    private readonly api: HighlightApi,
    private readonly styles: PageStyles,
  ) {}

  async paint(groups: PaintGroup[], cancelled: () => boolean): Promise<void> {
    for (const group of groups) {
      if (cancelled()) return;
      if (group.ranges.length === 0) continue;
      this.api.registry.set(group.name, this.api.create(group.ranges, group.priority));
      this.names.add(group.name);
      this.styles.set(`highlight:${group.name}`, `::highlight(${group.name}) { ${declarations(group.style)} }`);
    }
  }

  clear(): void {
    for (const name of this.names) this.api.registry.delete(name);
    this.names.clear();
    this.styles.deleteAll("highlight:");
  }
}

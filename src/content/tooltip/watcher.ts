/**
 * Shows the tooltip while the pointer rests on a quote, or while the keyboard caret or focus is inside one.
 * Pointer moves are sampled once per frame so that hit-testing never competes with the page's own work.
 */
import { attribution } from "../../shared/speakers";
import type { Highlighter, QuoteMark } from "../highlight";
import { guarded } from "../log";
import { caretAt, rectUnder } from "./caret";
import type { Tooltip } from "./index";

export class TooltipWatcher {
  private frame = 0;
  private lastPoint: { x: number; y: number } | null = null;
  private listening = false;

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly tooltip: Tooltip,
  ) {}

  start(): void {
    if (this.listening) return;
    this.listening = true;
    this.doc.addEventListener("mousemove", this.onMove, { capture: true, passive: true });
    this.doc.addEventListener("scroll", this.onScroll, { capture: true, passive: true });
    this.doc.addEventListener("selectionchange", this.onSelection);
    this.doc.addEventListener("focusin", this.onFocus, true);
  }

  stop(): void {
    if (!this.listening) return;
    this.listening = false;
    this.doc.removeEventListener("mousemove", this.onMove, { capture: true });
    this.doc.removeEventListener("scroll", this.onScroll, { capture: true });
    this.doc.removeEventListener("selectionchange", this.onSelection);
    this.doc.removeEventListener("focusin", this.onFocus, true);
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.tooltip.hide();
  }

  /** Show the card for a quote the popup just revealed (keyboard users never hover). */
  showFor(mark: QuoteMark): void {
    if (mark.pending) return;
    const first = mark.ranges[0];
    const rect = first.getClientRects()[0] ?? first.getBoundingClientRect();
    this.tooltip.show(attribution(mark.quote), mark.color, rect);
  }

  private readonly onMove = guarded("tooltip", (event: MouseEvent) => {
    this.lastPoint = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = this.doc.defaultView!.requestAnimationFrame(guarded("tooltip", () => {
      this.frame = 0;
      if (this.lastPoint) this.hitTest(this.lastPoint.x, this.lastPoint.y);
    }));
  });

  private readonly onScroll = guarded("tooltip", () => this.tooltip.hide());

  private readonly onSelection = guarded("tooltip", () => {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return;
    const mark = this.highlighter.quoteAt(selection.anchorNode!, selection.anchorOffset);
    if (mark) this.showFor(mark);
  });

  private readonly onFocus = guarded("tooltip", (event: FocusEvent) => {
    const target = event.target as Node | null;
    if (!target || target.nodeType !== 1) return;
    const mark = this.highlighter.quoteAt(target, 0);
    if (mark) this.showFor(mark);
    else this.tooltip.hide();
  });

  private hitTest(x: number, y: number): void {
    const caret = caretAt(this.doc, x, y);
    const found = caret ? this.highlighter.quoteAt(caret.node, caret.offset) : null;
    // A pending mark has no speaker yet: its card comes with the whole analysis.
    const mark = found?.pending ? null : found;
    const rect = mark ? rectUnder(mark.ranges, x, y) : null;
    if (!mark || !rect) {
      this.tooltip.hide();
      return;
    }
    this.tooltip.show(attribution(mark.quote), mark.color, { top: rect.top, bottom: rect.bottom, left: x - 20 });
  }
}

/**
 * Brings a span of the article into view and makes it blink briefly so the eye finds it. With the Highlight
 * API the blink is a highlight on the text itself (it follows any scrolling container); without it, outlines
 * are drawn over the text's boxes inside our shadow root.
 */
import type { HighlightApi } from "../highlight/custom-highlight";
import type { PageStyles } from "../highlight/stylesheet";
import { guarded } from "../log";
import type { UiHost } from "../ui-host";

const FLASH = "news-lens-flash";
const FLASH_MS = 1400;

export class Revealer {
  private timers: number[] = [];
  private overlays: HTMLElement[] = [];

  constructor(
    private readonly doc: Document,
    private readonly styles: PageStyles,
    private readonly api: HighlightApi | null,
    private readonly host: UiHost,
  ) {}

  /** `ranges`: the span's stretches of page text, in order (see TextMap.toRanges). */
  reveal(ranges: Range[]): void {
    const range = ranges[0];
    if (!range) return;
    this.stop();
    const view = this.doc.defaultView!;
    const reduceMotion = view.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
    const start = range.startContainer;
    const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
    // A hidden tab (the popup opened as a tab, a tab behind a detached popup) never runs a smooth scroll's frames.
    const smooth = !reduceMotion && this.doc.visibilityState !== "hidden";
    element?.scrollIntoView({ block: "center", inline: "nearest", behavior: smooth ? "smooth" : "instant" });
    if (this.api) this.blinkHighlight(ranges);
    // Outlines are drawn where the text is after scrolling: wait for the scroll to settle.
    else this.later(() => this.drawOutlines(ranges), reduceMotion ? 0 : 450);
  }

  /** Stop any flash in progress and remove what it added. */
  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    this.api?.registry.delete(FLASH);
    this.styles.delete(FLASH);
    for (const o of this.overlays) o.remove();
    this.overlays = [];
  }

  private blinkHighlight(ranges: Range[]): void {
    const api = this.api!;
    this.styles.set(FLASH, `::highlight(${FLASH}) { background-color: rgba(242, 183, 5, 0.85); color: #111; }`);
    const on = () => api.registry.set(FLASH, api.create(ranges, 10));
    const off = () => api.registry.delete(FLASH);
    on();
    this.later(off, 250);
    this.later(on, 450);
    this.later(off, 700);
    this.later(on, 900);
    this.later(() => this.stop(), FLASH_MS);
  }

  private drawOutlines(ranges: Range[]): void {
    const shadow = this.host.shadow;
    for (const rect of ranges.flatMap((r) => Array.from(r.getClientRects())).slice(0, 40)) {
      const box = this.doc.createElement("div");
      box.className = "flash";
      Object.assign(box.style, { top: `${rect.top}px`, left: `${rect.left}px`, width: `${rect.width}px`, height: `${rect.height}px` });
      shadow.appendChild(box);
      this.overlays.push(box);
    }
    this.later(() => this.stop(), FLASH_MS);
  }

  private later(fn: () => void, ms: number): void {
    this.timers.push(setTimeout(guarded("reveal", fn), ms) as unknown as number);
  }
}

/**
 * Our visible UI on the page (tooltip, flash outlines) lives in a closed shadow root: the page's CSS cannot
 * style it and the page's scripts cannot reach into it. The host element exists only while it is needed and
 * is removed on clear, so the page's DOM goes back to exactly what it was.
 */
export const HOST_TAG = "news-lens-ui";

const CSS =
  // Kept compact: every byte here ships inside the page's content script.
  `:host{all:initial;position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647}.tip{position:fixed;max-width:min(360px,90vw);box-sizing:border-box;padding:6px 10px;border-radius:6px;font:500 13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#f5f6f8;background:#1f2328;box-shadow:0 4px 14px rgba(0,0,0,.28);pointer-events:none;opacity:0;transition:opacity .12s ease-out}.tip[data-open]{opacity:1}.tip .swatch{display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px;vertical-align:1px}.flash{position:fixed;pointer-events:none;border-radius:3px;outline:3px solid #f2b705;background:rgba(242,183,5,.35);animation:flash 1.2s ease-out forwards}@keyframes flash{0%,40%{opacity:1}100%{opacity:0}}@media (prefers-color-scheme:dark){.tip{color:#1f2328;background:#f5f6f8}}@media (prefers-reduced-motion:reduce){.tip{transition:none}.flash{animation-duration:2s}}`;

export class UiHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;

  constructor(private readonly doc: Document) {}

  /** The shadow root, creating the host on first use. */
  get shadow(): ShadowRoot {
    if (!this.root || !this.host?.isConnected) {
      this.host?.remove();
      this.host = this.doc.createElement(HOST_TAG);
      this.root = this.host.attachShadow({ mode: "closed" });
      const style = this.doc.createElement("style");
      style.textContent = CSS;
      this.root.appendChild(style);
      this.doc.documentElement.appendChild(this.host);
    }
    return this.root;
  }

  get attached(): boolean {
    return !!this.host?.isConnected;
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.root = null;
  }
}

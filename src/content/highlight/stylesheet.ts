/**
 * Our CSS on the page lives in one constructed stylesheet adopted by the document, so nothing is added to the
 * page's DOM (its serialization stays identical). Where constructed sheets are missing, a <style> element is
 * used instead and removed as soon as the last rule goes.
 */
export class PageStyles {
  private readonly rules = new Map<string, string>();
  private sheet: CSSStyleSheet | null = null;
  private styleElement: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {}

  /** The CSS currently applied to the page. */
  get cssText(): string {
    return [...this.rules.values()].join("\n");
  }

  get attached(): boolean {
    return !!this.sheet || !!this.styleElement?.isConnected;
  }

  set(id: string, css: string): void {
    this.rules.set(id, css);
    this.flush();
  }

  delete(id: string): void {
    if (this.rules.delete(id)) this.flush();
  }

  deleteAll(prefix: string): void {
    let changed = false;
    for (const id of [...this.rules.keys()]) {
      if (id.startsWith(prefix)) changed = this.rules.delete(id) || changed;
    }
    if (changed) this.flush();
  }

  private flush(): void {
    const css = this.cssText;
    if (css === "") {
      this.detach();
      return;
    }
    if (this.canAdopt()) {
      if (!this.sheet) {
        this.sheet = new (this.doc.defaultView as typeof globalThis).CSSStyleSheet();
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      }
      this.sheet.replaceSync(css);
      return;
    }
    if (!this.styleElement) {
      this.styleElement = this.doc.createElement("style");
      this.styleElement.setAttribute("data-news-lens", "");
      (this.doc.head ?? this.doc.documentElement).appendChild(this.styleElement);
    }
    this.styleElement.textContent = css;
  }

  private canAdopt(): boolean {
    const view = this.doc.defaultView as (typeof globalThis & Window) | null;
    return (
      !!view &&
      Array.isArray(this.doc.adoptedStyleSheets) &&
      typeof view.CSSStyleSheet === "function" &&
      typeof view.CSSStyleSheet.prototype.replaceSync === "function"
    );
  }

  private detach(): void {
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
    this.styleElement?.remove();
    this.styleElement = null;
  }
}

/**
 * Our CSS on the page lives in one constructed stylesheet adopted by the document, so nothing is added to the
 * page's DOM (its serialization stays identical). Where constructed sheets are missing, a <style> element is
 * used instead and removed as soon as the last rule goes.
 */
export class PageStyles {
  private readonly rules = new Map<string, string>();
  private sheet: CSSStyleSheet | null = null;
  private styleElement: HTMLStyleElement | null = null;
  /** Open batches (see batch): changes wait for the last one to close. */
  private holds = 0;
  private dirty = false;
  /** The CSS the page has now ("" when nothing of ours is attached). */
  private applied = "";

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
    this.changed();
  }

  delete(id: string): void {
    if (this.rules.delete(id)) this.changed();
  }

  deleteAll(prefix: string): void {
    let changed = false;
    for (const id of [...this.rules.keys()]) {
      if (id.startsWith(prefix)) changed = this.rules.delete(id) || changed;
    }
    if (changed) this.changed();
  }

  /**
   * Runs `fn`, handing the page its changes of our rules at the end, as one change. Every change of the page's
   * style sheets costs the browser a restyle of the elements the rules may match (and taking our sheet off the
   * page and putting it back, a new set of sheets to match against): a highlight painted again cleared its rules
   * and set them anew one group at a time, and in the end often the same CSS as before. (Nested batches: the
   * outermost one flushes.)
   */
  batch<T>(fn: () => T): T {
    this.holds++;
    try {
      return fn();
    } finally {
      if (--this.holds === 0 && this.dirty) this.flush();
    }
  }

  private changed(): void {
    if (this.holds > 0) this.dirty = true;
    else this.flush();
  }

  private flush(): void {
    this.dirty = false;
    const css = this.cssText;
    // The same CSS as the page has: nothing for the browser to do.
    if (css === this.applied && (css === "") === !this.attached) return;
    this.applied = css;
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

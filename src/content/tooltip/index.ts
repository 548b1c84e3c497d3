/** The small attribution card ("— Navdeep Bains, Innovation Minister (told)") shown next to a quote. */
import type { UiHost } from "../ui-host";

export interface Anchor {
  top: number;
  bottom: number;
  left: number;
}

export class Tooltip {
  private element: HTMLElement | null = null;
  private current = "";

  constructor(
    private readonly doc: Document,
    private readonly host: UiHost,
  ) {}

  show(text: string, color: string, anchor: Anchor): void {
    const tip = this.ensure();
    if (this.current !== text + color) {
      tip.replaceChildren();
      const swatch = this.doc.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = color;
      tip.append(swatch, this.doc.createTextNode(text));
      this.current = text + color;
    }
    const view = this.doc.defaultView!;
    const height = tip.offsetHeight || 30;
    const width = tip.offsetWidth || 240;
    const above = anchor.top - height - 8;
    const top = above >= 4 ? above : Math.min(anchor.bottom + 8, view.innerHeight - height - 4);
    const left = Math.max(4, Math.min(anchor.left, view.innerWidth - width - 4));
    tip.style.top = `${Math.round(top)}px`;
    tip.style.left = `${Math.round(left)}px`;
    tip.setAttribute("data-open", "");
  }

  hide(): void {
    this.element?.removeAttribute("data-open");
  }

  /** Forget the element (its host is being removed). */
  reset(): void {
    this.element = null;
    this.current = "";
  }

  private ensure(): HTMLElement {
    if (!this.element || !this.host.attached) {
      const tip = this.doc.createElement("div");
      tip.className = "tip";
      tip.setAttribute("role", "tooltip");
      this.host.shadow.appendChild(tip);
      this.element = tip;
      this.current = "";
    }
    return this.element;
  }
}

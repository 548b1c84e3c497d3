/** What gets painted: named sets of ranges sharing one look. Painters differ only in how they paint. */
export interface MarkStyle {
  backgroundColor?: string;
  /** A full `text-decoration` value, e.g. "underline dotted 2px #3d8bfd". */
  textDecoration?: string;
}

export interface PaintGroup {
  /** A CSS identifier, unique on the page: used as the highlight name. */
  name: string;
  ranges: Range[];
  style: MarkStyle;
  /** Higher paints on top (speaker names over quote washes). */
  priority: number;
}

export interface Painter {
  readonly kind: "custom-highlight" | "wrap";
  paint(groups: PaintGroup[], cancelled: () => boolean): Promise<void>;
  /** Removes everything this painter added, leaving the page exactly as before. */
  clear(): void;
}

export function declarations(style: MarkStyle, important = false): string {
  const bang = important ? " !important" : "";
  const parts: string[] = [];
  if (style.backgroundColor) parts.push(`background-color: ${style.backgroundColor}${bang}`);
  if (style.textDecoration) parts.push(`text-decoration: ${style.textDecoration}${bang}`);
  return parts.join("; ");
}

/** Plain-text tables for the terminal: first column left-aligned, the rest right-aligned. */

export function formatTable(header: string[], rows: string[][], indent = "  "): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    indent +
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  const rule = indent + widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** A ratio as 0.000, or "—" when there is nothing to show. */
export function fmt(value: number | undefined | null, digits = 3): string {
  return value === undefined || value === null || Number.isNaN(value) ? "—" : value.toFixed(digits);
}

/**
 * Speaker colours shared by the popup (swatches) and the content script (highlights), so a speaker has the
 * same colour in both. Base colours are mid-tone so that a translucent wash of them stays readable under
 * dark text on light pages and light text on dark pages.
 */
import type { Quote, Speaker } from "../analysis/types";

export const DEFAULT_PALETTE: readonly string[] = Object.freeze([
  "#f2b705", // amber
  "#3d8bfd", // blue
  "#2fb36d", // green
  "#e8528b", // pink
  "#9b6bdf", // violet
  "#f07b2f", // orange
  "#1fb5c4", // teal
  "#a1887f", // taupe
]);

/** Quotes nobody could be credited with share one neutral colour, never a speaker's. */
export const UNKNOWN_SPEAKER_COLOR = "#8a8f98";

/** One key per speaker: their entity when linked, else their name, else what the article called them. */
export function speakerKey(speaker: Speaker): string {
  if (speaker.entity) return `entity:${speaker.entity}`;
  const name = speaker.name.trim().toLowerCase();
  if (name) return `name:${name}`;
  if (speaker.type === "anonymous" && speaker.mention.trim()) return `anon:${speaker.mention.trim().toLowerCase()}`;
  return "unknown";
}

export function isUnknownSpeaker(speaker: Speaker): boolean {
  return speakerKey(speaker) === "unknown";
}

/**
 * Colour per speaker key, assigned in order of each speaker's first quote in the article so that the
 * mapping is stable for a given article (popup and page agree, reopening gives the same colours).
 */
export function assignSpeakerColors(analysis: { quotes: readonly Pick<Quote, "start" | "speaker">[] }, palette: readonly string[] = DEFAULT_PALETTE): Record<string, string> {
  const colors: Record<string, string> = {};
  const colorsToUse = palette.length > 0 ? palette : DEFAULT_PALETTE;
  let next = 0;
  const ordered = [...analysis.quotes].sort((a, b) => a.start - b.start);
  for (const quote of ordered) {
    const key = speakerKey(quote.speaker);
    if (key in colors) continue;
    colors[key] = key === "unknown" ? UNKNOWN_SPEAKER_COLOR : colorsToUse[next++ % colorsToUse.length];
  }
  return colors;
}

/** `#rrggbb` + alpha → `rgba(…)`; anything malformed becomes the neutral colour rather than invalid CSS. */
export function withAlpha(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) ?? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(UNKNOWN_SPEAKER_COLOR)!;
  const [r, g, b] = match.slice(1, 4).map((h) => parseInt(h, 16));
  return `rgba(${r}, ${g}, ${b}, ${Math.max(0, Math.min(1, alpha))})`;
}

/** Relative luminance (WCAG) of an `rgb()/rgba()/#rrggbb` colour; null when it cannot be parsed. */
export function luminance(color: string): number | null {
  let parts: number[] | null = null;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (hex) parts = hex.slice(1, 4).map((h) => parseInt(h, 16));
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(color.trim());
  if (rgb) parts = rgb.slice(1, 4).map(Number);
  if (!parts || parts.some((n) => Number.isNaN(n))) return null;
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** How strong the wash behind highlighted text is: dark pages need more to show, light pages less to stay legible. */
export function highlightAlpha(pageIsDark: boolean, kind: "direct" | "indirect"): number {
  if (kind === "indirect") return pageIsDark ? 0.22 : 0.14;
  return pageIsDark ? 0.42 : 0.3;
}

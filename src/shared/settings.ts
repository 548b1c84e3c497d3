/**
 * The user's preferences (options page), kept in `storage.sync` so they follow the user across browsers.
 * Stored values are validated field by field: a corrupt or older entry never breaks the popup, it just
 * falls back to the default for that field.
 */
import { DEFAULT_PALETTE } from "./palette";

export interface Settings {
  /** Speaker colours, assigned in order of the speakers' first quote. */
  palette: string[];
  /** Highlight the quotes as soon as the popup opens; otherwise only when the switch is turned on. */
  highlightOnOpen: boolean;
  /** List and highlight indirect (reported) quotes as well as direct ones. */
  showIndirect: boolean;
  /** Mark the speakers' names on the page with a subtle underline. */
  markSpeakers: boolean;
  /** Keep a private reading history ("My sources") in storage.local. Off until the reader turns it on. */
  keepHistory: boolean;
}

export const SETTINGS_KEY = "settings";

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  palette: [...DEFAULT_PALETTE],
  highlightOnOpen: true,
  showIndirect: true,
  markSpeakers: true,
  keepHistory: false,
});

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: unknown): value is string {
  return typeof value === "string" && HEX_COLOR.test(value);
}

/** Whatever is stored (nothing, an old shape, garbage) becomes a complete, valid Settings object. */
export function normalizeSettings(stored: unknown): Settings {
  const raw = (typeof stored === "object" && stored !== null ? stored : {}) as Record<string, unknown>;
  const palette = Array.isArray(raw.palette) ? raw.palette.filter(isHexColor).map((c) => c.toLowerCase()) : [];
  const flag = (key: keyof Settings, fallback: boolean): boolean =>
    typeof raw[key] === "boolean" ? (raw[key] as boolean) : fallback;
  return {
    palette: palette.length >= 2 ? palette.slice(0, DEFAULT_PALETTE.length) : [...DEFAULT_PALETTE],
    highlightOnOpen: flag("highlightOnOpen", DEFAULT_SETTINGS.highlightOnOpen),
    showIndirect: flag("showIndirect", DEFAULT_SETTINGS.showIndirect),
    markSpeakers: flag("markSpeakers", DEFAULT_SETTINGS.markSpeakers),
    keepHistory: flag("keepHistory", DEFAULT_SETTINGS.keepHistory),
  };
}

/** The slice of the storage API the settings need, so tests can pass an in-memory fake. */
export interface SyncArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SyncArea): Promise<Settings> {
  try {
    const stored = await area.get(SETTINGS_KEY);
    return normalizeSettings(stored[SETTINGS_KEY]);
  } catch {
    // Storage can be unavailable (private windows, policies): the defaults still give a working popup.
    return normalizeSettings(undefined);
  }
}

export async function saveSettings(area: SyncArea, settings: Settings): Promise<Settings> {
  const clean = normalizeSettings(settings);
  await area.set({ [SETTINGS_KEY]: clean });
  return clean;
}

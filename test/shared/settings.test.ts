import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, saveSettings, SETTINGS_KEY, type SyncArea } from "../../src/shared/settings";

function memoryArea(initial: Record<string, unknown> = {}): SyncArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) {
      return key in data ? { [key]: data[key] } : {};
    },
    async set(items) {
      Object.assign(data, items);
    },
  };
}

describe("settings", () => {
  it("defaults to highlighting on open, indirect quotes shown, the built-in palette", async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps valid stored fields and replaces broken ones with defaults", () => {
    const s = normalizeSettings({ highlightOnOpen: false, showIndirect: "yes", palette: ["#ABCDEF", "nope", "#123456"] });
    expect(s.highlightOnOpen).toBe(false);
    expect(s.showIndirect).toBe(true);
    expect(s.palette).toEqual(["#abcdef", "#123456"]);
    expect(normalizeSettings("garbage")).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ palette: ["#000000"] }).palette).toEqual(DEFAULT_SETTINGS.palette);
  });

  it("keeps no reading history unless the reader turned it on", () => {
    expect(DEFAULT_SETTINGS.keepHistory).toBe(false);
    expect(normalizeSettings({ keepHistory: "true" }).keepHistory).toBe(false);
    expect(normalizeSettings({ keepHistory: true }).keepHistory).toBe(true);
  });

  it("round-trips through storage", async () => {
    const area = memoryArea();
    await saveSettings(area, { ...DEFAULT_SETTINGS, showIndirect: false });
    expect((area.data[SETTINGS_KEY] as { showIndirect: boolean }).showIndirect).toBe(false);
    expect((await loadSettings(area)).showIndirect).toBe(false);
  });

  it("still gives working settings when storage fails", async () => {
    const broken: SyncArea = { get: () => Promise.reject(new Error("no storage")), set: () => Promise.reject(new Error("no")) };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });
});

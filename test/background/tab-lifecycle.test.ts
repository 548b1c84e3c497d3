import { describe, expect, it, vi } from "vitest";
import { forgetTab, shouldForget, type TabLifecycleApi } from "../../src/background/tab-lifecycle";

function recordingApi(overrides: Partial<TabLifecycleApi> = {}) {
  const calls: string[] = [];
  const api: TabLifecycleApi = {
    removeSession: async (key) => {
      calls.push(`remove ${key}`);
    },
    clearBadge: async (tabId) => {
      calls.push(`badge ${tabId}`);
    },
    ...overrides,
  };
  return { api, calls };
}

describe("shouldForget", () => {
  it("forgets when the tab starts loading or changes URL", () => {
    expect(shouldForget({ status: "loading" })).toBe(true);
    expect(shouldForget({ url: "https://news.example/next" })).toBe(true);
  });

  it("keeps the result when only the title, favicon or audio state changes", () => {
    expect(shouldForget({ status: "complete" })).toBe(false);
    expect(shouldForget({ title: "New title" })).toBe(false);
    expect(shouldForget({ favIconUrl: "https://news.example/icon.png" })).toBe(false);
    expect(shouldForget({ audible: true })).toBe(false);
  });
});

describe("forgetTab", () => {
  it("drops the tab's cached result and clears its badge after a navigation", async () => {
    const { api, calls } = recordingApi();
    await forgetTab(api, 12, false);
    expect(calls).toEqual(["remove result:12", "badge 12"]);
  });

  it("only drops the cache of a closed tab (it has no badge left)", async () => {
    const { api, calls } = recordingApi();
    await forgetTab(api, 7, true);
    expect(calls).toEqual(["remove result:7"]);
  });

  it("never throws, and stays quiet about tabs that are already gone", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { api } = recordingApi({
      clearBadge: () => Promise.reject(new Error("No tab with id: 12.")),
    });
    await expect(forgetTab(api, 12, false)).resolves.toBeUndefined();
    expect(warn).not.toHaveBeenCalled();

    const failing = recordingApi({ removeSession: () => Promise.reject(new Error("storage is broken")) });
    await expect(forgetTab(failing.api, 3, false)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

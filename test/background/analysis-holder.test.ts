import { describe, expect, it, vi } from "vitest";
import { OFFSCREEN_PATH, offscreenHolder, type OffscreenApi } from "../../src/background/analysis-holder";

function fakeOffscreen(open = false) {
  const state = { open, created: 0 };
  const api: OffscreenApi = {
    hasDocument: vi.fn(async () => state.open),
    createDocument: vi.fn(async (path: string) => {
      expect(path).toBe(OFFSCREEN_PATH);
      if (state.open) throw new Error("Only a single offscreen document may be created.");
      await new Promise((resolve) => setTimeout(resolve, 5));
      state.open = true;
      state.created++;
    }),
  };
  return { api, state };
}

describe("the analysis worker's holder in Chrome (an offscreen document)", () => {
  it("opens the document once, however often and however concurrently it is asked", async () => {
    const { api, state } = fakeOffscreen();
    const hold = offscreenHolder(api);
    await expect(Promise.all([hold(), hold(), hold()])).resolves.toEqual([true, true, true]);
    await expect(hold()).resolves.toBe(true);
    expect(state.created).toBe(1);
  });

  it("leaves an open document alone", async () => {
    const { api } = fakeOffscreen(true);
    await expect(offscreenHolder(api)()).resolves.toBe(true);
    expect(api.createDocument).not.toHaveBeenCalled();
  });

  it("counts a document another context opened meanwhile as held, and any other failure as not held", async () => {
    const raced: OffscreenApi = {
      hasDocument: async () => false,
      createDocument: async () => Promise.reject(new Error("Only a single offscreen document may be created.")),
    };
    await expect(offscreenHolder(raced)()).resolves.toBe(true);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const broken: OffscreenApi = { hasDocument: async () => Promise.reject(new Error("no API")), createDocument: async () => undefined };
    const hold = offscreenHolder(broken);
    await expect(hold()).resolves.toBe(false);
    // A failure is not remembered: the next popup asks again.
    await expect(hold()).resolves.toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});

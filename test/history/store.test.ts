import { describe, expect, it } from "vitest";
import { historyEntry } from "../../src/history/entry";
import { clearHistory, historyKey, loadHistory, recordRead } from "../../src/history/store";
import { sampleAnalysis } from "../shared/sample-analysis";
import { memoryLocal } from "./memory-area";
import { DAY, NOW, threeReads } from "./reads";

const read = (n: number, readAt = NOW + n) => historyEntry({ url: `https://lenswire.example/${n}`, siteName: "Lens Wire", title: `Story ${n}` }, sampleAnalysis(), readAt);

describe("the history store", () => {
  it("stores reads and gives them back newest first", async () => {
    const area = memoryLocal();
    for (const entry of threeReads()) await recordRead(area, entry);
    const { entries, skipped } = await loadHistory(area);
    expect(entries.map((e) => e.url)).toEqual(["https://lenswire.example/harbour", "https://lenswire.example/budget", "https://www.northpost.example/cup"]);
    expect(skipped).toEqual([]);
  });

  it("replaces an article read again instead of counting it twice", async () => {
    const area = memoryLocal();
    await recordRead(area, read(1, NOW - DAY));
    await recordRead(area, read(1, NOW));
    const { entries } = await loadHistory(area);
    expect(entries).toHaveLength(1);
    expect(entries[0].readAt).toBe(NOW);
  });

  it("drops the oldest reads past the bound", async () => {
    const area = memoryLocal();
    let dropped = 0;
    // Recorded out of order: the bound goes by when an article was read, not when it was stored.
    for (const n of [3, 1, 4, 0, 2, 5]) dropped += await recordRead(area, read(n), 4);
    expect(dropped).toBe(2);
    expect((await loadHistory(area)).entries.map((e) => e.title)).toEqual(["Story 5", "Story 4", "Story 3", "Story 2"]);
  });

  it("skips a corrupt or foreign entry with a message, and keeps it", async () => {
    const area = memoryLocal({
      "history:https://x.example/garbled": "{not json",
      "history:https://x.example/other-version": { v: 2, url: "https://x.example/other-version" },
      "history:https://x.example/moved": read(9),
      unrelated: { keep: true },
    });
    await recordRead(area, read(1));
    const { entries, skipped } = await loadHistory(area);
    expect(entries.map((e) => e.title)).toEqual(["Story 1"]);
    expect(skipped).toEqual([
      "Skipped “https://x.example/garbled”: not an object.",
      "Skipped “https://x.example/other-version”: unknown format version 2.",
      "Skipped “https://x.example/moved”: it holds another address (https://lenswire.example/9).",
    ]);
    // Not ours to judge: the bound and the loader leave it where it is.
    expect(area.data["history:https://x.example/garbled"]).toBe("{not json");
  });

  it("deletes every history entry, readable or not, and nothing else", async () => {
    const area = memoryLocal({ "history:https://x.example/garbled": 42, unrelated: 1 });
    for (const entry of threeReads()) await recordRead(area, entry);
    expect(await clearHistory(area)).toBe(4);
    expect(area.data).toEqual({ unrelated: 1 });
    expect(await loadHistory(area)).toEqual({ entries: [], skipped: [] });
  });

  it("keys entries by address", () => {
    expect(historyKey("https://a.example/x?y=1")).toBe("history:https://a.example/x?y=1");
  });
});

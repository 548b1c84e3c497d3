import { describe, expect, it } from "vitest";
import { readCache, writeCache, type CachedResult, type SessionArea } from "../../src/popup/cache";
import { sampleAnalysis, sampleArticle } from "../shared/sample-analysis";

function memoryArea(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (entries) => {
      for (const [k, v] of Object.entries(entries)) items.set(k, structuredClone(v));
    },
  };
}

const url = "https://news.example.org/a";

function entry(): CachedResult {
  const analysis = sampleAnalysis();
  return {
    url,
    article: sampleArticle({ url, text: analysis.text }),
    analysis,
    highlights: true,
    savedAt: 1,
  };
}

describe("the cached result of a tab", () => {
  it("stores one JSON string with the article's text once, and gives the whole result back", async () => {
    const area = memoryArea();
    const saved = entry();
    await writeCache(area, 3, saved);
    const raw = [...area.items.values()][0];
    expect(typeof raw).toBe("string");
    const stored = JSON.parse(raw as string) as CachedResult;
    expect(stored.analysis.text).toBe("");
    expect(stored.article.text).toBe(saved.article.text);
    expect(await readCache(area, 3, url)).toEqual(saved);
  });

  it("keeps both texts when they differ, and reads an entry stored whole as it is", async () => {
    const area = memoryArea();
    const differs = { ...entry(), analysis: { ...entry().analysis, text: "another text" } };
    await writeCache(area, 3, differs);
    expect(await readCache(area, 3, url)).toEqual(differs);
    await area.set({ [[...area.items.keys()][0]]: entry() });
    expect(await readCache(area, 3, url)).toEqual(entry());
  });

  it("is no answer for another URL", async () => {
    const area = memoryArea();
    await writeCache(area, 3, entry());
    expect(await readCache(area, 3, "https://news.example.org/b")).toBeNull();
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Analysis } from "../../../src/analysis/types";

/**
 * The sections read ../shared through NEWS_LENS_SHARED; here it points at a tiny invented "shared" folder:
 * one seed-style gold (text found through its `doc` path), one corpus-style gold (text in gold/text/), one
 * gold whose text is missing, and a two-sentence NER file.
 */
let shared: string;
let previous: string | undefined;

beforeAll(() => {
  shared = mkdtempSync(path.join(tmpdir(), "shared-"));
  const write = (file: string, body: string) => {
    mkdirSync(path.dirname(path.join(shared, file)), { recursive: true });
    writeFileSync(path.join(shared, file), body);
  };
  write("seed/harbour.txt", "“Nobody was hurt,” said Ilse Varga.");
  write(
    "gold/seed.json",
    JSON.stringify({
      doc: "seed/harbour.txt",
      quotes: [{ kind: "direct", text: "Nobody was hurt", speaker: "Ilse Varga", speakerMatch: ["ilse varga"] }],
      people: [{ name: "Ilse Varga" }],
    }),
  );
  write("gold/text/corpus-ferry.txt", "The ferry company said the boats were safe.");
  write(
    "gold/corpus-ferry.json",
    JSON.stringify({
      doc: "corpus/pages/ferry",
      quotes: [{ kind: "indirect", text: "the boats were safe", speaker: "ferry company", speakerMatch: ["ferry"] }],
    }),
  );
  write("gold/corpus-lost.json", JSON.stringify({ doc: "corpus/pages/lost", quotes: [] }));
  write("data/ner/conll2003/dev.txt", "Ilse\tB-PER\nVarga\tI-PER\nsailed\tO\n\nOslo\tB-LOC\nwaited\tO\n\n");
  previous = process.env.NEWS_LENS_SHARED;
  process.env.NEWS_LENS_SHARED = shared;
  vi.resetModules();
});

afterAll(() => {
  if (previous === undefined) delete process.env.NEWS_LENS_SHARED;
  else process.env.NEWS_LENS_SHARED = previous;
});

describe("evaluateAnalysis", () => {
  it("finds every gold file's text, skips one without text, and scores each system", async () => {
    const { evaluateAnalysis } = await import("../../../scripts/eval/sections");
    const perfect = ({ text }: { text: string }): Analysis => {
      const quotes: Analysis["quotes"] = [];
      const speaker = (name: string) => ({ name, type: "person" as const, entity: null, mention: name, role: "" });
      const at = (q: string) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length });
      if (text.includes("Nobody")) quotes.push({ kind: "direct", text: "Nobody was hurt", ...at("Nobody was hurt"), cue: "said", speaker: speaker("Ilse Varga") });
      if (text.includes("ferry")) quotes.push({ kind: "indirect", text: "the boats were safe", ...at("the boats were safe"), cue: "said", speaker: speaker("The ferry company") });
      const entities = text.includes("Ilse") ? [{ id: "e1", type: "person" as const, name: "Ilse Varga", mentions: [] }] : [];
      return { title: "", text, quotes, entities };
    };
    const section = evaluateAnalysis({
      ours: { ok: true, value: perfect },
      compromise: { ok: false, reason: "not installed" },
    });
    expect(section.docs).toEqual(["corpus-ferry", "seed"]);
    expect(section.notes.join()).toMatch(/corpus-lost\.json: its annotated text was not found/);
    const ours = section.systems.ours?.result;
    expect(ours?.overall.all).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(ours?.overall.attribution.f1).toBe(1);
    expect(ours?.overall.people).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(section.systems.compromise).toEqual({ available: false, reason: "not installed" });
  });

  it("counts a crash on one article as finding nothing there, and reports it", async () => {
    const { evaluateAnalysis } = await import("../../../scripts/eval/sections");
    const section = evaluateAnalysis({
      ours: {
        ok: true,
        value: () => {
          throw new Error("boom");
        },
      },
    });
    const ours = section.systems.ours?.result;
    expect(ours?.errors).toEqual({ "corpus-ferry": "boom", seed: "boom" });
    expect(ours?.overall.all).toMatchObject({ tp: 0, fn: 2 });
  });
});

describe("evaluateNer", () => {
  it("scores a tagger on each present set and skips absent ones", async () => {
    const { evaluateNer } = await import("../../../scripts/eval/sections");
    const section = evaluateNer({ ours: { ok: true, value: (sentences) => sentences.map((w) => w.map((x) => (x === "Oslo" ? "B-LOC" : "O"))) } });
    const conll = section.sets["conll2003-dev"];
    expect("skipped" in conll).toBe(false);
    if ("skipped" in conll) return;
    expect(conll.systems.ours?.result?.byType.LOC.f1).toBe(1);
    expect(conll.systems.ours?.result?.byType.PER).toMatchObject({ tp: 0, fn: 1 });
    expect(section.sets.wikigold).toEqual({ skipped: expect.stringMatching(/not found/) });
  });

  it("reports a tagger that returns the wrong number of tags instead of crashing", async () => {
    const { evaluateNer } = await import("../../../scripts/eval/sections");
    const section = evaluateNer({ ours: { ok: true, value: (sentences) => sentences.map(() => ["O"]) } });
    const conll = section.sets["conll2003-dev"];
    if ("skipped" in conll) throw new Error("set unexpectedly skipped");
    expect(conll.systems.ours).toEqual({ available: false, reason: expect.stringMatching(/tagging failed: tagger returned 1 tags for 3 words/) });
  });
});

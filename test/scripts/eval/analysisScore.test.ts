import { describe, expect, it } from "vitest";
import { entityNameScore, quoteMatchScore, scoreAnalysis, speakerIsRight } from "../../../scripts/eval/analysisScore";
import type { GoldFile, GoldQuote } from "../../../scripts/eval/gold";
import { wordTokens } from "../../../scripts/eval/score";
import type { Analysis, Entity, Quote, Speaker } from "../../../src/analysis/types";

// An invented story: harbour master Ilse Varga of Port Elm, the Tidewater Ferry Company, and Norway.
const TEXT = "Not used by the scorer; quotes are compared by their own text.";

function speaker(name: string, mention = name, role = ""): Speaker {
  return { name, type: name ? "person" : "unknown", entity: null, mention, role };
}

function quote(kind: Quote["kind"], text: string, who: Speaker): Quote {
  return { kind, text, start: 0, end: text.length, cue: "said", speaker: who };
}

function entity(id: string, type: Entity["type"], name: string, code?: string): Entity {
  return { id, type, name, ...(code ? { code } : {}), mentions: [] };
}

function goldQuote(kind: GoldQuote["kind"], text: string, speakerMatch: string[]): GoldQuote {
  return { kind, text, speaker: speakerMatch.join(" "), speakerMatch };
}

const GOLD: GoldFile = {
  doc: "invented/port-elm",
  quotes: [
    goldQuote("direct", "the ferries will sail again on Monday morning", ["ilse varga"]),
    goldQuote("direct", "nobody was hurt", ["ilse varga"]),
    goldQuote("indirect", "the company had ignored two safety warnings", ["spokesperson", "union"]),
  ],
  people: [
    { name: "Ilse Varga", aliases: ["Harbour Master Varga"] },
    { name: "Tom Reed", optional: true },
  ],
  organizations: [{ name: "Tidewater Ferry Company", aliases: ["Tidewater"] }],
  countries: [
    { name: "Norway", code: "NO" },
    { name: "Denmark", code: "DK" },
  ],
};

function analysis(quotes: Quote[], entities: Entity[]): Analysis {
  return { title: "", text: TEXT, quotes, entities };
}

describe("quoteMatchScore (≥ half of gold tokens and ≥ a quarter of predicted tokens)", () => {
  const gold = wordTokens("one two three four");
  it("accepts a prediction covering half the gold quote", () => {
    expect(quoteMatchScore(gold, wordTokens("one two"))).not.toBeNull();
  });
  it("rejects a prediction covering less than half the gold quote", () => {
    expect(quoteMatchScore(gold, wordTokens("one"))).toBeNull();
  });
  it("rejects a prediction mostly made of other words", () => {
    expect(quoteMatchScore(gold, wordTokens("one two a b c d e f g"))).toBeNull();
    expect(quoteMatchScore(gold, wordTokens("one two a b c d e f"))).not.toBeNull();
  });
});

describe("speakerIsRight", () => {
  const g = goldQuote("indirect", "x", ["spokesperson", "union"]);
  it("needs every speakerMatch string somewhere in name, mention and role", () => {
    expect(speakerIsRight(g, quote("indirect", "x", speaker("", "a spokesperson", "for the dockers' union")))).toBe(true);
    expect(speakerIsRight(g, quote("indirect", "x", speaker("", "a spokesperson")))).toBe(false);
  });
  it("ignores case", () => {
    expect(speakerIsRight(goldQuote("direct", "x", ["ilse varga"]), quote("direct", "x", speaker("ILSE VARGA")))).toBe(true);
  });
});

describe("entityNameScore", () => {
  it("matches the name, an alias, or a name that contains one as whole words", () => {
    expect(entityNameScore(["Tidewater Ferry Company"], "Tidewater Ferry Company")).toBe(2);
    expect(entityNameScore(["Tidewater"], "the Tidewater Ferry Company's")).not.toBeNull();
    expect(entityNameScore(["Iran"], "Tirana")).toBeNull();
  });
});

describe("scoreAnalysis", () => {
  it("scores a perfect analysis as perfect", () => {
    const s = scoreAnalysis(
      GOLD,
      analysis(
        [
          quote("direct", "the ferries will sail again on Monday morning", speaker("Ilse Varga")),
          quote("direct", "nobody was hurt", speaker("Ilse Varga", "she")),
          quote("indirect", "the company had ignored two safety warnings", speaker("", "a union spokesperson")),
        ],
        [
          entity("e1", "person", "Ilse Varga"),
          entity("e2", "organization", "Tidewater Ferry Company"),
          entity("e3", "country", "Norway", "NO"),
          entity("e4", "country", "Denmark", "DK"),
        ],
      ),
    );
    for (const c of Object.values(s.counts)) expect(c.fn + c.fp).toBe(0);
    expect(s.findings).toEqual([]);
  });

  it("counts misses, false alarms and wrong speakers", () => {
    const s = scoreAnalysis(
      GOLD,
      analysis(
        [
          // Matches gold 1 (7 of 8 gold words) but with the wrong speaker.
          quote("direct", "the ferries will sail again on Monday", speaker("Tom Reed")),
          // A scare quote the gold does not count.
          quote("direct", "safe harbour", speaker("")),
          // The indirect quote, right speaker, predicted as direct: counts for all quotes, not direct.
          quote("direct", "the company had ignored two safety warnings", speaker("", "union spokesperson")),
        ],
        [],
      ),
    );
    expect(s.counts.direct).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(s.counts.all).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(s.counts.attribution).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(s.findings.filter((f) => f.kind === "wrong speaker")).toHaveLength(1);
    expect(s.findings.filter((f) => f.metric === "all" && f.kind === "miss").map((f) => f.detail)).toEqual([
      "[direct] “nobody was hurt” — ilse varga",
    ]);
  });

  it("lets each gold quote match only one prediction", () => {
    const s = scoreAnalysis(
      { doc: "x", quotes: [goldQuote("direct", "nobody was hurt", ["ilse varga"])] },
      analysis(
        [
          quote("direct", "nobody was hurt", speaker("Ilse Varga")),
          quote("direct", "nobody was hurt", speaker("Ilse Varga")),
        ],
        [],
      ),
    );
    expect(s.counts.all).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it("does not count optional entities either way, and counts duplicates of required ones", () => {
    const s = scoreAnalysis(
      GOLD,
      analysis(
        [],
        [
          entity("e1", "person", "Dr Ilse Varga"),
          entity("e2", "person", "Ilse Varga"),
          entity("e3", "person", "Tom Reed"),
          entity("e4", "person", "Sven Olsen"),
          entity("e5", "organization", "Tidewater"),
          entity("e6", "location", "Tidewater Ferry Company"),
        ],
      ),
    );
    // Ilse Varga found once (the exact name wins); "Dr Ilse Varga" is a second entity for her: a false alarm.
    expect(s.counts.people).toEqual({ tp: 1, fp: 2, fn: 0 });
    expect(s.findings.filter((f) => f.metric === "people" && f.kind === "false alarm").map((f) => f.detail)).toEqual([
      "Dr Ilse Varga (a second entity for Ilse Varga)",
      "Sven Olsen",
    ]);
    // An entity of the wrong type does not count.
    expect(s.counts.organizations).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("matches countries by ISO code, not by name", () => {
    const s = scoreAnalysis(
      GOLD,
      analysis([], [entity("e1", "country", "Kingdom of Norway", "NO"), entity("e2", "country", "Denmark"), entity("e3", "country", "Sweden", "SE")]),
    );
    expect(s.counts.countries).toEqual({ tp: 1, fp: 2, fn: 1 });
  });
});

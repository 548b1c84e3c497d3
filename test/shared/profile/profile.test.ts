import { describe, expect, it } from "vitest";
import type { Analysis, Quote, Speaker } from "../../../src/analysis/types";
import { countWords, percent, share, sourceTypeOf, sourcingProfile, wordsInSpans } from "../../../src/shared/profile";
import { sampleAnalysis } from "../sample-analysis";

/** A four-sentence story whose quotes overlap: a direct quote sits inside the reported clause around it. */
const STORY = [
  "The port authority said jobs at the docks “will simply move north” if the toll passes.",
  "“We were never asked,” said dock worker Ana Ruiz.",
  "A senior official, speaking on condition of anonymity, said the toll was already agreed.",
  "Ruiz added that the workers would strike.",
].join("\n\n");

function at(text: string): { start: number; end: number; text: string } {
  const start = STORY.indexOf(text);
  if (start < 0) throw new Error(`not in the story: ${text}`);
  return { start, end: start + text.length, text };
}
const who = (name: string, type: Speaker["type"], mention = name, role = ""): Speaker => ({ name, type, entity: null, mention, role });
const q = (kind: Quote["kind"], text: string, speaker: Speaker): Quote => ({ kind, cue: "said", speaker, ...at(text) });

const authority = who("port authority", "organization", "The port authority");
const ruiz = who("Ana Ruiz", "person", "dock worker Ana Ruiz", "dock worker");
const story: Analysis = {
  title: "Dock toll",
  text: STORY,
  entities: [],
  quotes: [
    q("indirect", "jobs at the docks “will simply move north” if the toll passes", authority),
    q("direct", "will simply move north", authority),
    q("direct", "We were never asked", ruiz),
    q("indirect", "the toll was already agreed", who("", "anonymous", "A senior official")),
    q("indirect", "the workers would strike", { ...ruiz, mention: "Ruiz" }),
  ],
};

describe("sourcingProfile", () => {
  it("counts voices, kinds of source and direct against reported speech", () => {
    const profile = sourcingProfile(story);
    expect(profile.quotes).toBe(5);
    expect(profile.voices).toBe(3);
    expect(profile.byType).toEqual({ person: 2, organization: 2, anonymous: 1, unattributed: 0 });
    expect([profile.direct, profile.reported]).toEqual([2, 3]);
  });

  it("counts a word inside two overlapping quotes once", () => {
    const profile = sourcingProfile(story);
    // "jobs at the docks will simply move north if the toll passes" = 12 words; the direct quote inside adds none.
    expect(profile.topVoices.find((v) => v.name === "port authority")?.words).toBe(12);
    // 12 + "We were never asked" 4 + "the toll was already agreed" 5 + "the workers would strike" 4.
    expect(profile.words.quoted).toBe(25);
    expect(profile.words.article).toBe(16 + 9 + 14 + 7);
  });

  it("ranks voices by words quoted, with their role and kind", () => {
    const profile = sourcingProfile(story);
    expect(profile.topVoices.map((v) => [v.name, v.role, v.type, v.quotes, v.words])).toEqual([
      ["port authority", "", "organization", 2, 12],
      ["Ana Ruiz", "dock worker", "person", 2, 8],
      ["A senior official", "", "anonymous", 1, 5],
    ]);
  });

  it("keeps unattributed quotes out of the voices but in the counts", () => {
    const profile = sourcingProfile(sampleAnalysis());
    expect(profile.byType).toEqual({ person: 4, organization: 1, anonymous: 1, unattributed: 1 });
    expect(profile.voices).toBe(4);
    expect(profile.topVoices.map((v) => v.name)).toEqual(["Tomas Reyes", "Ingrid Halvorsen", "Fishermen's Cooperative", "Two officials at the Ministry of Transport"]);
    expect(profile.topVoices.map((v) => v.words)).toEqual([60, 25, 14, 8]);
  });

  it("describes an article without quotes with zeros, not NaN", () => {
    const profile = sourcingProfile({ text: "Nobody said anything today.", quotes: [] });
    expect(profile).toEqual({
      quotes: 0,
      voices: 0,
      byType: { person: 0, organization: 0, anonymous: 0, unattributed: 0 },
      direct: 0,
      reported: 0,
      words: { article: 4, quoted: 0 },
      topVoices: [],
    });
    expect(percent(profile.byType.anonymous, profile.quotes)).toBe("0 %");
  });
});

describe("helpers", () => {
  it("types a speaker without a name or entity as unattributed, whatever its type says", () => {
    expect(sourceTypeOf(who("", "person", "he"))).toBe("unattributed");
    expect(sourceTypeOf(who("", "anonymous", "sources"))).toBe("anonymous");
    expect(sourceTypeOf(who("Someone", "unknown"))).toBe("unattributed");
  });

  it("counts words the way a reader would", () => {
    expect(countWords("Deep-sea mining isn't over — 2 more years.")).toBe(7);
    expect(countWords("  …  ")).toBe(0);
    // Letters beyond ASCII, combining accents, a letter outside the BMP, a trailing hyphen, digits.
    expect(countWords("Québec’s cafe\u0301 𝐀bc well- 2026 -- x")).toBe(6);
    expect(countWords("’tis -deep- sea")).toBe(3);
    expect(wordsInSpans("one two three four", [{ start: 4, end: 13 }, { start: 0, end: 7 }])).toBe(3);
  });

  it("gives shares and percents that never divide by zero", () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(3, 0)).toBe(0);
    expect(percent(1, 3)).toBe("33 %");
    expect(percent(1, 500)).toBe("<1 %");
  });
});

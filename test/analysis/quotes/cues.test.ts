import { describe, expect, it } from "vitest";
import { CueFlags, cueOf, particleFits } from "../../../src/analysis/quotes/cues";

describe("speech cues", () => {
  it("knows every tense of the common reporting verbs", () => {
    for (const w of ["say", "says", "said", "saying", "told", "tells", "warned", "accused", "denied", "argued", "added",
      "claimed", "insisted", "noted", "indicated", "urged", "announced", "confirmed", "wrote", "tweeted"]) {
      expect(cueOf(w), w).toBeDefined();
    }
  });

  it("marks verbs that take a listener or a target before their clause", () => {
    expect(cueOf("told")!.flags & CueFlags.Object).toBeTruthy();
    expect(cueOf("accused")!.flags & CueFlags.WholeComplement).toBeTruthy();
    expect(cueOf("said")!.flags & CueFlags.Object).toBeFalsy();
  });

  it("marks participles, which borrow their subject", () => {
    expect(cueOf("saying")!.flags & CueFlags.Participle).toBeTruthy();
    expect(cueOf("said")!.flags & CueFlags.Participle).toBeFalsy();
  });

  it("marks present forms that are also nouns, but not their past tense", () => {
    expect(cueOf("reports")!.flags & CueFlags.NounLike).toBeTruthy();
    expect(cueOf("claims")!.flags & CueFlags.NounLike).toBeTruthy();
    expect(cueOf("reported")!.flags & CueFlags.NounLike).toBeFalsy();
  });

  it("marks verbs of doing that report only with 'that'", () => {
    expect(cueOf("maintains")!.flags & CueFlags.NeedsThat).toBeTruthy();
    expect(cueOf("confirmed")!.flags & CueFlags.NeedsThat).toBeTruthy();
    expect(cueOf("said")!.flags & CueFlags.NeedsThat).toBeFalsy();
  });

  it("keeps verbs that introduce only quoted words apart", () => {
    expect(cueOf("discussed")!.flags & CueFlags.DirectOnly).toBeTruthy();
    expect(cueOf("described")!.flags & CueFlags.Clause).toBeFalsy();
  });

  it("needs the particle of a phrasal cue", () => {
    expect(particleFits("pointed", "out")).toBe(true);
    expect(particleFits("pointed", "at")).toBe(false);
    expect(particleFits("called", "for")).toBe(true);
    expect(particleFits("called", "on")).toBe(true);
    expect(particleFits("called", "it")).toBe(false);
    expect(particleFits("said", "that")).toBe(true);
  });

  it("derives the -ing form of every speech verb as a participle", () => {
    for (const w of ["pledging", "demanding", "complaining", "testifying", "stating", "cautioning"]) {
      expect(cueOf(w)?.flags, w).toBeDefined();
      expect((cueOf(w)?.flags ?? 0) & CueFlags.Participle, w).toBeTruthy();
    }
  });

  it("does not treat ordinary words as cues", () => {
    for (const w of ["believe", "wants", "thinks", "knows", "plans", "naming", "the", "house"]) expect(cueOf(w), w).toBeUndefined();
  });
});

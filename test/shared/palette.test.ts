import { describe, expect, it } from "vitest";
import { assignSpeakerColors, DEFAULT_PALETTE, highlightAlpha, luminance, speakerKey, UNKNOWN_SPEAKER_COLOR, withAlpha } from "../../src/shared/palette";
import { sampleAnalysis } from "./sample-analysis";

describe("speaker colours", () => {
  it("gives speakers palette colours in order of their first quote, the same speaker always the same colour", () => {
    const colors = assignSpeakerColors(sampleAnalysis());
    expect(colors["entity:e1"]).toBe(DEFAULT_PALETTE[0]); // Halvorsen speaks first
    expect(colors["entity:e2"]).toBe(DEFAULT_PALETTE[1]); // then Reyes
    expect(colors["anon:two officials at the ministry of transport"]).toBe(DEFAULT_PALETTE[2]);
    expect(colors["entity:e4"]).toBe(DEFAULT_PALETTE[3]);
    expect(Object.keys(colors)).toHaveLength(5);
  });

  it("is stable whatever order the quotes arrive in", () => {
    const analysis = sampleAnalysis();
    const reversed = { ...analysis, quotes: [...analysis.quotes].reverse() };
    expect(assignSpeakerColors(reversed)).toEqual(assignSpeakerColors(analysis));
  });

  it("keeps unknown speakers in the neutral colour, never a speaker's", () => {
    const colors = assignSpeakerColors(sampleAnalysis());
    expect(colors.unknown).toBe(UNKNOWN_SPEAKER_COLOR);
    expect(DEFAULT_PALETTE).not.toContain(UNKNOWN_SPEAKER_COLOR);
  });

  it("wraps around the palette when there are more speakers than colours", () => {
    const analysis = sampleAnalysis();
    const colors = assignSpeakerColors(analysis, ["#111111", "#222222"]);
    expect(colors["entity:e1"]).toBe("#111111");
    expect(colors["entity:e2"]).toBe("#222222");
    expect(colors["anon:two officials at the ministry of transport"]).toBe("#111111");
  });

  it("keys a speaker by entity, then name, then how an anonymous source was described", () => {
    expect(speakerKey({ name: "Ana Ruiz", type: "person", entity: "e9", mention: "she", role: "" })).toBe("entity:e9");
    expect(speakerKey({ name: "Ana Ruiz", type: "person", entity: null, mention: "she", role: "" })).toBe("name:ana ruiz");
    expect(speakerKey({ name: "", type: "anonymous", entity: null, mention: "Two sources", role: "" })).toBe("anon:two sources");
    expect(speakerKey({ name: "", type: "unknown", entity: null, mention: "", role: "" })).toBe("unknown");
  });

  it("has distinct, mid-tone colours that stay visible as a wash on white and on black", () => {
    expect(new Set(DEFAULT_PALETTE).size).toBe(DEFAULT_PALETTE.length);
    for (const color of DEFAULT_PALETTE) {
      const lum = luminance(color)!;
      expect(lum).toBeGreaterThan(0.12);
      expect(lum).toBeLessThan(0.7);
    }
    expect(highlightAlpha(true, "direct")).toBeGreaterThan(highlightAlpha(false, "direct"));
    expect(highlightAlpha(false, "indirect")).toBeLessThan(highlightAlpha(false, "direct"));
  });

  it("turns colours into rgba and never emits invalid CSS", () => {
    expect(withAlpha("#3d8bfd", 0.3)).toBe("rgba(61, 139, 253, 0.3)");
    expect(withAlpha("red; background: url(x)", 0.3)).toMatch(/^rgba\(\d+, \d+, \d+, 0\.3\)$/);
    expect(luminance("rgb(255, 255, 255)")).toBeCloseTo(1);
    expect(luminance("rgba(0, 0, 0, 0.5)")).toBe(0);
    expect(luminance("transparent")).toBeNull();
  });
});

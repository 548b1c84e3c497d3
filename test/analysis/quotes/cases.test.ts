import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findQuotes } from "../../../src/analysis/quotes";
import type { Quote } from "../../../src/analysis/types";
import { directCases } from "../../fixtures/quotes/direct";
import { indirectCases } from "../../fixtures/quotes/indirect";
import { speakerCases } from "../../fixtures/quotes/speakers";
import { negativeCases } from "../../fixtures/quotes/negatives";
import { pronounChainCases } from "../../fixtures/quotes/pronoun-chain";
import type { ExpectedQuote, QuoteCase } from "../../fixtures/quotes/types";

function describeQuote(q: Quote): string {
  const s = q.speaker;
  return `${q.kind} «${q.text}» cue=${q.cue} speaker=${s.type}:${s.name} / ${s.mention} / ${s.role}`;
}

function check(c: QuoteCase): void {
  const doc = buildDoc(c.text);
  const found = findQuotes(doc, []);
  for (const q of found) expect(c.text.slice(q.start, q.end)).toBe(q.text);
  const seen = found.map(describeQuote);
  expect(found.map((q) => `${q.kind} «${q.text}»`), `found:\n${seen.join("\n")}`).toEqual(
    c.quotes.map((q) => `${q.kind} «${q.text}»`),
  );
  c.quotes.forEach((want: ExpectedQuote, i) => {
    const got = found[i];
    const joined = `${got.speaker.name} ${got.speaker.mention} ${got.speaker.role}`.toLowerCase();
    for (const part of want.speaker ?? []) expect(joined, describeQuote(got)).toContain(part);
    if (want.type) expect(got.speaker.type, describeQuote(got)).toBe(want.type);
    if (want.cue !== undefined) expect(got.cue, describeQuote(got)).toBe(want.cue);
    if (want.name !== undefined) expect(got.speaker.name, describeQuote(got)).toBe(want.name);
    if (want.role !== undefined) expect(got.speaker.role, describeQuote(got)).toBe(want.role);
    if (want.mention !== undefined) expect(got.speaker.mention, describeQuote(got)).toBe(want.mention);
  });
}

describe.each([
  ["direct quotes", directCases],
  ["indirect speech", indirectCases],
  ["speakers", speakerCases],
  ["not speech", negativeCases],
  ["pronoun runs", pronounChainCases],
])("%s", (_group, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => check(c));
});

import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findQuotes } from "../../../src/analysis/quotes";
import type { Quote } from "../../../src/analysis/types";
import { personDescriptionCases } from "../../fixtures/quotes/person-descriptions";
import { continuationCases } from "../../fixtures/quotes/continuations";
import { organizationDescriptionCases } from "../../fixtures/quotes/organization-descriptions";
import type { QuoteCase } from "../../fixtures/quotes/types";

function describeQuote(q: Quote): string {
  const s = q.speaker;
  return `${q.kind} «${q.text}» cue=${q.cue} speaker=${s.type}:${s.name} / ${s.mention} / ${s.role}`;
}

/** As cases.test.ts checks its fixtures: the quotes found, then each one's speaker. */
function check(c: QuoteCase): void {
  const found = findQuotes(buildDoc(c.text), []);
  expect(found.map((q) => `${q.kind} «${q.text}»`), `found:\n${found.map(describeQuote).join("\n")}`).toEqual(c.quotes.map((q) => `${q.kind} «${q.text}»`));
  c.quotes.forEach((want, i) => {
    const got = found[i];
    const joined = `${got.speaker.name} ${got.speaker.mention} ${got.speaker.role}`.toLowerCase();
    for (const part of want.speaker ?? []) expect(joined, describeQuote(got)).toContain(part);
    if (want.type) expect(got.speaker.type, describeQuote(got)).toBe(want.type);
    if (want.name !== undefined) expect(got.speaker.name, describeQuote(got)).toBe(want.name);
    if (want.mention !== undefined) expect(got.speaker.mention, describeQuote(got)).toBe(want.mention);
  });
}

describe("descriptions of people", () => {
  it.each(personDescriptionCases.map((c) => [c.name, c] as const))("%s", (_name, c) => check(c));
});

describe("continuation paragraphs", () => {
  it.each(continuationCases.map((c) => [c.name, c] as const))("%s", (_name, c) => check(c));
});

describe("descriptions of organizations", () => {
  it.each(organizationDescriptionCases.map((c) => [c.name, c] as const))("%s", (_name, c) => check(c));
});

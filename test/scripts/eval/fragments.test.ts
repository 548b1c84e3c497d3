import { describe, expect, it } from "vitest";
import { fragmentReason, speakerFragment } from "../../../scripts/eval/fragments";

describe("the fragment check", () => {
  it.each([
    "another cloud of choking smoke and",
    "perhaps the most",
    "He instead",
    "announced in October",
    "In addition to the three fatalities",
    "which it",
    "of",
    "in",
    "the mayor said",
    "contrasting her own record with the senator",
    "winning Ohio in the primary",
    "winning Ohio",
    "about the plan",
    "the plan to be",
    "over the weekend",
  ])("calls “%s” a fragment", (phrase) => {
    expect(fragmentReason(phrase)).not.toBeNull();
  });

  it.each([
    "",
    "he",
    "She",
    "Navdeep Bains",
    "the agency",
    "two U.S. sources",
    "US officials",
    "Theresa May",
    "Will Smith",
    "a spokesperson for the ministry",
    "the Association of Flight Attendants",
    "the retired officer",
    "retired surgeon",
    "hacking specialists",
    "her aides",
    "Some",
    "about half of voters",
    "over 40 economists",
    "at least 14,000",
    "At least a dozen nurses",
    "research to be published next month by three geologists",
    "undecided Republican voter Jane Roe of Derry",
  ])("accepts “%s” as a noun phrase", (phrase) => {
    expect(fragmentReason(phrase)).toBeNull();
  });
});

describe("a speaker's fragment", () => {
  const speaker = (name: string, mention: string) => ({
    speaker: { name, mention, type: "person" as const, entity: null, role: "" },
  });

  it("accepts a relative or possessive pronoun at the cue once it is resolved to a name", () => {
    expect(speakerFragment(speaker("Apple", "which"))).toBeNull();
    expect(speakerFragment(speaker("Prince Andrew", "his"))).toBeNull();
  });

  it("reports an unresolved relative pronoun, and a fragment in the name before the mention", () => {
    expect(speakerFragment(speaker("", "who"))).toMatchObject({ phrase: "who" });
    expect(speakerFragment(speaker("perhaps the most", "he"))).toMatchObject({ phrase: "perhaps the most" });
  });

  it("accepts a name with the words that describe it before it, but not a clause ending in a name", () => {
    expect(speakerFragment(speaker("Ben Carson", "retired neurosurgeon Ben Carson"))).toBeNull();
    expect(speakerFragment(speaker("John Allen", "retired Gen. John Allen"))).toBeNull();
    expect(speakerFragment(speaker("Paul Moss", "praised by President Paul Moss"))).not.toBeNull();
    expect(speakerFragment(speaker("Ben Carson", "said retired neurosurgeon Ben Carson"))).not.toBeNull();
  });

  it("accepts a surname at the cue resolved to the full name, even one that is also a function word", () => {
    expect(speakerFragment(speaker("Al From", "From"))).toBeNull();
    expect(speakerFragment(speaker("", "From"))).not.toBeNull();
    expect(speakerFragment(speaker("Al From", "In"))).not.toBeNull();
  });

  it("accepts an acronym standing alone", () => {
    expect(speakerFragment(speaker("WHO", "WHO"))).toBeNull();
  });
});

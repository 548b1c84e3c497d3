import { describe, expect, it } from "vitest";
import { DOC_WINDOW, MAX_DOC_FEATURES, documentContext, hashTokens } from "../../../src/analysis/entities/features";

const split = (s: string) => s.split(" ");

describe("document features", () => {
  const doc = ["Talks with Okafor ended .", "Okafor said talks would go on .", "The minister Okafor left ."].map(split);

  it("gives a capitalised word the contexts of its other uses inside sentences, and how it is written there", () => {
    const feats = documentContext(doc);
    expect(feats).toHaveLength(3);
    // "Okafor" opening sentence 2: two mid-sentence uses, each with the word before and after it, then one
    // feature for the ways it is written.
    expect(feats[1].counts[0]).toBe(5);
    // "Okafor" inside sentence 1: the other mid-sentence use gives its neighbours; the sentence start none.
    expect(feats[0].counts[2]).toBe(3);
    expect(feats[0].counts[2]).toBeLessThanOrEqual(MAX_DOC_FEATURES);
  });

  it("reads nothing for lower-case words and punctuation", () => {
    const feats = documentContext(doc);
    expect(feats[0].counts[1]).toBe(0); // "with"
    expect(feats[0].counts[4]).toBe(0); // "."
  });

  it("says a capitalised word is also written in lower case elsewhere", () => {
    const [a] = documentContext([split("Talks resumed ."), split("The talks failed .")]);
    const [b] = documentContext([split("Talks resumed ."), split("The meeting failed .")]);
    expect(a.counts[0]).toBe(1);
    expect(b.counts[0]).toBe(1);
    expect(a.feats[0]).not.toBe(b.feats[0]);
  });

  it("looks no further than DOC_WINDOW sentences either side", () => {
    // DOC_WINDOW sentences apart, then one more.
    const filler = Array.from({ length: DOC_WINDOW - 1 }, () => split("Nothing here ."));
    const near = documentContext([split("Talks with Okafor ended ."), ...filler, split("He met Okafor again .")]);
    const far = documentContext([split("Talks with Okafor ended ."), ...filler, split("Filler ."), split("He met Okafor again .")]);
    expect(near[0].counts[2]).toBe(3);
    expect(far[0].counts[2]).toBe(1);
  });

  it("is the same for the same sentences", () => {
    const a = documentContext(doc);
    const b = documentContext(doc.map((s) => [...s]));
    expect(Array.from(a[2].feats)).toEqual(Array.from(b[2].feats));
  });
});

describe("token hashes", () => {
  const noGazetteer = () => 0;

  it("reads the case of letters beyond ASCII as it reads A-Z and a-z", () => {
    const h = hashTokens(["Quorvaë", "Quorvae", "ÉLVANT", "ELVANT", "élvant"], noGazetteer);
    expect(h.shape[0]).toBe(h.shape[1]);
    expect(h.shape[2]).toBe(h.shape[3]);
    expect(Array.from(h.cap.slice(0, 5))).toEqual([1, 1, 1, 1, 0]);
    expect(Array.from(h.letters.slice(0, 5))).toEqual([1, 1, 3, 3, 1]);
  });

  it("reads curly apostrophes as straight ones, and a symbol as itself", () => {
    const h = hashTokens(["Brenn’s", "Brenn's", "€", "$"], noGazetteer);
    expect(h.word[0]).toBe(h.word[1]);
    expect(h.shape[0]).toBe(h.shape[1]);
    expect(h.shape[2]).not.toBe(h.shape[3]);
    expect(h.letters[2]).toBe(0);
  });
});

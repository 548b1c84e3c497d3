import { describe, expect, it } from "vitest";
import { deserializeModel, loadModel, tagSentences, tagWords, type SerializedModel } from "../../../src/analysis/entities/tagger";
import { NER_MODEL } from "../../../src/analysis/entities/model/ner-model";
import { TAGS } from "../../../src/analysis/entities/features";

describe("entity tagger", () => {
  it("loads the committed model once and caches it", () => {
    const a = loadModel();
    expect(loadModel()).toBe(a);
    expect(a.weights.length).toBe((1 << a.hashBits) * TAGS.length);
    expect(a.trainedOn).not.toBe("");
  });

  it("tags people, organizations and places in an invented sentence", () => {
    const words = "Prime Minister Elena Vostrikova met executives of Brightwater Holdings in Lisbon on Monday .".split(" ");
    const tags = tagWords(loadModel(), words);
    expect(tags).toHaveLength(words.length);
    expect(tags.slice(2, 4)).toEqual(["B-PER", "I-PER"]);
    expect(tags.slice(7, 9)).toEqual(["B-ORG", "I-ORG"]);
    expect(tags[10]).toBe("B-LOC");
    expect(tags[0]).toBe("O");
  });

  it("always returns a well-formed IOB2 sequence", () => {
    const model = loadModel();
    const samples = [
      [],
      ["I-PER"],
      ["Reuters", "/", "Kim", "Holt", "/", "File", "Photo"],
      "THE MINISTRY OF DEFENCE SAID ON FRIDAY".split(" "),
      ["“", "We", "will", "win", ",", "”", "she", "said", "."],
    ];
    for (const words of samples) {
      const tags = tagWords(model, words);
      expect(tags).toHaveLength(words.length);
      tags.forEach((t, i) => {
        expect(TAGS).toContain(t);
        if (t.startsWith("I-")) expect(tags[i - 1]?.slice(2)).toBe(t.slice(2));
      });
    }
  });

  const article = [
    "Brightwater Holdings said on Monday it would close its Lisbon plant .",
    "Brightwater employs 400 people there , Elena Vostrikova said .",
    "Vostrikova , the chief executive , declined to comment further .",
  ].map((s) => s.split(" "));

  it("tags a document sentence by sentence when the model has no document features", () => {
    const model = loadModel();
    expect(model.documentFeatures).toBe(false);
    expect(tagSentences(model, article)).toEqual(article.map((words) => tagWords(model, words)));
  });

  it("reads the whole document with a model trained with document features", () => {
    const model = deserializeModel({ ...(NER_MODEL as SerializedModel), documentFeatures: true });
    expect(model.documentFeatures).toBe(true);
    const tags = tagSentences(model, article);
    expect(tags.map((t) => t.length)).toEqual(article.map((w) => w.length));
    for (const sentence of tags) {
      sentence.forEach((t, i) => {
        expect(TAGS).toContain(t);
        if (t.startsWith("I-")) expect(sentence[i - 1]?.slice(2)).toBe(t.slice(2));
      });
    }
  });
});

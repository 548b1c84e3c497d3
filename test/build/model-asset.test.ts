import path from "node:path";
import { describe, expect, it } from "vitest";
import { packCommittedModels, readModelModule, MODEL_MODULES } from "../../scripts/build/modelAsset";
import { repoRoot } from "../../scripts/eval/paths";
import { deserializeModel, loadModel, type SerializedModel } from "../../src/analysis/entities/tagger";
import { deserializePosModel, loadPosModel, type SerializedPosModel } from "../../src/analysis/syntax/tagger";
import { INSTALLED, installModels, packModels, unpackModels } from "../../src/analysis/weights/modelPack";

/** The bytes as a fetch would give them: an ArrayBuffer of their own. */
const asBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

describe("the packed model asset", () => {
  const packed = packCommittedModels(repoRoot);

  it("decodes to the very models the committed modules give", () => {
    const models = unpackModels(asBuffer(packed));
    const ner = deserializeModel(models.ner as unknown as SerializedModel);
    const reference = loadModel();
    expect(ner.hashBits).toBe(reference.hashBits);
    expect(ner.scale).toBe(reference.scale);
    expect(ner.trainedOn).toBe(reference.trainedOn);
    expect(Array.from(ner.transitions)).toEqual(Array.from(reference.transitions));
    expect(ner.gazetteer).toEqual(reference.gazetteer);
    expect(Buffer.from(ner.weights.buffer).equals(Buffer.from(reference.weights.buffer))).toBe(true);

    const pos = deserializePosModel(models.pos as unknown as SerializedPosModel);
    const posReference = loadPosModel();
    expect(pos.mask).toBe(posReference.mask);
    expect(Buffer.from(pos.weights.buffer).equals(Buffer.from(posReference.weights.buffer))).toBe(true);
  });

  it("carries every field of a model module, whatever the training script adds", () => {
    const { file, exportName } = MODEL_MODULES.ner;
    const source = readModelModule(path.join(repoRoot, file), exportName);
    const { weights, ...header } = unpackModels(asBuffer(packed)).ner!;
    expect(weights).toBeInstanceOf(Uint8Array);
    expect(header).toEqual(Object.fromEntries(Object.entries(source).filter(([k]) => k !== "weights")));
  });

  it("fills the stand-ins the worker build exports", () => {
    installModels(asBuffer(packed));
    expect(INSTALLED.ner.featureVersion).toBe(readModelModule(path.join(repoRoot, MODEL_MODULES.ner.file), "NER_MODEL").featureVersion);
    expect(INSTALLED.pos.weights).toBeInstanceOf(Uint8Array);
  });

  it("refuses what is not a packed model file", () => {
    expect(() => unpackModels(new TextEncoder().encode("not a model file").buffer)).toThrow(/not a packed model file/);
    const truncated = packModels({ pos: { weights: "AAAA", hashBits: 2 } }).slice(0, 20);
    expect(() => unpackModels(truncated.buffer)).toThrow(/truncated/);
    expect(() => installModels(asBuffer(packModels({ pos: { weights: "AAAA" } })))).toThrow(/no ner model/);
  });
});

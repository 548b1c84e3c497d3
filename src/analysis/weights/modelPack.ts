/**
 * The taggers' models as one binary asset for the extension. The committed TS modules (model/ner-model.ts,
 * model/pos-model.ts, written by the training scripts) stay the single source of truth: the build
 * (scripts/build/modelAsset.ts) packs them into this form, and in the extension's worker build those modules
 * are replaced by stand-ins that export the objects of `INSTALLED`, which `installModels` fills from the bytes.
 * The taggers' own load functions then run unchanged, on raw weight bytes instead of base64.
 *
 * Layout (little-endian): "LENS", format version, model count; then per model its name, a JSON header (every
 * field of the serialized model but `weights`) and the sparse weight rows (weights/sparseRows.ts) as raw bytes.
 * Unpacking copies nothing: the weight bytes are a view into the fetched (and transferred) ArrayBuffer.
 */

const MAGIC = 0x534e454c; // "LENS"
const FORMAT = 1;

/** The models the extension ships, by the name the stand-in modules use. */
export const MODEL_NAMES = ["ner", "pos"] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** A serialized model as the TS modules hold it: `weights` is the base64 of the sparse rows. */
export interface TextModel {
  weights: string;
  [field: string]: unknown;
}

/** The same model, its weights as raw bytes. */
export interface ByteModel {
  weights: Uint8Array;
  [field: string]: unknown;
}

function base64Bytes(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The binary asset of the given models (run at build time). */
export function packModels(models: Partial<Record<ModelName, TextModel>>): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const u32 = (n: number) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n, true);
    parts.push(b);
  };
  const entries = Object.entries(models) as [ModelName, TextModel][];
  u32(MAGIC);
  u32(FORMAT);
  u32(entries.length);
  for (const [name, model] of entries) {
    if (typeof model.weights !== "string") throw new Error(`model ${name}: weights are not a base64 string`);
    const { weights, ...header } = model;
    const nameBytes = enc.encode(name);
    const headerBytes = enc.encode(JSON.stringify(header));
    const weightBytes = base64Bytes(weights);
    u32(nameBytes.length);
    parts.push(nameBytes);
    u32(headerBytes.length);
    parts.push(headerBytes);
    u32(weightBytes.length);
    parts.push(weightBytes);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The models in a packed asset; the weight bytes are views into `buffer`. */
export function unpackModels(buffer: ArrayBuffer): Partial<Record<ModelName, ByteModel>> {
  const view = new DataView(buffer);
  const dec = new TextDecoder();
  let at = 0;
  const u32 = () => {
    if (at + 4 > buffer.byteLength) throw new Error("model asset: truncated");
    const n = view.getUint32(at, true);
    at += 4;
    return n;
  };
  const bytes = (n: number) => {
    if (at + n > buffer.byteLength) throw new Error("model asset: truncated");
    const b = new Uint8Array(buffer, at, n);
    at += n;
    return b;
  };
  if (buffer.byteLength < 12 || u32() !== MAGIC) throw new Error("model asset: not a packed model file");
  const format = u32();
  if (format !== FORMAT) throw new Error(`model asset: format ${format}, this code reads ${FORMAT}`);
  const out: Partial<Record<ModelName, ByteModel>> = {};
  for (let count = u32(); count > 0; count--) {
    const name = dec.decode(bytes(u32())) as ModelName;
    const header = JSON.parse(dec.decode(bytes(u32()))) as Record<string, unknown>;
    out[name] = { ...header, weights: bytes(u32()) };
  }
  return out;
}

/**
 * What the extension build's stand-ins for the model modules export: empty until `installModels` fills them,
 * which the worker does before its first analysis.
 */
export const INSTALLED: Record<ModelName, Partial<ByteModel>> = { ner: {}, pos: {} };

/** Fills `INSTALLED` from a packed asset; throws when a model the extension needs is missing. */
export function installModels(buffer: ArrayBuffer): void {
  const models = unpackModels(buffer);
  for (const name of MODEL_NAMES) {
    const model = models[name];
    if (!model) throw new Error(`model asset: no ${name} model`);
    Object.assign(INSTALLED[name], model);
  }
}

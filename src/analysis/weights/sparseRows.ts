/**
 * The compact text form of a hashed linear model's weights: only the buckets with a non-zero weight, each
 * as a varint delta from the previous bucket then one signed byte per class, the whole in base64. Decoding
 * gives back the dense int8 table (bucket × width) that the taggers index by feature hash.
 */

function decodeBase64(s: string): Uint8Array {
  if (typeof atob !== "function") throw new Error("model weights: no base64 decoder in this environment");
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Dense int8 weights (buckets × width) from the sparse rows: base64 as the committed model modules hold them,
 * or the raw bytes as the extension's packed model asset (weights/modelPack.ts) carries them.
 */
export function decodeSparseRows(rows: string | Uint8Array, buckets: number, width: number): Int8Array {
  const weights = new Int8Array(buckets * width);
  const bytes = typeof rows === "string" ? decodeBase64(rows) : rows;
  let p = 0;
  let bucket = 0;
  while (p < bytes.length) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++];
      delta += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    bucket += delta;
    if (bucket >= buckets || p + width > bytes.length) throw new Error("model weights: corrupt sparse rows");
    const row = bucket * width;
    for (let t = 0; t < width; t++) {
      const v = bytes[p++];
      weights[row + t] = v > 127 ? v - 256 : v;
    }
  }
  return weights;
}

/**
 * Int8 quantization with one global scale and the sparse base64 rows. The scale maps the weight at the
 * `clipQuantile` of all non-zero magnitudes to 127 (by default the top 0.01% is clipped so the bulk keeps its
 * resolution; 1 clips nothing); weights that round below `pruneBelow` steps are dropped, which is the pruning.
 * Used by the training scripts; lives here so the format has one definition.
 */
export function encodeSparseRows(
  weights: Float32Array,
  width: number,
  pruneBelow = 1,
  clipQuantile = 0.9999,
): { base64: string; scale: number; rows: number; bytes: number } {
  const abs: number[] = [];
  for (let k = 0; k < weights.length; k++) if (weights[k] !== 0) abs.push(Math.abs(weights[k]));
  abs.sort((a, b) => a - b);
  const clip = abs.length ? abs[Math.min(abs.length - 1, Math.floor(abs.length * clipQuantile))] : 1;
  const scale = clip / 127 || 1;
  const bytes: number[] = [];
  const q = new Int8Array(width);
  let last = 0;
  let rows = 0;
  for (let b = 0; b * width < weights.length; b++) {
    let any = false;
    for (let t = 0; t < width; t++) {
      const v = Math.round(weights[b * width + t] / scale);
      q[t] = Math.abs(v) < pruneBelow ? 0 : Math.max(-127, Math.min(127, v));
      if (q[t] !== 0) any = true;
    }
    if (!any) continue;
    let delta = b - last;
    last = b;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 128);
    }
    bytes.push(delta);
    for (let t = 0; t < width; t++) bytes.push(q[t] & 0xff);
    rows++;
  }
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.slice(i, i + 0x8000));
  return { base64: btoa(bin), scale, rows, bytes: bytes.length };
}

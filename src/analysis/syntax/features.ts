/**
 * Features of the part-of-speech tagger, shared by training (scripts/train-pos.ts) and tagging: the word,
 * its affixes and shape, its neighbours, and the two tags already chosen to its left. Every feature is a
 * 32-bit hash built from per-word integer hashes, so tagging builds no strings. Training and tagging must
 * agree bit for bit: changing anything here means retraining (bump POS_FEATURE_VERSION).
 */
import { fmix } from "../weights/hash";

export const POS_FEATURE_VERSION = 1;
/** Features per token, fixed. */
export const POS_FEATURES = 16;


export function mix(template: number, value: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ value);
}

/** Each template's half of mix(): mix(template, value) = fmix(MIX_KEYS[template] ^ value), for the tagger's loop. */
export const MIX_KEYS = Int32Array.from({ length: POS_FEATURES }, (_, template) => Math.imul(template + 1, 0x9e3779b1));

/** FNV-1a over a string's UTF-16 code units from `from` to `to`. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Curly apostrophes and quotes read like the ASCII ones of the training data. */
const TYPOGRAPHIC = /[\u2018\u2019\u02bc\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2013\u2014]/;

function normalize(word: string): string {
  if (!TYPOGRAPHIC.test(word)) return word;
  return word.replace(/[\u2018\u2019\u02bc\u201b]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"').replace(/[\u2013\u2014]/g, "-");
}

function shapeOf(c: number): number {
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c < 128) return c;
  const s = String.fromCharCode(c);
  const lo = s.toLowerCase();
  const up = s.toUpperCase();
  return lo === up ? c : s === up ? 88 : 120;
}

/** Hash of the word's shape with runs collapsed ("Xx", "X.X.", "d,d"), at most 6 classes long. */
function shapeHash(word: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let len = 0;
  for (let i = 0; i < word.length && len < 6; i++) {
    const c = shapeOf(word.charCodeAt(i));
    if (c === last) continue;
    h = Math.imul(h ^ c, 0x01000193);
    last = c;
    len++;
  }
  return h >>> 0;
}

/**
 * The hashes as signed 32-bit integers (the same bits: every use is a bitwise mix). Read from unsigned arrays, half
 * of them (those above 2^31) came into the tagger's loop as numbers it boxed on the heap: 2.5 MB of garbage a pass
 * over the bench corpus (the sampling heap profiler), a twentieth of the whole analysis's.
 */
export interface WordHashes {
  lower: Int32Array;
  suffix3: Int32Array;
  suffix2: Int32Array;
  prefix1: Int32Array;
  shape: Int32Array;
}

/** Per-word hashes, computed once a sentence (into `into` when it is long enough: the tagger reuses one set). */
export function hashWords(words: readonly string[], into?: WordHashes): WordHashes {
  const n = words.length;
  const h: WordHashes =
    into && into.lower.length >= n
      ? into
      : {
          lower: new Int32Array(n),
          suffix3: new Int32Array(n),
          suffix2: new Int32Array(n),
          prefix1: new Int32Array(n),
          shape: new Int32Array(n),
        };
  for (let i = 0; i < n; i++) {
    const word = words[i];
    if (!hashAscii(word, h, i)) {
      const w = normalize(word);
      const lower = w.toLowerCase().replace(/\d/g, "0");
      h.lower[i] = hashRange(lower, 0, lower.length);
      h.suffix3[i] = hashRange(lower, Math.max(0, lower.length - 3), lower.length);
      h.suffix2[i] = hashRange(lower, Math.max(0, lower.length - 2), lower.length);
      h.prefix1[i] = hashRange(w, 0, Math.min(1, w.length));
      h.shape[i] = shapeHash(w);
    }
  }
  return h;
}

/**
 * The same hashes as the general path above for a word of ASCII and the typographic marks normalize() turns into
 * ASCII (curly apostrophes and quotes, dashes: "’s", "—", "don’t"), computed from its code units without building
 * the normalized or the lower-cased string (lower-casing is A-Z to a-z). False for any other word.
 */
function hashAscii(w: string, h: WordHashes, i: number): boolean {
  const len = w.length;
  for (let j = 0; j < len; j++) if (asciiOf(w.charCodeAt(j)) < 0) return false;
  const from3 = len - 3;
  const from2 = len - 2;
  let lower = 0x811c9dc5;
  let suffix3 = 0x811c9dc5;
  let suffix2 = 0x811c9dc5;
  // shapeHash() of the normalized word, inline.
  let shape = 0x811c9dc5;
  let lastShape = -1;
  let shapes = 0;
  for (let j = 0; j < len; j++) {
    const a = asciiOf(w.charCodeAt(j));
    if (shapes < 6) {
      const sc = shapeOf(a);
      if (sc !== lastShape) {
        shape = Math.imul(shape ^ sc, 0x01000193);
        lastShape = sc;
        shapes++;
      }
    }
    let c = a;
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 48 && c <= 57) c = 48;
    lower = Math.imul(lower ^ c, 0x01000193);
    if (j >= from3) suffix3 = Math.imul(suffix3 ^ c, 0x01000193);
    if (j >= from2) suffix2 = Math.imul(suffix2 ^ c, 0x01000193);
  }
  h.lower[i] = lower >>> 0;
  h.suffix3[i] = suffix3 >>> 0;
  h.suffix2[i] = suffix2 >>> 0;
  h.prefix1[i] = len > 0 ? Math.imul(0x811c9dc5 ^ asciiOf(w.charCodeAt(0)), 0x01000193) >>> 0 : 0x811c9dc5;
  h.shape[i] = shape >>> 0;
  return true;
}

/** The ASCII code a code unit reads as after normalize(): itself below 128, a typographic mark's ASCII, else -1. */
function asciiOf(c: number): number {
  if (c < 128) return c;
  if (c === 0x2018 || c === 0x2019 || c === 0x2bc || c === 0x201b) return 39; // '
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb) return 34; // "
  if (c === 0x2013 || c === 0x2014) return 45; // -
  return -1;
}

/** The hash of an out-of-range neighbour (before the first word, after the last). */
export const NONE = 0x2545f491;

/**
 * The POS_FEATURES feature hashes of word i, given the tags chosen for i-1 and i-2 (-1 before the start),
 * written into `out`.
 */
function at(a: Int32Array, n: number, k: number): number {
  return k >= 0 && k < n ? a[k] : NONE;
}

export function tokenFeatures(h: WordHashes, n: number, i: number, prev: number, prev2: number, out: Uint32Array): void {
  let f = 0;
  out[f++] = mix(0, 0); // bias
  out[f++] = mix(1, h.lower[i]);
  out[f++] = mix(2, h.suffix3[i]);
  out[f++] = mix(3, h.suffix2[i]);
  out[f++] = mix(4, h.prefix1[i]);
  out[f++] = mix(5, h.shape[i] ^ (i === 0 ? 1 : 0));
  out[f++] = mix(6, prev + 2);
  out[f++] = mix(7, (prev + 2) * 64 + prev2 + 2);
  out[f++] = mix(8, fmix(h.lower[i] ^ (prev + 2)));
  out[f++] = mix(9, at(h.lower, n, i - 1));
  out[f++] = mix(10, at(h.suffix3, n, i - 1));
  out[f++] = mix(11, at(h.lower, n, i + 1));
  out[f++] = mix(12, at(h.suffix3, n, i + 1));
  out[f++] = mix(13, at(h.lower, n, i - 2));
  out[f++] = mix(14, at(h.lower, n, i + 2));
  out[f++] = mix(15, fmix(h.shape[i] ^ at(h.shape, n, i + 1)));
}

/**
 * Feature extraction for the entity tagger, shared by training (scripts/train-ner.ts) and tagging.
 *
 * Every feature is a 32-bit hash computed from per-token integer hashes: no feature strings are ever built,
 * so tagging allocates a handful of typed arrays per sentence and nothing per feature. The weight table is
 * indexed by `hash & mask`, which is why training and tagging must agree bit for bit on everything here:
 * changing a template or a hash means retraining (bump FEATURE_VERSION).
 */

import { fmix } from "../weights/hash";

export const FEATURE_VERSION = 3;

export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export type Tag = (typeof TAGS)[number];
export const NUM_TAGS = TAGS.length;
export const TAG_INDEX: Record<string, number> = Object.fromEntries(TAGS.map((t, i) => [t, i]));

/** Gazetteer bits carried per lower-cased word. */
export const GAZ = {
  givenName: 1,
  country: 2,
  demonym: 4,
  capital: 8,
  orgSuffix: 16,
  title: 32,
  countryPart: 64,
  month: 128,
} as const;
export const GAZ_BITS = 8;

/**
 * Features a token takes from the rest of its document (documentContext), for models trained with them
 * (`npm run train:ner -- --doc`; the model says so in `documentFeatures`). They are appended after every other
 * feature, so a model without them reads exactly the templates above.
 */
export const MAX_DOC_FEATURES = 9;
/** Upper bound on features per token (fixed templates + gazetteer bits of four positions + document features). */
export const MAX_FEATURES = 72 + MAX_DOC_FEATURES;

const SEED = 0x811c9dc5;
const BOUNDARY_BEFORE = 0x5bd1e995;
const BOUNDARY_AFTER = 0x1b873593;


function combine(a: number, b: number): number {
  return fmix((Math.imul(a ^ 0x9e3779b9, 0x01000193) + b) | 0);
}

/** Curly quotes and apostrophes look like the ASCII ones of newswire training data. */
function normalizeCode(c: number): number {
  // ASCII, most of any text, is never rewritten: one test instead of the nine below.
  if (c < 0x80) return c;
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x201b) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb) return 34;
  if (c === 0x2013 || c === 0x2014) return 45;
  return c;
}

function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c < 128) return c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/** Shape class: X upper, x lower, d digit, the character itself otherwise. */
function shapeCode(c: number): number {
  if (c >= 65 && c <= 90) return 88;
  if (c >= 97 && c <= 122) return 120;
  if (c >= 48 && c <= 57) return 100;
  if (c < 128) return c;
  const s = String.fromCharCode(c);
  const lo = s.toLowerCase();
  const up = s.toUpperCase();
  if (lo !== up) return s === up ? 88 : 120;
  return c;
}

/**
 * shapeCode of the ASCII code units, for the loops over every character of every token. Inlined in hashTokens,
 * shapeCode's branch for other characters (it builds strings to read their case) made the optimized loop allocate
 * about a hundred bytes per token (the sampling heap profiler: 4.4 MB a pass over the bench corpus, a fifth of the
 * whole analysis's garbage); with the table the loop calls shapeCode only for the rare other characters.
 */
const ASCII_SHAPES = Int32Array.from({ length: 128 }, (_, c) => shapeCode(c));

/** FNV-1a of a word lower-cased, digits folded to 0: the key of gazetteer look-ups. */
export function lowerHash(word: string): number {
  let h = SEED;
  for (let k = 0; k < word.length; k++) {
    let c = lowerCode(normalizeCode(word.charCodeAt(k)));
    if (c >= 48 && c <= 57) c = 48;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** Per-token integer hashes, computed once per token and reused by every template. */
export interface TokenHashes {
  word: Int32Array;
  lower: Int32Array;
  shape: Int32Array;
  /** Suffixes of length 1..4 (lower-cased), 4 per token. */
  suffix: Int32Array;
  /** Prefixes of length 1..3 (lower-cased), 3 per token. */
  prefix: Int32Array;
  gaz: Uint16Array;
  /** 1 when the word starts with an upper-case letter. */
  cap: Uint8Array;
  /**
   * Letters of the word, isShouting's reading made while hashing: 0 none, 1 some lower case, 2 all upper case in
   * one character, 3 all upper case in a longer word.
   */
  letters: Uint8Array;
}

/** Gazetteer bits of a lowerHash(); the hash may come as a signed 32-bit integer (read it with `>>> 0`). */
export type GazetteerLookup = (lowerHash: number) => number;

let scratch: TokenHashes = allocHashes(0);
const lowers = new Int32Array(64);

function allocHashes(n: number): TokenHashes {
  return {
    word: new Int32Array(n),
    lower: new Int32Array(n),
    shape: new Int32Array(n),
    suffix: new Int32Array(n * 4),
    prefix: new Int32Array(n * 3),
    gaz: new Uint16Array(n),
    cap: new Uint8Array(n),
    letters: new Uint8Array(n),
  };
}

/**
 * Hashes of every token. The result lives in a scratch buffer reused by the next call (tagging runs
 * sentence after sentence), so use it before hashing another sentence.
 */
export function hashTokens(words: readonly string[], gazetteer: GazetteerLookup): TokenHashes {
  const n = words.length;
  if (scratch.cap.length < n) scratch = allocHashes(Math.max(n, 2 * scratch.cap.length, 128));
  const out = scratch;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const len = w.length;
    let hw = SEED;
    let hl = SEED;
    let hs = SEED;
    let lastShape = -1;
    let shapeRun = 0;
    let hasLetter = false;
    let allUpper = true;
    for (let k = 0; k < len; k++) {
      const c = normalizeCode(w.charCodeAt(k));
      hw = Math.imul(hw ^ c, 0x01000193);
      let lc = lowerCode(c);
      if (lc >= 48 && lc <= 57) lc = 48;
      hl = Math.imul(hl ^ lc, 0x01000193);
      if (k < 64) lowers[k] = lc;
      const sc = c < 128 ? ASCII_SHAPES[c] : shapeCode(c);
      if (sc === 88) hasLetter = true;
      else if (sc === 120) {
        hasLetter = true;
        allUpper = false;
      }
      // Collapse runs longer than two ("Xxxx" -> "Xxx") so shapes generalise across word lengths.
      if (sc === lastShape) shapeRun++;
      else shapeRun = 0;
      lastShape = sc;
      if (shapeRun < 2) hs = Math.imul(hs ^ sc, 0x01000193);
    }
    out.word[i] = hw | 0;
    out.lower[i] = hl | 0;
    out.shape[i] = hs | 0;
    const m = Math.min(len, 64);
    for (let s = 1; s <= 4; s++) {
      let h = SEED ^ s;
      if (s <= m) for (let k = m - s; k < m; k++) h = Math.imul(h ^ lowers[k], 0x01000193);
      else h = 0x7f4a7c15 ^ s;
      out.suffix[i * 4 + s - 1] = h | 0;
    }
    for (let s = 1; s <= 3; s++) {
      let h = SEED ^ (s * 131);
      if (s <= m) for (let k = 0; k < s; k++) h = Math.imul(h ^ lowers[k], 0x01000193);
      else h = 0x2c1b3c6d ^ s;
      out.prefix[i * 3 + s - 1] = h | 0;
    }
    out.letters[i] = !hasLetter ? 0 : !allUpper ? 1 : len > 1 ? 3 : 2;
    // (The signed hash: the look-up reads it unsigned itself, and a number above 2^31 passed to it is heap-allocated.)
    out.gaz[i] = gazetteer(hl | 0);
    const c0 = w.charCodeAt(0);
    out.cap[i] = (c0 < 128 ? ASCII_SHAPES[c0] : shapeCode(c0)) === 88 ? 1 : 0;
  }
  return out;
}

/** True when most letter-bearing words are upper case: headlines and datelines, where case says little. */
function isShouting(words: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const w of words) {
    let hasLetter = false;
    let allUpper = true;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      const sc = c < 128 ? ASCII_SHAPES[c] : shapeCode(c);
      if (sc === 88) hasLetter = true;
      else if (sc === 120) {
        hasLetter = true;
        allUpper = false;
      }
    }
    if (!hasLetter) continue;
    letters++;
    if (allUpper && w.length > 1) caps++;
  }
  return letters >= 2 && caps * 10 >= letters * 6;
}

/** isShouting() from the letters hashTokens() read: the same answer without reading the words again. */
function isShoutingHashed(h: TokenHashes, n: number): boolean {
  let letters = 0;
  let caps = 0;
  const l = h.letters;
  for (let i = 0; i < n; i++) {
    if (l[i] === 0) continue;
    letters++;
    if (l[i] === 3) caps++;
  }
  return letters >= 2 && caps * 10 >= letters * 6;
}

/** How far (in sentences, either side) a token looks for the other uses of its word. */
export const DOC_WINDOW = 20;
/** Other uses of a word read per token, nearest first. */
const DOC_OCCURRENCES = 4;

/** Per sentence, the raw document-feature hashes of each token: MAX_DOC_FEATURES slots, `counts[i]` used. */
export interface DocFeatures {
  feats: Int32Array;
  counts: Uint8Array;
}

function hasLetter(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const sc = shapeCode(w.charCodeAt(k));
    if (sc === 88 || sc === 120) return true;
  }
  return false;
}

/**
 * What the rest of the document says about each capitalised word (non-local features, after Ratinov & Roth
 * 2009's context aggregation): the words around its other uses within DOC_WINDOW sentences where it is written
 * capitalised inside a sentence ("President Clinton said" tells the headline's "CLINTON" and the "Clinton" at a
 * sentence start), and which ways it is written elsewhere — in lower case (an ordinary word capitalised by
 * position), in a capitals line, at a sentence start, mid-sentence — against how it is written here.
 * Sentences are the document in order; tagging an article passes all of its sentences.
 */
export function documentContext(sentences: readonly (readonly string[])[]): DocFeatures[] {
  const starts: number[] = [];
  let total = 0;
  for (const s of sentences) {
    starts.push(total);
    total += s.length;
  }
  const lower = new Int32Array(total);
  const sentOf = new Int32Array(total);
  // 0 lower case or no letter, 1 capitalised mid-sentence, 2 capitalised at a sentence start, 3 in a capitals line.
  const kind = new Uint8Array(total);
  const index = new Map<number, number[]>();
  sentences.forEach((s, si) => {
    const shout = isShouting(s);
    let first = true;
    for (let i = 0; i < s.length; i++) {
      const g = starts[si] + i;
      const w = s[i];
      sentOf[g] = si;
      const lh = lowerHash(w) | 0;
      lower[g] = lh;
      const letter = hasLetter(w);
      if (!letter) continue;
      const cap = shapeCode(w.charCodeAt(0)) === 88;
      kind[g] = !cap ? 0 : shout ? 3 : first ? 2 : 1;
      first = false;
      const list = index.get(lh);
      if (list) list.push(g);
      else index.set(lh, [g]);
    }
  });
  const out: DocFeatures[] = sentences.map((s) => ({ feats: new Int32Array(s.length * MAX_DOC_FEATURES), counts: new Uint8Array(s.length) }));
  sentences.forEach((s, si) => {
    const d = out[si];
    for (let i = 0; i < s.length; i++) {
      const g = starts[si] + i;
      if (kind[g] === 0) continue;
      const list = index.get(lower[g])!;
      // Position of g in its (ascending) list, then outwards, nearest first.
      let lo = 0;
      let hi = list.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid] < g) lo = mid + 1;
        else hi = mid;
      }
      let l = lo - 1;
      let r = lo + 1;
      let seen = 0;
      let ways = 0;
      let f = 0;
      const base = i * MAX_DOC_FEATURES;
      while (seen < DOC_OCCURRENCES) {
        const okL = l >= 0 && si - sentOf[list[l]] <= DOC_WINDOW;
        const okR = r < list.length && sentOf[list[r]] - si <= DOC_WINDOW;
        if (!okL && !okR) break;
        const o = okL && (!okR || g - list[l] <= list[r] - g) ? list[l--] : list[r++];
        seen++;
        ways |= 1 << kind[o];
        if (kind[o] !== 1) continue;
        const os = sentOf[o];
        const prev = o > starts[os] ? lower[o - 1] : BOUNDARY_BEFORE;
        const next = o + 1 < starts[os] + sentences[os].length ? lower[o + 1] : BOUNDARY_AFTER;
        d.feats[base + f++] = combine(60, prev);
        d.feats[base + f++] = combine(61, next);
      }
      d.feats[base + f++] = combine(combine(62, ways), kind[g]);
      d.counts[i] = f;
    }
  });
  return out;
}

/**
 * Fills `feats` with weight-row offsets (bucket × NUM_TAGS) for every token; `counts[i]` is the number of
 * features of token i, stored at feats[i*MAX_FEATURES ...].
 */
export function extractFeatures(
  words: readonly string[],
  h: TokenHashes,
  mask: number,
  feats: Int32Array,
  counts: Uint8Array,
  doc?: DocFeatures,
): void {
  const n = words.length;
  const shout = isShoutingHashed(h, n) ? 1 : 0;
  const lower = h.lower, shape = h.shape, word = h.word, suffix = h.suffix, prefix = h.prefix, gaz = h.gaz, caps = h.cap;
  // Every template is combine(template, value) as above, written out: the template's half is a constant
  // (K[k]) added to the value (key), then fmix and the row offset. Same numbers bit for bit.
  const K = TEMPLATE;
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    let f = base;
    const lw = lower[i];
    const sh = shape[i];
    const pl = i > 0 ? lower[i - 1] : BOUNDARY_BEFORE;
    const nl = i + 1 < n ? lower[i + 1] : BOUNDARY_AFTER;
    const pl2 = i > 1 ? lower[i - 2] : BOUNDARY_BEFORE;
    const nl2 = i + 2 < n ? lower[i + 2] : BOUNDARY_AFTER;
    const ps = i > 0 ? shape[i - 1] : BOUNDARY_BEFORE;
    const ns = i + 1 < n ? shape[i + 1] : BOUNDARY_AFTER;
    const pw = i > 0 ? word[i - 1] : BOUNDARY_BEFORE;
    const nw = i + 1 < n ? word[i + 1] : BOUNDARY_AFTER;
    feats[f++] = key(K[1], 0);
    feats[f++] = key(K[2], word[i]);
    feats[f++] = key(K[3], lw);
    feats[f++] = key(K[4], sh);
    const s4 = i * 4;
    feats[f++] = key(K[5], suffix[s4]);
    feats[f++] = key(K[6], suffix[s4 + 1]);
    feats[f++] = key(K[7], suffix[s4 + 2]);
    feats[f++] = key(K[8], suffix[s4 + 3]);
    const p3 = i * 3;
    feats[f++] = key(K[9], prefix[p3]);
    feats[f++] = key(K[10], prefix[p3 + 1]);
    feats[f++] = key(K[11], prefix[p3 + 2]);
    feats[f++] = key(K[12], pl);
    feats[f++] = key(K[13], nl);
    feats[f++] = key(K[14], pl2);
    feats[f++] = key(K[15], nl2);
    feats[f++] = key(K[16], ps);
    feats[f++] = key(K[17], ns);
    feats[f++] = key(pre(K[18], ps), sh);
    feats[f++] = key(pre(K[19], sh), ns);
    feats[f++] = key(pre(K[20], pl), lw);
    feats[f++] = key(pre(K[21], lw), nl);
    feats[f++] = key(pre(K[22], i === 0 ? 1 : 0), sh);
    feats[f++] = key(pre(K[23], shout), sh);
    feats[f++] = key(pre(K[24], shout), lw);
    feats[f++] = key(K[25], pw);
    feats[f++] = key(K[26], nw);
    feats[f++] = key(pre(K[27], pl), sh);
    feats[f++] = key(pre(K[28], sh), nl);
    // Suffix of the neighbours: "-ian", "-ese" before a noun, "Corp"/"Inc" after a name.
    feats[f++] = key(K[29], i > 0 ? suffix[(i - 1) * 4 + 2] : BOUNDARY_BEFORE);
    feats[f++] = key(K[30], i + 1 < n ? suffix[(i + 1) * 4 + 2] : BOUNDARY_AFTER);
    const g0 = gaz[i];
    const gp = i > 0 ? gaz[i - 1] : 0;
    const gn = i + 1 < n ? gaz[i + 1] : 0;
    const gn2 = i + 2 < n ? gaz[i + 2] : 0;
    if (g0 | gp | gn | gn2) {
      const cap = caps[i];
      for (let b = 0; b < GAZ_BITS; b++) {
        const bit = 1 << b;
        if (g0 & bit) {
          feats[f++] = key(pre(K[40], b), cap);
          feats[f++] = key(pre(K[41], b), sh);
        }
        if (gp & bit) feats[f++] = key(pre(K[42], b), cap);
        if (gn & bit) feats[f++] = key(pre(K[43], b), cap);
        if (gn2 & bit) feats[f++] = key(pre(K[44], b), cap);
      }
    }
    // Every template's combined value, then fmix and the row offset in one tight loop (one inlined copy of fmix,
    // not one per template).
    for (let k = base; k < f; k++) feats[k] = (fmixInt(feats[k]) & mask) * NUM_TAGS;
    if (doc) for (let k = 0; k < doc.counts[i]; k++) feats[f++] = (doc.feats[i * MAX_DOC_FEATURES + k] & mask) * NUM_TAGS;
    counts[i] = f - base;
  }
}

/** The template's half of combine(template, value), for every template number used above. */
const TEMPLATE = (() => {
  const k = new Int32Array(64);
  for (let t = 0; t < 64; t++) k[t] = Math.imul(t ^ 0x9e3779b9, 0x01000193);
  return k;
})();

/** combine(a, b) given a's half `ka` = TEMPLATE-style Math.imul(a ^ 0x9e3779b9, 0x01000193). */
function pre(ka: number, b: number): number {
  return Math.imul(fmixInt((ka + b) | 0) ^ 0x9e3779b9, 0x01000193);
}

/**
 * fmix() as a signed 32-bit integer: the same bits, for the masks and xors above, which read them as int32 anyway.
 * fmix's unsigned result is a heap-allocated number half of the time (above 2^31), once per feature of every token.
 */
function fmixInt(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** What combine(a, b) hashes, a given by its half `ka`: its row offset is (fmix(key) & mask) * NUM_TAGS. */
function key(ka: number, b: number): number {
  return (ka + b) | 0;
}


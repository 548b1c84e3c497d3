/**
 * One entity per referent: short forms join the full name they stand for.
 * People: a bare surname or given name joins the nearest preceding person with that name part (the nearest
 * following one when none precedes), so "Robert Blair" and "Bill Blair" stay two and each "Blair" goes to one.
 * Organizations: "Huawei" ↔ "Huawei Technologies" (the rest is an organization word), "CBC" ↔ "Canadian
 * Broadcasting Corp" (initials), "Department of Conservation" ↔ "New Zealand Department of Conservation".
 */
import type { Doc } from "../text/sentences";
import { lookupCountry } from "./countries";
import { headTypeOf, isOrgHead } from "./heads";
import { lowerWords } from "./docWords";
import { isPossessive, keyWord, possessiveInName, type NameSpan } from "./spans";
import { lowerTexts } from "../text/words";

export interface Group {
  type: "PER" | "ORG" | "LOC";
  spans: NameSpan[];
  /** Lower-case key tokens of the fullest form. */
  tokens: string[];
}

const FORCES = new Set(["police", "army", "navy", "military", "guard"]);
const SMALL_WORDS = new Set(["of", "the", "and", "for", "&", "in", "on", "de", "du", "la", "le", "der", "von", "al"]);

const keyCache = new WeakMap<NameSpan, string[]>();

function keyTokens(doc: Doc, s: NameSpan): string[] {
  const cached = keyCache.get(s);
  if (cached) return cached;
  const out: string[] = [];
  const lw = lowerTexts(doc);
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i];
    if (isPossessive(t) || t.kind === "punct" || t.kind === "quote") continue;
    out.push(keyWord(lw[i]));
  }
  keyCache.set(s, out);
  return out;
}

function firstCharUpper(s: string): boolean {
  const ch = s.charAt(0);
  return ch !== ch.toLowerCase();
}

/** "CBC" is the initials of "Canadian Broadcasting Corp"; "U.S." of nothing here. */
export function isAcronymOf(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/\./g, "");
  if (letters.length < 2 || letters.length > 7 || letters !== letters.toUpperCase()) return false;
  const [initials, parts, all] = initialsOf(words);
  // Hyphenated words give one initial per part ("Inspector-General"); some acronyms keep the small words:
  // "DOC" for "Department of Conservation".
  return initials === letters || parts === letters || all === letters;
}

/**
 * The three readings of a name's initials isAcronymOf compares: without small words, the same with hyphenated
 * parts apart, and with every word. Kept per words array: linking compares every short form with every long
 * name, and its surface arrays are made once per group (same answers, fewer strings).
 */
const initialsCache = new WeakMap<readonly string[], readonly [string, string, string]>();

function initialsOf(words: readonly string[]): readonly [string, string, string] {
  const hit = initialsCache.get(words);
  if (hit) return hit;
  const initial = (w: string): string => w[0].toUpperCase();
  const letterFirst = (w: string): boolean => /^[A-Za-z]/.test(w);
  const big = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const out = [
    big.filter(letterFirst).map(initial).join(""),
    big.flatMap((w) => w.split("-")).filter(letterFirst).map(initial).join(""),
    words.filter(letterFirst).map(initial).join(""),
  ] as const;
  initialsCache.set(words, out);
  return out;
}

/** First index in sorted `a` whose value is ≥ x. */
function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isSubsequence(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && short[j] === w) j++;
  return j === short.length;
}

/** An Arabic article joined to a surname ("al-Bashir", "el-Sisi"). */
const ARTICLE_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az)-(?=\p{L}{3})/u;

const GENERATION = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/** Given name … surname without middle initials and "Jr."/"III": "Patrick W. Carlineo Jr." → patrick carlineo. */
function nameCore(toks: string[]): string[] {
  const kept = toks.filter((w) => !GENERATION.has(w));
  return kept.filter((w, i) => i === 0 || i === kept.length - 1 || !/^\p{L}\.?$/u.test(w));
}

/**
 * The same person written twice: equal cores, or the same surname after a short form of the given name
 * ("Josh Apte" / "Joshua Apte", "Pat Carlineo" / "Patrick W. Carlineo Jr.").
 */
export function sameCore(a: string[], b: string[]): boolean {
  const x = nameCore(a);
  const y = nameCore(b);
  if (x.length < 2 || x.length !== y.length) return false;
  for (let i = 1; i < x.length; i++) if (x[i] !== y[i]) return false;
  const [short, long] = x[0].length <= y[0].length ? [x[0], y[0]] : [y[0], x[0]];
  return short === long || (short.length >= 3 && long.startsWith(short));
}

function linkPeople(doc: Doc, spans: NameSpan[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const multi = spans.filter((s) => keyTokens(doc, s).length > 1);
  const single = spans.filter((s) => keyTokens(doc, s).length === 1);
  // Longest forms first so "Te Kaurinui Robert Parata" exists before "Te Kaurinui Parata" looks for it. (Each
  // form's length read once, not twice per comparison.)
  const ordered = multi
    .map((s) => ({ s, n: keyTokens(doc, s).length }))
    .sort((a, b) => b.n - a.n || a.s.first - b.s.first)
    .map((x) => x.s);
  for (const s of ordered) {
    const toks = keyTokens(doc, s);
    const key = toks.join(" ");
    let g = byKey.get(key);
    if (!g) {
      // A shorter form of a longer name ("Te Kaurinui Parata" of "Te Kaurinui Robert Parata", a middle name
      // or initial dropped): the same person.
      g = groups.find((x) => (x.tokens.length > toks.length && isSubsequence(toks, x.tokens)) || sameCore(toks, x.tokens));
    }
    if (!g) {
      g = { type: "PER", spans: [], tokens: toks };
      groups.push(g);
    }
    byKey.set(key, g);
    g.spans.push(s);
  }
  // Index the full names by each of their words; starts of their full-name mentions, sorted, for the
  // nearest-mention search; the latest short mention linked so far (short mentions come in document order).
  const byWord = new Map<string, Group[]>();
  const fullStarts = new Map<Group, number[]>();
  const lastShort = new Map<Group, number>();
  for (const g of groups) {
    if (g.tokens.length < 2) continue;
    // "Omar Hassan al-Bashir" is "Mr. Bashir" too: a surname also without its Arabic article.
    const words = new Set(g.tokens);
    const last = g.tokens[g.tokens.length - 1];
    if (ARTICLE_PREFIX.test(last)) words.add(last.replace(ARTICLE_PREFIX, ""));
    for (const w of words) {
      const list = byWord.get(w) ?? [];
      list.push(g);
      byWord.set(w, list);
    }
    fullStarts.set(g, g.spans.map((m) => m.first).sort((a, b) => a - b));
  }
  single.sort((a, b) => a.first - b.first);
  for (const s of single) {
    const w = keyTokens(doc, s)[0];
    let best: Group | null = null;
    let bestScore = Infinity;
    for (const g of byWord.get(w) ?? []) {
      const surname = g.tokens[g.tokens.length - 1];
      const isSurname = surname === w || surname.replace(ARTICLE_PREFIX, "") === w;
      const isGiven = g.tokens[0] === w;
      const starts = fullStarts.get(g)!;
      const k = lowerBound(starts, s.first);
      let before = k > 0 ? s.first - starts[k - 1] : Infinity;
      const ls = lastShort.get(g);
      if (ls !== undefined) before = Math.min(before, s.first - ls);
      const after = k < starts.length ? starts[k] - s.first : Infinity;
      // Nearest preceding full name wins; a following one only when none precedes; surnames beat given names.
      const score = (before < Infinity ? before : 1e6 + after) + (isSurname ? 0 : isGiven ? 1e7 : 2e7);
      if (score < bestScore) {
        bestScore = score;
        best = g;
      }
    }
    if (best) lastShort.set(best, s.first);
    if (!best) {
      best = byKey.get(w) ?? null;
      if (!best) {
        best = { type: "PER", spans: [], tokens: [w] };
        groups.push(best);
        byKey.set(w, best);
      }
    }
    best.spans.push(s);
  }
  return mergeMaidenNames(doc, groups);
}

/** "née", "nee", "born": a married woman's former name follows. */
const MAIDEN_MARKERS = new Set(["née", "nee", "born"]);

/**
 * "Ellen Gille, née Fetter": the name after "née" is the same person's former surname, so "Ellen Fetter" (and
 * every "Fetter" linked to it) is the person named "Ellen Gille", not a second person.
 */
function mergeMaidenNames(doc: Doc, groups: Group[]): Group[] {
  const t = doc.tokens;
  const groupOf = new Map<number, Group>();
  for (const g of groups) for (const s of g.spans) groupOf.set(s.first, g);
  const merged = new Set<Group>();
  for (const g of groups) {
    if (g.tokens.length < 2 || merged.has(g)) continue;
    for (const s of g.spans) {
      let k = s.last;
      if (t[k]?.text === ",") k++;
      if (!MAIDEN_MARKERS.has(t[k]?.text.toLowerCase() ?? "")) continue;
      const former = t[k + 1];
      if (!former || former.kind !== "word" || !/^\p{Lu}\p{Ll}/u.test(former.text)) continue;
      const maiden = [...g.tokens.slice(0, -1), former.text.toLowerCase()].join(" ");
      const other = groups.find((x) => x !== g && !merged.has(x) && x.tokens.join(" ") === maiden);
      if (other) {
        g.spans.push(...other.spans);
        merged.add(other);
      }
      // The former surname written after "née" is this person too.
      const alone = groupOf.get(k + 1);
      if (alone && alone !== g && alone.tokens.length === 1 && !merged.has(alone)) {
        g.spans.push(...alone.spans);
        merged.add(alone);
      }
    }
  }
  if (!merged.size) return groups;
  for (const g of groups) g.spans.sort((a, b) => a.first - b.first);
  return groups.filter((g) => !merged.has(g));
}

function linkOrganizations(doc: Doc, spans: NameSpan[]): Group[] {
  const lw = lowerTexts(doc);
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const s of spans) {
    const toks = keyTokens(doc, s);
    if (!toks.length) continue;
    const key = toks.join(" ");
    let g = byKey.get(key);
    if (!g) {
      g = { type: "ORG", spans: [], tokens: toks };
      groups.push(g);
      byKey.set(key, g);
    }
    g.spans.push(s);
  }
  // Each group's words as written, made once (the pairwise comparisons below read them again and again).
  const surfaces = new Map<Group, string[]>();
  const surface = (g: Group): string[] => {
    const hit = surfaces.get(g);
    if (hit) return hit;
    const s = g.spans[0];
    const out: string[] = [];
    for (let i = s.first; i < s.last; i++) if (!isPossessive(doc.tokens[i])) out.push(doc.tokens[i].text);
    surfaces.set(g, out);
    return out;
  };
  // Merge each short form into the longest group it abbreviates.
  const bySize = [...groups].sort((a, b) => b.tokens.length - a.tokens.length);
  // Candidates share the first word (prefix), the last word (suffix), or the short form is an acronym.
  const byFirst = new Map<string, Group[]>();
  const byLast = new Map<string, Group[]>();
  for (const g of bySize) {
    for (const [map, w] of [[byFirst, g.tokens[0]], [byLast, g.tokens[g.tokens.length - 1]]] as const) {
      const list = map.get(w) ?? [];
      list.push(g);
      map.set(w, list);
    }
  }
  const mergedInto = new Map<Group, Group>();
  // "Edmunds" ↔ "Edmunds.com": a company's name and its web address.
  const byDomain = new Map<string, Group>();
  for (const g of groups) {
    const m = g.tokens.length === 1 ? /^(.+)\.(?:com|org|net|co\.uk|io)$/.exec(g.tokens[0]) : null;
    if (m) byDomain.set(m[1], g);
  }
  for (const short of groups) {
    const site = short.tokens.length === 1 ? byDomain.get(short.tokens[0]) : undefined;
    if (site && site !== short) {
      mergedInto.set(short, site);
      continue;
    }
    const looksAcronym = short.tokens.length === 1 && /^(?:[A-Z]\.?){2,7}$/.test(surface(short)[0]);
    const clipped = short.tokens.length === 1 && /^\p{Lu}\p{Ll}{2,4}$/u.test(surface(short)[0] ?? "");
    const candidates = looksAcronym || clipped
      ? bySize
      : [...(byFirst.get(short.tokens[0]) ?? []), ...(byLast.get(short.tokens[short.tokens.length - 1]) ?? [])].sort(
          (a, b) => b.tokens.length - a.tokens.length,
        );
    for (const long of candidates) {
      if (long === short || long.tokens.length <= short.tokens.length || mergedInto.has(long)) continue;
      const n = short.tokens.length;
      // "BART Police", "Hamas police": a body's own force is a body of its own, not its long name.
      const startsSame = short.tokens.every((w, i) => long.tokens[i] === w) && !long.tokens.slice(n).some((w) => FORCES.has(w));
      // "Huawei" ↔ "Huawei Technologies"; "Oculus" ↔ "Oculus VR", "Orbital" ↔ "Orbital ATK" (a short
      // all-caps tail), but "Yahoo" and "Yahoo Japan" are two companies.
      const prefix =
        startsSame &&
        (long.tokens.slice(n).every((w) => isOrgHead(w)) ||
          // "Roscosmos" ↔ "Roscosmos Space Agency": one descriptive word, then organization words.
          // "Yahoo" and "Yahoo Japan Corp" stay two: a country or place there names another company.
          (n === 1 &&
            long.tokens.length >= 3 &&
            long.tokens.slice(2).every((w) => isOrgHead(w)) &&
            !lookupCountry(surface(long)[1] ?? "")) ||
          (long.tokens.length === n + 1 && /^[A-Z]{2,3}$/.test(surface(long)[n] ?? "")) ||
          // "New Media" ↔ "New Media Investment Group": a name of two words or more, then a description
          // ending in an organization word.
          (n >= 2 && isOrgHead(long.tokens[long.tokens.length - 1])) ||
          // "Whole Foods" ↔ "Whole Foods Market": a name of two words or more and one capitalised word more,
          // which names no place or country ("Yahoo Japan" stays apart: one word before it).
          (n >= 2 && long.tokens.length === n + 1 && firstCharUpper(surface(long)[n] ?? "") && !lookupCountry(surface(long)[n]) && headTypeOf(long.tokens[n]) !== "LOC"));
      const endsSame = short.tokens.every((w, i) => long.tokens[long.tokens.length - n + i] === w);
      // "Department of Conservation" ↔ "New Zealand Department of Conservation"; "Congress" ↔ "US Congress".
      // "Browns" ↔ "Cleveland Browns", "Yankees" ↔ "New York Yankees": a team's plural name without its town.
      const team = n === 1 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(surface(short)[0] ?? "") && !isOrgHead(short.tokens[0]) && surface(long).every((w) => firstCharUpper(w));
      // "the Times" ↔ "The New York Times", "the Post" ↔ "The Washington Post": a body's head word alone, once the
      // article has named it in full.
      // (Only with its article: "Tribune" alone is the company, "the Chicago Tribune" its newspaper.)
      // Any last word so, when the full name is written with "the" too: "The Riverside Courier … the Courier".
      const afterThe = (sp: NameSpan) => sp.first > 0 && lw[sp.first - 1] === "the";
      const headAlone = n === 1 && (isOrgHead(short.tokens[0]) || long.spans.every(afterThe)) && short.spans.every(afterThe) &&
        long.spans[0].first < short.spans[0].first;
      const suffix =
        endsSame && (n >= 2 || team || headAlone || isCountryWords(surface(long).slice(0, surface(long).length - n)));
      const acronym = n === 1 && isAcronymOf(surface(short)[0], surface(long));
      // "the Fed" for "the Federal Reserve", when "federal" is an ordinary word of the article ("Ford" is no
      // clipping of "Fordham University").
      const clipping = clipped && isClippingOf(surface(short), surface(long)) && lowerWords(doc).has(long.tokens[0]);
      if (prefix || suffix || acronym || clipping) {
        mergedInto.set(short, long);
        break;
      }
    }
  }
  // A transposed pair of letters is a typo, not another body ("West Merica Police" for "West Mercia Police").
  for (const [, list] of byFirst) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a];
        const y = list[b];
        if (mergedInto.has(x) || mergedInto.has(y) || !isTypoOf(x.tokens, y.tokens)) continue;
        const [keep, drop] = x.spans[0].first <= y.spans[0].first ? [x, y] : [y, x];
        mergedInto.set(drop, keep);
      }
    }
  }
  const root = (g: Group): Group => {
    let r = g;
    while (mergedInto.has(r)) r = mergedInto.get(r)!;
    return r;
  };
  for (const [short] of mergedInto) {
    const r = root(short);
    r.spans.push(...short.spans);
  }
  return groups.filter((g) => !mergedInto.has(g));
}

/**
 * "the Fed" for "the Federal Reserve": a short capitalised word (3–5 letters) that is the beginning of the first
 * word of a longer name ("Fed" ↔ "Federal Reserve"; "Met" ↔ "Metropolitan Police") and no word of its own there.
 */
export function isClippingOf(short: string[], long: string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const w = short[0];
  const head = long[0];
  return /^\p{Lu}\p{Ll}{2,4}$/u.test(w) && head.length >= w.length + 3 && head.startsWith(w) && /^\p{Lu}\p{Ll}+$/u.test(head);
}

function isCountryWords(words: string[]): boolean {
  if (!words.length) return false;
  const found = lookupCountry(words.join(" "));
  return !!found && found.kind !== "capital";
}

/** Same words but one, which has two neighbouring letters swapped ("merica" / "mercia"). */
export function isTypoOf(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  const x = a[diff];
  const y = b[diff];
  if (x.length !== y.length || x.length < 5) return false;
  let k = 0;
  while (x[k] === y[k]) k++;
  return x[k] === y[k + 1] && x[k + 1] === y[k] && x.slice(k + 2) === y.slice(k + 2);
}

function linkLocations(doc: Doc, spans: NameSpan[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const s of spans) {
    const toks = keyTokens(doc, s);
    const key = toks.join(" ");
    let g = byKey.get(key);
    if (!g) {
      g = { type: "LOC", spans: [], tokens: toks };
      byKey.set(key, g);
    }
    g.spans.push(s);
  }
  // "Ninety Mile beach" (the tagger stopped before the head written in lower case) is "Ninety Mile Beach" named
  // elsewhere; "Whangārei" alone stays the town beside "Whangārei Harbour".
  for (const [key, g] of byKey) {
    const heads = new Set<string>();
    for (const s of g.spans) {
      const next = doc.tokens[s.last];
      if (next && next.kind === "word" && /^\p{Ll}+$/u.test(next.text) && headTypeOf(next.text) === "LOC") heads.add(next.text);
    }
    if (!heads.size) continue;
    const longer = [...byKey.keys()].find((k) => k.startsWith(`${key} `) && heads.has(k.slice(key.length + 1)));
    if (!longer) continue;
    byKey.get(longer)!.spans.push(...g.spans);
    byKey.delete(key);
  }
  return [...byKey.values()];
}

export function linkSpans(doc: Doc, spans: NameSpan[]): Group[] {
  const people = spans.filter((s) => s.type === "PER");
  const orgs = spans.filter((s) => s.type === "ORG");
  const locs = spans.filter((s) => s.type === "LOC");
  return [...linkPeople(doc, people), ...linkOrganizations(doc, orgs), ...linkLocations(doc, locs)];
}

/** The fullest written form: most tokens, then mixed case over all caps, then the earliest. */
export function canonicalName(doc: Doc, g: Group): string {
  let best = "";
  let bestScore = -1;
  for (const s of g.spans) {
    let a = s.first;
    let b = s.last;
    while (b > a && isPossessive(doc.tokens[b - 1]) && !possessiveInName(doc, a, b)) b--;
    if (b <= a) continue;
    const text = doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end).replace(/\s+/g, " ").replace(/\u00ad/g, "");
    const words = b - a;
    const letters = text.replace(/[^A-Za-z]/g, "");
    const acronymOnly = words === 1 && letters.length > 1 && letters === letters.toUpperCase();
    const shouting = words > 1 && letters === letters.toUpperCase();
    // Among people's forms of one length the longer spelling is the full given name ("Joshua" over "Josh").
    const spelled = g.type === "PER" ? Math.min(letters.length, 99) / 100 : 0;
    const score = words * 100 + (acronymOnly ? 0 : 50) + (shouting ? 0 : 20) + (firstCharUpper(text) ? 5 : 0) + spelled;
    if (score > bestScore) {
      bestScore = score;
      best = text;
    }
  }
  // A name written only in capitals ("OTTAWA" in a dateline) reads better in title case; acronyms stay.
  if (g.type !== "ORG" && best.length > 4 && best === best.toUpperCase() && /[A-Z]{5}/.test(best)) {
    best = best.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  }
  return best;
}


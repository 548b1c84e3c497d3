/**
 * The peer: compromise (https://github.com/spencermountain/compromise) used the way a new user would to
 * produce our contract object — `.quotations()` for direct quotes, its sentences plus a list of speech verbs
 * for indirect speech and speakers, `.people()` / `.organizations()` / `.places()` for entities, and
 * i18n-iso-countries to turn place names into countries. No tuning on the gold: only general heuristics a
 * developer would write in an afternoon, so the side-by-side figures are a fair "what you get today".
 */
import nlp from "compromise";
import countries from "i18n-iso-countries";
import enLocale from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { Analysis, Entity, EntityType, Quote, Speaker } from "../../../src/analysis/types";

countries.registerLocale(enLocale);

type View = ReturnType<typeof nlp>;

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

/** Any compromise selection (People, Sentences, Quotations…): all of them serialize the same way. */
interface Selection {
  json(options: object): unknown;
}

function matchesWithOffsets(view: Selection): OffsetJson[] {
  return view.json({ offset: true }) as OffsetJson[];
}

const EDGE_CHAR = /[\s"'“”‘’«»()[\]{},.;:!?—–-]/;

/** A compromise match cleaned to a mention of the text: edge punctuation and possessive 's trimmed. */
function toMention(text: string, m: OffsetJson): { start: number; end: number; text: string } | null {
  let start = m.offset.start;
  let end = m.offset.start + m.offset.length;
  while (start < end && EDGE_CHAR.test(text[start])) start++;
  while (end > start && EDGE_CHAR.test(text[end - 1])) end--;
  const possessive = /['’]s$/.exec(text.slice(start, end));
  if (possessive) end -= 2;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}

function countryCode(name: string): string | undefined {
  const byName = countries.getAlpha2Code(name, "en");
  if (byName) return byName;
  const upper = name.replace(/\./g, "").toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper) && countries.isValid(upper)) return countries.alpha3ToAlpha2(upper);
  return undefined;
}

/** Entities from compromise's named selections, one entity per distinct (case-folded) name. */
export function compromiseEntitiesOf(doc: View, text: string): Entity[] {
  const byKey = new Map<string, Entity>();
  const add = (type: EntityType, m: OffsetJson): void => {
    const mention = toMention(text, m);
    if (!mention) return;
    let name = mention.text;
    let code: string | undefined;
    if (type === "location") {
      code = countryCode(name);
      if (code) {
        type = "country";
        name = countries.getName(code, "en", { select: "alias" }) ?? countries.getName(code, "en") ?? name;
      }
    }
    const key = type === "country" ? `country:${code}` : `${type}:${name.toLowerCase()}`;
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: `e${byKey.size + 1}`, type, name, mentions: [] };
      if (code) entity.code = code;
      byKey.set(key, entity);
    }
    entity.mentions.push(mention);
  };
  for (const m of matchesWithOffsets(doc.people())) add("person", m);
  for (const m of matchesWithOffsets(doc.organizations())) add("organization", m);
  for (const m of matchesWithOffsets(doc.places())) add("location", m);
  return [...byKey.values()];
}

const SPEECH_VERBS = [
  "according to", "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained",
  "explains", "noted", "notes", "warned", "warns", "announced", "claimed", "claims", "insisted", "argued",
  "wrote", "writes", "asked", "replied", "accused", "accuses", "denied", "denies", "confirmed", "admitted",
];
const CUE = new RegExp(`\\b(${SPEECH_VERBS.map((v) => v.replace(/ /g, "\\s+")).join("|")})\\b`, "i");
const PRONOUN = /\b(he|she|they|it|we|i)\b/i;

interface Sentence {
  start: number;
  end: number;
  text: string;
}

function sentencesOf(doc: View, text: string): Sentence[] {
  return matchesWithOffsets(doc.sentences()).map((s) => ({
    start: s.offset.start,
    end: s.offset.start + s.offset.length,
    text: text.slice(s.offset.start, s.offset.start + s.offset.length),
  }));
}

interface PersonMention {
  entity: Entity;
  start: number;
  end: number;
}

interface CueHit {
  cue: string;
  start: number;
  end: number;
}

/** The first speech verb in text[from, to), in absolute offsets. */
function findCue(text: string, from: number, to: number): CueHit | null {
  const m = CUE.exec(text.slice(from, to));
  return m ? { cue: m[0], start: from + m.index, end: from + m.index + m[0].length } : null;
}

const PHRASE_STOP = /[,;:.!?"“”‘’«»()—–]/;
const AFTER_STOP = /\s(in|on|at|to|that|after|before|during|when|while|on|last|this|with|from)\s/i;

/**
 * The words naming the speaker at a speech verb, the way a quick heuristic reads newswire: the phrase just
 * before the verb ("two U.S. sources said"), or when nothing precedes it, the phrase just after it
 * ("…,” said the Embassy of the United States in a statement).
 */
function speakerPhrase(text: string, sentence: Sentence, hit: CueHit, blocked: (o: number) => boolean): Sentence | null {
  let a = hit.start;
  while (a > sentence.start && !PHRASE_STOP.test(text[a - 1]) && !blocked(a - 1)) a--;
  let before = text.slice(a, hit.start);
  const lead = before.length - before.trimStart().length;
  before = before.trim();
  const words = before.split(/\s+/).filter(Boolean);
  if (words.length >= 1 && words.length <= 6) return { start: a + lead, end: a + lead + before.length, text: before };
  let b = hit.end;
  while (b < sentence.end && !PHRASE_STOP.test(text[b]) && !blocked(b)) b++;
  let after = text.slice(hit.end, b);
  const stop = AFTER_STOP.exec(after);
  if (stop) after = after.slice(0, stop.index);
  const trimmedLead = after.length - after.trimStart().length;
  after = after.trim();
  const n = after.split(/\s+/).filter(Boolean).length;
  if (n >= 1 && n <= 8) return { start: hit.end + trimmedLead, end: hit.end + trimmedLead + after.length, text: after };
  return null;
}

const ANONYMOUS = /\b(source|sources|official|officials|spokes(wo)?man|spokesperson|aide|aides|analysts?|experts?|people)\b/i;

/** The speaker for a speech verb: a person named in the phrase, a pronoun resolved backwards, or the phrase. */
function speakerFor(
  text: string,
  sentence: Sentence,
  hit: CueHit | null,
  blocked: (o: number) => boolean,
  people: readonly PersonMention[],
): Speaker {
  const none: Speaker = { name: "", type: "unknown", entity: null, mention: "", role: "" };
  const phrase = hit ? speakerPhrase(text, sentence, hit, blocked) : null;
  if (!phrase) {
    // No verb to anchor on: the first person named outside the quote, if any.
    const p = people.find((m) => m.start >= sentence.start && m.end <= sentence.end && !blocked(m.start));
    return p ? { name: p.entity.name, type: "person", entity: p.entity.id, mention: p.entity.name, role: "" } : none;
  }
  const named = people.find((m) => m.start < phrase.end && m.end > phrase.start);
  if (named) {
    return { name: named.entity.name, type: "person", entity: named.entity.id, mention: phrase.text, role: "" };
  }
  if (PRONOUN.test(phrase.text) && phrase.text.split(/\s+/).length === 1) {
    const before = people.filter((m) => m.end <= phrase.start).at(-1);
    return before
      ? { name: before.entity.name, type: "person", entity: before.entity.id, mention: phrase.text, role: "" }
      : { ...none, mention: phrase.text };
  }
  return { name: "", type: ANONYMOUS.test(phrase.text) ? "anonymous" : "unknown", entity: null, mention: phrase.text, role: "" };
}

const OPEN_CLOSE = /^["'“”‘’«»]+|["'“”‘’«»,.]+$/g;

export function compromiseQuotesOf(doc: View, text: string, entities: readonly Entity[]): Quote[] {
  const people = entities
    .filter((e) => e.type === "person")
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const sentences = sentencesOf(doc, text);
  const quotes: Quote[] = [];
  const quoted: { start: number; end: number }[] = [];

  for (const q of matchesWithOffsets(doc.quotations())) {
    const raw = text.slice(q.offset.start, q.offset.start + q.offset.length);
    const inner = raw.replace(OPEN_CLOSE, "");
    if (!inner.trim()) continue;
    const start = q.offset.start + raw.indexOf(inner);
    const end = start + inner.length;
    quoted.push({ start: q.offset.start, end: q.offset.start + q.offset.length });
    const sentence = sentences.find((s) => s.start <= start && start < s.end) ?? { start, end, text: inner };
    const outside = (o: number): boolean => o < q.offset.start || o >= q.offset.start + q.offset.length;
    // The verb after the quote ("…,” she said) is the usual pattern; else one before it.
    const hit =
      findCue(text, q.offset.start + q.offset.length, sentence.end) ?? findCue(text, sentence.start, q.offset.start);
    const blocked = (o: number): boolean => !outside(o);
    quotes.push({ kind: "direct", text: inner, start, end, cue: hit?.cue ?? "", speaker: speakerFor(text, sentence, hit, blocked, people) });
  }

  // Indirect speech: a sentence with a speech verb and no quotation; the reported clause is what follows
  // the verb ("X said that …") or, when the verb closes the sentence ("…, X said."), what precedes it.
  for (const s of sentences) {
    if (quoted.some((q) => q.start < s.end && q.end > s.start)) continue;
    const cue = CUE.exec(s.text);
    if (!cue) continue;
    const after = s.text.slice(cue.index + cue[0].length).replace(/^\s*(that\b)?\s*/i, "");
    const before = s.text.slice(0, cue.index);
    const trailing = after.replace(/[.!?\s]+$/, "").split(/\s+/).length <= 3;
    let clause = trailing ? before.replace(/,?\s*[^,]*$/, "") : after.replace(/[.!?\s]+$/, "");
    clause = clause.trim();
    if (clause.split(/\s+/).length < 3) continue;
    const start = s.start + s.text.indexOf(clause);
    quotes.push({
      kind: "indirect",
      text: clause,
      start,
      end: start + clause.length,
      cue: cue[0],
      speaker: speakerFor(text, s, { cue: cue[0], start: s.start + cue.index, end: s.start + cue.index + cue[0].length }, () => false, people),
    });
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** The whole contract object from compromise. */
export function compromiseAnalyze(input: { title?: string; text: string }): Analysis {
  const doc = nlp(input.text);
  const entities = compromiseEntitiesOf(doc, input.text);
  const quotes = compromiseQuotesOf(doc, input.text, entities);
  return { title: input.title ?? "", text: input.text, quotes, entities };
}

/** Parses a text with compromise; the bench times this apart from the selections that follow. */
export function compromiseParse(text: string): View {
  return nlp(text);
}

const NER_SELECTIONS: [string, (d: View) => Selection][] = [
  ["PER", (d) => d.people()],
  ["ORG", (d) => d.organizations()],
  ["LOC", (d) => d.places()],
];

/**
 * IOB2 tags for pre-tokenized sentences, by joining each sentence's words with spaces, letting compromise
 * find people / organizations / places, and mapping each match back onto the words it covers. Sentences
 * are parsed in batches (blank-line separated) because one parse per sentence costs several times more.
 */
export function compromiseTagSentences(sentences: readonly (readonly string[])[], batch = 64): string[][] {
  const out: string[][] = sentences.map((w) => w.map(() => "O"));
  for (let b = 0; b < sentences.length; b += batch) {
    const chunk = sentences.slice(b, b + batch);
    const wordAt: { sentence: number; word: number; start: number; end: number }[] = [];
    let text = "";
    chunk.forEach((words, si) => {
      if (si > 0) text += "\n\n";
      words.forEach((w, wi) => {
        if (wi > 0) text += " ";
        wordAt.push({ sentence: b + si, word: wi, start: text.length, end: text.length + w.length });
        text += w;
      });
    });
    const doc = nlp(text);
    for (const [type, select] of NER_SELECTIONS) {
      for (const m of matchesWithOffsets(select(doc))) {
        const mention = toMention(text, m);
        if (!mention) continue;
        const covered = wordAt.filter((w) => w.start < mention.end && w.end > mention.start);
        if (covered.length === 0) continue;
        const tags = out[covered[0].sentence];
        const inOneSentence = covered.filter((w) => w.sentence === covered[0].sentence);
        // First selection to claim a word keeps it (people before organizations before places).
        if (inOneSentence.some((w) => tags[w.word] !== "O")) continue;
        inOneSentence.forEach((w, i) => (tags[w.word] = `${i === 0 ? "B" : "I"}-${type}`));
      }
    }
  }
  return out;
}

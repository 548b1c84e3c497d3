/**
 * Coreference for speakers: pronouns ("he said"), relative pronouns ("the source, who said"), bare role nouns
 * ("the president said") and possessors ("his spokesman"). Looks back a bounded number of sentences, so the
 * cost per cue is constant.
 */
import { nounPhraseEndingAt, nounPhraseIn, POS_INDEX } from "../syntax";
import type { Speaker, SpeakerType } from "../types";
import type { QuoteContext } from "./context";
import { ParagraphKind } from "./notSpeech";
import { rankAntecedent } from "./antecedents";
import { datelineEnd } from "./dateline";
import { ANONYMOUS_NOUNS, DETERMINERS, FEMALE_NOUNS, MALE_NOUNS, ORG_NOUNS } from "./lexicon";
import { isPersonHead } from "./personDescriptions";

export interface Resolved {
  speaker: Speaker;
  /** Index into the cast's people, -1 when the speaker is not a known person. */
  person: number;
}

export interface CorefState {
  /** The speaker attributed in a sentence (by sentence index), so "he said" can follow the previous quote's speaker. */
  speakerOfSentence: Map<number, Resolved>;
  /** The last speaker resolved, in reading order: "the statement said" after "X said in a statement". */
  last: Resolved | null;
  /**
   * Speakers the entity pass did not know, by the last word of their name ("said Al From" → "from"), so a later
   * "From said" is the same person and not a word of the sentence.
   */
  unlistedBySurname: Map<string, Resolved>;
}

const LOOKBACK_SENTENCES = 6;

export function personSpeaker(ctx: QuoteContext, p: number, mention: string, role: string): Resolved {
  const person = ctx.cast.people[p];
  return {
    speaker: { name: person.name, type: "person", entity: person.entity, mention, role: role || person.roles[0] || "" },
    person: p,
  };
}

export function plainSpeaker(name: string, type: SpeakerType, mention: string, role = "", entity: string | null = null): Resolved {
  return { speaker: { name, type, entity, mention, role }, person: -1 };
}

export function withMention(r: Resolved, mention: string): Resolved {
  return { speaker: { ...r.speaker, mention }, person: r.person };
}

/** he / she / they / it / who → the referent, looking back from token `at`. */
export function resolvePronoun(ctx: QuoteContext, state: CorefState, pronoun: string, at: number): Resolved | null {
  return resolvePronounAt(ctx, pronoun, at, 0, state);
}

const EMPTY_STATE: CorefState = { speakerOfSentence: new Map(), last: null, unlistedBySurname: new Map() };

function resolvePronounAt(ctx: QuoteContext, pronoun: string, at: number, depth: number, state: CorefState = EMPTY_STATE): Resolved | null {
  const sent = ctx.sentOf[at];
  if (sent < 0) return null;
  const wantPerson = pronoun === "he" || pronoun === "she" || pronoun === "his" || pronoun === "her" || pronoun === "him";
  const gender = pronoun === "she" || pronoun === "her" ? 2 : pronoun === "he" || pronoun === "his" || pronoun === "him" ? 1 : 0;
  const wantOrg = pronoun === "it" || pronoun === "its";
  // "…, opposition leader Morgan Tsvangirai … returned, his spokesman said": a possessive usually points to
  // the nearest person before it in its own sentence.
  if (pronoun === "his" || pronoun === "her") {
    const own = nearestPersonBefore(ctx, sent, at, gender);
    if (own) return own;
  }
  // A personal pronoun: the best-ranked person named or speaking nearby (antecedents.ts).
  if (wantPerson && depth === 0) {
    const p = rankAntecedent(ctx, state, at, gender);
    if (p >= 0) {
      return personSpeaker(ctx, p, "", "");
    }
  }
  for (let s = sent, seen = 0; s >= 0 && seen <= LOOKBACK_SENTENCES; s--, seen++) {
    const para = ctx.doc.sentences[s].paragraph;
    if (s !== sent && ctx.paraKind[para] === ParagraphKind.Furniture) continue;
    const said = state.speakerOfSentence.get(s);
    // (An attribution that found nobody, "" of type unknown, is no referent: look at the sentence itself.)
    if (s !== sent && said && (said.speaker.name !== "" || said.speaker.type === "person")) {
      if (wantPerson && said.person >= 0 && genderFits(ctx, said.person, gender)) return said;
      // "The coach insisted …. “…,” he said": an unnamed person who spoke just before.
      if (wantPerson && said.person < 0 && said.speaker.type === "person" && said.speaker.name !== "") return said;
      if (wantOrg && said.speaker.type === "organization") return said;
      if (!wantPerson && !wantOrg && said.speaker.type !== "person") return said;
    }
    const limit = s === sent ? at : ctx.doc.sentences[s].endToken;
    // "The letter also accuses …. It also accused …", "Wilcox and Beruff argued …. …, they said": "it" and
    // "they" take up the subject of an earlier sentence's main clause when it fits, before any name in it.
    // (Not in the pronoun's own sentence, whose subject may be a reported clause's: "[State departments can do
    // that], they said".)
    if (s !== sent && !wantPerson && sent - s <= SUBJECT_REACH) {
      const subject = subjectReferent(ctx, state, s, wantOrg, depth);
      if (subject) return subject;
    }
    const found = subjectInSentence(ctx, s, limit, wantPerson, wantOrg, gender, s === sent, depth);
    if (found) return found;
  }
  return null;
}

function nearestPersonBefore(ctx: QuoteContext, s: number, at: number, gender: number): Resolved | null {
  const first = ctx.doc.sentences[s].firstToken;
  const { mentions, mentionAt } = ctx.cast;
  for (let t = at - 1; t >= first; t--) {
    const mi = mentionAt[t];
    if (mi < 0 || ctx.inQuote[t]) continue;
    const m = mentions[mi];
    t = m.roleStartTok;
    if (m.kind === "person" && m.person >= 0 && !m.possessive && genderFits(ctx, m.person, gender)) return personSpeaker(ctx, m.person, "", "");
  }
  return null;
}

function genderFits(ctx: QuoteContext, p: number, gender: number): boolean {
  const g = ctx.cast.people[p].gender;
  return gender === 0 || g === 0 || g === gender;
}

/**
 * The sentence's subject-like referent: its first name mention outside quotes that is not a possessive or a
 * modifier, or a sentence-initial noun phrase headed by an organization, role or group noun.
 */
function firstWordOutsideQuotes(ctx: QuoteContext, from: number, to: number): number {
  for (let t = from; t < to && t < from + 3; t++) if (!ctx.inQuote[t] && ctx.doc.tokens[t].kind === "word") return t;
  return -1;
}

function subjectInSentence(
  ctx: QuoteContext, s: number, limit: number, wantPerson: boolean, wantOrg: boolean, gender: number, current: boolean, depth: number,
): Resolved | null {
  const sent = ctx.doc.sentences[s];
  const { mentions, mentionAt } = ctx.cast;
  // In the pronoun's own sentence only a subject at the very start counts ("Obama, asked about it, said he …").
  const end = current ? Math.min(limit, sent.firstToken + 4) : limit;
  // "She remembered the seagull. “…,” she said.": a sentence led by the same pronoun passes it on.
  if (!current && wantPerson && depth < 3) {
    const first = firstWordOutsideQuotes(ctx, sent.firstToken, sent.endToken);
    const w = first >= 0 ? ctx.lower[first] : "";
    if ((gender === 2 && w === "she") || (gender === 1 && w === "he")) {
      const chained = resolvePronounAt(ctx, w, first, depth + 1);
      if (chained) return chained;
    }
  }
  for (let t = sent.firstToken; t < end; t++) {
    if (ctx.inQuote[t]) continue;
    const mi = mentionAt[t];
    if (mi >= 0) {
      const m = mentions[mi];
      t = m.endTok - 1;
      if (m.possessive || m.modifier || m.inQuote) continue;
      if (wantPerson && m.kind === "person" && m.person >= 0 && genderFits(ctx, m.person, gender)) {
        return personSpeaker(ctx, m.person, "", "");
      }
      if (wantOrg && m.kind === "organization") return plainSpeaker(m.canonical, "organization", "", "", m.entity);
      if (!wantPerson && !wantOrg && m.kind === "organization") return plainSpeaker(m.canonical, "organization", "", "", m.entity);
      continue;
    }
    const w = ctx.lower[t];
    if (t - sent.firstToken <= 4 && !DETERMINERS.has(w) && ctx.doc.tokens[t].kind === "word") {
      // A lower-case head noun near the start: "The Russian space agency would …", "The president said …"
      const next = t + 1 < sent.endToken ? ctx.lower[t + 1] : "";
      if (next !== "of" && (t + 1 >= sent.endToken || ctx.doc.tokens[t + 1].kind !== "word" || isVerbish(next))) {
        if (wantOrg && ORG_NOUNS.has(w)) return plainSpeaker(textFromStart(ctx, sent.firstToken, t + 1), "organization", "");
        if (wantPerson) {
          const p = resolveRoleNoun(ctx, w, t);
          if (p >= 0 && genderFits(ctx, p, gender)) return personSpeaker(ctx, p, "", "");
          if ((gender === 2 && FEMALE_NOUNS.has(w)) || (gender === 1 && MALE_NOUNS.has(w))) continue;
        }
        if (!wantPerson && !wantOrg && (ANONYMOUS_NOUNS.has(w) || ORG_NOUNS.has(w))) {
          return plainSpeaker(textFromStart(ctx, sent.firstToken, t + 1), ORG_NOUNS.has(w) ? "organization" : "anonymous", "");
        }
      }
    }
  }
  return null;
}

const VERBISH = new Set([
  "said", "says", "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "may",
  "might", "should", "must", "did", "does", "also", "told", "added", "warned", "announced", "confirmed", "insisted",
]);

function isVerbish(w: string): boolean {
  return VERBISH.has(w) || w.endsWith("ed");
}

/** The noun phrase that ends at the head word b - 1 (not the sentence's opening words: "But among participants"). */
function textFromStart(ctx: QuoteContext, a: number, b: number): string {
  const np = nounPhraseEndingAt(ctx.np, a, b);
  let s = np ? np.a : b - 1;
  while (s < b - 1 && DETERMINERS.has(ctx.lower[s])) s++;
  // ("Many of the people interviewed": the part the phrase names starts before its "of".)
  if (ctx.lower[s] === "of" && s > a) s--;
  return ctx.doc.text.slice(ctx.doc.tokens[s].start, ctx.doc.tokens[b - 1].end);
}

/**
 * A bare role noun ("the president", "the minister") → the person the article gave that role, preferring the
 * one with the most mentions. Returns -1 when no person has such a role.
 */
export function resolveRoleNoun(ctx: QuoteContext, noun: string, _at: number): number {
  let index = roleIndexes.get(ctx);
  if (!index) {
    index = new Map<string, number>();
    const people = ctx.cast.people;
    for (let p = 0; p < people.length; p++) {
      for (const r of people[p].roles) {
        for (const word of r.toLowerCase().split(" ")) {
          const prev = index.get(word);
          if (prev === undefined || people[prev].mentions < people[p].mentions) index.set(word, p);
        }
      }
    }
    roleIndexes.set(ctx, index);
  }
  return index.get(noun) ?? -1;
}

// Roles can be added while speakers are resolved; the index is built once per document on first use.
const roleIndexes = new WeakMap<QuoteContext, Map<string, number>>();

/** Type of an unnamed noun phrase from its head noun. */
export function typeOfHead(head: string): SpeakerType | null {
  if (ANONYMOUS_NOUNS.has(head)) return "anonymous";
  if (ORG_NOUNS.has(head)) return "organization";
  return null;
}

/** Words that open a sentence with a phrase or clause before its main clause, which then starts after a comma. */
const PHRASE_OPENERS = new Set<number>([POS_INDEX.ADP, POS_INDEX.WH, POS_INDEX.VGER, POS_INDEX.VPART, POS_INDEX.TO]);
/** Words that join the sentence to the one before and may be dropped from its start ("But", "Meanwhile,", "Still"). */
const LINKING_OPENERS = new Set<number>([POS_INDEX.CONJ, POS_INDEX.ADV]);

/**
 * The subject of sentence `s`'s main clause, as tokens [a, b), read from the part-of-speech tags: the noun phrase
 * before the first finite verb outside quotes, after an opening phrase ("In a blog post on Friday, Twitter said")
 * or a linking word ("But the group said"). Null when the sentence opens with a quotation, has no finite verb, or
 * what stands before it is no noun phrase.
 */
export function mainSubject(ctx: QuoteContext, s: number): { a: number; b: number } | null {
  const sentence = ctx.doc.sentences[s];
  const end = sentence.endToken;
  const { pos, inQuote } = ctx;
  let a = datelineEnd(ctx, sentence.firstToken, end);
  if (a >= end || inQuote[a] || ctx.spanAt[a] >= 0 || ctx.doc.tokens[a].kind !== "word") return null;
  if (ctx.cast.mentionAt[a] < 0 && LINKING_OPENERS.has(pos[a]) && a + 1 < end) {
    a++;
    if (ctx.lower[a] === ",") a++;
  }
  if (a >= end) return null;
  if (ctx.cast.mentionAt[a] < 0 && PHRASE_OPENERS.has(pos[a])) {
    let comma = a + 1;
    while (comma < end && !(ctx.lower[comma] === "," && !inQuote[comma])) {
      if (inQuote[comma]) return null;
      comma++;
    }
    a = comma + 1;
  }
  let v = a;
  while (v < end && !(pos[v] === POS_INDEX.VFIN && ctx.cast.mentionAt[v] < 0)) {
    if (inQuote[v] || ctx.spanAt[v] >= 0) return null;
    v++;
  }
  if (v >= end || v === a) return null;
  // ("Trump's campaign immediately backtracked": an adverb before the verb is no part of the subject.)
  let b = v;
  while (b - 1 > a && pos[b - 1] === POS_INDEX.ADV && ctx.cast.mentionAt[b - 1] < 0) b--;
  return nounPhraseIn(ctx.np, a, b);
}

/** How many sentences back "it"/"they" may find a subject: the nearest ones only, where the topic still holds. */
const SUBJECT_REACH = 2;

/**
 * What "it" (wantOrg) or "they" refers to when sentence `s`, before the pronoun's own, has a main-clause subject
 * that fits the pronoun: an organization's name ("Twitter said … It added"); for "it", a singular noun that is no
 * person ("The letter also accuses … It also accused"); for "they", people joined by "and" ("Wilcox and Beruff
 * argued … they said"), an organization, or a plural noun ("Mexican officials conducted … they said"). A subject
 * that is the same pronoun passes on what it refers to. Null when the subject does not fit (a person for "it").
 */
function subjectReferent(ctx: QuoteContext, state: CorefState, s: number, wantOrg: boolean, depth: number): Resolved | null {
  const np = mainSubject(ctx, s);
  if (!np) return null;
  const { mentions, mentionAt, people } = ctx.cast;
  const { lower, pos } = ctx;
  const pronoun = wantOrg ? "it" : "they";
  if (np.b - np.a === 1 && lower[np.a] === pronoun) {
    return depth < 3 ? resolvePronounAt(ctx, pronoun, np.a, depth + 1, state) : null;
  }
  // The head: the last word before a preposition, relative or comma, outside names.
  let h = np.a;
  const names: number[] = [];
  let joined = false;
  let other = false;
  for (let t = np.a; t < np.b; t++) {
    const mi = mentionAt[t];
    if (mi >= 0) {
      const m = mentions[mi];
      t = m.endTok - 1;
      h = t + 1;
      if (m.possessive || m.modifier) continue;
      names.push(mi);
      continue;
    }
    const w = lower[t];
    if (w === "and") {
      joined = names.length > 0;
      continue;
    }
    if (w === "," || pos[t] === POS_INDEX.ADP || pos[t] === POS_INDEX.TO || pos[t] === POS_INDEX.WH) break;
    if (pos[t] === POS_INDEX.NOUN || pos[t] === POS_INDEX.PRON) other = true;
    h = t + 1;
  }
  const headTok = h - 1;
  const headMention = mentionAt[headTok] >= 0 ? mentions[mentionAt[headTok]] : null;
  if (headMention && !headMention.possessive && !headMention.modifier) {
    if (headMention.kind === "organization") return plainSpeaker(headMention.canonical, "organization", "", "", headMention.entity);
    // "Wilcox and Beruff": two or more people, for "they".
    if (!wantOrg && joined && !other && names.length > 1 && names.every((mi) => mentions[mi].kind === "person" && mentions[mi].person >= 0)) {
      const joint = names.map((mi) => people[mentions[mi].person].name).join(" and ");
      return plainSpeaker(joint, "person", "");
    }
    return null;
  }
  if (headTok < np.a || pos[headTok] !== POS_INDEX.NOUN || lower[headTok] !== ctx.doc.tokens[headTok].text) return null;
  const head = lower[headTok];
  const plural = head.endsWith("s") && !head.endsWith("ss");
  if (plural === wantOrg) return null;
  // "it" is no person ("the spokesman" is "he"); "they" are people or bodies, not "the results".
  if (wantOrg ? isPersonHead(head) || ANONYMOUS_NOUNS.has(head) : !(ANONYMOUS_NOUNS.has(head) || ORG_NOUNS.has(head) || AGENT_PLURAL.test(head))) return null;
  let first = np.a;
  while (first < headTok && DETERMINERS.has(lower[first])) first++;
  const text = ctx.doc.text.slice(ctx.doc.tokens[first].start, ctx.doc.tokens[headTok].end);
  return plainSpeaker(text, ORG_NOUNS.has(head) ? "organization" : "anonymous", "");
}

/** A plural noun for people by what they do ("officials", "economists", "protesters", "members"). */
const AGENT_PLURAL = /(?:ers|ors|ists|ians|ants|ents|ees|als|ives|crats|cans|ans)$/;

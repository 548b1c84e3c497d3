/**
 * Coreference for speakers: pronouns ("he said"), relative pronouns ("the source, who said"), bare role nouns
 * ("the president said") and possessors ("his spokesman"). Looks back a bounded number of sentences, so the
 * cost per cue is constant.
 */
import { nounPhraseEndingAt } from "../syntax";
import type { Speaker, SpeakerType } from "../types";
import type { QuoteContext } from "./context";
import { ParagraphKind } from "./notSpeech";
import { rankAntecedent } from "./antecedents";
import { ANONYMOUS_NOUNS, DETERMINERS, FEMALE_NOUNS, MALE_NOUNS, ORG_NOUNS } from "./lexicon";

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
    if (s !== sent && said) {
      if (wantPerson && said.person >= 0 && genderFits(ctx, said.person, gender)) return said;
      // "The coach insisted …. “…,” he said": an unnamed person who spoke just before.
      if (wantPerson && said.person < 0 && said.speaker.type === "person" && said.speaker.name !== "") return said;
      if (wantOrg && said.speaker.type === "organization") return said;
      if (!wantPerson && !wantOrg && said.speaker.type !== "person") return said;
    }
    const limit = s === sent ? at : ctx.doc.sentences[s].endToken;
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

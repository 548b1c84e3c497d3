/**
 * Names the quote engine can attribute to: people, organizations and places, found from capitalised runs
 * (so the engine is useful on its own) and upgraded with the entity engine's mentions when it provides them.
 * Also keeps the article's cast of people: fullest names, roles, surnames and first names for coreference.
 */
import type { Doc } from "../text/sentences";
import { isUpperInitial } from "../text/tokens";
import type { Entity } from "../types";
import { POS_INDEX } from "../syntax";
import { inHeading } from "../entities/headings";
import {
  ANONYMOUS_NOUNS, CALENDAR, COMMON_CAPITALISED, FEMALE_NAMES, KIN_NOUNS, MALE_NAMES, ORG_NOUNS, FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, NAME_CONNECTORS, NAME_PARTICLES, ORG_WORDS, PLACES, SURNAME_PARTICLES,
  ROLE_HEADS,
} from "./lexicon";

export type NameKind = "person" | "organization" | "place" | "role" | "unknown";

export interface NameMention {
  /** Tokens of the name itself, without a title in front. */
  startTok: number;
  endTok: number;
  /** First token of the title in front ("Public Safety Minister"), equal to startTok when none. */
  roleStartTok: number;
  kind: NameKind;
  /** Index into `Cast.people` for people, -1 otherwise. */
  person: number;
  entity: string | null;
  /** Organizations and places: the name to show. */
  canonical: string;
  /** Followed by ’s. */
  possessive: boolean;
  /** Used as a modifier of a lower-case noun ("the Trump administration"), so not the subject itself. */
  modifier: boolean;
  inQuote: boolean;
}

export interface Person {
  name: string;
  tokens: string[];
  roles: string[];
  /** 0 unknown, 1 male, 2 female. */
  gender: number;
  entity: string | null;
  firstTok: number;
  mentions: number;
  /** Every written form of the full name with how often it ends in each last word, to pick the display name. */
  forms: Map<string, number>;
  lastWords: Map<string, number>;
  /** The first name alone is used for this person ("says Te Kaurinui"), so a bare surname more likely means another. */
  firstNameAlone: boolean;
}

/** People by each word of their name, so short forms find their candidates without scanning everyone. */
type PeopleIndex = Map<string, number[]>;

export interface Cast {
  mentions: NameMention[];
  /** Token index → index of the mention covering it (name or title part), -1 when none. */
  mentionAt: Int32Array;
  people: Person[];
  index: PeopleIndex;
}

const MODIFIED_NOUNS = new Set([
  "press", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "secretary", "chief", "director",
  "minister", "correspondent", "editor", "analyst", "adviser", "advisor", "lawyer", "source", "sources", "aide",
  "administration", "government", "campaign", "family", "team", "camp", "aides", "era", "presidency", "foundation",
  "organization", "organisation", "supporters", "allies", "voters", "case", "trial", "plan", "deal", "policy",
]);

/** Word classes a name is never read as: the tagger's call on a word capitalised only because it opens a sentence. */
const NEVER_NAMES = new Set<number>([
  POS_INDEX.ADV, POS_INDEX.DET, POS_INDEX.ADP, POS_INDEX.CONJ, POS_INDEX.PRON, POS_INDEX.POSS, POS_INDEX.WH, POS_INDEX.TO,
  POS_INDEX.VFIN, POS_INDEX.VBASE, POS_INDEX.VGER,
]);

/**
 * "Virtually all analysts say", "Maybe Trump will …": a capitalised word opening a sentence (after an opening
 * mark or bracket too) that the entity pass did not find and the tagger reads as no noun is an ordinary word,
 * whatever it is, alone or before a name that starts after it. The word lists (COMMON_CAPITALISED) cannot hold
 * every adverb.
 */
function isCapitalisedOpener(
  doc: Doc, pos: Uint8Array, entityAt: Map<number, { entity: Entity; end: number }>, namesInside: ReadonlySet<string>,
  nameStarts: ReadonlySet<string>, first: number, t: number,
): boolean {
  const { tokens } = doc;
  let k = first;
  while (k < t && tokens[k].kind !== "word") k++;
  if (k !== t || !NEVER_NAMES.has(pos[t]) || entityAt.has(tokens[t].start) || isAllCaps(tokens[t].text)) return false;
  // ("Patch, a former party official, said": a surname the article writes inside a sentence too is a name.)
  if (namesInside.has(tokens[t].text)) return false;
  if (t + 1 >= tokens.length) return true;
  // ("Maybe Trump will …": before a name the entity pass found starting right after it, the word is no part of it.)
  // (Or one that starts a name the entity pass found elsewhere: "Maybe Blake …", then "Blake said".)
  if (tokens[t + 1].kind === "word" && isNameWord(tokens[t + 1].text)) return entityAt.has(tokens[t + 1].start) || nameStarts.has(tokens[t + 1].text);
  // ("Associates say": a word right before a finite verb is its subject, whatever the tagger made of it.)
  return pos[t + 1] !== POS_INDEX.VFIN;
}

function isTermAcronym(tokens: Doc["tokens"], t: number): boolean {
  if (t < 2 || t + 1 >= tokens.length || tokens[t - 1].text !== "(" || tokens[t + 1].text !== ")" || !isAllCaps(tokens[t].text)) return false;
  const before = tokens[t - 2];
  return before.kind === "word" && before.text === before.text.toLowerCase();
}

/** Capitalised words the article writes inside a sentence (after its first word): the words that can be names. */
function capitalisedInside(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) {
    for (let t = s.firstToken + 1; t < s.endToken; t++) {
      const tok = doc.tokens[t];
      if (tok.kind === "word" && doc.tokens[t - 1].kind === "word" && isNameWord(tok.text)) out.add(tok.text);
    }
  }
  return out;
}

function isNameWord(text: string): boolean {
  // "al-Assad", "el-Sisi", "bin-Talal": a particle joined to a capitalised surname by a hyphen.
  const hyphen = text.indexOf("-");
  if (hyphen > 0 && NAME_PARTICLES.has(text.slice(0, hyphen)) && isUpperInitial(text.slice(hyphen + 1))) return true;
  if (!isUpperInitial(text)) return false;
  // "Qaeda-linked", "Texas-based", "Saudi-led": a name joined to a participle modifies the noun after it.
  if (hyphen > 0 && /-[a-z]+ed$/.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
  }
  return true;
}

/** "We’re", "Aren’t", "It’ll": capitalised only because they start a sentence. */
function isContraction(text: string): boolean {
  const k = Math.max(text.indexOf("'"), text.indexOf("\u2019"));
  if (k <= 1) return false; // O’Brien, D’Souza
  const rest = text.slice(k + 1);
  return rest === "re" || rest === "ll" || rest === "ve" || rest === "t" || rest === "d" || rest === "m" || rest === "s";
}

export function isAllCaps(text: string): boolean {
  if (text.length < 2) return false;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const ch = text[i];
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters >= 2;
}

export function buildCast(doc: Doc, lower: readonly string[], inQuote: Uint8Array, entities: readonly Entity[], pos: Uint8Array): Cast {
  const { tokens, sentences } = doc;
  const mentions: NameMention[] = [];
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  const people: Person[] = [];
  const index: PeopleIndex = new Map();
  const surnames = personSurnames(entities);
  const entityAt = indexEntities(entities, surnames);
  const loneTitles: { t: number; sentEnd: number }[] = [];
  const namesInside = capitalisedInside(doc);
  const nameStarts = new Set<string>();
  for (const e of entities) for (const m of e.mentions) nameStarts.add(firstWordOf(m.text));

  for (const s of sentences) {
    // A headline capitalises every word ("Tim Allen Just Got Asked About …"): there only the names the entity
    // pass kept (it reads headings as headings) are names, each as long as it found it.
    const heading = inHeading(doc, s.firstToken);
    let t = s.firstToken;
    while (t < s.endToken) {
      const tok = tokens[t];
      if (heading) {
        const ent = entityAt.get(tok.start);
        if (!ent) {
          t++;
          continue;
        }
        let j = t + 1;
        while (j < s.endToken && tokens[j].start < ent.end) j++;
        addRun(doc, lower, inQuote, t, j, s.endToken, mentions, entityAt, surnames);
        t = j;
        continue;
      }
      // "a gas chromatograph (GC)", "central business district (CBD)": an acronym in brackets after words in lower
      // case abbreviates a term, not a name.
      if (isTermAcronym(tokens, t)) {
        t++;
        continue;
      }
      const groupAtStart = t === s.firstToken && (ANONYMOUS_NOUNS.has(lower[t]) || ORG_NOUNS.has(lower[t])) && !(t + 1 < s.endToken && isNameWord(tokens[t + 1].text));
      if (tok.kind !== "word" || !isNameWord(tok.text) || isContraction(tok.text) || (COMMON_CAPITALISED.has(lower[t]) && !isAllCaps(tok.text)) || CALENDAR.has(lower[t]) || groupAtStart || isCapitalisedOpener(doc, pos, entityAt, namesInside, nameStarts, s.firstToken, t)) {
        t++;
        continue;
      }
      // "Enter Stuart R. Kaplan, a graduate …": a capitalised word opening the sentence right before a person
      // the entity pass found is not part of the name, unless it is a title.
      if (t === s.firstToken && startsPersonAfterOpener(entityAt, tokens, lower, t)) {
        t++;
        continue;
      }
      let j = t + 1;
      let hasOrgWord = ORG_WORDS.has(lower[t]) || ROLE_HEADS.has(lower[t]);
      while (j < s.endToken) {
        const w = tokens[j];
        // "ambassador to Britain Liu Xiaoming": a place the entity pass ended right before a person's name is
        // a run of its own, so the person keeps their name.
        if (startsPersonAfterPlace(entityAt, tokens, t, j)) break;
        if (w.kind === "word" && isNameWord(w.text) && !CALENDAR.has(lower[j]) && !(COMMON_CAPITALISED.has(lower[j]) && !ORG_WORDS.has(lower[j]) && !ROLE_HEADS.has(lower[j]))) {
          if (ORG_WORDS.has(lower[j]) || ROLE_HEADS.has(lower[j])) hasOrgWord = true;
          // "Dr. Ines Wolf of the University of Basel": after a title and a person's name, "of" ends the run
          // ("Secretary of State" has the connector right after the title).
          else if (hasOrgWord && !anyIn(ORG_WORDS, lower, t, j) && !anyIn(NAME_CONNECTORS, lower, t, j)) hasOrgWord = false;
          j++;
          continue;
        }
        // "Luis de Miranda", "Ludwig van Beethoven": a lower-case particle between two words of a person's name.
        if (!hasOrgWord && NAME_PARTICLES.has(w.text) && j + 1 < s.endToken && isNameWord(tokens[j + 1].text) && !COMMON_CAPITALISED.has(lower[j + 1])) {
          j += 2;
          continue;
        }
        // "World Travel and Tourism Council": "and" joins when an organization word follows.
        if (!hasOrgWord && lower[j] === "and" && orgWordAhead(tokens, lower, j + 1, s.endToken)) hasOrgWord = true;
        // "Embassy of the United States", "Committee on Intelligence and Security"
        if (hasOrgWord && (NAME_CONNECTORS.has(lower[j]) || w.text === "&")) {
          let k = j + 1;
          if (k < s.endToken && lower[k] === "the") k++;
          if (k < s.endToken && tokens[k].kind === "word" && isNameWord(tokens[k].text) && !COMMON_CAPITALISED.has(lower[k])) {
            j = k;
            continue;
          }
        }
        // "the Harbor County Attorney’s Office", "the People’s Liberation Army": a possessive inside a name the
        // entity pass found whole is part of that name, not its owner's clitic.
        if ((lower[j] === "\u2019s" || lower[j] === "'s") && j + 1 < s.endToken && (entityAt.get(tokens[t].start)?.end ?? -1) > tokens[j].end) {
          j++;
          continue;
        }
        break;
      }
      // "the CEO said": a title alone, even in capitals, names nobody, unless it is someone's surname (below).
      if (!(j === t + 1 && ROLE_HEADS.has(lower[t]))) addRun(doc, lower, inQuote, t, j, s.endToken, mentions, entityAt, surnames);
      else loneTitles.push({ t, sentEnd: s.endToken });
      t = j;
    }
  }

  shortFormsOfOrganizations(mentions, entities);
  // People with a full name first, so that short forms can be resolved against them.
  for (const m of mentions) {
    if (m.kind !== "person" || m.endTok - m.startTok < 2) continue;
    m.person = registerPerson(people, index, m, tokens, lower);
  }
  // First names used alone.
  for (const m of mentions) {
    if (m.endTok - m.startTok !== 1 || m.kind === "organization") continue;
    const w = lower[m.startTok];
    let byFirst = -1;
    let byLast = false;
    for (const p of index.get(w) ?? NONE) {
      const toks = people[p].tokens;
      if (toks.length > 1 && toks[0] === w) byFirst = p;
      if (toks[toks.length - 1] === w) byLast = true;
    }
    if (byFirst >= 0 && !byLast) people[byFirst].firstNameAlone = true;
  }
  for (const m of mentions) {
    if (m.kind === "person" && m.person >= 0) continue;
    if (m.kind !== "person" && m.kind !== "unknown") continue;
    // "Mrs. Clinton" is the woman of that name, whoever else shares it.
    const honor = m.roleStartTok < m.startTok ? lower[m.startTok - 1] : "";
    const gender = FEMALE_HONORIFICS.has(honor) ? 2 : MALE_HONORIFICS.has(honor) ? 1 : 0;
    const p = resolveShortName(people, lower, m.startTok, m.endTok, m.startTok, index, gender);
    if (p >= 0) {
      m.kind = "person";
      m.person = p;
      people[p].mentions++;
      people[p].lastWords.set(lower[m.endTok - 1], (people[p].lastWords.get(lower[m.endTok - 1]) ?? 0) + 1);
      if (m.roleStartTok < m.startTok) {
        addRole(people[p], roleText(doc, m));
        const honor = lower[m.startTok - 1];
        if (people[p].gender === 0) people[p].gender = FEMALE_HONORIFICS.has(honor) ? 2 : MALE_HONORIFICS.has(honor) ? 1 : 0;
      }
    } else if (m.kind === "person") {
      m.person = registerPerson(people, index, m, tokens, lower);
    }
  }
  // "Ken Doctor … says Doctor": a capitalised title word that is the surname of someone named in full is them.
  if (surnameMentions(loneTitles, people, index, doc, lower, inQuote, mentions)) mentions.sort((x, y) => x.startTok - y.startTok);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    for (let k = m.roleStartTok; k < m.endTok; k++) mentionAt[k] = i;
  }
  for (const m of mentions) if (m.kind === "person" && m.person >= 0) appositiveRoles(doc, lower, m, people[m.person]);
  for (const p of people) chooseDisplayName(p);
  return { mentions, mentionAt, people, index };
}

const NONE: number[] = [];

/**
 * The fullest name, but not one lengthened by a stray capitalised word ("Margaret Hamilton Lego minifigure"):
 * among the forms ending in the person's most used last word, the longest.
 */
/** Mentions for lone title words that are a known person's surname; whether any was added. */
function surnameMentions(
  titles: readonly { t: number; sentEnd: number }[], people: Person[], index: PeopleIndex, doc: Doc, lower: readonly string[],
  inQuote: Uint8Array, out: NameMention[],
): boolean {
  let added = false;
  for (const { t, sentEnd } of titles) {
    const p = (index.get(lower[t]) ?? NONE).find((i) => people[i].tokens.length > 1 && people[i].tokens[people[i].tokens.length - 1] === lower[t]);
    if (p === undefined) continue;
    const after = t + 1 < sentEnd ? lower[t + 1] : "";
    out.push({
      startTok: t, endTok: t + 1, roleStartTok: t, kind: "person", person: p, entity: people[p].entity, canonical: people[p].name,
      possessive: after === "\u2019s" || after === "'s", modifier: MODIFIED_NOUNS.has(after), inQuote: inQuote[t] === 1,
    });
    people[p].mentions++;
    added = true;
  }
  return added;
}

function chooseDisplayName(p: Person): void {
  let bestLast = "";
  let bestCount = -1;
  for (const [w, n] of p.lastWords) if (n > bestCount) { bestLast = w; bestCount = n; }
  let best = p.name;
  let bestLen = -1;
  for (const [form] of p.forms) {
    const words = form.split(" ");
    if (words[words.length - 1].toLowerCase() !== bestLast) continue;
    if (words.length > bestLen) { best = form; bestLen = words.length; }
  }
  if (p.entity === null) p.name = best;
}

function noteForm(p: Person, text: string, last: string): void {
  p.forms.set(text, (p.forms.get(text) ?? 0) + 1);
  p.lastWords.set(last, (p.lastWords.get(last) ?? 0) + 1);
}

function indexPerson(index: PeopleIndex, p: number, toks: readonly string[]): void {
  for (const t of toks) {
    const list = index.get(t);
    if (!list) index.set(t, [p]);
    else if (list[list.length - 1] !== p) list.push(p);
  }
}

/**
 * "her mother, Fiona, said" / "Fiona Parry, a nurse, said": the noun phrase set off by commas next to a name
 * is that person's role, so a later "the mother" or "the nurse" can find them.
 */
function appositiveRoles(doc: Doc, lower: readonly string[], m: NameMention, p: Person): void {
  const { tokens } = doc;
  const before = m.roleStartTok - 1;
  if (before > 0 && lower[before] === "," && m.endTok < tokens.length && (lower[m.endTok] === "," || tokens[m.endTok].kind === "punct")) {
    let a = before;
    // (The role is the noun phrase before the comma: "her life through | her daughter, Sarah".)
    while (a - 1 >= 0 && before - a < 5 && tokens[a - 1].kind === "word" && lower[a - 1] !== "and" && lower[a - 1] !== "but" && !ROLE_BREAKS.has(lower[a - 1])) a--;
    const head = lower[before - 1];
    if (a < before && (KIN_NOUNS.has(head) || ROLE_HEADS.has(head))) addRole(p, doc.text.slice(tokens[a].start, tokens[before - 1].end));
  }
  if (m.endTok + 1 < tokens.length && lower[m.endTok] === ",") {
    const first = lower[m.endTok + 1];
    if (first === "a" || first === "an" || first === "the" || first === "his" || first === "her") {
      let b = m.endTok + 1;
      while (b < tokens.length && b - m.endTok < 16 && (lower[b] !== "," || commaInsideName(tokens, lower, b)) && !ROLE_STOPS.has(lower[b]) && tokens[b].kind !== "quote" && !(tokens[b].kind === "punct" && tokens[b].text[0] === ".")) b++;
      // ("Lorenz, his secretary, his programmer and his students": a list of people, not Lorenz's titles.)
      const list = lower[b] === "," && b + 1 < tokens.length && LIST_OPENERS.has(lower[b + 1]);
      if (b < tokens.length && (lower[b] === "," || ROLE_STOPS.has(lower[b])) && !list) addRole(p, doc.text.slice(tokens[m.endTok + 2].start, tokens[b - 1].end));
    }
  }
}

/**
 * "MIT’s Science, Technology and Society program": a comma between capitalised words of a name that lists its
 * parts, closed by "and" or "&" before another capitalised word, does not end a role.
 */
export function commaInsideName(tokens: Doc["tokens"], lower: readonly string[], comma: number): boolean {
  if (comma < 1 || comma + 1 >= tokens.length || !isNameWord(tokens[comma - 1].text) || !isNameWord(tokens[comma + 1].text)) return false;
  for (let k = comma + 2; k < tokens.length && k <= comma + 5; k++) {
    if (lower[k] === "and" || lower[k] === "&") return k + 1 < tokens.length && isNameWord(tokens[k + 1].text);
    if (tokens[k].kind !== "word" && lower[k] !== ",") return false;
  }
  return false;
}

/** Prepositions a role before a name does not reach across ("of" does: "director of the museum"). */
const ROLE_BREAKS = new Set(["through", "in", "on", "at", "with", "from", "by", "for", "to", "into", "after", "before", "during", "than", "as", "like"]);
/** Words that open the next item of a list of people ("…, his secretary, his programmer and …"). */
const LIST_OPENERS = new Set(["a", "an", "the", "his", "her", "their", "its"]);

const ROLE_STOPS = new Set(["who", "which", "that", "whose", "has", "have", "had", "is", "was", "were", "are", "been"]);

/** Does any word of [from, to) belong to the set? */
function anyIn(words: ReadonlySet<string>, lower: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words.has(lower[k])) return true;
  return false;
}

function orgWordAhead(tokens: Doc["tokens"], lower: readonly string[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 4; k++) {
    if (tokens[k].kind !== "word" || !isNameWord(tokens[k].text)) return false;
    if (ORG_WORDS.has(lower[k])) return true;
  }
  return false;
}

/** Plural group words ("Islamists", "Tunisians") are not surnames. */
function isGroupWord(w: string): boolean {
  return w.endsWith("ists") || w.endsWith("ites") || w.endsWith("ians") || w.endsWith("ese");
}

function startsPersonAfterOpener(entityAt: Map<number, { entity: Entity; end: number }>, tokens: Doc["tokens"], lower: readonly string[], t: number): boolean {
  if (t + 1 >= tokens.length || entityAt.has(tokens[t].start)) return false;
  const person = entityAt.get(tokens[t + 1].start);
  if (!person || person.entity.type !== "person") return false;
  const w = lower[t];
  return !ROLE_HEADS.has(w) && !HONORIFICS.has(w) && !ORG_WORDS.has(w) && !PLACES.has(w) && !TITLE_WORDS_BEFORE_NAMES.has(w);
}

/** Capitalised words that open a sentence as part of the name after them ("Former President X", "Dr X"). */
const TITLE_WORDS_BEFORE_NAMES = new Set(["former", "late", "then", "acting", "interim", "deputy", "vice", "chief", "senior"]);

function startsPersonAfterPlace(entityAt: Map<number, { entity: Entity; end: number }>, tokens: Doc["tokens"], t: number, j: number): boolean {
  const person = entityAt.get(tokens[j].start);
  if (!person || person.entity.type !== "person") return false;
  const before = entityAt.get(tokens[t].start);
  return before !== undefined && before.entity.type !== "person" && before.end <= tokens[j].start;
}

/**
 * "Whole Foods said" after "Whole Foods Market": a run the entity pass left untyped that begins an
 * organization's name is that organization, not a person with a two-word name.
 */
function shortFormsOfOrganizations(mentions: NameMention[], entities: readonly Entity[]): void {
  const byFirstWord = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== "organization") continue;
    const first = e.name.split(" ")[0];
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), e]);
  }
  if (byFirstWord.size === 0) return;
  for (const m of mentions) {
    if (m.entity !== null || (m.kind !== "person" && m.kind !== "unknown")) continue;
    const name = m.canonical;
    const org = byFirstWord.get(name.split(" ")[0])?.find((e) => e.name.startsWith(`${name} `));
    if (!org) continue;
    m.kind = "organization";
    m.entity = org.id;
    m.canonical = org.name;
    m.roleStartTok = m.startTok;
  }
}

/** "Mark Cuban … “…,” Cuban said": a word that is a listed person's surname is that person, not a demonym. */
function personSurnames(entities: readonly Entity[]): Set<string> {
  const surnames = new Set<string>();
  for (const e of entities) if (e.type === "person" && e.name.includes(" ")) surnames.add(e.name.slice(e.name.lastIndexOf(" ") + 1));
  return surnames;
}

function indexEntities(entities: readonly Entity[], surnames: ReadonlySet<string>): Map<number, { entity: Entity; end: number }> {
  const map = new Map<number, { entity: Entity; end: number }>();
  for (const e of entities) {
    for (const m of e.mentions) {
      if (e.type === "country" && surnames.has(m.text)) continue;
      // "Norwegian" (Norway) and "Norwegian embassy" (an organization) start together: the longer one names the run.
      const prev = map.get(m.start);
      if (!prev || prev.end < m.end) map.set(m.start, { entity: e, end: m.end });
    }
  }
  return map;
}

/** Function words a page may set in capitals at a paragraph's start ("AS Opposition Leader …", "THE company …"). */
const SMALL_WORDS_IN_CAPS = new Set(["as", "the", "in", "at", "on", "for", "when", "if", "but", "and", "a", "an", "of", "to", "with", "after", "before", "by", "while", "since", "once"]);

/** Capitalised words at least this many before a mixed-case name make a heading, not part of it. */
export const HEADING_WORDS = 2;

function addRun(
  doc: Doc, lower: readonly string[], inQuote: Uint8Array, from: number, to: number, sentEnd: number,
  out: NameMention[], entityAt: Map<number, { entity: Entity; end: number }>, surnames: ReadonlySet<string>,
): void {
  const { tokens } = doc;
  while (to > from && NAME_CONNECTORS.has(lower[to - 1])) to--;
  // "AS Opposition Leader Bill Shorten said": a paragraph's first word set in capitals (a drop cap) is "As".
  if (to - from > 1 && SMALL_WORDS_IN_CAPS.has(lower[from]) && isAllCaps(tokens[from].text)) from++;
  // "TEN KILLED IN BLAST President Recep Tayyip Erdogan said": a heading in capitals run into the sentence
  // after it is not part of the name that follows.
  let caps = from;
  while (caps < to && isAllCaps(tokens[caps].text)) caps++;
  if (caps - from >= HEADING_WORDS && caps < to) from = caps;
  if (to <= from) return;
  // Title in front: everything up to the last title word, as long as a name follows it.
  let roleEnd = from;
  for (let k = from; k < to - 1; k++) if (ROLE_HEADS.has(lower[k])) roleEnd = k + 1;
  let nameStart = roleEnd;
  // (A surname's particle stays: "De Miranda", "Van Gogh"; "Le Monde" and "Al Jazeera" are not people.)
  while (nameStart < to - 1 && ((NAME_CONNECTORS.has(lower[nameStart]) && !SURNAME_PARTICLES.has(lower[nameStart])) || ORG_WORDS.has(lower[nameStart]))) nameStart++;
  let hasOrg = false;
  let allPlaces = true;
  for (let k = nameStart; k < to; k++) {
    if (ORG_WORDS.has(lower[k])) hasOrg = true;
    if ((!PLACES.has(lower[k]) && !NAME_CONNECTORS.has(lower[k])) || surnames.has(tokens[k].text)) allPlaces = false;
  }
  let kind: NameKind;
  let start = nameStart;
  if (hasOrg) {
    kind = "organization";
    start = from; // an organization keeps its whole name ("White House", "Department of Conservation")
    nameStart = from;
  } else if (allPlaces) {
    kind = "place";
  } else if (to - nameStart === 1) {
    const w = tokens[nameStart].text;
    if (roleEnd > from && HONORIFICS.has(lower[roleEnd - 1])) kind = "person";
    else if (roleEnd > from) kind = "person";
    else if (isAllCaps(w)) kind = "organization";
    else kind = "unknown";
  } else if (isGroupWord(lower[to - 1]) || PLACES.has(lower[nameStart]) || (ROLE_HEADS.has(lower[to - 1]) && to < sentEnd && isNameWord(tokens[to].text))) {
    // ("Senate Majority Leader Mitch McConnell": a title the entity pass cut from the name right after it is
    // nobody; "Ken Doctor, …" is a person whose surname is a title.)
    kind = "unknown";
  } else if (to - nameStart <= 4 && !(nameStart === from && from > 0 && lower[from - 1] === "the")) {
    // (After "the" a run is a body or an event, not a person: "the Democratic National Convention".)
    kind = "person";
    for (let k = nameStart; k < to; k++) if (isAllCaps(tokens[k].text) && tokens[k].text.length > 2) kind = "organization";
  } else {
    kind = "organization";
  }
  if (nameStart === roleEnd && roleEnd === to) return;
  let entity: string | null = null;
  let canonical = doc.text.slice(tokens[start].start, tokens[to - 1].end);
  // The entity at the run's first word names the run only when it reaches the name: a place in the title
  // ("Former Florida Gov. Jeb Bush") is not the person's entity.
  const atRun = entityAt.get(tokens[from].start);
  // ("The Hill reported": a name the entity pass found with its article, which the run leaves out.)
  const withArticle = from > 0 && lower[from - 1] === "the" ? entityAt.get(tokens[from - 1].start) : undefined;
  let hit = entityAt.get(tokens[start].start) ?? (atRun && atRun.end > tokens[start].start ? atRun : undefined) ??
    (withArticle && withArticle.end === tokens[to - 1].end ? withArticle : undefined);
  // "the Afghan Taliban": a demonym that ends before the run does only modifies the organization the run ends
  // with; "Minister of Finance Jane Doe", "(Secretary of) State Antony Blinken": words before a person the
  // entity pass found are the title.
  if (!hit || (hit.entity.type !== "organization" && hit.end < tokens[to - 1].end)) {
    for (let k = start + 1; k < to; k++) {
      const later = entityAt.get(tokens[k].start);
      const fits = later && (later.entity.type === "organization" || (later.entity.type === "person" && !hit)) && later.end >= tokens[to - 1].end;
      if (fits) {
        hit = later;
        // ("De Miranda": a particle before the surname is part of the name, not a title.)
        start = k === start + 1 && NAME_PARTICLES.has(lower[start]) ? start : k;
        if (later.entity.type === "person") kind = "person";
        break;
      }
    }
  }
  if (hit) {
    entity = hit.entity.id;
    canonical = hit.entity.name;
    kind = hit.entity.type === "person" ? "person" : hit.entity.type === "organization" ? "organization" : "place";
  }
  const after = to < sentEnd ? lower[to] : "";
  out.push({
    startTok: start,
    endTok: to,
    roleStartTok: kind === "person" ? from : start,
    kind,
    person: -1,
    entity,
    canonical,
    possessive: after === "\u2019s" || after === "'s",
    modifier: MODIFIED_NOUNS.has(after) || (to < sentEnd && isGroupNounAfter(tokens[to].text, after)),
    inQuote: inQuote[start] === 1,
  });
}

/**
 * "a Wall Street darling", "an Apple engineer", "Google employees": a name right before a lower-case noun the
 * tagger reads as one only describes that noun. Marked once the tags are known (context.ts); a person's name
 * counts only after an article, since "Trump tweets …" may be a verb the tagger misread.
 */
export function markModifiers(cast: Cast, doc: Doc, lower: readonly string[], pos: Uint8Array): void {
  const { tokens } = doc;
  for (const m of cast.mentions) {
    // (Places that describe a noun, "Israeli election results", are read where the speaker is resolved.)
    if (m.modifier || m.possessive || m.kind === "place" || m.endTok >= tokens.length) continue;
    const next = m.endTok;
    if ((pos[next] !== POS_INDEX.NOUN && pos[next] !== POS_INDEX.VGER) || tokens[next].text.charAt(0) !== lower[next].charAt(0)) continue;
    const article = m.startTok > 0 && (lower[m.startTok - 1] === "a" || lower[m.startTok - 1] === "an");
    if (m.kind === "person" && !article) continue;
    m.modifier = true;
  }
}

/** "Environmental groups", "Opposition lawmakers", "Hamas officials": the name only describes the group that speaks. */
function isGroupNounAfter(text: string, lower: string): boolean {
  return text.charAt(0) === lower.charAt(0) && (ANONYMOUS_NOUNS.has(lower) || ORG_NOUNS.has(lower));
}

function roleText(doc: Doc, m: NameMention): string {
  if (m.roleStartTok >= m.startTok) return "";
  return doc.text.slice(doc.tokens[m.roleStartTok].start, doc.tokens[m.startTok - 1].end);
}

export function addRole(p: Person, role: string): void {
  const r = role.trim();
  if (r === "" || p.roles.includes(r) || HONORIFICS.has(r.toLowerCase())) return;
  p.roles.push(r);
}

function registerPerson(people: Person[], index: PeopleIndex, m: NameMention, tokens: Doc["tokens"], lower: readonly string[]): number {
  const toks: string[] = [];
  for (let k = m.startTok; k < m.endTok; k++) toks.push(lower[k]);
  const text = tokens.slice(m.startTok, m.endTok).map((t) => t.text).join(" ");
  let found = -1;
  const candidates = candidatesFor(index, toks);
  for (let i = 0; i < candidates.length && found < 0; i++) {
    const p = candidates[i];
    if (m.entity !== null && people[p].entity === m.entity) found = p;
    else if (m.entity === null && (isSubsequence(toks, people[p].tokens) || isSubsequence(people[p].tokens, toks) || sameEnds(toks, people[p].tokens))) found = p;
  }
  const honor = m.roleStartTok < m.startTok ? lower[m.startTok - 1] : "";
  const gender = FEMALE_HONORIFICS.has(honor) || FEMALE_NAMES.has(toks[0]) ? 2 : MALE_HONORIFICS.has(honor) || MALE_NAMES.has(toks[0]) ? 1 : 0;
  const role = m.roleStartTok < m.startTok ? tokens.slice(m.roleStartTok, m.startTok).map((t) => t.text).join(" ") : "";
  if (found >= 0) {
    const p = people[found];
    // "Te Kaurinui" beside "Te Kaurinui Robert Parata": the person is also called by their first name(s).
    const shorter = toks.length < p.tokens.length ? toks : p.tokens;
    const longer = toks.length < p.tokens.length ? p.tokens : toks;
    if (shorter.length < longer.length && shorter[0] === longer[0] && shorter[shorter.length - 1] !== longer[longer.length - 1]) p.firstNameAlone = true;
    if (toks.length > p.tokens.length && m.entity === null) {
      p.tokens = toks;
      p.name = text;
      indexPerson(index, found, toks);
    }
    if (m.entity !== null && m.canonical) p.name = m.canonical;
    p.mentions++;
    noteForm(p, text, toks[toks.length - 1]);
    if (gender && !p.gender) p.gender = gender;
    if (role && !HONORIFICS.has(role.toLowerCase())) addRole(p, role);
    return found;
  }
  people.push({
    name: m.entity !== null ? m.canonical : text,
    tokens: toks,
    roles: role && !HONORIFICS.has(role.toLowerCase()) ? [role] : [],
    gender,
    entity: m.entity,
    firstTok: m.startTok,
    mentions: 1,
    firstNameAlone: false,
    forms: new Map([[text, 1]]),
    lastWords: new Map([[toks[toks.length - 1], 1]]),
  });
  indexPerson(index, people.length - 1, toks);
  return people.length - 1;
}

/** People sharing the first or last word of `toks` (a bounded list: at most a few dozen in any article). */
function candidatesFor(index: PeopleIndex, toks: readonly string[]): number[] {
  const a = index.get(toks[0]) ?? NONE;
  const b = toks.length > 1 ? index.get(toks[toks.length - 1]) ?? NONE : NONE;
  if (b.length === 0) return a.length > 64 ? a.slice(-64) : a;
  const merged = a.concat(b);
  return merged.length > 64 ? merged.slice(-64) : merged;
}

/** Offset of `a` as a contiguous run inside `b`, or -1. */
function runOffset(a: readonly string[], b: readonly string[]): number {
  for (let off = 0; off + a.length <= b.length; off++) {
    let ok = true;
    for (let i = 0; i < a.length && ok; i++) if (a[i] !== b[off + i]) ok = false;
    if (ok) return off;
  }
  return -1;
}

/** "Te Kaurinui Parata" and "Te Kaurinui Robert Parata": same first and last word. */
function sameEnds(a: readonly string[], b: readonly string[]): boolean {
  return a.length >= 2 && b.length >= 2 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
}

/** True when `a` occurs as a contiguous run inside `b`, sharing its first or last word. */
function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
  if (a.length > b.length) return false;
  for (let off = 0; off + a.length <= b.length; off++) {
    let ok = true;
    for (let i = 0; i < a.length && ok; i++) if (a[i] !== b[off + i]) ok = false;
    if (ok && (off === 0 || off + a.length === b.length)) return true;
  }
  return false;
}

/**
 * A one- or two-word form ("Blair", "Mr Obama", "Te Kaurinui") → the person it names, or -1.
 * Several people can share a surname (Robert Blair, Bill Blair): a person usually called by their first name
 * is not the one a bare surname means; otherwise the one named most often, then the most recently introduced
 * before `at`, else the first.
 */
export function resolveShortName(
  people: readonly Person[], lower: readonly string[], from: number, to: number, at: number, index: PeopleIndex, gender = 0,
): number {
  const toks: string[] = [];
  for (let k = from; k < to; k++) toks.push(lower[k]);
  let best = -1;
  let bestScore = -Infinity;
  const candidates = candidatesFor(index, toks);
  for (let i = 0; i < candidates.length; i++) {
    const p = candidates[i];
    const person = people[p];
    if (person.tokens.length <= toks.length && !(person.tokens.length === toks.length && toks.join(" ") === person.tokens.join(" "))) continue;
    const at0 = runOffset(toks, person.tokens);
    if (at0 < 0) continue;
    if (gender !== 0 && person.gender !== 0 && person.gender !== gender) continue;
    const bySurname = toks[toks.length - 1] === person.tokens[person.tokens.length - 1];
    // A surname followed by a stray capitalised word ("Margaret Hamilton Lego minifigure") still counts.
    let score = bySurname ? 10 : at0 === 0 ? 5 : 8;
    if (bySurname && toks.length === 1 && person.firstNameAlone) score -= 6;
    // Prominence, then recency: the person the article names most (a bare "Clinton" is Hillary Clinton in an
    // article about her, though "her husband, Bill Clinton" came later); between equals, the one introduced most
    // recently before this mention, else the earliest one.
    score += Math.log2(1 + person.mentions);
    if (person.firstTok < at) score += 1 + person.firstTok / (at + 1);
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

/** `text.split(" ")[0]` without the array: the text up to its first space. */
function firstWordOf(text: string): string {
  const space = text.indexOf(" ");
  return space < 0 ? text : text.slice(0, space);
}

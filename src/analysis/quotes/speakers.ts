/**
 * Speaker finding: the noun phrase at a speech cue (before it, "Mr Obama said"; after it, "said the embassy"),
 * its appositive role ("Robert Blair, Trump’s special representative …,"), and what it refers to.
 */
import type { SpeakerType } from "../types";
import { DOCUMENT_HEADS, isSourceHead, organizationBefore, personTitled } from "./descriptions";
import { KEEP_DESCRIPTION, personDescribed } from "./personDescriptions";
import { isQuantityPhrase, isSubjectPronoun, nounPhraseEndingAt, nounPhraseIn, POS_INDEX, timeEnd } from "../syntax";
import type { QuoteContext } from "./context";
import { isMark, textOf } from "./context";
import { AUXILIARIES, cueOf, CueFlags } from "./cues";
import {
  personSpeaker, plainSpeaker, resolvePronoun, resolveRoleNoun, typeOfHead, withMention, type CorefState,
  type Resolved,
} from "./coref";
import { COPULAS, DETERMINERS, FEMALE_NAMES, KIN_NOUNS, MALE_NAMES, OBJECT_RELATIVES, POSSESSIVE_PRONOUNS, PRONOUNS, ROLE_HEADS } from "./lexicon";
import { addRole, commaInsideName, HEADING_WORDS, isAllCaps, type NameMention } from "./names";
import { isOrgHead } from "../entities/heads";

export interface Region {
  a: number;
  b: number;
  /** Appositive after the name, used as the role: [apA, apB), empty when apA === apB. */
  apA: number;
  apB: number;
  /** The region owns what is reported ("his claim that", "WeWork's statement that"): a possessive speaks. */
  owner?: boolean;
}

const MAX_SUBJECT = 14;
const LEADING_ADVERBS = new Set([
  "but", "and", "so", "yet", "still", "however", "meanwhile", "now", "also", "earlier", "later", "then", "instead",
  "separately", "indeed", "finally", "previously", "asked", "when", "as", "while", "although", "though", "because",
  // "After Scalia said …", "Even Lindsey Graham … said": a subordinator or focus word is not part of the subject.
  "after", "before", "since", "until", "once", "unless", "if", "even",
]);
const RELATIVES = new Set(["who", "which", "whose", "where", "when", "that"]);
/** Classes that open a subject of its own after "who" ("who he said", "who the police say"). */
const OPENS_WHO_CLAUSE = new Set<number>([POS_INDEX.DET, POS_INDEX.NUM, POS_INDEX.PRON, POS_INDEX.POSS]);
/** Classes a noun phrase opens with. */
const OPENS_NOUN_PHRASE = new Set<number>([
  POS_INDEX.DET, POS_INDEX.NUM, POS_INDEX.NOUN, POS_INDEX.PROPN, POS_INDEX.PRON, POS_INDEX.POSS, POS_INDEX.ADJ,
]);
const PREPOSITIONS = new Set(["of", "for", "from", "at", "with", "in", "on", "to", "by", "inside", "within", "near", "close", "familiar", "aware", "seen", "cited", "quoted", "reviewed", "obtained", "directly", "speaking", "who", "which"]);
const NP_STOPS = new Set([
  "in", "on", "at", "during", "told", "late", "yesterday", "today", "tonight", "last", "when", "after", "before",
  "who", "which", "that", "while", "as", "earlier", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "about", "of", "to", "and", "but", "according", "adding", "saying", "because", "if", "via",
]);
const NOT_IN_SPEAKER = new Set([
  "would", "will", "could", "can", "has", "have", "had", "is", "was", "were", "are", "did", "does", "do", "not",
  "may", "might", "must", "should", "he", "she", "it", "they", "we", "i", "you", "there", "this",
]);

/** An inverted subject ("said officials", "said the embassy") is short and has no verb of its own. */
export function looksLikeNounPhrase(ctx: QuoteContext, r: Region): boolean {
  // A long title may stand before the name it ends in ("said The We Company’s recently named executive chair
  // Marcelo Claure"); without a name at its end a long phrase is more likely a clause.
  const endsInPerson = ctx.cast.mentionAt[r.b - 1] >= 0 && ctx.cast.mentions[ctx.cast.mentionAt[r.b - 1]].kind === "person";
  if (r.b - r.a > (endsInPerson ? 12 : 8)) return false;
  const first = ctx.doc.tokens[r.a].text;
  if (first.endsWith("ing") && first.charAt(0) === ctx.lower[r.a].charAt(0)) return false; // "recalls asking …"
  // (Capitalised inside the phrase these words are part of a name: "The We Company".)
  for (let t = r.a; t < r.b; t++) {
    if (!NOT_IN_SPEAKER.has(ctx.lower[t]) || ctx.cast.mentionAt[t] >= 0) continue;
    if (t > r.a && ctx.doc.tokens[t].text.charAt(0) !== ctx.lower[t].charAt(0)) continue;
    return false;
  }
  return true;
}

function isBoundary(ctx: QuoteContext, t: number): boolean {
  const tok = ctx.doc.tokens[t];
  if (tok.kind === "quote") return isMark(ctx, t);
  if (tok.kind === "punct") {
    const c = tok.text;
    return c === "," || c === ";" || c === ":" || c === "(" || c === ")" || c === "\u2014" || c === "\u2013" || c === "-" || c === "[" || c === "]" || c[0] === "." || c === "?" || c === "!";
  }
  const w = ctx.lower[t];
  return w === "that" || w === "and" || w === "but" || w === "or" || w === "because" || w === "while" || w === "if";
}

/** Words of a time counted back with "ago" ("less than two weeks ago", "a year ago"), and how far it may reach. */
const AGO_WORDS = new Set([
  "a", "an", "one", "two", "three", "few", "several", "some", "about", "nearly", "almost", "less", "more", "than", "just", "only",
  "minutes", "hours", "days", "weeks", "months", "years", "decades", "minute", "hour", "day", "week", "month", "year", "decade",
]);
const AGO_REACH = 8;

/** Adverbs that belong to the phrase before them, not to the verb: "executives there", "those here", "few more". */
const KEEPS_PHRASE = new Set(["there", "here", "more", "less", "alone", "abroad", "overseas", "nationwide", "worldwide", "else"]);

/** Nouns ending in -ly, which are not adverbs ("the family said"). */
const LY_NOUNS = new Set([
  "family", "ally", "assembly", "rally", "supply", "belly", "bully", "lily", "anomaly", "monopoly", "reply", "homily",
  "italy", "july", "emily", "sally", "molly", "holly", "polly", "kelly", "ely", "daily", "weekly", "monthly", "quarterly",
]);

/**
 * Auxiliaries and adverbs that stand between a subject and its verb ("has long argued", "had also warned",
 * "publicly insisted"): skipped so the subject is the noun phrase alone.
 */
function isBetweenSubjectAndVerb(ctx: QuoteContext, t: number): boolean {
  const w = ctx.lower[t];
  if (AUXILIARIES.has(w) || w === "long") return true;
  const text = ctx.doc.tokens[t].text;
  // ("has nevertheless called", "has always maintained": any adverb in lower case, not only one in "-ly".)
  if (ctx.pos[t] === POS_INDEX.ADV && text === w && ctx.doc.tokens[t].kind === "word" && !KEEPS_PHRASE.has(w)) return true;
  return w.length > 4 && w.endsWith("ly") && text.charAt(0) === w.charAt(0) && ctx.doc.tokens[t].kind === "word" && !LY_NOUNS.has(w);
}

/**
 * A bare plural common noun ("jobs promised …", "prices said to …") is a thing, not a speaker: no name, no
 * determiner, and not one of the nouns for people or organizations that do speak ("officials", "analysts").
 */
export function isNonSpeakerSubject(ctx: QuoteContext, r: Region): boolean {
  if (r === ELIDED || r.b - r.a !== 1) return false;
  const t = r.a;
  const w = ctx.lower[t];
  const text = ctx.doc.tokens[t].text;
  if (ctx.doc.tokens[t].kind !== "word" || text.charAt(0) !== w.charAt(0) || ctx.cast.mentionAt[t] >= 0) return false;
  if (PRONOUNS.has(w) || w === "which" || !w.endsWith("s") || w.endsWith("ss")) return false;
  // Agent nouns are people ("forecasters say", "protesters chanted"), whether or not a list names them.
  if (AGENT_NOUN.test(w)) return false;
  return typeOfHead(w) === null && !ROLE_HEADS.has(w) && !KIN_NOUNS.has(w) && !ROLE_HEADS.has(w.slice(0, -1)) && !KIN_NOUNS.has(w.slice(0, -1));
}

const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "of"]);

/** A singular lower-case noun that is no name and no noun for people or bodies ("health", "pollution"). */
function isBareCommonNoun(ctx: QuoteContext, t: number): boolean {
  const w = ctx.lower[t];
  return ctx.pos[t] === POS_INDEX.NOUN && ctx.doc.tokens[t].text === w && ctx.cast.mentionAt[t] < 0 && !w.endsWith("s") &&
    typeOfHead(w) === null && !ROLE_HEADS.has(w) && !KIN_NOUNS.has(w);
}

/** Elided subject: "… condemned the attack and said …" */
export const ELIDED: Region = { a: -1, b: -1, apA: 0, apB: 0 };

/**
 * The subject noun phrase before a speech verb at `cue` (auxiliaries skipped), not reaching before `floor`.
 * Returns ELIDED when the verb follows "and"/"but" without a subject of its own, null when there is none.
 */
export function subjectBefore(ctx: QuoteContext, cue: number, floor: number, inAside = false): Region | null {
  const { lower } = ctx;
  let b = cue;
  while (b - 1 >= floor && isBetweenSubjectAndVerb(ctx, b - 1) && !PRONOUNS.has(lower[b - 1])) b--;
  // "who has in the past described", "had on Monday said": a short phrase between the auxiliary and its verb.
  const aside = b === cue ? asideAfterAuxiliary(ctx, cue, floor) : -1;
  if (aside >= 0) {
    b = aside;
    while (b - 1 >= floor && isBetweenSubjectAndVerb(ctx, b - 1) && !PRONOUNS.has(lower[b - 1])) b--;
  }
  // "The State Department less than two weeks ago said": a time ending in "ago" says when, not who.
  // (The adverb "ago" itself was skipped above.)
  if (b < cue && b - 1 > floor && lower[b] === "ago") {
    let k = b;
    while (k - 1 > floor && cue - k < AGO_REACH && (AGO_WORDS.has(lower[k - 1]) || ctx.pos[k - 1] === POS_INDEX.NUM)) k--;
    if (k < b) {
      b = k;
      while (b - 1 >= floor && isBetweenSubjectAndVerb(ctx, b - 1) && !PRONOUNS.has(lower[b - 1])) b--;
    }
  }
  // "A poll released last week found": the time belongs to the participle that describes the subject, not
  // to the cue.
  if (b < cue && b - 2 >= floor && lower[b - 1].endsWith("ed") && ctx.pos[b - 2] === POS_INDEX.NOUN) b = timeEnd(ctx.np, b, cue);
  // "Sen. Chuck Schumer (D-N.Y.) said": the party tag after a name is not the subject; the name before it is.
  // ("Sen. Chris Murphy (a Democrat so boyish he has been mistaken for an aide) says": so is a description in
  // brackets after a name.)
  const tagged = b - 1 >= floor && lower[b - 1] === ")" ? bracketStartBefore(ctx, b, floor, MAX_APPOSITIVE) : b;
  if (tagged < b && tagged - 1 >= floor && ctx.cast.mentionAt[tagged - 1] >= 0) {
    const m = ctx.cast.mentions[ctx.cast.mentionAt[tagged - 1]];
    if (m.endTok === tagged) b = tagged;
  }
  if (b - 1 < floor) return null;
  if (lower[b - 1] === "and" || lower[b - 1] === "but") return ELIDED;
  // "Experts and officials, however, said": an adverb between commas is an aside, not the subject's appositive.
  // (The tagger may read a conjunctive adverb as a noun: "meanwhile".)
  if (lower[b - 1] === "," && b - 3 > floor && lower[b - 3] === "," && (ctx.pos[b - 2] === POS_INDEX.ADV || CONJUNCTIVE_ADVERBS.has(lower[b - 2])) && !isBoundary(ctx, b - 4)) {
    return subjectBefore(ctx, b - 3, floor, inAside);
  }
  if (lower[b - 1] === ",") return continuesVerbSeries(ctx, b - 1, floor) ? ELIDED : appositiveSubject(ctx, b - 1, floor);
  // "Mr. Lane, citing “the magic of the mayor,” said": the appositive's comma stands inside the closing mark.
  if (b - 2 > floor && isMark(ctx, b - 1) && lower[b - 2] === "," && ctx.spanAt[b - 1] >= 0 && ctx.spans[ctx.spanAt[b - 1]].closeTok === b - 1) {
    const chain = appositiveChain(ctx, b, floor);
    if (chain && ctx.cast.mentions[ctx.cast.mentionAt[chain.a]]?.kind === "person") return chain;
    // ("Humphrey, who calls Trump a “sociopath,” said": so may a relative clause's; the subject is before it.)
    const open = ctx.spans[ctx.spanAt[b - 1]].openTok;
    for (let k = open - 1; k > floor && b - k <= MAX_APPOSITIVE && !ctx.inQuote[k] && lower[k] !== "." && lower[k] !== ";"; k--) {
      if (lower[k] !== ",") continue;
      if (lower[k + 1] !== "who" && lower[k + 1] !== "which") break;
      const subject = subjectBefore(ctx, k, floor, inAside);
      return subject === ELIDED ? null : subject && { ...subject, apA: k + 1, apB: b - 2 };
    }
  }
  // "Jane Roe — who once said she would … — told reporters": the subject stands before the aside (one aside
  // only, so a run of dashes costs one step back, not one per dash).
  if (DASHES.has(lower[b - 1])) {
    if (inAside) return null;
    for (let k = b - 2; k > floor && b - k <= ASIDE_REACH; k--) {
      if (DASHES.has(lower[k]) && !ctx.inQuote[k]) return subjectBefore(ctx, k, floor, true);
    }
    return null;
  }
  let a = b;
  // Another speech verb ends the subject: in "who said he had warned", the subject of "warned" is "he".
  while (a - 1 >= floor && !isBoundary(ctx, a - 1) && b - a < MAX_SUBJECT && !isLowerCue(ctx, a - 1)) {
    a--;
    if (RELATIVES.has(lower[a]) && lower[a] !== "that") {
      // "an electorate in which 67 percent of voters say": the relative clause has a subject of its own, and
      // that subject speaks.
      // ("An American who lives there said": "who" is itself the subject, whatever the tagger made of "lives".)
      // ("A man who police say fired": a noun right before the verb is its subject.)
      const ownSubject = lower[a] === "who" ? OPENS_WHO_CLAUSE.has(ctx.pos[a + 1]) || (a + 2 === b && OPENS_NOUN_PHRASE.has(ctx.pos[a + 1])) : OPENS_NOUN_PHRASE.has(ctx.pos[a + 1]);
      if (a + 1 < b && lower[a] !== "whose" && ownSubject) {
        a++;
        break;
      }
      // "The mother of a woman who took … has described": the subject is the phrase before "who …".
      if (b - a > 1 && a - 1 >= floor && !isBoundary(ctx, a - 1)) {
        b = a;
        while (a - 1 >= floor && !isBoundary(ctx, a - 1) && b - a < MAX_SUBJECT) a--;
      }
      break;
    }
  }
  // "denizens of the hall of mirrors that is Trump World told me": a copula opening the words before the verb
  // belongs to a relative clause; the subject is the phrase the relative follows.
  // (Only before a noun phrase: "the areas that were hacked suggested" has no speaker at all.)
  if (a < b - 1 && COPULAS.has(lower[a]) && a - 1 > floor && (lower[a - 1] === "that" || lower[a - 1] === "which") && OPENS_NOUN_PHRASE.has(ctx.pos[a + 1])) {
    b = a - 1;
    a = b;
    while (a - 1 >= floor && !isBoundary(ctx, a - 1) && b - a < MAX_SUBJECT) a--;
  }
  // "The staff member who reported the call recalled": the walk back stopped at the relative clause's verb; its
  // object is no subject, the phrase the relative clause belongs to is.
  if (a - 2 >= floor && a < b && isLowerCue(ctx, a - 1) && (lower[a - 2] === "who" || lower[a - 2] === "that") && a - 3 >= floor &&
    ctx.pos[a - 3] === POS_INDEX.NOUN && OPENS_NOUN_PHRASE.has(ctx.pos[a])) {
    const end = a - 2;
    let k = end;
    while (k - 1 >= floor && !isBoundary(ctx, k - 1) && end - k < MAX_SUBJECT) k--;
    const antecedent = nounPhraseIn(ctx.np, k, end);
    if (antecedent && antecedent.b === end) {
      a = antecedent.a;
      b = end;
    }
  }
  // "The Lancet Commission on pollution and health found": a bare lower-case noun after "and" is the end of a
  // coordination inside a longer phrase, not a subject of its own.
  // So is a plural one after a plural noun: "Her advisers and allies say", "officials and customers complained".
  const pluralPair = lower[a].endsWith("s") && lower[a - 2]?.endsWith("s") && ctx.pos[a] === POS_INDEX.NOUN && ctx.doc.tokens[a].text === lower[a];
  if (b - a === 1 && a - 2 >= floor && lower[a - 1] === "and" && (isBareCommonNoun(ctx, a) || pluralPair) && ctx.pos[a - 2] === POS_INDEX.NOUN) {
    let k = a - 1;
    while (k - 1 >= floor && !isBoundary(ctx, k - 1) && b - k < MAX_SUBJECT) k--;
    // (Only a phrase: "… is bleak and seldom told" has a verb of its own.)
    let verb = false;
    for (let t = k; t < a; t++) if (ctx.pos[t] === POS_INDEX.VFIN) verb = true;
    if (!verb) a = k;
  }
  if (a - 1 >= floor && b - a >= MAX_SUBJECT && !isBoundary(ctx, a - 1)) {
    // No boundary in reach: keep only the last name, or the last few words.
    const mi = ctx.cast.mentionAt[b - 1];
    a = mi >= 0 ? ctx.cast.mentions[mi].roleStartTok : Math.max(a, b - 3);
  }
  // "Both Norvik Air and the Pilots Union said": "and" between two names joins them.
  if (a - 2 >= floor && lower[a - 1] === "and" && ctx.cast.mentionAt[a - 2] >= 0 && (ctx.cast.mentionAt[a] >= 0 || (DETERMINERS.has(lower[a]) && ctx.cast.mentionAt[a + 1] >= 0))) {
    let k = ctx.cast.mentions[ctx.cast.mentionAt[a - 2]].roleStartTok;
    if (k - 1 >= floor && (lower[k - 1] === "both" || DETERMINERS.has(lower[k - 1]))) k--;
    a = k;
    // "prosecutors in San Francisco and Los Angeles say": joined places after a preposition say where the
    // speakers are; the noun before the preposition is the subject's head.
    if (a - 2 >= floor && PLACE_PREPOSITIONS.has(lower[a - 1]) && ctx.pos[a - 2] === POS_INDEX.NOUN) {
      k = a - 1;
      while (k - 1 >= floor && !isBoundary(ctx, k - 1) && b - k < MAX_SUBJECT) k--;
      a = k;
    }
  }
  // "Politicians and even some technologists say", "Cyber security experts and U.S. officials said": two noun
  // phrases joined by "and" that reach back to a boundary are one subject.
  if (a - 2 >= floor && lower[a - 1] === "and" && !isSubjectPronoun(lower[a])) {
    let k = a - 1;
    while (k - 1 >= floor && !isBoundary(ctx, k - 1) && b - k < MAX_SUBJECT) k--;
    const left = k < a - 1 && (k === floor || isBoundary(ctx, k - 1)) ? nounPhraseIn(ctx.np, k, a - 1) : null;
    const right = nounPhraseIn(ctx.np, a, b);
    if (left && left.a === k && left.b === a - 1 && right && right.b === b && !isSubjectPronoun(lower[k])) a = k;
    // "Officials in the FBI and at the Justice Department have said": "and" joins a second attachment of one phrase.
    else if (ctx.pos[a] === POS_INDEX.ADP && k < a - 1 && (k === floor || isBoundary(ctx, k - 1)) && !isSubjectPronoun(lower[k])) {
      const whole = nounPhraseIn(ctx.np, k, b);
      if (whole && whole.a === k && whole.b === b) a = k;
    }
  }
  while (a < b - 1 && LEADING_ADVERBS.has(lower[a])) a++;
  // "In 2010 she said", "Listing his failed ventures she added": a nominative pronoun right before the verb is its
  // subject; what stands before it is a fronted phrase without its comma.
  if (b - a > 1 && isSubjectPronoun(lower[b - 1]) && ctx.pos[b - 1] === POS_INDEX.PRON) a = b - 1;
  // "TEN KILLED IN BLAST President Recep Tayyip Erdogan said": a heading in capitals run into the sentence.
  let caps = a;
  while (caps < b - 1 && (isAllCaps(ctx.doc.tokens[caps].text) || (caps > a && ctx.pos[caps] === POS_INDEX.NUM))) caps++;
  if (caps - a >= HEADING_WORDS && ctx.cast.mentionAt[caps] >= 0) a = caps;
  if (a >= b) return null;
  if (a === b - 1 && (lower[a] === "and" || lower[a] === "but")) return ELIDED;
  // "Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told": an
  // appositive whose closing comma is missing; the name at the head of the chain speaks.
  // (So is "Kaplan, also an avid collector of games, rare tarot cards, and books says": a list ends the description.)
  const listEnd = (lower[a - 1] === "and" || lower[a - 1] === "or") && !hasNameMention(ctx, a, b);
  if (a - 1 > floor && (lower[a - 1] === "," || listEnd)) {
    const chain = appositiveChain(ctx, b, floor);
    if (chain && ctx.cast.mentions[ctx.cast.mentionAt[chain.a]]?.kind === "person") return chain;
  }
  return { a, b, apA: b, apB: b };
}

/** Adverbs that link a sentence to the one before ("Roe, meanwhile, said"): a closed class. */
const CONJUNCTIVE_ADVERBS = new Set(["however", "meanwhile", "though", "too", "also", "instead", "nonetheless", "nevertheless", "moreover", "furthermore", "separately", "likewise", "then", "still"]);

/** The longest phrase between an auxiliary and its verb ("has in the past said"). */
const AUXILIARY_ASIDE = 4;
const PERFECT_AUXILIARIES = new Set(["has", "have", "had", "will", "would"]);

/** Start of "in the past" in "has in the past said" (a preposition and its noun right before the cue), or -1. */
function asideAfterAuxiliary(ctx: QuoteContext, cue: number, floor: number): number {
  for (let p = cue - 2; p > floor && cue - p <= AUXILIARY_ASIDE; p--) {
    if (ctx.pos[p] !== POS_INDEX.ADP) continue;
    if (!PERFECT_AUXILIARIES.has(ctx.lower[p - 1])) return -1;
    return nounPhraseIn(ctx.np, p + 1, cue)?.b === cue ? p : -1;
  }
  return -1;
}

/** How far back the clause a verb series continues may start. */
const SERIES_REACH = 20;

/**
 * "he asked about the budget, called the senator a “thief” and said …": a verb right after a comma that ends a
 * clause with its own subject and finite verb continues a series of that subject's verbs. Not after a relative
 * clause ("the mayor, who resigned in May, said") or a quotation.
 */
function continuesVerbSeries(ctx: QuoteContext, comma: number, floor: number): boolean {
  let from = comma;
  while (from - 1 >= floor && comma - from < SERIES_REACH && !PAUSES.has(ctx.lower[from - 1])) from--;
  let clause = false;
  for (let k = from; k < comma; k++) {
    if (ctx.inQuote[k] || isMark(ctx, k) || RELATIVES.has(ctx.lower[k]) || ctx.pos[k] === POS_INDEX.WH) return false;
    // A subject (a pronoun or the end of a name) right before a finite verb: a clause of its own.
    if (k > from && ctx.pos[k] === POS_INDEX.VFIN && (ctx.pos[k - 1] === POS_INDEX.PRON || ctx.cast.mentionAt[k - 1] >= 0)) clause = true;
  }
  return clause;
}

const PAUSES = new Set([",", ";", ":"]);

/** "NAME, APPOSITIVE, said" or "her mother, NAME, said": one part is the subject, the other its role. */
function appositiveSubject(ctx: QuoteContext, comma: number, floor: number): Region | null {
  const { lower } = ctx;
  const described = relativeAboutName(ctx, comma, floor);
  if (described) return described;
  const chain = appositiveChain(ctx, comma, floor);
  if (chain) return chain;
  let s2 = comma;
  // ("Bill Eastland, wearing “Ted Cruz” pins, said": a short quotation inside the appositive is part of it.)
  while (s2 - 1 >= floor && lower[s2 - 1] !== "," && !(isMark(ctx, s2 - 1) && !isShortQuoteMark(ctx, s2 - 1, comma)) && comma - s2 < 25) s2--;
  if (s2 === comma) return null;
  const s2HasStop = s2 - 1 >= floor && lower[s2 - 1] === ",";
  let s1 = s2HasStop ? s2 - 1 : s2;
  const s1End = s1;
  while (s1 - 1 >= floor && !isBoundary(ctx, s1 - 1) && s1End - s1 < MAX_SUBJECT) s1--;
  while (s1 < s1End - 1 && LEADING_ADVERBS.has(lower[s1])) s1++;
  // ("“…,” said Jim Bopp, a committee member, told POLITICO": the first verb is not part of the subject.)
  if (s1 < s1End - 1 && cueOf(lower[s1]) && ctx.pos[s1] === POS_INDEX.VFIN) s1++;
  if (!s2HasStop || s1 >= s1End) {
    // Only one segment: "…, the source said" is handled by the caller; here the segment itself is the subject,
    // after the verb when it is an inverted report ("“…,” said Ben Carson, asked about …").
    if (cueOf(lower[s2]) && ctx.pos[s2] === POS_INDEX.VFIN && s2 + 1 < comma) s2++;
    return { a: s2, b: comma, apA: comma, apB: comma };
  }
  const s2Mention = ctx.cast.mentionAt[s2];
  const s2End = nameEndBefore(ctx, comma, floor);
  const s2IsName = s2Mention >= 0 && ctx.cast.mentions[s2Mention].endTok === s2End && ctx.cast.mentions[s2Mention].roleStartTok === s2;
  const s1HasName = hasNameMention(ctx, s1, s1End);
  if (RELATIVES.has(lower[s2])) return { a: s1, b: s1End, apA: s1End, apB: s1End }; // "the source, who said …, told"
  // "her mother, Fiona, said"; "The director of the European Centre, Ina Kirsch, told": a description
  // before a person's name, even one naming an organization, is the person's role.
  const s2IsPerson = s2IsName && ctx.cast.mentions[s2Mention].kind === "person";
  // ("after winning Ohio in the primary, Gov. John Kasich (R-OH), said": a fronted participle clause may name a
  // place or a party, and is still no subject.)
  const s1Fronted = ctx.doc.tokens[s1].text === lower[s1] && lower[s1].endsWith("ing") && ctx.pos[s1] !== POS_INDEX.NOUN;
  if (s2IsName && (!s1HasName || (s2IsPerson && (DETERMINERS.has(lower[s1]) || POSSESSIVE_PRONOUNS.has(lower[s1]) || s1Fronted)))) {
    // (Only a description is the role: "After winning Ohio, Gov. John Kasich (R-OH), said" has none.)
    return opensDescription(ctx, s1) ? { a: s2, b: s2End, apA: s1, apB: s1End } : { a: s2, b: s2End, apA: s2End, apB: s2End };
  }
  return { a: s1, b: s1End, apA: s2, apB: comma };
}

/** The longest quotation, marks included, that a description may hold ("wearing “Ted Cruz” pins"). */
const SHORT_QUOTE_TOKENS = 5;

/** Whether t is a mark of a short quotation that closes before `end`. */
function isShortQuoteMark(ctx: QuoteContext, t: number, end: number): boolean {
  const q = ctx.spanAt[t];
  if (q < 0) return false;
  const { openTok, closeTok } = ctx.spans[q];
  return closeTok > openTok && closeTok < end && closeTok - openTok <= SHORT_QUOTE_TOKENS;
}

/** The longest appositive looked through, in tokens ("…, an expert in drug use and mental health at the
 * Department of Health Sciences at the U.K.'s University of York who did not work on the study, told"). */
const MAX_APPOSITIVE = 40;

/**
 * "Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water, told": a name that
 * opens its clause, then a description that may hold commas of its own (a list inside a name, a second name
 * "the brother of the heir, Charles,"), then the verb. The subject is the name at the head of the chain; the
 * description is its role. Only a description counts (it opens with a determiner, a possessive or a lower-case
 * title, and has no verb of its own outside a relative clause), so a list of names is not mistaken for one.
 */
function appositiveChain(ctx: QuoteContext, comma: number, floor: number): Region | null {
  const { lower, cast } = ctx;
  let head: Region | null = null;
  let relative = false;
  for (let k = comma - 1; k >= floor && comma - k <= MAX_APPOSITIVE; k--) {
    const tok = ctx.doc.tokens[k];
    // ("Mr. Lane, citing “the unique magic of the mayor,” said": a quotation inside the description is read past,
    // when it closes inside the chain and opens after the floor.)
    const q = ctx.spanAt[k];
    if (q >= 0 && ctx.spans[q].closeTok === k && ctx.spans[q].openTok > floor) {
      k = ctx.spans[q].openTok;
      continue;
    }
    if (tok.kind === "quote" || ctx.inQuote[k]) break;
    if (ctx.pos[k] === POS_INDEX.WH) relative = true;
    // A verb of the description's own, before any relative pronoun: not an appositive but a clause.
    // (Read backwards, a relative clause's verb comes before its pronoun: "who did not work on the study".)
    if (ctx.pos[k] === POS_INDEX.VFIN && !relative && isOwnVerb(ctx, k) && !relativeBefore(ctx, k, floor)) break;
    if (tok.kind === "punct" && lower[k] !== "," && lower[k] !== "-" && lower[k] !== "&" && !isPartyTagStop(ctx, k)) break;
    if (lower[k] !== "," || k + 1 >= comma) continue;
    const end = nameEndBefore(ctx, k, floor);
    const mi = end > 0 ? cast.mentionAt[end - 1] : -1;
    if (mi < 0) continue;
    const m = cast.mentions[mi];
    if (m.endTok !== end || m.possessive || m.kind === "place" || m.kind === "organization") continue;
    if (!opensDescription(ctx, k + 1)) continue;
    // The name opens its clause: nothing but a boundary before it.
    const before = m.roleStartTok - 1;
    if (before >= floor && !isBoundary(ctx, before) && !LEADING_ADVERBS.has(lower[before])) continue;
    head = { a: m.roleStartTok, b: end, apA: k + 1, apB: comma };
    k = m.roleStartTok;
  }
  return head;
}

/** A party and state tag as the tokenizer leaves it: "d-ohio", "r-ky", "d-n" (of "D-N.Y."). */
const PARTY_STATE = /^[rdi]-[a-z]+\.?$/;

/** The stop inside a party and state tag that the tokenizer split ("R-S" "." "C." in "R-S.C."). */
function isPartyTagStop(ctx: QuoteContext, k: number): boolean {
  return ctx.lower[k] === "." && /^[rdi]-[a-z]$/.test(ctx.lower[k - 1] ?? "") && /^[a-z]\.$/.test(ctx.lower[k + 1] ?? "");
}

/**
 * "Mr. Slinker, whose latest start-up, Paradata, uses big data …, said": a person's name that opens its clause,
 * then a relative clause about them that runs, commas and names included, to the comma before the verb. The
 * name speaks; the relative clause is its role.
 */
function relativeAboutName(ctx: QuoteContext, comma: number, floor: number): Region | null {
  const { lower, cast } = ctx;
  for (let k = comma - 1; k > floor && comma - k <= MAX_APPOSITIVE; k--) {
    const tok = ctx.doc.tokens[k];
    if (isMark(ctx, k) || ctx.inQuote[k] || (tok.kind === "punct" && lower[k] !== "," && lower[k] !== "-")) return null;
    if ((lower[k] !== "who" && lower[k] !== "whose") || lower[k - 1] !== ",") continue;
    // The nearest relative clause decides: "…, the source, who said …, told" is the source's, not a name's before.
    const end = nameEndBefore(ctx, k - 1, floor);
    const mi = end - 1 >= floor ? cast.mentionAt[end - 1] : -1;
    if (mi < 0) return null;
    const m = cast.mentions[mi];
    if (m.endTok !== end || m.possessive || m.kind !== "person") return null;
    const before = m.roleStartTok - 1;
    if (before >= floor && !isBoundary(ctx, before) && !LEADING_ADVERBS.has(lower[before])) return null;
    return { a: m.roleStartTok, b: end, apA: k, apB: comma };
  }
  return null;
}

/**
 * Where the name before a comma ends: right at the comma, or before a party tag between them ("Rep. Tom Doe
 * (D-Tex.), …"); the comma itself when there is no tag.
 */
function nameEndBefore(ctx: QuoteContext, comma: number, floor: number): number {
  return bracketStartBefore(ctx, comma, floor, PARTY_TAG);
}

/** Where the brackets closing right before `b` open (within `reach` tokens); `b` when there are none. */
function bracketStartBefore(ctx: QuoteContext, b: number, floor: number, reach: number): number {
  if (ctx.lower[b - 1] !== ")") return b;
  for (let k = b - 2; k > floor && b - k <= reach; k--) {
    if (ctx.lower[k] === "(") return k;
    if (ctx.lower[k] === ")") return b;
  }
  return b;
}

/** A relative pronoun a few words before a verb ("who did", "who has long been"): the verb is the clause's. */
function relativeBefore(ctx: QuoteContext, k: number, floor: number): boolean {
  for (let j = k - 1; j >= floor && k - j <= 3; j--) if (ctx.pos[j] === POS_INDEX.WH) return true;
  // "who played a major role in 2008 and is now running …": a verb joined by "and" continues the relative clause
  // the pronoun opened further back, up to the comma that opened the description.
  const joint = ctx.lower[k - 1];
  if (joint !== "and" && joint !== "but" && joint !== "or") return false;
  for (let j = k - 2; j >= floor && k - j <= RELATIVE_REACH; j--) {
    if (ctx.lower[j] === "," || ctx.inQuote[j]) return false;
    if (ctx.pos[j] === POS_INDEX.WH) return true;
  }
  return false;
}

const AUXILIARY_VERBS = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "do", "does", "did", "may", "might", "must", "should"]);

/**
 * Is a word the tagger read as a finite verb one inside a description? Not after a determiner ("a retired
 * nurse"), nor a word that does not look like a verb after a noun ("a customer service representative").
 */
function isOwnVerb(ctx: QuoteContext, k: number): boolean {
  const before = ctx.pos[k - 1];
  if (before === POS_INDEX.DET) return false;
  if (before !== POS_INDEX.NOUN && before !== POS_INDEX.ADJ) return true;
  const w = ctx.lower[k];
  // ("an independent voter raised in Chile": an "-ed" form between a noun and its preposition is a participle.)
  if (w.endsWith("ed") && before === POS_INDEX.NOUN && (ctx.pos[k + 1] === POS_INDEX.ADP || ctx.pos[k + 1] === POS_INDEX.TO)) return false;
  return AUXILIARY_VERBS.has(w) || w.endsWith("ed") || w.endsWith("s");
}

/** What follows a participle that opens a description: a preposition, an object or its determiner. */
const PARTICIPLE_OBJECTS = new Set<number>([POS_INDEX.ADP, POS_INDEX.TO, POS_INDEX.DET]);

function opensDescription(ctx: QuoteContext, t: number): boolean {
  // "also an avid collector", "now a lecturer": an adverb before the description.
  if (ctx.pos[t] === POS_INDEX.ADV && ctx.doc.tokens[t].text.charAt(0) === ctx.lower[t].charAt(0) && t + 1 < ctx.lower.length && ctx.pos[t + 1] === POS_INDEX.DET) t++;
  // "Ann Roe, D-N.Y., the panel's chair, said": a party and state tag, whatever the cast made of it.
  if (PARTY_STATE.test(ctx.lower[t])) return true;
  if (ctx.cast.mentionAt[t] >= 0 && ctx.cast.mentions[ctx.cast.mentionAt[t]].roleStartTok === ctx.cast.mentions[ctx.cast.mentionAt[t]].startTok) return false;
  const w = ctx.lower[t];
  if (DETERMINERS.has(w) || POSSESSIVE_PRONOUNS.has(w) || ROLE_HEADS.has(w)) return true;
  const p = ctx.pos[t];
  // "Brianne Stone, 29, of Huntsville, Ala., says": an age, or where the person is from.
  if (p === POS_INDEX.NUM && ctx.lower[t + 1] === ",") return true;
  if ((w === "of" || w === "from") && /^[A-Z]/.test(ctx.doc.tokens[t + 1]?.text ?? "")) return true;
  const lowerCase = ctx.doc.tokens[t].text.charAt(0) === w.charAt(0);
  // "ranking member of …", "acting political director": a participle that premodifies a noun.
  const participle = (p === POS_INDEX.VGER || p === POS_INDEX.VPART) && (ctx.pos[t + 1] === POS_INDEX.NOUN || ctx.pos[t + 1] === POS_INDEX.ADJ);
  // "Lopez, speaking at a rally in Dayton, Ohio, warned", "Rivera, flanked by aides, said": a participle phrase
  // set off by commas describes the name before it.
  const participlePhrase = (p === POS_INDEX.VGER || p === POS_INDEX.VPART) && (PARTICIPLE_OBJECTS.has(ctx.pos[t + 1]) || isMark(ctx, t + 1));
  return lowerCase && (p === POS_INDEX.ADJ || p === POS_INDEX.NOUN || participle || participlePhrase);
}

function hasNameMention(ctx: QuoteContext, a: number, b: number, skipModifiers = false): boolean {
  for (let t = a; t < b; t++) {
    const mi = ctx.cast.mentionAt[t];
    if (mi < 0 || (skipModifiers && ctx.cast.mentions[mi].modifier)) continue;
    if (!ctx.cast.mentions[mi].possessive && ctx.cast.mentions[mi].kind !== "place") return true;
  }
  return false;
}

/** "a Reuters/Ipsos poll", "the New York Times/CBS News poll": a slash written between two words joins them. */
function isJoiningSlash(ctx: QuoteContext, t: number): boolean {
  const tokens = ctx.doc.tokens;
  return tokens[t].text === "/" && t > 0 && t + 1 < tokens.length && tokens[t - 1].end === tokens[t].start && tokens[t + 1].start === tokens[t].end;
}

/** The noun phrase right after an inverted cue ("said the Embassy of the United States in a statement"). */
export function subjectAfter(ctx: QuoteContext, from: number, end: number): Region | null {
  const { lower, doc } = ctx;
  if (from < end && NP_STOPS.has(lower[from]) && ctx.cast.mentionAt[from] < 0) return null; // "said after …"
  let b = from;
  while (b < end && b - from < 12) {
    const tok = doc.tokens[b];
    if (tok.kind === "quote" || (tok.kind === "punct" && tok.text !== "&" && tok.text !== "-" && !isJoiningSlash(ctx, b))) break;
    // A spaced hyphen is a dash ("the Tax Policy Center - hardly enough"): the writer's aside, not the name.
    if (tok.text === "-" && b > from && tok.start > doc.tokens[b - 1].end) break;
    if (b > from && lower[b] === "and" && b + 1 < end && ctx.cast.mentionAt[b + 1] >= 0 && ctx.cast.mentionAt[b - 1] >= 0) {
      b++; // "both Roscosmos and NASA", "the World Travel and Tourism Council"
      continue;
    }
    if (b > from && NP_STOPS.has(lower[b]) && ctx.cast.mentionAt[b] < 0) {
      // "spokesperson for X", "director of Y" keep their complement, and so does a participle after the head
      // ("one Republican involved in the planning"); other prepositions end the phrase.
      const participle = b - 1 > from && ctx.pos[b - 1] === POS_INDEX.VPART && lower[b - 1].endsWith("ed");
      // ("said a person close to the family", "said officials familiar with the talks": the adjective keeps its
      // complement, or the name shown is "a person close".)
      const complement = b - 1 > from && COMPLEMENT_ADJECTIVES.has(lower[b - 1]);
      if (!((lower[b] === "of" || lower[b] === "for" || participle || complement) && b + 1 < end)) break;
    }
    b++;
  }
  if (b === from) return null;
  let apA = b;
  let apB = b;
  if (b < end && lower[b] === "," && b + 1 < end && isAppositiveStart(ctx, b + 1)) {
    apA = b + 1;
    apB = apA;
    while (apB < end && (lower[apB] !== "," || commaInsideName(doc.tokens, lower, apB)) && !isMark(ctx, apB) && !(doc.tokens[apB].kind === "punct" && doc.tokens[apB].text[0] === ".") && apB - apA < 20) apB++;
    // "According to the report, the homes were damaged": words with a verb of their own are the clause, not
    // an appositive to the source.
    for (let k = apA; k < apB; k++) {
      if (ctx.pos[k] === POS_INDEX.VFIN && ctx.cast.mentionAt[k] < 0) {
        apA = b;
        apB = b;
        break;
      }
    }
  }
  // "said another leading court advocate, Andrew Pincus of Mayer Brown": a description, then the person it
  // describes, who speaks; the description is the role.
  const named = apB > apA ? ctx.cast.mentionAt[apA] : -1;
  // (A name that only modifies the description, "Supreme Court advocate", names nobody who speaks.)
  if (named >= 0 && ctx.cast.mentions[named].kind === "person" && ctx.cast.mentions[named].roleStartTok === apA && !hasNameMention(ctx, from, b, true) && opensDescription(ctx, from)) {
    return { a: apA, b: ctx.cast.mentions[named].endTok, apA: from, apB: b };
  }
  return { a: from, b, apA, apB };
}

function isAppositiveStart(ctx: QuoteContext, t: number): boolean {
  const w = ctx.lower[t];
  if (w.endsWith("ing") || w === "who" || w === "which" || w === "and" || w === "but") return false;
  const text = ctx.doc.tokens[t].text;
  return DETERMINERS.has(w) || ROLE_HEADS.has(w) || (ctx.doc.tokens[t].kind === "word" && text.charAt(0) !== w.charAt(0));
}

/**
 * "The company said", "the brokerage said", "the statement said": a definite description with no name of its
 * own stands for what the article named before — the organization most in view, or, for a document, whoever
 * last spoke. Role words ("the minister") and unnamed sources ("the officials") are resolved elsewhere.
 */
function describedEarlier(ctx: QuoteContext, state: CorefState, r: Region, h: number, headType: SpeakerType | null): Resolved | null {
  const { lower } = ctx;
  // ("the deputy head of China's delegation to the forum": a description with its own complement says who it is.)
  if (lower[r.a] !== "the" || headType === "anonymous" || h < r.b) return null;
  // ("The Ortiz campaign": a name inside the description already says whose it is.)
  if (hasNameMention(ctx, r.a + 1, h - 1)) return null;
  const head = lower[h - 1];
  if (ROLE_HEADS.has(head) || KIN_NOUNS.has(head) || PERSON_NOUN.test(head) || ctx.pos[h - 1] !== POS_INDEX.NOUN) return null;
  const mention = textOf(ctx, r.a, r.b);
  if (DOCUMENT_HEADS.has(head)) return state.last ? withMention(state.last, mention) : null;
  // Only a singular head: "the company", not "the companies" (which may be any of several).
  if (head.endsWith("s") && !head.endsWith("ss")) return null;
  const org = organizationBefore(ctx, r.a, ctx.lower.slice(r.a + 1, h));
  // Only a head that names a body points back to one: "the narrator", "the billionaire mogul", "the British
  // royal" or "the report" are not the organization named last.
  if (org && !namesBody(head, org)) return null;
  // "the government", "the court": a public body is only the organization named before when that name says
  // so ("the High Court"); a company's "the government" is some country's, not the company.
  if (org && PUBLIC_BODY_HEADS.has(head) && !org.canonical.toLowerCase().split(/\s+/).includes(head)) return null;
  return org ? plainSpeaker(org.canonical, "organization", mention, "", org.entity) : null;
}

/**
 * Can "the <head>" be this organization? A noun for a body ("the company", "the agency"), a word that ends
 * organizations' names in the training corpora ("the exchange"), a word of this one's name ("the Chronicle"),
 * or a trade a company is described by ("the brokerage", "the utility").
 */
function namesBody(head: string, org: NameMention): boolean {
  if (typeOfHead(head) === "organization" || isOrgHead(head) || BUSINESS_NOUNS.has(head)) return true;
  return org.canonical.toLowerCase().split(/\s+/).includes(head);
}

/** Trades a company is called by after it is named ("the brokerage said"), beyond the nouns for bodies. */
const BUSINESS_NOUNS = new Set([
  "brokerage", "utility", "insurer", "lender", "automaker", "carmaker", "publisher", "startup", "chain", "conglomerate",
  "nonprofit", "outlet", "paper", "supplier", "distributor", "exchange", "platform", "app",
]);

/** Heads of descriptions that name a public body, which an unrelated company or school cannot be. */
const PUBLIC_BODY_HEADS = new Set([
  "government", "administration", "regime", "state", "city", "county", "court", "parliament", "congress", "senate",
  "legislature", "military", "army", "navy", "police", "ministry", "department", "council", "commission", "embassy",
]);

const PRONOUN_OF: Record<string, string> = { his: "he", her: "she", its: "it", their: "they" };
const OBJECT_PRONOUN_OF: Record<string, string | undefined> = { him: "he", them: "they", us: "we", me: "i" };

/** How far back in its sentence "they" looks for the group that spoke (bounded: a run-on page stays linear). */
const GROUP_REACH = 60;

/**
 * "Though executives who worked with Murdoch say they assume …, they also say …", "Other candidates said they
 * support …, they said": "they" is the group that spoke earlier in its own sentence, the subject of a speech
 * verb whose head is a plural noun or a pair joined by "and" — not an organization named in passing.
 */
function groupSpeakingEarlier(ctx: QuoteContext, state: CorefState, at: number): Resolved | null {
  const sent = ctx.sentOf[at];
  if (sent < 0) return null;
  const first = ctx.doc.sentences[sent].firstToken;
  for (let v = at - 1; v > first && at - v <= GROUP_REACH; v--) {
    // (A present tense the tagger reads as a base form counts: "executives … say".)
    const finite = ctx.pos[v] === POS_INDEX.VFIN || (ctx.pos[v] === POS_INDEX.VBASE && ctx.lower[v - 1] !== "to");
    if (ctx.inQuote[v] || !finite || !cueOf(ctx.lower[v])) continue;
    const region = subjectBefore(ctx, v, first);
    if (!region || region === ELIDED || !isGroup(ctx, region)) continue;
    const r = resolveRegion(ctx, state, region, v);
    if (r.speaker.type === "anonymous" || r.speaker.type === "organization") return r;
  }
  return null;
}

/** A plural common-noun head ("Other Republican candidates", "executives") or two names joined by "and". */
function isGroup(ctx: QuoteContext, r: Region): boolean {
  for (let t = r.a; t < r.b; t++) if (ctx.lower[t] === "and" && hasNameMention(ctx, r.a, t)) return true;
  const head = r.b - 1;
  return ctx.pos[head] === POS_INDEX.NOUN && /[^s]s$/.test(ctx.lower[head]) && ctx.cast.mentionAt[head] < 0;
}

/** Words that open a clause whose subject may speak: "Oil fell after sources said", "as he told". */
export const SUBORDINATORS = new Set(["after", "before", "as", "while", "because", "since", "although", "though", "if", "when", "until", "once", "where", "whereas", "what", "how", "why", "that"]);

/**
 * The noun phrase a subject region stands for: the region itself when it is one; otherwise the phrase right
 * before the cue, when a clause opens before it ("This comes as China [said]", "where he [said]") — never
 * the object of a preposition ("announced in October [said]").
 */
function speakerPhrase(ctx: QuoteContext, r: Region): { a: number; b: number } | null {
  const x = ctx.np;
  const whole = nounPhraseIn(x, r.a, r.b);
  if (whole) return withoutDay(ctx, whole);
  // A region that ends in a person's name is that person, whatever title runs before it ("The We Company’s
  // recently named executive chair Marcelo Claure").
  const last = ctx.cast.mentionAt[r.b - 1];
  if (last >= 0 && ctx.cast.mentions[last].kind === "person" && ctx.cast.mentions[last].endTok === r.b) {
    return { a: ctx.cast.mentions[last].roleStartTok, b: r.b };
  }
  let b = r.b;
  // "executives there indicate": a place adverb after the phrase.
  if (b - r.a > 1 && (ctx.lower[b - 1] === "there" || ctx.lower[b - 1] === "here")) b--;
  // "he said, adding": the region ran over its own verb.
  if (b - r.a > 1 && ctx.pos[b - 1] === POS_INDEX.VFIN && cueOf(ctx.lower[b - 1])) b--;
  const tail = nounPhraseEndingAt(x, r.a, b);
  if (!tail) return null;
  if (tail.a === r.a) return tail;
  const before = tail.a - 1;
  const opener = ctx.pos[before];
  if (opener === POS_INDEX.ADP || opener === POS_INDEX.TO) return SUBORDINATORS.has(ctx.lower[before]) ? tail : null;
  if (opener === POS_INDEX.VFIN || opener === POS_INDEX.WH || opener === POS_INDEX.CONJ || ctx.lower[before] === ",") return tail;
  // A name right before the cue speaks, whatever the tagger made of the words before it ("shop owner Rosa Lind").
  for (let t = tail.a; t < tail.b; t++) if (!x.isName(t)) return null;
  return tail;
}

/**
 * "The Sanders campaign on Monday", "RNC spokesman Sean Spicer on Thursday evening": a day at the end of a subject
 * says when it spoke, and is no part of its name. (The grammar keeps it: after a verb, "actions on Sunday" is one
 * phrase.)
 */
function withoutDay(ctx: QuoteContext, np: { a: number; b: number }): { a: number; b: number } {
  let b = np.b;
  if (b - np.a > 3 && PARTS_OF_DAY.has(ctx.lower[b - 1])) b--;
  return b - np.a > 2 && ctx.lower[b - 2] === "on" && WEEKDAYS.has(ctx.lower[b - 1]) ? { a: np.a, b: b - 2 } : np;
}
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);

/**
 * What a subject region refers to: a pronoun through coreference, a name through the cast, an unnamed
 * group ("two U.S. sources") as anonymous, an organization by its name or head noun ("the Russian space agency").
 */
export function resolveRegion(ctx: QuoteContext, state: CorefState, region: Region, cue: number): Resolved {
  const { lower, cast } = ctx;
  // "his claim that …": the possessive pronoun is the speaker.
  if (region.owner && region.b - region.a === 1 && POSSESSIVE_PRONOUNS.has(lower[region.a])) {
    const found = resolvePronoun(ctx, state, PRONOUN_OF[lower[region.a]], region.a);
    return found ? withMention(found, textOf(ctx, region.a, region.b)) : plainSpeaker("", "unknown", "");
  }
  // "those who back her opponents say": the relative clause is all that tells the group apart, so it is the name.
  if (region.b - region.a === 1 && lower[region.a] === "those" && lower[region.b] === "who" && cue > region.b + 1) {
    let end = cue;
    while (end - 1 > region.b + 1 && isBetweenSubjectAndVerb(ctx, end - 1)) end--;
    const phrase = textOf(ctx, region.a, end);
    return plainSpeaker(phrase, "anonymous", phrase);
  }
  // A speaker is a noun phrase; a slice of a sentence ("perhaps the most", "announced in October") is nobody,
  // and "unknown" is better than showing it.
  const np = speakerPhrase(ctx, region);
  if (!np) return plainSpeaker("", "unknown", "");
  const r: Region = { ...region, a: np.a, b: np.b };
  const mention = textOf(ctx, r.a, r.b);
  const appositive = r.apB > r.apA ? cleanRole(ctx, r.apA, r.apB) : "";
  // ("WHO said": in capitals the word is the World Health Organization, not a pronoun.)
  // ("according to him", "according to them": an object pronoun stands for its subject form.)
  if (r.b - r.a === 1 && (PRONOUNS.has(lower[r.a]) || lower[r.a] === "which" || OBJECT_PRONOUN_OF[lower[r.a]]) && !isAllCaps(ctx.doc.tokens[r.a].text)) {
    const w = OBJECT_PRONOUN_OF[lower[r.a]] ?? lower[r.a];
    if (w === "i" || w === "we" || w === "you") return plainSpeaker("", "unknown", mention);
    const found = w === "who" || w === "which" ? antecedentOf(ctx, state, r.a) : w === "they" ? groupSpeakingEarlier(ctx, state, r.a) ?? pairOpeningSentenceBefore(ctx, state, r.a) ?? resolvePronoun(ctx, state, w, r.a) : resolvePronoun(ctx, state, w, r.a);
    if (found) return withMention(found, mention);
    // A relative pronoun whose antecedent is nobody in particular ("those who said …") leaves the speaker unknown;
    // "who" alone would read as a name.
    if (w === "who" || w === "which") return plainSpeaker("", "unknown", "");
    return plainSpeaker("", w === "it" ? "organization" : w === "they" ? "anonymous" : "unknown", mention);
  }
  // Head region: up to the first preposition or participle outside a name ("a spokesperson | for X", "a person
  // | briefed on the call").
  let h = r.a;
  while (h < r.b && !((PREPOSITIONS.has(lower[h]) || isPostModifierVerb(ctx, h)) && cast.mentionAt[h] < 0 && h > r.a)) h++;
  // (An infinitive ends the head too: "research | to be released by …".)
  for (let t = r.a + 1; t < h; t++) if (lower[t] === "to" && ctx.pos[t + 1] === POS_INDEX.VBASE && cast.mentionAt[t] < 0) h = t;
  const last = h - 1;
  const headWord = lower[last];
  const lastMention = cast.mentionAt[last];
  let firstWord = r.a;
  // ("those over 60", "those surveyed": "those" is the head the words after it describe, not a determiner.)
  while (firstWord < h - 1 && DETERMINERS.has(lower[firstWord]) && !(lower[firstWord] === "those" && (ctx.pos[firstWord + 1] === POS_INDEX.ADP || lower[firstWord + 1].endsWith("ed")))) firstWord++;
  // "his spokesman", "her mother": resolve the possessor.
  const possessor = POSSESSIVE_PRONOUNS.has(lower[r.a]) ? resolvePronoun(ctx, state, lower[r.a], r.a) : null;
  // "One of the officials", "some of the residents": part of an unnamed group; so is a count or a share of one
  // ("About four in 10", "58 percent of Ohio teachers", "at least 14,000"), whatever place it names.
  if ((h < r.b && PART_OF.has(lower[r.a]) && h === r.a + 1 && lower[h] === "of") || isQuantityPhrase(ctx.np, r.a, r.b)) {
    return plainSpeaker(mention, "anonymous", mention, appositive);
  }
  // "one Republican involved in the planning", "an American": a party member or national named by a capitalised
  // word alone is an unnamed person, not the party or the country.
  if (INDEFINITES.has(lower[r.a]) && h === r.a + 2 && lastMention >= 0 && cast.mentions[lastMention].kind !== "person" && ctx.doc.tokens[last].text !== lower[last]) {
    return plainSpeaker(mention, "anonymous", mention, appositive);
  }
  // "a Japanese observer", "one analyst", "an official": an unnamed person, whatever nationality or title the
  // phrase carries, named by the phrase itself.
  if (INDEFINITES.has(lower[r.a]) && h - r.a > 1 && isCommonNoun(ctx, last) && isPersonHead(headWord) && (h === r.b || WHOSE.has(lower[h]))) {
    // "A California transit chief says …" in a lede, then "Police Chief Ed Alvarez told reporters …": the
    // description is the person the next sentences name with that title.
    if (ROLE_HEADS.has(headWord)) {
      const s = ctx.sentOf[r.a];
      const p = personTitled(ctx, headWord, s, s + NAMED_LATER);
      if (p >= 0) return personSpeaker(ctx, p, mention, textOf(ctx, firstWord, h));
    }
    const tail = h < r.b ? describeTail(ctx, h, r.b) : "";
    const phrase = lower[r.a] + (h - r.a > 1 ? " " + textOf(ctx, r.a + 1, h) : "") + tail;
    return plainSpeaker(phrase, "anonymous", mention, appositive);
  }
  if (lastMention < 0 || cast.mentions[lastMention].kind === "place" && h - r.a > 1 && typeOfHead(headWord) !== null) {
    const headType = typeOfHead(headWord);
    const back = lastMention < 0 && !possessor ? describedEarlier(ctx, state, r, h, headType) : null;
    if (back) return back;
    // "the British royal", "the retired neurosurgeon": the person in view the description fits (personDescriptions.ts).
    const described = lastMention < 0 && !possessor ? personDescribed(ctx, state, r.a, h, r.b) : -1;
    if (described >= 0) return personSpeaker(ctx, described, mention, appositive);
    if (described === KEEP_DESCRIPTION) return plainSpeaker(textOf(ctx, firstWord, h), headType === "anonymous" ? "anonymous" : "person", mention, appositive);
    const tail = h < r.b ? describeTail(ctx, h, r.b) : "";
    // "two U.S. sources", "several analysts": how many belongs to the anonymous name; "the"/"his" does not.
    const nameBase = textOf(ctx, COUNTS.has(lower[r.a]) && h - r.a > 1 ? r.a : firstWord, h) + tail;
    // "forecasters said", "two traders said": a plural agent noun or a counted group is an unnamed source.
    // So are the holders of a role ("China's health chiefs", "party leaders").
    const pluralRole = headWord.endsWith("s") && (ROLE_HEADS.has(headWord.slice(0, -1)) || ROLE_HEADS.has(headWord));
    const group = isQuantified(lower[r.a]) || (lower[r.a] === "those" && h - r.a > 1) || ctx.pos[r.a] === POS_INDEX.NUM || (AGENT_NOUN.test(headWord) && headWord.endsWith("s")) || pluralRole;
    if (headType === "anonymous" || (headType === null && group && !hasNameMention(ctx, r.a, h))) {
      const owner = possessor ? ` for ${possessor.speaker.name}` : "";
      return plainSpeaker(nameBase + owner, "anonymous", mention, appositive);
    }
    if (headType === "organization") {
      return plainSpeaker(nameBase, "organization", mention, appositive, mentionEntity(ctx, r.a, r.b));
    }
    // "the 46-year-old": the person the article gave that age ("Ann Roe, 46, …"), or an unnamed person.
    if (AGE_NOUN.test(headWord) && !possessor) {
      const p = personAged(ctx, headWord.slice(0, headWord.indexOf("-")), r.a);
      if (p >= 0) return personSpeaker(ctx, p, mention, appositive);
      return plainSpeaker(textOf(ctx, firstWord, h), "person", mention, appositive);
    }
    if (ROLE_HEADS.has(headWord) || KIN_NOUNS.has(headWord)) {
      // "the president", or "China’s ambassador" when the article names "China’s ambassador to Britain Liu …".
      let p = !possessor ? resolveRoleNoun(ctx, headWord, cue) : -1;
      if (p < 0 && !possessor) p = personTitled(ctx, headWord);
      if (p >= 0) return personSpeaker(ctx, p, mention, appositive);
      return plainSpeaker(possessor ? `${possessor.speaker.name}'s ${headWord}` : textOf(ctx, firstWord, h), "person", mention, appositive);
    }
  }
  // A name: the last name in the head region that is not a possessive or modifier.
  let best = -1;
  let describing = false;
  for (let t = r.a; t < h; t++) {
    const mi = cast.mentionAt[t];
    if (mi < 0) continue;
    const m = cast.mentions[mi];
    t = m.endTok - 1;
    if (m.modifier) describing = true;
    if ((m.possessive && !r.owner) || m.modifier) continue;
    if (best < 0 || m.kind !== "place" || cast.mentions[best].kind === "place") best = mi;
  }
  // A name after the head ("the explanatory notes of the British Bill") is not the speaker when the head is a
  // common noun: the description is.
  if (best < 0 && !isCommonNoun(ctx, last)) {
    for (let t = r.a; t < r.b; t++) {
      const mi = cast.mentionAt[t];
      if (mi >= 0 && !cast.mentions[mi].possessive) best = mi;
    }
  }
  // "The Israeli election results suggest", "Deficit hawks have warned": a place, or any name, that only
  // modifies a common noun head is not the speaker; the phrase is, as an unnamed source.
  const modifierOnly = best >= 0 ? cast.mentions[best].kind === "place" || cast.mentions[best].endTok < h : describing;
  if (modifierOnly && lastMention < 0 && isCommonNoun(ctx, last)) {
    return plainSpeaker(textOf(ctx, firstWord, h), "anonymous", mention, appositive);
  }
  if (best >= 0) {
    const m = cast.mentions[best];
    const joint = jointNames(ctx, r, best);
    // (Two people are people: "Lorenz and Fetter said"; a pair with a body in it speaks as one.)
    if (joint) return plainSpeaker(joint.name, joint.people ? "person" : "organization", mention, appositive);
    if (m.kind === "person" && m.person >= 0) {
      const pre = m.roleStartTok > firstWord && m.roleStartTok > r.a ? cleanRole(ctx, firstWord, m.roleStartTok) : "";
      const own = m.roleStartTok < m.startTok ? textOf(ctx, m.roleStartTok, m.startTok) : "";
      const role = appositive || [pre, own].filter(Boolean).join(" ").trim();
      if (appositive) addRole(cast.people[m.person], appositive);
      return personSpeaker(ctx, m.person, mention, isHonorificOnly(role) ? "" : role);
    }
    // A single unknown name with a personal title or kin word beside it ("her father, Tobias") is a person.
    // "Ruiz, who chairs the committee, told": "who" is said of people.
    const who = lower[m.endTok] === "," && lower[m.endTok + 1] === "who";
    // ("Andrew parties … despite claiming": a common given name alone is a person too.)
    const givenName = m.endTok - m.startTok === 1 && (MALE_NAMES.has(lower[m.startTok]) || FEMALE_NAMES.has(lower[m.startTok]));
    const personal = m.kind === "person" || (m.kind === "unknown" && (hasPersonalWord(ctx, r.apA, r.apB) || hasPersonalWord(ctx, r.a, m.startTok) || who || givenName));
    return plainSpeaker(m.canonical, personal ? "person" : "organization", mention, appositive, m.entity);
  }
  // "The deputy head of China's delegation to the forum", "a guy": a description that names nobody is an unnamed
  // source when it is an article and a common noun, at most with an "of" after it. Anything longer ("the event
  // with Obama", "an editor's note on the story") more likely describes a thing, and stays unknown.
  // ("Those in favor of punishment", "those close to the talks": a group told apart by what follows "those".)
  // ("A campaign ad aired Monday", "a study published in March": a participle after the head describes it.)
  const participleTail = h < r.b && isPostModifierVerb(ctx, h);
  const described = (DESCRIBING_ARTICLES.has(lower[r.a]) && isCommonNoun(ctx, last) && ctx.pos[last] === POS_INDEX.NOUN &&
    !DOCUMENT_HEADS.has(headWord) && (h === r.b || lower[h] === "of" || participleTail) && !hasClauseWord(ctx, r.a, participleTail ? h : r.b)) ||
    (lower[r.a] === "those" && r.b - r.a > 1 && !hasClauseWord(ctx, r.a, r.b));
  // "From said", after "said Al From": the surname of a speaker the entity pass did not list.
  const named = r.b - r.a === 1 && ctx.doc.tokens[r.a].text !== lower[r.a] ? state.unlistedBySurname.get(lower[r.a]) : undefined;
  if (named) return withMention(named, mention);
  const shown = described && participleTail && onlyTimeWords(ctx, h + 1, r.b) ? h : r.b;
  return plainSpeaker(textOf(ctx, firstWord, shown), described ? "anonymous" : "unknown", mention, appositive);
}

const DESCRIBING_ARTICLES = new Set(["the", "a", "an"]);

/** A relative or complement clause inside a phrase ("the idea that the changes …"): it is no description of a source. */
function hasClauseWord(ctx: QuoteContext, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (OBJECT_RELATIVES.has(ctx.lower[t]) || ctx.lower[t] === "who" || ctx.pos[t] === POS_INDEX.VFIN) return true;
  return false;
}

const PART_OF = new Set(["one", "some", "many", "most", "several", "dozens", "hundreds", "thousands", "millions", "two", "three", "four", "none", "each", "both", "all", "either", "neither", "few"]);
const COUNTS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "few", "most", "dozens", "hundreds", "thousands"]);
/** Prepositions after an unnamed person that say whose or where they are ("a spokesperson for X", "an official at Y"). */
/** Adjectives that describe a source by its tie to someone ("close to", "familiar with"): they keep their complement. */
const COMPLEMENT_ADJECTIVES = new Set(["close", "familiar", "aware", "loyal", "allied", "opposed", "sympathetic", "critical"]);

const WHOSE = new Set(["for", "of", "at", "in", "with", "on", "close", "familiar", "near"]);
const INDEFINITES = new Set(["a", "an", "one", "another"]);
/** Sentences after an indefinite description ("A transit chief says") in which its name may follow. */
const NAMED_LATER = 3;

/** Heads an unnamed person goes by: a source or role noun, a relation, or an agent noun ("observer", "analyst"). */
function isPersonHead(head: string): boolean {
  return isSourceHead(head) && typeOfHead(head) !== "organization" || KIN_NOUNS.has(head) || AGENT_NOUN.test(head);
}
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|ee)s?$/;
/** A person by their age: "the 46-year-old". */
const AGE_NOUN = /^\d+-year-old$/;

/** The person last named before `before` with `age` in commas after the name ("Ann Roe, 46, said"), or -1. */
function personAged(ctx: QuoteContext, age: string, before: number): number {
  const { mentions } = ctx.cast;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.endTok > before || m.kind !== "person" || m.person < 0) continue;
    if (ctx.lower[m.endTok] === "," && ctx.lower[m.endTok + 1] === age && ctx.lower[m.endTok + 2] === ",") return m.person;
  }
  return -1;
}

/** Endings of nouns for people, never for a company ("the billionaire", "the novelist", "the teenager"). */
const PERSON_NOUN = /(?:aire|ist|ian|ee|ess|man|woman|person|ager|ster)$/;

/** A lower-case word outside any name: the head of an unnamed noun phrase. */
function isCommonNoun(ctx: QuoteContext, t: number): boolean {
  const tok = ctx.doc.tokens[t];
  return tok.kind === "word" && ctx.cast.mentionAt[t] < 0 && tok.text.charAt(0) === ctx.lower[t].charAt(0) && !PRONOUNS.has(ctx.lower[t]);
}

function isLowerCue(ctx: QuoteContext, t: number): boolean {
  const text = ctx.doc.tokens[t].text;
  const info = cueOf(ctx.lower[t]);
  // Noun-like forms ("intelligence reports") belong to the subject, not to another clause; so does a cue word
  // after a determiner or a possessive ("the call", "last week's call"), or read as the head of a compound
  // ("the trade phone call").
  if (t > 0 && (DETERMINERS.has(ctx.lower[t - 1]) || ctx.pos[t - 1] === POS_INDEX.POSS)) return false;
  // "an official who spoke anonymously to discuss internal strategy said": an infinitive is no clause's verb.
  if (t > 0 && ctx.lower[t - 1] === "to") return false;
  if (t > 0 && ctx.pos[t] === POS_INDEX.NOUN && (ctx.pos[t - 1] === POS_INDEX.NOUN || ctx.pos[t - 1] === POS_INDEX.ADJ)) return false;
  return text.charAt(0) === ctx.lower[t].charAt(0) && info !== undefined && !(info.flags & CueFlags.NounLike);
}

/** A participle after the head opens a post-modifier ("a person briefed on", "officials speaking on condition"). */
function isPostModifierVerb(ctx: QuoteContext, t: number): boolean {
  // ("one Republican involved in …": a party or nationality word is the head here, a person's name never is.)
  const mi = ctx.cast.mentionAt[t - 1];
  const nameHead = ctx.pos[t - 1] === POS_INDEX.PROPN && (mi < 0 || ctx.cast.mentions[mi].kind !== "person");
  if (ctx.pos[t - 1] !== POS_INDEX.NOUN && !nameHead) return false;
  // (The tagger may read an "-ed" word before a preposition as a noun: "a person briefed on"; before a time, as
  // a past tense: "a TV ad released Thursday".)
  const time = ctx.lower[t].endsWith("ed") && timeEnd(ctx.np, t + 1, ctx.lower.length) > t + 1;
  return ctx.pos[t] === POS_INDEX.VPART || ctx.pos[t] === POS_INDEX.VGER || (ctx.lower[t].endsWith("ed") && ctx.pos[t + 1] === POS_INDEX.ADP) || time;
}

function hasPersonalWord(ctx: QuoteContext, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (KIN_NOUNS.has(ctx.lower[t]) || ROLE_HEADS.has(ctx.lower[t])) return true;
  return false;
}

function isHonorificOnly(role: string): boolean {
  const r = role.toLowerCase();
  return r === "mr" || r === "mrs" || r === "ms" || r === "dr" || r === "mr." || r === "mrs." || r === "ms." || r === "dr.";
}

function isQuantified(w: string): boolean {
  return w === "many" || w === "some" || w === "most" || w === "several" || w === "few" || w === "two" || w === "three" || w === "other" || w === "both";
}

/** Is [a, b) a time phrase and nothing else ("last week", "on Monday")? */
function onlyTimeWords(ctx: QuoteContext, a: number, b: number): boolean {
  return a < b && timeEnd(ctx.np, a, b) === b;
}

/** "for Canadian Deputy Prime Minister Chrystia Freeland" → " for Chrystia Freeland" (the fullest name, no title). */
function describeTail(ctx: QuoteContext, h: number, b: number): string {
  // "research to be released this week by …": an infinitive after the head says what will happen to it, not
  // whose it is; the head alone names it.
  if (ctx.lower[h] === "to" && (ctx.pos[h + 1] === POS_INDEX.VBASE || ctx.lower[h + 1] === "be")) return "";
  const prep = ctx.doc.tokens[h].text;
  for (let t = h + 1; t < b; t++) {
    const mi = ctx.cast.mentionAt[t];
    if (mi < 0) continue;
    const m = ctx.cast.mentions[mi];
    if (m.kind === "person" && m.person >= 0) return ` ${prep} ${ctx.cast.people[m.person].name}`;
  }
  // ("a poll released last week": a participle with only a time after it says when, not whose.)
  if (isPostModifierVerb(ctx, h) && onlyTimeWords(ctx, h + 1, b)) return "";
  return " " + textOf(ctx, h, b);
}

/**
 * The organization entity inside an organization phrase. A country or place in it ("the Norwegian embassy",
 * "the Embassy of Japan") names whose organization it is, not the speaker, so it is never linked.
 */
function mentionEntity(ctx: QuoteContext, a: number, b: number): string | null {
  for (let t = a; t < b; t++) {
    const mi = ctx.cast.mentionAt[t];
    if (mi >= 0 && ctx.cast.mentions[mi].entity && ctx.cast.mentions[mi].kind === "organization") return ctx.cast.mentions[mi].entity;
  }
  return null;
}

/** "both Roscosmos and NASA" → "Roscosmos and NASA". */
function jointNames(ctx: QuoteContext, r: Region, best: number): { name: string; people: boolean } | null {
  const m = ctx.cast.mentions[best];
  let before = m.roleStartTok - 1;
  if (before > r.a && DETERMINERS.has(ctx.lower[before])) before--;
  if (before <= r.a || ctx.lower[before] !== "and") return null;
  const mi = ctx.cast.mentionAt[before - 1];
  if (mi < 0) return null;
  const other = ctx.cast.mentions[mi];
  const isPerson = (x: typeof m) => x.kind === "person" && x.person >= 0;
  const name = (x: typeof m) => (isPerson(x) ? ctx.cast.people[x.person].name : x.canonical);
  return { name: `${name(other)} and ${name(m)}`, people: isPerson(m) && isPerson(other) };
}

/**
 * "Lorenz and Fetter plotted the motion of this point. They found that …": a sentence opening with "they" after
 * one whose subject is two people joined by "and" is about that pair, whatever the verb before.
 */
function pairOpeningSentenceBefore(ctx: QuoteContext, state: CorefState, at: number): Resolved | null {
  const sent = ctx.sentOf[at];
  if (sent <= 0 || at !== ctx.doc.sentences[sent].firstToken) return null;
  const prev = ctx.doc.sentences[sent - 1];
  const { mentions, mentionAt } = ctx.cast;
  const first = mentionAt[prev.firstToken];
  if (first < 0 || mentions[first].kind !== "person") return null;
  const and = mentions[first].endTok;
  if (ctx.lower[and] !== "and") return null;
  const second = mentionAt[and + 1];
  if (second < 0 || mentions[second].kind !== "person" || mentions[second].roleStartTok !== and + 1) return null;
  const verb = mentions[second].endTok;
  if (ctx.pos[verb] !== POS_INDEX.VFIN) return null;
  const region: Region = { a: prev.firstToken, b: verb, apA: verb, apB: verb };
  const r = resolveRegion(ctx, state, region, at);
  return r.speaker.type === "person" && r.person < 0 ? r : null;
}

const CLAUSE_WORDS = new Set(["who", "which", "that", "whose", "where", "has", "have", "had", "is", "was", "were", "are", "been", "will", "would"]);

function cleanRole(ctx: QuoteContext, a: number, b: number): string {
  // A role is a noun phrase: cut it where a relative clause or a verb begins.
  for (let k = a + 1; k < b; k++) {
    // "chief executive of X and no relation": what follows "and no/not" says what the person is not.
    if (CLAUSE_WORDS.has(ctx.lower[k]) || (ctx.lower[k] === "and" && (ctx.lower[k + 1] === "no" || ctx.lower[k + 1] === "not"))) {
      b = k;
      break;
    }
  }
  let s = a;
  while (s < b && (DETERMINERS.has(ctx.lower[s]) && ctx.lower[s] !== "his" && ctx.lower[s] !== "her" && ctx.lower[s] !== "one")) s++;
  let e = b;
  while (e > s && ctx.doc.tokens[e - 1].kind === "punct") e--;
  // "Lindsey Pratt, who has endorsed …", "Derek Scissors, who consults with …": a relative clause says what the
  // person did, not what they are; it is no role.
  if (RELATIVES.has(ctx.lower[s])) return "";
  // "Richardson, via USA Today, said": where the words were read, not what the person is.
  if (ctx.lower[s] === "via" || ctx.lower[s] === "according") return "";
  // "Manafort, citing the polls, said", "Ruiz, asked about the vote, said": a participle with its own object or
  // complement is something the person did; "acting director", "ranking member" stay roles.
  if (s + 1 < e && isParticipleClause(ctx, s)) return "";
  return textOf(ctx, s, e);
}

const CLAUSE_OBJECT = new Set<number>([POS_INDEX.DET, POS_INDEX.POSS, POS_INDEX.PRON, POS_INDEX.NUM]);

function isParticipleClause(ctx: QuoteContext, s: number): boolean {
  const next = ctx.pos[s + 1];
  const w = ctx.doc.tokens[s].text;
  // ("including the Asbury Park Press" names members of a group, "speaking for the campaign" whom one speaks for:
  // roles.)
  if (w === "including" || w === "representing" || w !== ctx.lower[s]) return false;
  if ((w === "speaking" || w === "writing") && (ctx.lower[s + 1] === "for" || ctx.lower[s + 2] === "behalf")) return false;
  if (ctx.pos[s] === POS_INDEX.VGER || (w.endsWith("ing") && ctx.pos[s] !== POS_INDEX.NOUN)) {
    // (Not a name after it: "leading Supreme Court advocate" is an adjective before a compound noun.)
    return CLAUSE_OBJECT.has(next) || next === POS_INDEX.ADP || ctx.lower[s + 1] === "that";
  }
  // (The tagger may read "asked" after a comma as a past tense.)
  const verb = ctx.pos[s] === POS_INDEX.VPART || (ctx.pos[s] === POS_INDEX.VFIN && ctx.lower[s].endsWith("ed"));
  return verb && (next === POS_INDEX.ADP || next === POS_INDEX.DET || next === POS_INDEX.TO);
}

export const DASHES = new Set(["-", "--", "\u2014", "\u2013"]);
/** Words that open a list of examples set off by dashes ("— like X —", "— including Y —"). */
const EXAMPLE_OPENERS = new Set(["like", "including", "such", "notably", "especially", "among"]);
/** How far back a subject's aside between dashes may open. */
const ASIDE_REACH = 30;
/** How far back the opening dash of a parenthesis is looked for. */
const DASH_REACH = 12;
/** The longest parenthesis after a name that is skipped as its tag ("(D-Tex.)", "(R-N.Y.)"). */
export const PARTY_TAG = 8;
/** How far back a second relative ("… but who") looks for the first. */
const RELATIVE_REACH = 20;

/** "the source, who said …" → the noun phrase before the comma (or dash). */
function antecedentOf(ctx: QuoteContext, state: CorefState, who: number, joined = false): Resolved | null {
  const { lower } = ctx;
  const sent = ctx.sentOf[who];
  const floor = sent >= 0 ? ctx.doc.sentences[sent].firstToken : 0;
  let b = who;
  // "a party endorser whose district went for her but who suggested …": a second relative joined to a first
  // shares its antecedent.
  // (One step back only: a chain of "… and who … and who" ends at the first.)
  if (b - 1 >= floor && (lower[b - 1] === "but" || lower[b - 1] === "and")) {
    if (joined) return null;
    for (let k = b - 2; k >= floor && b - k <= RELATIVE_REACH; k--) {
      if (lower[k] === "who" || lower[k] === "whose") return antecedentOf(ctx, state, k, true);
    }
    return null;
  }
  if (b - 1 >= floor && (lower[b - 1] === "," || DASHES.has(lower[b - 1]))) {
    b--;
    // "candidates — like front-runner Jane Roe — who say …": examples set off by dashes are not the antecedent.
    if (DASHES.has(lower[b])) {
      for (let k = b - 1; k >= floor && b - k <= DASH_REACH; k--) {
        if (!DASHES.has(lower[k])) continue;
        if (EXAMPLE_OPENERS.has(lower[k + 1])) b = k;
        break;
      }
    }
  }
  let a = b;
  while (a - 1 >= floor && !isBoundary(ctx, a - 1) && b - a < MAX_SUBJECT) a--;
  while (a < b && cueOf(ctx.lower[a])) a++; // "…, said the officials, who added"
  if (a >= b) return null;
  // "said Nicky Dore, 24, from Leeds, who said …": an age or a place set off by commas describes the person
  // named before it, whom "who" is about.
  if (lower[who] === "who" && isPersonDetail(ctx, a, b)) {
    const person = personBeforeDetails(ctx, a, floor);
    if (person) return resolveRegion(ctx, state, { a: person.roleStartTok, b: person.endTok, apA: person.endTok, apB: person.endTok }, who);
  }
  const np = nounPhraseEndingAt(ctx.np, a, b);
  if (!np) {
    // The tagger may miss the description's noun ("… birther and bully/ADV who"); after "is" it is still one.
    const copula = b - 1 > floor ? predicateSubject(ctx, b - 1, floor) : null;
    return copula ? resolveRegion(ctx, state, { ...copula, apA: copula.b, apB: copula.b }, who) : null;
  }
  // "a damning reaction from President Paul Moss, who called …": "who" is said of people, so a person named at
  // the end of a longer phrase is the one meant, not the phrase's head.
  const last = lower[who] === "who" ? ctx.cast.mentionAt[b - 1] : -1;
  if (last >= 0) {
    const m = ctx.cast.mentions[last];
    let prep = false;
    for (let t = np.a; t < m.roleStartTok; t++) if (ctx.pos[t] === POS_INDEX.ADP) prep = true;
    if (m.kind === "person" && !m.possessive && m.endTok === b && prep) {
      return resolveRegion(ctx, state, { a: m.roleStartTok, b: m.endTok, apA: b, apB: b }, who);
    }
  }
  // "a memo from Mr. Rubio's campaign manager, who argued", "the leak of the report, which concluded": when
  // the phrase's own head cannot speak and the one after its last preposition can, the relative is about that one.
  const inner = speakingAttachment(ctx, np.a, np.b, lower[who] === "who");
  if (inner >= 0) return resolveRegion(ctx, state, { a: inner, b: np.b, apA: b, apB: b }, who);
  // "support from those who said …": a lone "those" names nobody a reader could tell apart.
  if (np.b - np.a === 1 && (ctx.lower[np.a] === "those" || ctx.lower[np.a] === "anyone" || ctx.lower[np.a] === "everyone")) return null;
  // "Senator James Lankford, an Oklahoma Republican who warned": "who" is the description, which is the
  // person named before it.
  // ("Rep. Tom Doe (D-Tex.), a party endorser who …": a party tag may stand between.)
  const nameEnd = nameEndBefore(ctx, np.a - 1, floor);
  const named = nameEnd - 1 >= floor && lower[np.a - 1] === "," ? ctx.cast.mentionAt[nameEnd - 1] : -1;
  if (named >= 0 && DETERMINERS.has(lower[np.a])) {
    const m = ctx.cast.mentions[named];
    if (m.kind === "person" && m.endTok === nameEnd) {
      return resolveRegion(ctx, state, { a: m.roleStartTok, b: m.endTok, apA: np.a, apB: np.b }, who);
    }
  }
  // "Donald Trump … is a serial liar and birther who has pledged …": a description after "is" is its subject.
  const copula = predicateSubject(ctx, np.a, floor);
  if (copula) return resolveRegion(ctx, state, { ...copula, apA: np.a, apB: np.b }, who);
  return resolveRegion(ctx, state, { a: np.a, b: np.b, apA: b, apB: b }, who);
}

const ATTACHING = new Set(["of", "from", "by", "in", "at", "with", "against"]);

/** An age or a hometown after a name: "24", "from Leeds", "of Toledo, Ohio". */
function isPersonDetail(ctx: QuoteContext, a: number, b: number): boolean {
  if (b - a === 1 && ctx.pos[a] === POS_INDEX.NUM) return true;
  if (!PLACE_PREPOSITIONS.has(ctx.lower[a]) || b - a > 5) return false;
  const at = ctx.lower[a + 1] === "the" ? a + 2 : a + 1;
  const mi = ctx.cast.mentionAt[at];
  if (mi < 0 || ctx.cast.mentions[mi].endTok !== b) return false;
  // (Anything named there but a listed person: a place, or a body, "of the Brookings Institution".)
  const m = ctx.cast.mentions[mi];
  return m.kind !== "person" || m.entity === null;
}

/** The person named right before a run of details set off by commas ("Nicky Dore, 24, from Leeds"), or null. */
function personBeforeDetails(ctx: QuoteContext, a: number, floor: number): NameMention | null {
  let k = a - 1;
  for (let steps = 0; steps < 3 && k - 1 >= floor && ctx.lower[k] === ","; steps++) {
    const mi = ctx.cast.mentionAt[k - 1];
    if (mi >= 0 && ctx.cast.mentions[mi].kind === "person" && ctx.cast.mentions[mi].endTok === k) return ctx.cast.mentions[mi];
    // Step back over one more detail.
    let j = k - 1;
    while (j - 1 >= floor && ctx.lower[j - 1] !== "," && k - j < 6) j--;
    if (!isPersonDetail(ctx, j, k)) return null;
    k = j - 1;
  }
  return null;
}

/**
 * Start of the phrase after the last preposition of [a, b), when only that phrase can speak ("who": only that
 * phrase names a person); -1 otherwise.
 */
function speakingAttachment(ctx: QuoteContext, a: number, b: number, personal: boolean): number {
  let p = -1;
  for (let t = b - 2; t > a; t--) {
    if (ctx.cast.mentionAt[t] >= 0) continue;
    if (ATTACHING.has(ctx.lower[t])) {
      p = t;
      break;
    }
  }
  if (p < 0) return -1;
  const canSpeak = (t: number, asPerson: boolean): boolean => {
    const mi = ctx.cast.mentionAt[t];
    if (mi >= 0) return !asPerson || ctx.cast.mentions[mi].kind === "person";
    const w = ctx.lower[t];
    const singular = w.replace(/s$/, "");
    // (For "who", people only: a memo or a report is a source, not a "who".)
    const person = (x: string) => ROLE_HEADS.has(x) || KIN_NOUNS.has(x) || AGENT_NOUN.test(x) || PERSON_NOUN.test(x);
    return asPerson ? person(w) || person(singular) : isSourceHead(w) || isSourceHead(singular) || AGENT_NOUN.test(w);
  };
  return !canSpeak(p - 1, personal) && canSpeak(b - 1, personal) ? p + 1 : -1;
}

/**
 * For a description that follows "is/was" (a list of them allowed: "a serial liar, … and birther"), the name
 * that is the subject of the copula; null when the description is not a predicate or its subject no name.
 */
function predicateSubject(ctx: QuoteContext, a: number, floor: number): { a: number; b: number } | null {
  let k = a - 1;
  // Back over the coordinated descriptions before it.
  while (k > floor && a - k <= MAX_APPOSITIVE && !COPULAS.has(ctx.lower[k])) {
    if (ctx.pos[k] === POS_INDEX.VFIN || isMark(ctx, k) || ctx.pos[k] === POS_INDEX.WH) return null;
    k--;
  }
  if (k <= floor || !COPULAS.has(ctx.lower[k])) return null;
  let v = k;
  while (v - 1 >= floor && ctx.pos[v - 1] === POS_INDEX.ADV) v--;
  if (v - 1 < floor) return null;
  // "Trump regularly incites violence and is a …": the subject of the verbs "and" joins.
  if (ctx.lower[v - 1] === "and") return clauseSubjectBefore(ctx, v - 1, floor);
  const mi = ctx.cast.mentionAt[v - 1];
  if (mi < 0) return null;
  const m = ctx.cast.mentions[mi];
  if (m.kind !== "person" || m.possessive || m.endTok !== v) return null;
  return { a: m.roleStartTok, b: m.endTok };
}

/** The nearest person's name before `t` that is followed by its finite verb (adverbs between allowed). */
function clauseSubjectBefore(ctx: QuoteContext, t: number, floor: number): { a: number; b: number } | null {
  for (let k = t - 1; k >= floor && t - k <= MAX_APPOSITIVE; k--) {
    const mi = ctx.cast.mentionAt[k];
    if (mi < 0) continue;
    const m = ctx.cast.mentions[mi];
    k = m.roleStartTok;
    if (m.kind !== "person" || m.possessive) continue;
    let v = m.endTok;
    while (v < t && ctx.pos[v] === POS_INDEX.ADV) v++;
    // (After a name and an adverb comes a verb, whatever the tagger made of it: "Trump regularly incites".)
    if (ctx.pos[v] === POS_INDEX.VFIN || (v > m.endTok && v < t && ctx.doc.tokens[v].text === ctx.lower[v])) return { a: m.roleStartTok, b: m.endTok };
  }
  return null;
}

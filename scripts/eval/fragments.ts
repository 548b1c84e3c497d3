/**
 * The fragment check: is a predicted speaker a noun phrase? A reader should only ever see a name, a
 * pronoun, or a description headed by a noun ("the agency", "two U.S. sources") as a speaker; a slice of
 * the sentence ("another cloud of choking smoke and", "announced in October", "which it") is worse than
 * "unknown". The check is deliberately independent of the analysis (closed-class word lists, not its
 * tagger), so the analysis cannot pass it by agreeing with itself.
 */
import type { Quote } from "../../src/analysis/types";

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "him", "them", "us", "me"]);
/** "her" is also a possessive ("her aides"); alone it is a pronoun. */
const LONE_PRONOUNS = new Set(["her"]);
/** Quantifiers that stand alone for a group: "Some said …", "Many argued …". */
const GROUP_WORDS = new Set(["some", "many", "several", "others", "most", "few", "both", "all"]);
const CONJUNCTIONS = ["and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while", "if", "as"];
const PREPOSITIONS = [
  "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "after", "before", "during", "since",
  "about", "against", "among", "between", "through", "under", "over", "without", "within", "despite", "than",
  "like", "per", "via", "upon", "toward", "towards", "amid", "across", "behind", "beyond", "near", "until",
];
const RELATIVES = ["which", "who", "whom", "whose", "that", "where", "when", "what", "why", "how", "whether"];
const ADVERBS = [
  "perhaps", "instead", "also", "however", "then", "still", "even", "just", "now", "later", "already", "again",
  "meanwhile", "moreover", "furthermore", "therefore", "thus", "indeed", "often", "never", "always", "once",
  "previously", "recently", "ultimately", "finally", "additionally", "too", "not", "there", "here", "only",
];
const DETERMINERS = ["the", "a", "an", "another", "this", "these", "those", "most", "more", "some", "any", "each", "every", "its", "his", "their", "our", "my", "your"];
/** Finite verbs and auxiliaries: a speaker containing one is a clause, not a noun phrase. */
const VERBS = [
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
  "could", "should", "may", "might", "must", "said", "says", "say", "told", "tells", "added", "noted", "wrote",
];

const START_BAD = new Set([...CONJUNCTIONS, ...PREPOSITIONS, ...RELATIVES, ...ADVERBS, ...VERBS]);
const END_BAD = new Set([...CONJUNCTIONS, ...PREPOSITIONS, ...RELATIVES, ...ADVERBS, ...DETERMINERS, ...VERBS]);
const ANYWHERE_BAD = new Set(VERBS);

/** The phrase's words as written (case kept: "May" the surname is not "may" the verb). */
function words(phrase: string): string[] {
  return phrase.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? [];
}

/** "he" or "He", not "US": a pronoun is written in lower case or capitalized, never in capitals. */
function isPronoun(word: string): boolean {
  const lower = word.toLowerCase();
  return PRONOUNS.has(lower) && (word === lower || word === lower[0].toUpperCase() + lower.slice(1));
}

/** A function word is only one when written in lower case, except first, where the sentence may capitalize it. */
function isLower(word: string): boolean {
  return word === word.toLowerCase();
}

/** Why a phrase is not a noun phrase, or null when it can be one. */
export function fragmentReason(phrase: string): string | null {
  const w = words(phrase);
  if (w.length === 0) return phrase.trim() ? "no word" : null;
  const first = w[0];
  const last = w[w.length - 1];
  const firstLower = first.toLowerCase();
  if (w.length === 1 && (isPronoun(first) || LONE_PRONOUNS.has(firstLower) || GROUP_WORDS.has(firstLower))) return null;
  // "WHO", "AP": a lone word in capitals is an acronym, a name.
  if (w.length === 1 && first.length > 1 && first === first.toUpperCase() && /\p{Lu}/u.test(first)) return null;
  if (isPronoun(first) && !/^(?:him|her|them)sel(?:f|ves)$/i.test(w[1])) return `pronoun followed by “${w[1]}”`;
  // ("about half of voters", "over 40 economists": a number's approximation opens a noun phrase.)
  // ("at least 21,000", "at least a dozen members": the two-word approximation grades the number after it.)
  const approximate = (APPROXIMATIONS.has(firstLower) && w.length > 2 && isNumberWord(w[1])) ||
    (TWO_WORD_APPROXIMATIONS.has(`${firstLower} ${w[1]?.toLowerCase()}`) && w.length > 2 && isNumberWord(w[2]));
  if (START_BAD.has(firstLower) && (isLower(first) || !VERBS.includes(firstLower)) && !approximate) return `starts with “${first}”`;
  if (isLower(last) && END_BAD.has(last)) return `ends with “${last}”`;
  // ("research to be released this week": after "to" a verb is an infinitive describing the noun, not finite.)
  const verb = w.find((x, i) => isLower(x) && ANYWHERE_BAD.has(x) && w[i - 1] !== "to");
  if (verb) return `contains the verb “${verb}”`;
  // A lower-case past participle or gerund that opens the phrase, with no determiner before it, is a verb
  // phrase when an object or complement follows it ("announced in October", "contrasting her record", "winning
  // Ohio"); before a lower-case noun or adjective it describes ("retired surgeon", "hacking specialists").
  // ("undecided Republican voter": names between the participle and the noun it describes are read past.)
  if (w.length > 1 && isLower(first) && /^[a-z]+(?:ed|ing)$/.test(first) && !premodifies(firstLowerAfter(w, 1) || w[1])) return `starts with the verb form “${first}”`;
  return null;
}

/** Prepositions that also grade a number ("about half", "over 40"). */
const APPROXIMATIONS = new Set(["about", "over", "under", "around"]);
const TWO_WORD_APPROXIMATIONS = new Set(["at least", "at most", "up to"]);
const NUMBER_WORDS = new Set(["half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "dozen", "dozens", "hundreds", "thousands"]);

function isNumberWord(word: string): boolean {
  return /^\d/.test(word) || NUMBER_WORDS.has(word.toLowerCase());
}

/** The first word from i on that is not capitalized (a name), or "" when none is. */
function firstLowerAfter(w: readonly string[], i: number): string {
  while (i < w.length && !isLower(w[i])) i++;
  return w[i] ?? "";
}

const FUNCTION_WORDS = new Set([...CONJUNCTIONS, ...PREPOSITIONS, ...RELATIVES, ...ADVERBS, ...DETERMINERS, ...PRONOUNS, "her", "to"]);

/** A word after a participle that makes it an adjective: a lower-case content word ("retired | surgeon"). */
function premodifies(next: string): boolean {
  return isLower(next) && !FUNCTION_WORDS.has(next) && !ANYWHERE_BAD.has(next);
}

/** The fragment in a quote's speaker (its name, else the words at the cue), or null when it is clean. */
export function speakerFragment(q: Pick<Quote, "speaker">): { phrase: string; reason: string } | null {
  const { name, mention } = q.speaker;
  const nameReason = fragmentReason(name);
  if (nameReason) return { phrase: name, reason: nameReason };
  // "Apple, which said …", "his claim that …": a relative or possessive pronoun at the cue is fine once it
  // was resolved to a name.
  if (name.trim() && /^(?:who|which|that|his|her|its|their)$/i.test(mention.trim())) return null;
  // "From said" for Al From: a surname at the cue is a name once resolved to the full name it ends.
  const nameWords = words(name);
  if (nameWords.length > 1 && mention.trim() === nameWords[nameWords.length - 1]) return null;
  // "retired neurosurgeon Ben Carson": the name with the words that describe it, read as the name is.
  if (name.trim() && endsWithName(mention, name) && !fragmentReason(stripOpeningParticiple(mention))) return null;
  const mentionReason = fragmentReason(mention);
  return mentionReason ? { phrase: mention, reason: mentionReason } : null;
}

/**
 * Does the mention end with the name, only describing words before it ("retired Gen. John Allen" and "John
 * Allen")? A phrase the name is attached to by a preposition ("a reaction from President Paul Moss") is not it.
 */
function endsWithName(mention: string, name: string): boolean {
  const m = words(mention);
  const n = words(name);
  if (m.length <= n.length || n.length === 0 || m[m.length - 1].toLowerCase() !== n[n.length - 1].toLowerCase()) return false;
  return m.slice(0, m.length - n.length).every((x) => !(isLower(x) && (PREPOSITIONS.includes(x) || CONJUNCTIONS.includes(x) || VERBS.includes(x))));
}

/** The mention without a lower-case participle that opens it ("retired"), which only describes the name. */
function stripOpeningParticiple(mention: string): string {
  return mention.replace(/^\s*[a-z]+(?:ed|ing)\s+/, "");
}

/**
 * What a name's last word says about it, and which words are ordinary. Learned from how the training
 * corpora use words (model/words.ts, written by `npm run train:ner`), joined with the short lists of
 * lexicon.ts that name what newswire of the 1990s lacked ("labs", "pharmaceuticals").
 */
import { COMMON_ABBREVIATIONS, CONCEPT_HEADS, ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS } from "./lexicon";
import { COMMON_WORDS, HEAD_WORDS, NEVER_ALONE, PERSON_BEFORE, PERSON_WORDS } from "./model/words";

export type HeadType = "ORG" | "LOC" | "MISC";

const words = (list: string) => list.split("\n").filter(Boolean);
const ORG = new Set([...ORG_HEADS, ...ORG_SUFFIXES, ...words(HEAD_WORDS.ORG)]);
const LOC = new Set([...PLACE_HEADS, ...words(HEAD_WORDS.LOC)]);
const MISC = new Set([...CONCEPT_HEADS, ...words(HEAD_WORDS.MISC)]);
const COMMON = new Set(words(COMMON_WORDS));
const NEVER_ALONE_WORDS = new Set(words(NEVER_ALONE));
const PERSONS = new Set(words(PERSON_WORDS));
const BEFORE_PERSONS = new Set(words(PERSON_BEFORE));

/** The type a last word gives a name of two words or more ("Walt Disney Co." ORG, "Central Avenue" LOC). */
export function headTypeOf(word: string): HeadType | null {
  const w = word.toLowerCase();
  if (ORG.has(w)) return "ORG";
  if (LOC.has(w)) return "LOC";
  if (MISC.has(w)) return "MISC";
  return null;
}

export function isOrgHead(word: string): boolean {
  return ORG.has(word.toLowerCase());
}

/** A word used often and seldom as a name ("Week", "Public", "Sterling"): alone it names nothing. */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  return COMMON.has(w) || COMMON_ABBREVIATIONS.has(w);
}

/**
 * An organization's head word that names no body by itself ("the Department", "the Bank"); "Congress",
 * "Senate", "The Times" do, and the training text shows it by annotating them alone.
 */
export function isBareHead(word: string): boolean {
  const w = word.toLowerCase();
  return ORG.has(w) && NEVER_ALONE_WORDS.has(w);
}

/** A word the training text names a person by on its own, often and seldom as anything else ("Yeltsin"). */
export function isPersonWord(word: string): boolean {
  return PERSONS.has(word.toLowerCase());
}

/** A lower-case word the training text writes right before people's names ("striker", "spokesman", "wife"). */
export function comesBeforePerson(word: string): boolean {
  return BEFORE_PERSONS.has(word);
}

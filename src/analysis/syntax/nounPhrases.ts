/**
 * Is a stretch of tokens a noun phrase, and where exactly? A speaker must be one: a name, a pronoun, or a
 * description headed by a noun ("the agency", "two U.S. sources", "a spokesperson for the ministry",
 * "officials and customers"). A slice of a sentence ("perhaps the most", "announced in October",
 * "another cloud of choking smoke and") is not, and must not be shown as a speaker.
 *
 * The grammar, over the tagger's classes:
 *   NP   := base (("of" | other preposition | "and" | ",") base)*
 *   base := (DET | POSS | NUM | ADJ | NOUN | PROPN | participle)* head,  head ∈ NOUN | PROPN | PRON | NUM
 * Words between a subject and its verb ("he instead", "Carter, however,", "he has") are trimmed from the
 * end, and a relative pronoun before a subject ("which it") from the start.
 */
import { POS_INDEX as P } from "./tags";

export interface NounPhraseInput {
  /** Part-of-speech class per token (tags.ts). */
  pos: Uint8Array;
  /** Lower-cased token texts. */
  lower: readonly string[];
  /** True for a token inside a recognized name: it counts as a proper noun whatever its tag. */
  isName(t: number): boolean;
}

const MODIFIERS = new Set<number>([P.DET, P.POSS, P.NUM, P.ADJ, P.NOUN, P.PROPN, P.VPART, P.VGER]);
const HEADS = new Set<number>([P.NOUN, P.PROPN, P.PRON, P.NUM]);
/** Auxiliaries and adverbs that sit between a subject and its verb. */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should",
  "must", "did", "does", "do", "also", "however", "instead", "then", "later", "again", "still", "now", "too",
  "not", "never", "already", "earlier", "previously", "recently", "once", "first", "finally", "overall",
]);
const RELATIVES = new Set(["which", "who", "that"]);
const CLITICS = new Set(["'s", "’s"]);
const SUBJECT_PRONOUNS = new Set(["i", "he", "she", "it", "we", "they"]);

/** A nominative personal pronoun: right before a finite verb it is that verb's subject, whatever precedes it. */
export function isSubjectPronoun(lower: string): boolean {
  return SUBJECT_PRONOUNS.has(lower);
}
/** Pronouns that are only ever subjects ("it" and "you" are objects too). */
const PERSONAL_SUBJECTS = new Set(["i", "he", "she", "we", "they"]);
const PRESENT_MISREAD = new Set<number>([P.VBASE, P.ADJ, P.NOUN]);
/** Words that make a number approximate ("about half", "nearly 40"), read by the tagger as prepositions or adverbs. */
const APPROXIMATE = new Set(["about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "under"]);
const FRACTIONS = new Set(["half", "a", "one", "two", "three", "dozen", "dozens"]);
const TWO_WORD_APPROXIMATE = new Set(["at least", "at most", "up to"]);
const THOSE_MODIFIERS = new Set<number>([P.ADV, P.ADJ, P.VPART, P.VBASE]);
const COMPARATIVES = new Set(["more", "less", "fewer"]);
const SUBORDINATORS = new Set(["after", "before", "since", "until", "because", "although", "though", "while", "if", "unless", "once", "whereas"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "my", "our", "your"]);
/** "wouldn’t", "didn't", "can’t": a negated auxiliary, which the tokenizer keeps whole. */
const NEGATED_AUXILIARY = /n['’]t$/;

function isHead(x: NounPhraseInput, t: number): boolean {
  return HEADS.has(x.pos[t]) || x.isName(t);
}

function isModifier(x: NounPhraseInput, t: number): boolean {
  return MODIFIERS.has(x.pos[t]) || x.isName(t);
}

/**
 * Irregular past tenses (a closed class) that are not also nouns: "saw", "felt", "left", "cast", "set" are
 * left out, since they may be a noun of a compound.
 */
const IRREGULAR_PAST = new Set([
  "came", "went", "took", "gave", "made", "got", "began", "became", "brought", "bought", "thought", "told", "said",
  "knew", "grew", "threw", "drew", "flew", "wrote", "rode", "rose", "drove", "broke", "spoke", "chose", "froze",
  "stole", "woke", "wore", "tore", "swore", "forgot", "ate", "fought", "caught", "taught", "sought", "held", "kept",
  "slept", "swept", "meant", "sent", "spent", "lent", "bent", "built", "lost", "won", "ran", "sang", "sank", "swam",
  "drank", "rang", "shrank", "stood", "understood", "sat", "met", "fled", "fed", "led", "paid", "laid", "sold",
  "heard", "hid", "slid", "struck", "stuck", "hung", "dug", "spun", "shot", "did", "had", "was", "were", "found",
  "withdrew", "overcame", "undertook", "forgave", "foresaw", "mistook", "shook", "forbade", "arose", "awoke",
]);

/** Words that head a phrase on their own before "of"/"in": "most of the companies", "those in favour". */
const PARTITIVES = new Set(["most", "many", "some", "those", "all", "both", "several", "few", "each", "one", "none", "half", "any", "others"]);

/**
 * A verb form that the tagger gives a noun of a compound ("whale rescue group", "job cuts"): lower case and
 * followed by a noun or adjective inside the phrase, never by a preposition or another verb.
 */
/** Auxiliaries and copulas: a clause's verb, never the noun of a compound ("is bleak", "will rise"). */
const AUXILIARY_FORMS = new Set(["is", "are", "am", "be", "has", "have", "does", "do", "will", "would", "can", "could", "should", "shall", "may", "might", "must"]);

function isCompoundNoun(x: NounPhraseInput, t: number, b: number): boolean {
  const p = x.pos[t];
  if (p !== P.VBASE && p !== P.VFIN) return false;
  if (t + 1 >= b) return false;
  // "Gulf sources believe Erdogan …": a plural noun's present tense, not a compound ("the export ban").
  if (p === P.VFIN && t > 0 && x.pos[t - 1] === P.NOUN && /[^s]s$/.test(x.lower[t - 1]) && !x.lower[t].endsWith("s")) return false;
  // An irregular past tense never modifies a noun ("the email came hours after …" is a clause); present and base
  // forms double as nouns ("the export ban", "job cuts"), and "-ed" forms as adjectives ("registered voters").
  if (p === P.VFIN && (IRREGULAR_PAST.has(x.lower[t]) || AUXILIARY_FORMS.has(x.lower[t]))) return false;
  // ("The company fired workers": after a noun, an "-ed" form is that noun's verb, not an adjective.)
  if (p === P.VFIN && t > 0 && (x.pos[t - 1] === P.NOUN || x.pos[t - 1] === P.PROPN) && x.lower[t].endsWith("ed")) return false;
  const next = x.pos[t + 1];
  return next === P.NOUN || next === P.PROPN || next === P.ADJ || x.isName(t + 1);
}

/**
 * "the fiscally conservative Club for Growth", "a deeply divided party": an "-ly" adverb grading the adjective
 * after it; "a mere 12 percent", "a whopping 70": an adverb grading the number after a determiner.
 */
function gradesAdjective(x: NounPhraseInput, i: number, j: number, b: number): boolean {
  if (j > i && j + 1 < b && x.pos[j] === P.ADV && x.pos[j + 1] === P.NUM && x.pos[j - 1] === P.DET) return true;
  return j > i && j + 1 < b && x.pos[j] === P.ADV && x.pos[j + 1] === P.ADJ && x.lower[j].endsWith("ly");
}

/** End of the base noun phrase starting at i (exclusive), or -1 when none starts there. */
function baseEnd(x: NounPhraseInput, i: number, b: number): number {
  if (PARTITIVES.has(x.lower[i]) && i + 1 < b && x.pos[i + 1] === P.ADP) return i + 1;
  // "those close to the talks", "those familiar with the plan": the pronoun heads a phrase its post-modifier follows.
  // ("close" may be read as a verb here.)
  if (x.lower[i] === "those" && i + 2 < b && THOSE_MODIFIERS.has(x.pos[i + 1]) && (x.pos[i + 2] === P.ADP || x.pos[i + 2] === P.TO)) return i + 1;
  // "those surveyed", "those polled": a participle alone after "those" (the tagger may read it as a past tense).
  const participle = i + 1 < b && (x.pos[i + 1] === P.VPART || x.pos[i + 1] === P.ADJ || x.pos[i + 1] === P.VFIN) && x.lower[i + 1].endsWith("ed");
  if (x.lower[i] === "those" && participle && (i + 2 === b || !MODIFIERS.has(x.pos[i + 2]))) return i + 2;
  let j = i;
  let lastHead = -1;
  // "the airline/ADJ": a determiner and one adjective make a phrase ("the airline", "the rich").
  if (b - i === 2 && x.pos[i] === P.DET && x.pos[i + 1] === P.ADJ) return b;
  // A plural the tagger read as an adjective or a verb right before the verb is the head ("opponents say",
  // "many Sanders supporters insist").
  if (b - 1 >= i && (x.pos[b - 1] === P.ADJ || (x.pos[b - 1] === P.VFIN && b - 1 > i)) && /[^s]s$/.test(x.lower[b - 1]) && (b - 1 === i || isModifier(x, b - 2))) {
    let k = i;
    while (k < b - 1 && (isModifier(x, k) || isHead(x, k))) k++;
    if (k === b - 1) return b;
  }
  while (j < b && (isModifier(x, j) || isHead(x, j) || isCompoundNoun(x, j, b) || gradesAdjective(x, i, j, b))) {
    // A pronoun only ever opens a phrase ("doctors he ate" is two), and so does a determiner, but for "all the".
    if (x.pos[j] === P.PRON && j > i && !x.isName(j)) break;
    if (x.pos[j] === P.DET && j > i && x.pos[j - 1] !== P.DET && !x.isName(j)) break;
    // So does a possessive pronoun after a head ("told the AP | his firm worked …"); the clitic 's does not.
    if (x.pos[j] === P.POSS && j > i && lastHead === j - 1 && POSSESSIVE_PRONOUNS.has(x.lower[j])) break;
    // A gerund right after a determiner is a noun ("the ruling", "his meeting").
    if (isHead(x, j) || (x.pos[j] === P.VGER && j > i && (x.pos[j - 1] === P.DET || x.pos[j - 1] === P.POSS))) lastHead = j;
    // A pronoun ends its phrase: "he" is whole, "he instead" is not one phrase.
    if (x.pos[j] === P.PRON && !x.isName(j)) {
      j++;
      break;
    }
    j++;
  }
  // The phrase ends at its last head ("the most" has none): a participle after it starts a post-modifier
  // ("the research published in …").
  return lastHead >= i ? lastHead + 1 : -1;
}

/** A noun phrase with its prepositional attachments and coordinations: end (exclusive) or -1. */
function phraseEnd(x: NounPhraseInput, a: number, b: number): number {
  let j = baseEnd(x, a, b);
  if (j < 0) return -1;
  while (j < b) {
    // ("a Reuters/Ipsos poll": a slash joins like "and".)
    const joiner = x.pos[j] === P.ADP || x.pos[j] === P.TO || x.pos[j] === P.CONJ || x.lower[j] === "," || x.lower[j] === "/";
    // "its third case on Sunday | after two cases were revealed": a subordinator opens a clause, not an attachment.
    if (!joiner || x.isName(j) || SUBORDINATORS.has(x.lower[j])) break;
    // "… last month as it faced …": a preposition takes "him", not "he"; before a subject pronoun it opens a clause.
    if (x.pos[j] === P.ADP && SUBJECT_PRONOUNS.has(x.lower[j + 1] ?? "")) break;
    // ("politicians and even some technologists": a focusing adverb after "and" belongs to the second phrase.)
    let from = j + 1;
    // "seven out of 10": two prepositions joining like one; "officials in the FBI and at the department": "and"
    // joins a second attachment.
    if ((x.lower[j] === "out" && x.lower[from] === "of") || (x.pos[j] === P.CONJ && x.pos[from] === P.ADP && !SUBORDINATORS.has(x.lower[from]))) from++;
    if (x.pos[j] === P.CONJ) while (from < b - 1 && x.pos[from] === P.ADV) from++;
    const k = baseEnd(x, from, b);
    if (k < 0) break;
    j = k;
  }
  return j;
}

/** Classes that open the object of an -ing post-modifier ("supporting the bill", "representing 40 unions"). */
const OPENS_OBJECT = new Set<number>([P.DET, P.NOUN, P.PROPN, P.NUM, P.POSS, P.ADJ]);

/**
 * Where a post-modifier that still belongs to the phrase ends: a participle phrase ("sources briefed on the
 * talks", "the authors of the research published in JAMA"), or an adjective phrase ("sources directly aware
 * of the deliberations"). -1 when what follows is not one.
 */
function postModifierEnd(x: NounPhraseInput, j: number, b: number): number {
  let k = j;
  // "people close to the mayor": the tagger reads the adjective "close" as an adverb; before a preposition it heads
  // the post-modifier itself.
  if ((x.pos[k] === P.ADV || (x.pos[k] === P.VBASE && x.lower[k] === "close")) && k + 1 < b && (x.pos[k + 1] === P.ADP || x.pos[k + 1] === P.TO)) {
    const e = phraseEnd(x, k + 2, b);
    return e < 0 ? -1 : e;
  }
  // "the last man to mount a third-party race": an infinitive describes the phrase.
  if (x.pos[k] === P.TO && k + 1 < b && x.pos[k + 1] === P.VBASE) {
    let e = k + 2;
    while (e < b && x.pos[e] !== P.VFIN && x.pos[e] !== P.WH && x.lower[e] !== ",") e++;
    return e;
  }
  const adverb = x.pos[k] === P.ADV;
  if (adverb) k++;
  // After an adverb the tagger may read the adjective as a noun ("directly aware of"); a regular past form right
  // after the head, before a preposition, is a participle ("a legal opinion drafted for the project").
  // Last in the phrase, right before its verb, it can only be a participle too ("voters polled said": two finite
  // verbs never stand side by side).
  // (Only right after a common noun: "she later apologized" is a clause.)
  const lastBeforeVerb = k + 1 === b && !adverb && x.pos[k - 1] === P.NOUN;
  const pastAsParticiple = x.pos[k] === P.VFIN && x.lower[k].endsWith("ed") && (lastBeforeVerb || x.pos[k + 1] === P.ADP || timeEnd(x, k + 1, b) > k + 1);
  // "officials speaking on condition of anonymity", "people working for the campaign": an -ing form with its
  // preposition (not "saying that", which opens a clause).
  const ingWithPreposition = x.pos[k] === P.VGER && k + 1 < b && (x.pos[k + 1] === P.ADP || x.pos[k + 1] === P.TO) && x.lower[k + 1] !== "that";
  // "House Republicans supporting the bill", "groups representing farmers": an -ing form with its object, when
  // the object runs to the end of the phrase (a clause after it would have a verb of its own).
  if (!adverb && x.pos[k] === P.VGER && k + 1 < b && OPENS_OBJECT.has(x.pos[k + 1])) {
    const e = phraseEnd(x, k + 1, b);
    if (e === b) return e;
  }
  if (k >= b || !(x.pos[k] === P.VPART || x.pos[k] === P.ADJ || (adverb && x.pos[k] === P.NOUN) || pastAsParticiple || ingWithPreposition)) return -1;
  k++;
  if (k === b && pastAsParticiple) return b;
  if (k < b && (x.pos[k] === P.ADP || x.pos[k] === P.TO)) {
    const e = phraseEnd(x, k + 1, b);
    return e < 0 ? -1 : e;
  }
  // "a note published Friday", "a report released last week": a participle with its time (the tagger may read
  // a regular one as a past tense: "A news report published Wednesday said").
  const participle = x.pos[k - 1] === P.VPART || (x.pos[k - 1] === P.VFIN && x.lower[k - 1].endsWith("ed"));
  const time = participle ? timeEnd(x, k, b) : k;
  if (time > k) return time;
  return -1;
}

/**
 * End of a time phrase starting at k inside [.., b) ("Friday", "on Monday", "last week", "this year"), or k when
 * none starts there: when something a participle describes happened ("a poll released last week").
 */
export function timeEnd(x: NounPhraseInput, k: number, b: number): number {
  const j = k < b && x.lower[k] === "on" ? k + 1 : k;
  if (j < b && TIME_WORDS.has(x.lower[j])) return j + 1;
  if (j + 1 < b && (x.lower[j] === "last" || x.lower[j] === "this") && TIME_WORDS.has(x.lower[j + 1])) return j + 2;
  return k;
}

const TIME_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week", "month", "year",
]);

/** Prepositions that also modify a noun as adjectives ("outside experts", "inside sources"). */
const LOCATIVE_ADJECTIVES = new Set(["outside", "inside"]);

function isApproximation(x: NounPhraseInput, a: number): boolean {
  return approximationLength(x, a) > 0;
}

/**
 * Tokens of the approximation that opens a number at a ("about 9 percent", "nearly all", "at least 14,000"), 0
 * when none does. The tagger reads "about", "around", "over" as prepositions and "at least" as a preposition
 * and an adjective; before a number they grade it.
 */
function approximationLength(x: NounPhraseInput, a: number): number {
  const twoWord = TWO_WORD_APPROXIMATE.has(`${x.lower[a]} ${x.lower[a + 1] ?? ""}`);
  const n = twoWord ? 2 : APPROXIMATE.has(x.lower[a]) && (x.pos[a] === P.ADV || x.pos[a] === P.ADP) ? 1 : 0;
  if (n === 0) return 0;
  const next = a + n;
  return x.pos[next] === P.NUM || FRACTIONS.has(x.lower[next]) || (n === 1 && x.lower[next] === "all") ? n : 0;
}

/** The noun phrase that [a, b) is, after trimming, or null when it is not one. */
export function nounPhraseIn(x: NounPhraseInput, a: number, b: number): { a: number; b: number } | null {
  for (;;) {
    const before = b;
    while (b > a && !x.isName(b - 1) && (BETWEEN_SUBJECT_AND_VERB.has(x.lower[b - 1]) || NEGATED_AUXILIARY.test(x.lower[b - 1]) || x.lower[b - 1] === ",")) b--;
    // "executives there", "critics here": a place adverb after the phrase; "friends of Mr. Clinton's": the clitic
    // of a double genitive.
    if (b - a > 1 && (((x.lower[b - 1] === "there" || x.lower[b - 1] === "here") && x.pos[b - 1] === P.ADV) || CLITICS.has(x.lower[b - 1]))) b--;
    // "Sen. Jack Reed (D-R.I.)": a closing parenthetical describes the phrase before it.
    if (b > a && x.lower[b - 1] === ")") {
      let open = b - 2;
      while (open > a && x.lower[open] !== "(") open--;
      if (open > a && x.lower[open] === "(") b = open;
    }
    if (b === before) break;
  }
  if (b - a > 1 && RELATIVES.has(x.lower[a]) && x.pos[a + 1] === P.PRON) a++;
  // "Even Lindsey Graham", "Just 28 percent of voters", "nearly two-thirds": an adverb before the phrase
  // focuses or grades it; the speaker is the phrase itself.
  // "Most of the candidates" keeps its partitive, which the tagger may read as an adverb.
  // ("Almost half of respondents", "nearly 40 percent": an approximation is part of the number and stays.)
  while (b - a > 1 && x.pos[a] === P.ADV && !x.isName(a) && !(PARTITIVES.has(x.lower[a]) && x.lower[a + 1] === "of") && !isApproximation(x, a)) a++;
  // "More than six in 10", "fewer than half of them": a comparison grades the number.
  if (b - a > 2 && COMPARATIVES.has(x.lower[a]) && x.lower[a + 1] === "than") a += 2;
  if (b <= a) return null;
  // ("Almost half of respondents", "nearly all economists": an approximation belongs to the phrase it grades,
  // which is parsed without it.)
  const shown = a;
  const approximation = b - a > 1 ? approximationLength(x, a) : 0;
  if (approximation > 0 && b - a > approximation) a += approximation;
  // "Outside experts", "inside sources": the preposition is an adjective before a plural noun that is the phrase.
  else if (b - a > 1 && x.pos[a] === P.ADP && LOCATIVE_ADJECTIVES.has(x.lower[a]) && x.pos[a + 1] === P.NOUN && x.lower[a + 1].endsWith("s")) a++;
  // "who", "which" alone stand for the phrase they follow; the caller resolves them. "Some", "many" alone
  // are an unnamed group.
  if (b - a === 1 && (RELATIVES.has(x.lower[a]) || PARTITIVES.has(x.lower[a]))) return { a: shown, b };
  let j = phraseEnd(x, a, b);
  if (j < 0) return null;
  for (;;) {
    if (j === b) return { a: shown, b };
    // "… of York who did not work on the study": the relative clause describes the phrase; the speaker ends before it.
    if (x.pos[j] === P.WH && j > a) return { a: shown, b: j };
    // A personal pronoun takes no post-modifier: "she warned about …", "she later apologized" are clauses.
    if (j - a === 1 && SUBJECT_PRONOUNS.has(x.lower[a])) return null;
    const k = postModifierEnd(x, j, b);
    if (k < 0) return null;
    // The speaker is the phrase; what the participle adds is description, kept in the span.
    j = k;
  }
}

const CLAUSE_WORDS = new Set<number>([P.VFIN, P.VBASE, P.VGER, P.WH, P.PUNCT]);
/** The longest phrase looked for, in tokens: keeps the search linear on pathological input. */
const MAX_PHRASE = 30;

/**
 * The longest noun phrase that ends at b and starts at or after `floor`, not reaching back past a verb or a
 * clause boundary: what ", which …" or ", who …" refers to ("a lawsuit with ZeniMax Media, which").
 */
export function nounPhraseEndingAt(x: NounPhraseInput, floor: number, b: number): { a: number; b: number } | null {
  let best: { a: number; b: number } | null = null;
  for (let a = b - 1; a >= floor && b - a <= MAX_PHRASE; a--) {
    if (CLAUSE_WORDS.has(x.pos[a]) && !x.isName(a)) break;
    const np = nounPhraseIn(x, a, b);
    if (np && np.a === a && np.b === b) best = np;
  }
  return best;
}

/** End (exclusive) of the noun phrase that starts at a, with its attachments, or -1 when none starts there. */
export function nounPhraseFrom(x: NounPhraseInput, a: number, b: number): number {
  return phraseEnd(x, a, b);
}

/**
 * Does a finite clause start at k ("he ate the meat", "the company was pleased")? A noun phrase followed by
 * a finite verb: how a reported clause without "that" begins.
 */
export function clauseStartsAt(x: NounPhraseInput, k: number, b: number): boolean {
  if (k < b && isSubjectContraction(x.lower[k])) return true;
  // "saying they violate free-speech rights": after a subject pronoun comes its verb, whatever the tagger
  // made of a present tense it reads as a base form, an adjective or a noun.
  if (k + 1 < b && PERSONAL_SUBJECTS.has(x.lower[k]) && PRESENT_MISREAD.has(x.pos[k + 1])) return true;
  // "it actively investigated threats": after a subject pronoun and an adverb, an "-ed" word the tagger read as
  // an adjective is the past tense.
  if (SUBJECT_PRONOUNS.has(x.lower[k])) {
    let v = k + 1;
    while (v < b - 1 && x.pos[v] === P.ADV) v++;
    if (v > k + 1 && x.lower[v].endsWith("ed") && (x.pos[v] === P.ADJ || x.pos[v] === P.VPART)) return true;
  }
  // "told reporters this was the only chance": a demonstrative standing alone before a finite verb is the subject.
  if (k + 1 < b && (x.lower[k] === "this" || x.lower[k] === "these" || x.lower[k] === "those") && isFiniteAfterSubject(x, k + 1)) return true;
  // "about half of the money came …", "nearly 40 people were hurt": an approximating word before a number.
  if (isApproximateNumber(x, k, b)) k++;
  // "her group never worked": the tagger may read a possessive "her" as the object pronoun.
  if (x.lower[k] === "her" && k + 1 < b && (x.pos[k + 1] === P.NOUN || x.pos[k + 1] === P.ADJ)) k++;
  let e = phraseEnd(x, k, b);
  // An adverb may stand between the subject and its verb ("the firm never worked").
  if (e > k) while (e < b - 1 && x.pos[e] === P.ADV) e++;
  if (e > k && e < b && isFiniteAfterSubject(x, e)) return true;
  // The grammar lets a participle modify the next noun ("the elected officials"), so "the order favoured
  // banks" reads as one phrase: split it at a regular past form that follows a head.
  for (let j = k + 1; j < e; j++) {
    if (isPastWithObject(x, j) && isHead(x, j - 1) && phraseEnd(x, k, j) === j) return true;
    // "smugglers dig tunnels", "citizens cast votes": after a plural head the tagger may read a present tense as
    // the next noun of a compound; a bare singular there, with its object after it, is the verb.
    if (isPresentAfterPlural(x, j, b) && phraseEnd(x, k, j) === j) return true;
    if (isThirdPersonAfterSingular(x, j, b) && phraseEnd(x, k, j) === j) return true;
  }
  return false;
}

function isPresentAfterPlural(x: NounPhraseInput, j: number, b: number): boolean {
  const w = x.lower[j];
  const prev = x.lower[j - 1];
  return x.pos[j] === P.NOUN && x.pos[j - 1] === P.NOUN && !x.isName(j) && !x.isName(j - 1) && looksPlural(prev) && !w.endsWith("s") &&
    /^[a-z]+$/.test(w) && j + 1 < b && (OBJECT_START.has(x.pos[j + 1]) || x.pos[j + 1] === P.ADV) &&
    // (A singular noun after it continues a compound: "the arms | control talks".)
    (x.pos[j + 1] !== P.NOUN || looksPlural(x.lower[j + 1]));
}

/**
 * "each year of education yields a 10% bump", "social media success depends on …": after a singular head, an
 * "-s" word the tagger read as a plural noun is the verb when its object follows (a determiner, number,
 * pronoun or adjective), or a preposition with no other verb after it.
 */
function isThirdPersonAfterSingular(x: NounPhraseInput, j: number, b: number): boolean {
  const w = x.lower[j];
  if (x.pos[j] !== P.NOUN || x.pos[j - 1] !== P.NOUN || x.isName(j) || x.isName(j - 1) || !looksPlural(w) || looksPlural(x.lower[j - 1]) || !/^[a-z]+$/.test(w)) return false;
  if (j + 1 >= b) return false;
  const next = x.pos[j + 1];
  if (next === P.DET || next === P.NUM || next === P.POSS || next === P.PRON || next === P.ADJ) return true;
  if (next !== P.ADP) return false;
  for (let k = j + 2; k < b && k - j <= VERB_AFTER_REACH; k++) if (x.pos[k] === P.VFIN) return false;
  return true;
}

/** How far after a preposition a later verb is looked for ("education costs in the state rose"). */
const VERB_AFTER_REACH = 15;

/** Ends like a plural ("smugglers", "agencies"), not like "news", "crisis", "status" or "politics". */
function looksPlural(w: string): boolean {
  return /[^s]s$/.test(w) && !/(?:is|us|ics)$/.test(w) && !SINGULAR_IN_S.has(w);
}

const SINGULAR_IN_S = new Set(["news", "series", "species", "means", "headquarters", "whereabouts", "lens", "gas", "bias", "atlas", "chaos"]);

/** Heads that count a group rather than name it: "58 percent of voters", "a third of renters". */
const SHARE_HEADS = new Set(["percent", "%", "half", "third", "thirds", "quarter", "quarters", "majority", "minority", "plurality", "share"]);

/**
 * A noun phrase that counts people instead of naming them ("About four in 10", "at least 14,000", "58 percent
 * of Ohio teachers", "a mere 12 percent", "a third of renters"): its head is a number or a share, read after any
 * approximation. Such a speaker is an unnamed group, whatever names its "of" phrase holds.
 */
export function isQuantityPhrase(x: NounPhraseInput, a: number, b: number): boolean {
  let t = a + approximationLength(x, a);
  // "a mere 12 percent", "a third", "the majority": the article and a grading adverb.
  if (x.pos[t] === P.DET && !x.isName(t)) t++;
  if (x.pos[t] === P.ADV && x.pos[t + 1] === P.NUM) t++;
  if (t >= b || x.isName(t)) return false;
  const counted = x.pos[t] === P.NUM || SHARE_HEADS.has(x.lower[t]);
  if (!counted) return false;
  t++;
  if (SHARE_HEADS.has(x.lower[t])) t++;
  // Ends there, or goes on with what it counts: "of voters", "in 10", "out of 10".
  return t === b || x.lower[t] === "of" || x.lower[t] === "in" || x.lower[t] === "out";
}

/** "about half", "nearly 40": a word that makes the number after it approximate, not a preposition. */
export function isApproximateNumber(x: NounPhraseInput, k: number, b: number): boolean {
  return APPROXIMATE.has(x.lower[k]) && k + 1 < b && (x.pos[k + 1] === P.NUM || FRACTIONS.has(x.lower[k + 1]));
}

/**
 * A verb right after its subject is finite. A regular past form ("the order favoured banks") is a past tense
 * there, though the tagger may read it as a participle: a reduced relative ("the money spent") rarely takes a
 * regular "-ed" form straight after its noun in reported speech. Irregular participles ("taken") are not past tenses.
 */
function isFiniteAfterSubject(x: NounPhraseInput, e: number): boolean {
  return x.pos[e] === P.VFIN || isPastWithObject(x, e);
}

/** Words that open the object of a past tense ("favoured banks", "ordered the release"). */
const OBJECT_START = new Set<number>([P.DET, P.POSS, P.NOUN, P.PROPN, P.PRON, P.NUM, P.ADJ]);

/**
 * A regular "-ed" form with an object after it is a past tense ("the order favoured banks"); without one it is
 * as likely a participle describing the noun ("found the car abandoned", "the car parked outside").
 */
function isPastWithObject(x: NounPhraseInput, e: number): boolean {
  return x.pos[e] === P.VPART && x.lower[e].endsWith("ed") && e + 1 < x.pos.length && (OBJECT_START.has(x.pos[e + 1]) || x.lower[e + 1] === "that");
}

/**
 * A pronoun and its verb written as one token ("they’re", "he’s", "we’ll"): the tokenizer keeps them whole,
 * and the tagger, trained on text that splits them, has no class for it. Such a token opens a clause.
 */
export function isSubjectContraction(w: string): boolean {
  return SUBJECT_CONTRACTION.test(w);
}
const SUBJECT_CONTRACTION = /^(i|you|he|she|it|we|they|there|that)['’](s|re|ll|d|ve|m)$/;

/** How far back, in tokens, the determiner of a noun phrase's head is looked for. */
const DETERMINER_REACH = 3;

/**
 * The determiner that opens the noun phrase the word at c heads, one or two adjectives or nouns earlier
 * ("a sustained clarion call", "a thunderous chant"), or -1: a verb's form read there is the noun.
 */
export function determinerOpening(x: NounPhraseInput, c: number, floor: number): number {
  for (let k = c - 1; k >= floor && c - k <= DETERMINER_REACH; k--) {
    if (x.pos[k] === P.DET) return k < c - 1 ? k : -1;
    if (x.pos[k] !== P.ADJ && x.pos[k] !== P.NOUN) return -1;
  }
  return -1;
}

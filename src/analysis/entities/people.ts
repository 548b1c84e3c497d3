/**
 * People the words around a name reveal, and words a person's name does not include (issue #13, read as a
 * reader reads the popup):
 *   - a noun that only people are before a full name ("her colleague Iván Fornís Espinosa", "developer Ammar
 *     Askar") makes it a person, whatever the tagger said;
 *   - "the Obama administration": a one-word name before "administration" is the person who heads it;
 *   - "Abigail Roe and Min-jun Seo contributed.": full names in a story's credit line are reporters;
 *   - "a Margaret Hamilton Lego minifigure": when a person's name runs on into a word and then a lower-case
 *     noun, and the article names that person without the word elsewhere, the word modifies the noun (a
 *     product, a brand) and is no part of the name.
 */
import { sentenceAt, type Doc } from "../text/sentences";
import { lookupCountry } from "./countries";
import { comesBeforePerson, headTypeOf, isCommonWord, isPersonWord } from "./heads";
import { lowerWords } from "./docWords";
import { GAZ, lowerHash } from "./features";
import { loadModel } from "./tagger";
import { spanKey, spanText, type NameSpan } from "./spans";
import { FUNCTION_WORDS, ORG_APPOSITION_NOUNS, TITLE_WORDS } from "./lexicon";
import { lowerTexts, startsUpper } from "../text/words";

const TITLES = new Set(TITLE_WORDS);

/**
 * Nouns for people that newswire of the 1990s (the learned person cues of heads.ts) seldom wrote right before a
 * full name, and that name no company: a full name after one is a person.
 */
export const PERSON_NOUNS = new Set([
  "colleague", "colleagues", "developer", "researcher", "scientist", "professor", "author", "novelist", "journalist",
  "reporter", "photographer", "artist", "singer", "actress", "economist", "lawyer", "attorney", "activist", "nurse",
  "doctor", "physician", "teacher", "student", "friend", "husband", "partner", "mother", "sister", "resident",
  // Players by position ("Pittsburgh center Maurkice Pouncey", "pass rusher Myles Garrett").
  "quarterback", "receiver", "linebacker", "cornerback", "lineman", "rusher", "center", "guard", "tackle", "forward",
  "pitcher", "catcher", "shortstop", "winger", "fullback", "halfback", "playmaker",
]);

/** A word of a personal name: a capital, then lower-case letters (apostrophes and hyphens allowed). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

function personCueBefore(doc: Doc, s: NameSpan): boolean {
  if (s.first === 0) return false;
  const w = doc.tokens[s.first - 1].text;
  return PERSON_NOUNS.has(w) || comesBeforePerson(w);
}

/** Titles written short before a name ("Sen.", "Gov."), with the period the tokenizer may split off. */
const RANKS = new Set(["sen.", "rep.", "gov.", "gen.", "lt.", "sgt.", "col.", "capt.", "adm.", "maj.", "cmdr.", "rev.", "det.", "supt.", "amb.", "pres.", "atty."]);
/** Titles written in full, capitalised, before a full name ("President Kofi Mensah"). */
const TITLES_BEFORE = new Set([
  "President", "Senator", "Governor", "Mayor", "Judge", "Justice", "Representative", "Congressman", "Congresswoman",
  "Secretary", "Minister", "Ambassador", "Chancellor", "Premier", "Pope", "King", "Queen", "Prince", "Princess",
  "Sheikh", "Ayatollah", "Rabbi", "Cardinal", "Bishop", "Archbishop", "Reverend",
]);

/** The title right before a name: a rank's abbreviation ("Sen.", "then-Sen."), a full title, or none. */
export function titleBefore(doc: Doc, s: NameSpan): "rank" | "title" | null {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  let k = s.first - 1;
  if (k < 0) return null;
  let w = t[k].text;
  if (w === "." && k > 0 && t[k - 1].end === t[k].start) w = `${t[--k].text}.`;
  w = w.replace(/^(?:then|ex|former)-/i, "");
  // Not a title word inside a longer name in title case ("Equal Justice Under Law"), nor before a small word.
  if (FUNCTION_WORDS.has(lw[s.first])) return null;
  const before = k > 0 ? t[k - 1].text : "";
  if (startsUpper(before) && !OFFICE_OPENERS.has(before.toLowerCase()) && !TITLES.has(before.toLowerCase()) && !opensSentence(doc, k)) return null;
  if (RANKS.has(w.toLowerCase()) && startsUpper(w)) return "rank";
  return TITLES_BEFORE.has(w) ? "title" : null;
}

/** Words that open a title of two words ("Vice President", "Prime Minister"). */
const OFFICE_OPENERS = new Set(["vice", "prime", "deputy", "chief", "former", "acting", "interim", "lt.", "foreign", "defense", "defence"]);

function opensSentence(doc: Doc, k: number): boolean {
  return doc.sentences[sentenceAt(doc, doc.tokens[k].start)]?.firstToken === k;
}

/** Two or three words, each written like a personal name, none a country or a head word ("… Institute"). */
function looksLikeFullName(doc: Doc, s: NameSpan): boolean {
  const n = s.last - s.first;
  if (n < 2 || n > 3) return false;
  for (let i = s.first; i < s.last; i++) {
    const w = doc.tokens[i].text;
    if (!NAME_WORD.test(w) || lookupCountry(w)) return false;
  }
  return headTypeOf(doc.tokens[s.last - 1].text) === null;
}

/** Verbs right after a name that only a speaker takes: "Bob Lane said". */
const SPEECH_AFTER = new Set(["said", "says", "told", "tells", "added", "argued", "wrote", "spoke", "recalled", "explained"]);

/** A given name, then a surname that is also a place's head word ("Meredith Lane", "Grace Park"). */
function givenSurnameHead(doc: Doc, s: NameSpan): boolean {
  const t = doc.tokens;
  const given = t[s.first].text;
  const last = t[s.last - 1].text;
  if (!NAME_WORD.test(given) || !NAME_WORD.test(last) || lookupCountry(given)) return false;
  return ((loadModel().gazetteer.get(lowerHash(given)) ?? 0) & GAZ.givenName) !== 0 && headTypeOf(last) === "LOC";
}

/** "the mayor, London Breed,": a person noun or title, a comma, two or three name words, a comma. */
function appositionAfterPersonNoun(doc: Doc, s: NameSpan): boolean {
  const t = doc.tokens;
  const n = s.last - s.first;
  if (n < 2 || n > 3 || s.first < 2 || t[s.first - 1].text !== "," || t[s.last]?.text !== ",") return false;
  const noun = t[s.first - 2].text;
  if (!/^\p{Ll}+$/u.test(noun) || !(PERSON_NOUNS.has(noun) || TITLES.has(noun) || comesBeforePerson(noun))) return false;
  for (let i = s.first; i < s.last; i++) if (!NAME_WORD.test(t[i].text)) return false;
  const last = t[s.last - 1].text;
  return !lookupCountry(last) && headTypeOf(last) === null;
}

/** Nouns for people that follow a name in a description ("…, the insurance executive"), beside PERSON_NOUNS and titles. */
const DESCRIBED_PERSON_NOUNS = new Set([
  "executive", "founder", "co-founder", "billionaire", "investor", "entrepreneur", "businessman", "businesswoman",
  "candidate", "nominee", "strategist", "consultant", "adviser", "advisor", "donor", "philanthropist", "actor",
  "comedian", "host", "anchor", "columnist", "commentator", "historian", "analyst", "veteran", "pastor", "judge",
]);

/**
 * "Maurice Greenberg, the insurance executive and …", "Lena Ortiz, a retired nurse,": a full name (two or three
 * words written like a personal name, no head word or country), a comma, "the"/"a"/"an", at most three lower-case
 * words and a noun for a person that heads the phrase (what follows is punctuation or a small word, never "’s").
 */
export function personDescriptionAfter(doc: Doc, s: NameSpan): boolean {
  const t = doc.tokens;
  // ("Kevin Lane, a retired nurse": a given name before a place's head word is a full name too.)
  if (!(looksLikeFullName(doc, s) || givenSurnameHead(doc, s)) || t[s.last]?.text !== "," || !/^(?:the|a|an)$/i.test(t[s.last + 1]?.text ?? "")) return false;
  // (Capitalised words may modify the noun: "the Daily Beast editor who …", "an Ohio retired nurse"; the noun itself is
  // lower case. Not after a place, nor after "of": "Sen. Ann Vey of New York, the future Democratic leader" describes
  // the senator.)
  const capitalsMay = s.type !== "LOC" && !/^(?:of|from|in)$/.test(t[s.first - 1]?.text ?? "");
  for (let j = s.last + 2; j < Math.min(t.length, s.last + 7); j++) {
    const w = t[j].text;
    const lower = /^\p{Ll}[\p{Ll}-]*$/u.test(w);
    if (t[j].kind !== "word" || !(lower || (capitalsMay && /^\p{Lu}[\p{L}-]*$/u.test(w)))) return false;
    const next = t[j + 1];
    const heads = !next || next.kind !== "word" || /^(?:and|or|of|at|for|in|who|whose|with|from|on)$/.test(next.text);
    if (!heads) continue;
    return lower && (PERSON_NOUNS.has(w) || DESCRIBED_PERSON_NOUNS.has(w) || TITLES.has(w));
  }
  return false;
}

/**
 * "ScreamMyName, a deep web user who …", "Kettlebot, a vendor from the old market who sold …": a name of one to
 * three words, a comma, "a"/"an", then lower-case words (a prepositional phrase may follow the noun) up to "who":
 * the relative clause says the noun, and so the name, is someone. This is how news introduce people known by an
 * online handle or a nickname, which the written form alone makes a company ("WeWork"). Not when a body's noun
 * heads the phrase ("a group of residents who …"), not past a participle ("a firm founded by a man who …").
 */
export function someoneWhoAfter(doc: Doc, s: NameSpan): boolean {
  const t = doc.tokens;
  const n = s.last - s.first;
  if (n > 3 || t[s.last]?.text !== "," || !/^(?:a|an)$/.test(t[s.last + 1]?.text ?? "")) return false;
  const last = t[s.last - 1].text;
  if (headTypeOf(last) !== null || lookupCountry(spanText(doc, s))) return false;
  if (!/^\p{Ll}/u.test(t[s.last + 2]?.text ?? "")) return false;
  for (let j = s.last + 2; j < Math.min(t.length, s.last + 12); j++) {
    const w = t[j].text;
    if (w === "who") return j > s.last + 2;
    if (t[j].kind !== "word" || /^(?:a|an|by)$/.test(w) || /\p{Ll}ed$/u.test(w) || ORG_APPOSITION_NOUNS.has(w)) return false;
  }
  return false;
}

/**
 * "… that ousted Evo Morales, after clashes between the socialist leader’s supporters and …": a full name the
 * tagger read as a body, then, later in its sentence with no other name between, "the", at most two lower-case
 * words and a noun for a person with a possessive: the name is that person's.
 */
function personAnaphorAfter(doc: Doc, s: NameSpan, next: NameSpan | undefined): boolean {
  const t = doc.tokens;
  if (s.cued || s.last - s.first < 2 || s.last - s.first > 3 || /^the$/i.test(t[s.first - 1]?.text ?? "")) return false;
  const sent = doc.sentences[sentenceAt(doc, t[s.first].start)];
  if (!sent) return false;
  const end = Math.min(sent.endToken, s.last + 16);
  const nextName = next && next.first >= s.last ? next.first : t.length;
  for (let i = s.last; i + 2 < end && i < nextName; i++) {
    if (t[i].text !== "the") continue;
    for (let j = i + 1; j <= i + 3 && j + 1 < end; j++) {
      const w = t[j].text;
      if (t[j].kind !== "word" || !/^\p{Ll}[\p{Ll}-]*$/u.test(w)) break;
      // Only the nearest owner: "the company’s chief executive" says the name is a body's.
      if (/^['’]s$/.test(t[j + 1].text)) return (PERSON_NOUNS.has(w) || DESCRIBED_PERSON_NOUNS.has(w) || TITLES.has(w)) && looksLikeFullName(doc, s);
    }
  }
  return false;
}

/**
 * The credit line at a story's end, "Abigail Roe and Min-jun Seo contributed." or "… in Moscow contributed to
 * this report.": the full names before "contributed" are reporters (places after "in" stay places). Returns, per
 * token, whether it lies in such a line before the verb.
 */
function creditLines(doc: Doc): Uint8Array | null {
  const t = doc.tokens;
  let flags: Uint8Array | null = null;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].text !== "contributed" || !/^(?:\.|to|reporting|research)$/.test(t[i + 1].text)) continue;
    let k = i;
    while (k > 0 && !/^[.!?]$/.test(t[k - 1].text) && !t[k - 1].text.includes("\n")) k--;
    flags ??= new Uint8Array(t.length);
    flags.fill(1, k, i);
  }
  return flags;
}

/** Verbs of a work's credits before "by", and "starring", which name the people who made or play in it. */
const CREDIT_VERBS = new Set(["directed", "written", "co-written", "co-directed", "narrated", "illustrated", "photographed", "composed", "choreographed", "played", "portrayed", "voiced"]);

function creditBefore(doc: Doc, s: NameSpan): boolean {
  const t = doc.tokens;
  const prev = t[s.first - 1]?.text ?? "";
  if (prev === "starring" || prev === "co-starring") return true;
  return prev === "by" && CREDIT_VERBS.has(t[s.first - 2]?.text ?? "");
}

/** "Lola (Franka Potente)": a full name alone in brackets right after a person's name is who plays that person. */
function playerInBrackets(doc: Doc, s: NameSpan, before: NameSpan | undefined): boolean {
  const t = doc.tokens;
  return before?.type === "PER" && before.last === s.first - 1 && t[s.first - 1].text === "(" && t[s.last]?.text === ")";
}

/** Particles that open a surname ("Le Pen", "de Blasio", "van Hollen", "bin Salman"). */
const SURNAME_PARTICLES = new Set(["de", "del", "della", "der", "den", "di", "da", "dos", "du", "van", "von", "ter", "ten", "la", "le", "bin", "ibn"]);

/** The last two words of people's names of three words or more whose second-last word is a particle ("le pen"). */
function surnamesWithParticle(doc: Doc, spans: NameSpan[]): Set<string> {
  const lw = lowerTexts(doc);
  const out = new Set<string>();
  for (const s of spans) {
    if (s.type !== "PER" || s.last - s.first < 3 || !SURNAME_PARTICLES.has(lw[s.last - 2])) continue;
    out.add(spanKey(doc, { first: s.last - 2, last: s.last }));
  }
  return out;
}

/** Marks people by the words around them (above); such spans are cued, so they outvote the tagger's other tags. */
export function markPersonCues(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const credits = creditLines(doc);
  let plurals: Set<string> | undefined;
  let particleSurnames: Set<string> | undefined;
  return spans.map((s, k) => {
    if (s.type === "PER" || s.cued) return s;
    // "Marine Le Pen … Le Pen said": a surname with its particle, the end of a person's full name in the article,
    // is that person ("Le Pen", "De Blasio", "Van Hollen").
    if (s.last - s.first === 2 && SURNAME_PARTICLES.has(lw[s.first]) && (particleSurnames ??= surnamesWithParticle(doc, spans)).has(spanKey(doc, s))) {
      return { ...s, type: "PER", cued: true };
    }
    if (looksLikeFullName(doc, s) && personCueBefore(doc, s)) return { ...s, type: "PER", cued: true };
    // "Sen. Barack Obama", "then-Gov. Ann Lee", "President Kofi Mensah": a title right before a full name, and a
    // rank's abbreviation before a surname alone ("Gov. Walker"), make a person whatever the tagger read.
    const title = titleBefore(doc, s);
    if ((title === "rank" && (s.last - s.first === 1 ? NAME_WORD.test(t[s.first].text) && !lookupCountry(t[s.first].text) : looksLikeFullName(doc, s))) || (title === "title" && looksLikeFullName(doc, s))) {
      return { ...s, type: "PER", cued: true };
    }
    // "directed by Nirmal Baby Varghese", "starring Franka Potente", "a woman named Lola (Franka Potente)": a
    // work's credits and the player in brackets after a character name people.
    if (looksLikeFullName(doc, s) && (creditBefore(doc, s) || playerInBrackets(doc, s, spans[k - 1]))) return { ...s, type: "PER", cued: true };
    // "reporter Meredith Lane", "analyst Grace Park": after such a noun a given name and a place's head word are a
    // person's given name and surname.
    if (s.type === "LOC" && s.last - s.first === 2 && personCueBefore(doc, s) && givenSurnameHead(doc, s)) return { ...s, type: "PER", cued: true };
    // ("Bob Lane said": a place does not speak.)
    if (s.type === "LOC" && s.last - s.first === 2 && SPEECH_AFTER.has(t[s.last]?.text ?? "") && givenSurnameHead(doc, s)) return { ...s, type: "PER", cued: true };
    // "The mayor, London Breed, said": a full name set off by commas right after a noun for a person or a title
    // is that person, even when its first word names a place.
    if (appositionAfterPersonNoun(doc, s)) return { ...s, type: "PER", cued: true };
    // "Maurice Greenberg, the insurance executive", "Lena Ortiz, a retired nurse": the same, the noun after the name.
    if (personDescriptionAfter(doc, s)) return { ...s, type: "PER", cued: true };
    if (s.type === "ORG" && personAnaphorAfter(doc, s, spans[k + 1])) return { ...s, type: "PER", cued: true };
    // "ScreamMyName, a deep web user who …": a handle or a nickname described as someone.
    if (someoneWhoAfter(doc, s)) return { ...s, type: "PER", cued: true };

    if (credits?.[s.first] && looksLikeFullName(doc, s) && !/^(?:in|at|from|of)$/.test(t[s.first - 1]?.text ?? "")) {
      return { ...s, type: "PER", cued: true };
    }
    // "the Obama administration": the person heads it (an organization's own name is capitalised: "Food and
    // Drug Administration").
    // Not "a Republican administration": an indefinite one is no one's, and a word the article also writes in the
    // plural ("Republicans") is a kind of people.
    if (s.last - s.first === 1 && t[s.last]?.text === "administration" && NAME_WORD.test(t[s.first].text) && !lookupCountry(t[s.first].text)) {
      const indefinite = /^(?:a|an)$/i.test(t[s.first - 1]?.text ?? "");
      if (!indefinite && !(plurals ??= pluralWords(doc)).has(t[s.first].text)) return { ...s, type: "PER", cued: true };
    }
    return s;
  });
}

/**
 * "a Margaret Hamilton Lego minifigure": a person's (or an organization's) name of three words or more, then a lower-case word, whose
 * words but the last name someone elsewhere in the article ("Margaret Hamilton"), loses that last word: it
 * modifies the noun after it. The name stays as the article writes it elsewhere.
 */
export function trimModifierWords(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  let people: Set<string> | null = null;
  return spans.map((s) => {
    if (s.type === "LOC" || s.type === "MISC" || s.last - s.first < 3 || s.last >= t.length) return s;
    const next = t[s.last];
    if (next.kind !== "word" || !/^\p{Ll}{3,}$/u.test(next.text)) return s;
    people ??= new Set(spans.filter((x) => x.type === "PER" && x.last - x.first >= 2).map((x) => spanKey(doc, x)));
    const shorter = { ...s, last: s.last - 1 };
    // The tagger may have typed the whole an organization ("Grace Hopper Lego" for a toy's maker): the words
    // before the modifier are still the person.
    return people.has(spanKey(doc, shorter)) ? { ...shorter, type: "PER" } : s;
  });
}

/** Capitalised words the article also writes with an "s" after them, as the singular ("Republicans" → "Republican"). */
function pluralWords(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const x of doc.tokens) if (x.kind === "word" && /^\p{Lu}\p{Ll}+s$/u.test(x.text)) out.add(x.text.slice(0, -1));
  return out;
}

/** Endings that make a noun for who does something out of a verb or a noun ("rent" → "renter", "motor" → "motorist"). */
const AGENT_ENDINGS = ["er", "or", "ist", "ant", "ent", "ee", "eer"];

/**
 * "Renters said the fees were unfair.", "Homeowners said …": a capitalised word ending in "s" that is the plural of
 * a noun for people, so a group of people and no one named. The singular is a noun for a person of this file
 * ("nurse", "investor"), or a verb or noun the article or the training text writes as an ordinary word with an
 * agent ending ("rent" + "er", "employ" + "ee", "shop" + "per"; "organize" + "r" when the article writes
 * "organized"), or such a noun after an ordinary word ("home" + "owner"). Surnames keep their name: their stem is
 * no ordinary word ("Rogers", "Walters"), a one-syllable stem would double its consonant ("Peters" is no "petter"),
 * and a surname the training text names people by ("Sanders") or a given name never counts.
 * Titles are left out: "Senators", "Cardinals", "Kings" are teams too.
 */
export function isPluralPersonNoun(doc: Doc, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}s$/u.test(word) || /(?:ss|us|is)$/.test(word)) return false;
  const w = word.toLowerCase();
  if (isPersonWord(w) || ((loadModel().gazetteer.get(lowerHash(w)) ?? 0) & GAZ.givenName) !== 0) return false;
  const singular = w.slice(0, -1);
  return personNoun(doc, singular) || compoundPersonNoun(doc, singular);
}

/** A word the training text or the article uses as an ordinary word, in any of its plain inflections ("borrowed"). */
function ordinaryWord(doc: Doc, x: string): boolean {
  if (x.length < 3 || FUNCTION_WORDS.has(x)) return false;
  if (isCommonWord(x)) return true;
  const lower = lowerWords(doc);
  const stem = x.endsWith("e") ? x.slice(0, -1) : x;
  return lower.has(x) || lower.has(`${x}s`) || lower.has(`${stem}ed`) || lower.has(`${stem}ing`);
}

/** A monosyllable ending in one vowel and one consonant: its agent noun doubles the consonant ("shop" → "shopper"). */
const DOUBLING_STEM = /^[^aeiouy]*[aeiou][bdfgklmnprtvz]$/;

function personNoun(doc: Doc, singular: string): boolean {
  if (PERSON_NOUNS.has(singular) || DESCRIBED_PERSON_NOUNS.has(singular)) return true;
  for (const ending of AGENT_ENDINGS) {
    if (!singular.endsWith(ending)) continue;
    const base = singular.slice(0, -ending.length);
    if (base.length < 3) continue;
    // "renter" ← "rent"; "organizer" ← "organize"; "shopper" ← "shop"; "participant" ← "participate".
    if (!DOUBLING_STEM.test(base) && ordinaryWord(doc, base)) return true;
    if (ordinaryWord(doc, `${base}e`)) return true;
    // (Not when the singular is an ordinary word of its own: "summer" is no "sum" + "mer".)
    if (/([bdgklmnprt])\1$/.test(base) && DOUBLING_STEM.test(base.slice(0, -1)) && !ordinaryWord(doc, singular) && ordinaryWord(doc, base.slice(0, -1))) return true;
    if ((ending === "ant" || ending === "ent") && ordinaryWord(doc, `${base}ate`)) return true;
  }
  return false;
}

/** "homeowner": an ordinary word, then a noun for a person of four letters or more ("owner"). */
function compoundPersonNoun(doc: Doc, singular: string): boolean {
  for (let k = 3; k <= singular.length - 4; k++) {
    if (personNoun(doc, singular.slice(k)) && ordinaryWord(doc, singular.slice(0, k))) return true;
  }
  return false;
}

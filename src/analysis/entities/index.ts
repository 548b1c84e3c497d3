/**
 * People, organizations, countries and locations of an article, one entity per referent.
 *
 * Pipeline: trained tagger per sentence (tagger.ts) → names in capitals lines and datelines settled by the
 * article's body (headings.ts) → codes dropped, coined words as organizations (forms.ts) → trim titles and
 * possessives, head words settling types, institutions such as the White House as organizations (spans.ts,
 * heads.ts) → names run together taken apart (glued.ts) → names that fill a quotation are titles of works
 * (works.ts), things named by the words around them ("a file format known as …", "half a gram of …") →
 * organizations the words around a name reveal: offices, state bodies ("the Norwegian embassy"), "Embassy of
 * …", names split at "and" or after a city, a university's campus, armed and political groups (orgs.ts) →
 * people the words around a name reveal and names run on into the noun they modify (people.ts) → names in
 * share bars and a print edition's headline only when the body writes them (headings.ts dropFurniture)
 * → document-level type consistency and propagation of known names → countries from names, demonyms and
 * capitals used for governments (places.ts) → linking short forms to full names (link.ts).
 */
import { sentenceAt, type Doc } from "../text/sentences";
import type { Entity, EntityType, Mention } from "../types";
import { countryName, lookupCountry } from "./countries";
import { canonicalName, linkSpans, type Group } from "./link";
import { resolvePlaces } from "./places";
import { joinForeignAnd, markBusinessPossessives, dropDepartments, markDealTargets, markDescribedBodies, markItsOpeners, joinAndNames, joinTerritories, joinCampusNames, joinFieldLists, markCountryTitles, joinOfNames, joinPlaceNames, markGroups, markListedOrgs, markHeadedRuns, markPossessiveOffices, markStateBodies, markTeams } from "./orgs";
import { fixCreditNames, harmonizeTypes, possessiveInName, markBrands, markHonorifics, markInstitutions, propagateForms, splitAtLineBreaks, tagDoc, trimSpans, type NameSpan, type SpanType } from "./spans";
import { lowerTexts, startsLower, startsUpper } from "../text/words";

import { settleForms } from "./forms";
import { markTitledPersons, repairTaggedSpans, splitAtInnerWords } from "./repair";
import { PERSON_NOUNS, isPluralPersonNoun, markPersonCues, titleBefore, trimModifierWords } from "./people";
import { splitGlued } from "./glued";
import { dropFurniture, inHeading, settleHeadings } from "./headings";
import { comesBeforePerson, isBareHead, isCommonWord, isOrgHead, isPersonWord } from "./heads";
import { loadModel } from "./tagger";
import { markCaseNames, markListedThings, markNamedWorks, markQuotedWorks, markTheTitles, markThings } from "./works";
import { GAZ, lowerHash } from "./features";
import { FUNCTION_WORDS, TITLE_WORDS } from "./lexicon";
import { isFiniteVerb, modifiesNoun } from "./pos";
import { lowerWords } from "./docWords";

export { loadModel, tagWords } from "./tagger";

const TITLES = new Set(TITLE_WORDS);

interface Draft {
  type: EntityType;
  name: string;
  code?: string;
  spans: { first: number; last: number }[];
}

const TYPE_OF: Record<Group["type"], EntityType> = { PER: "person", ORG: "organization", LOC: "location" };

/** Surnames of full names found anywhere count as names where the tagger missed them ("Blair plans …"). */
function surnameForms(doc: Doc, spans: NameSpan[]): Map<string, SpanType> {
  const forms = new Map<string, SpanType>();
  for (const s of spans) {
    if (s.type !== "PER" || s.last - s.first < 2) continue;
    const last = doc.tokens[s.last - 1].text;
    if (last.length >= 3 && /^[A-Z][a-z]/.test(last)) forms.set(last.toLowerCase(), "PER");
  }
  return forms;
}

const SPEECH_AFTER = new Set([
  "said", "says", "told", "added", "wrote", "asked", "explained", "argued", "noted", "claimed", "warned",
  "replied", "stated", "insisted", "announced", "tweeted", "posted",
]);

/**
 * A one-word "person" that never appears with a full name is kept only with some sign of a person: a title
 * before it ("Mr Obama"), a known given name ("Grace"), or speech after it ("Azzouz said"). Without one it is
 * more often a company, a people or a capitalised word the tagger misread ("Dell's buyout", "Māori elders").
 */
function isPersonAlone(doc: Doc, g: Group): boolean {
  const gaz = loadModel().gazetteer;
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  for (const s of g.spans) {
    const prev = s.first > 0 ? lw[s.first - 1] : "";
    if (TITLES.has(prev) || TITLES.has(prev.split("-")[0])) return true; // "President-elect Trump"
    // "Pres. Obama", "then-Gov. Walker": a rank's abbreviation, its period split off by the tokenizer.
    if (titleBefore(doc, s) === "rank") return true;
    // "Turkey’s Erdogan", "South Korea’s Yoon": a country's one-word name before a verb is its leader.
    // Not a group ("Tunisia’s Islamists") and not an ordinary word.
    const word = t[s.first].text;
    const leader = startsLower(t[s.last]?.text ?? "") && !/(?:ists?|ites|ians?|ans)$/.test(word) && !isCommonWord(word);
    if (leader && s.first > 1 && /^['’]s$/.test(t[s.first - 1].text) && lookupCountry(t[s.first - 2].text)?.kind === "name" && !modifiesNoun(doc, s.last)) return true;
    // "striker Okafor", "his wife Amal": a word the training text writes before people's names.
    if (s.first > 0 && t[s.first - 1].text === prev && comesBeforePerson(prev)) return true;
    const next = s.last < t.length ? lw[s.last] : "";
    if (SPEECH_AFTER.has(next)) return true;
    // "the Obama administration": a person heads it (people.ts).
    if (next === "administration" && s.cued) return true;
    // A given name in capitals mid-sentence is initials ("underestimated ISIS"), unless the line shouts.
    const capitals = /^\p{Lu}{2,}$/u.test(t[s.first].text) && !inHeading(doc, s.first);
    const given = ((gaz.get(lowerHash(t[s.first].text)) ?? 0) & GAZ.givenName) !== 0 && !capitals;
    // A given name right before the noun it modifies is no sign of a person, even one the training text names
    // people by: "her now-famous Oscar dress" names an award ("the Trump administration" keeps its surname).
    if (given && modifiesNoun(doc, s.last)) continue;
    // A name the training text gives people by, between an owner and the noun it modifies, names a kind of
    // thing the owner has: "her now-famous Oscar dress", "Nyong’o’s Oscar gown" (an award; "the Trump
    // administration" has no owner and keeps its person).
    if (afterOwner(doc, s.first) && modifiesNoun(doc, s.last)) continue;
    if (isPersonWord(t[s.first].text)) return true;
    // A given name alone is weak: at a sentence start or before a possessive it is as often an ordinary
    // word or a company ("“Man’s greed …", "Dell’s buyout").
    if (next === "'s" || next === "’s" || isSentenceStart(doc, s.first)) continue;
    if (given) return true;
  }
  return false;
}

const OWNERS = new Set(["his", "her", "their", "its", "my", "our", "your", "'s", "’s"]);

/** A possessive ("her", "Nyong’o’s"), then at most two lower-case words, right before token i. */
function afterOwner(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  for (let k = i - 1, words = 0; k >= 0 && words <= 2; k--, words++) {
    const w = lw[k];
    if (OWNERS.has(w)) return true;
    if (t[k].kind !== "word" || !/^\p{Ll}[\p{Ll}-]*$/u.test(t[k].text)) return false;
  }
  return false;
}

const PERSONAL_PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "himself", "herself"]);

/**
 * "Pepsi said its sales fell": the first pronoun after a one-word name, a word or two after the speech verb
 * that follows it, is "its": a company speaking, not a person ("it" is left alone: "Azzouz said it was fine").
 * A known given name or a surname the training text names people by is never read so.
 */
function itFollows(doc: Doc, g: Group): boolean {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  if (isPersonWord(g.tokens[0]) || (loadModel().gazetteer.get(lowerHash(g.tokens[0])) ?? 0) & GAZ.givenName) return false;
  // A person named so by a title or a noun for a person ("Mr. Obama", markPersonCues) owns no "its".
  if (g.spans.some((s) => s.type === "PER" && s.cued)) return false;
  return g.spans.some((s) => {
    if (s.last >= t.length || !startsLower(t[s.last].text)) return false;
    // "Pepsi said its sales fell", "Boeing said Wednesday it would cut 10% of its workforce": the name opens
    // a clause whose first personal pronoun, before any other name, is "its" (within a dozen words).
    const end = doc.sentences[sentenceAt(doc, t[s.first].start)]?.endToken ?? t.length;
    for (let k = s.last; k < Math.min(end, s.last + 14); k++) {
      const w = lw[k];
      // "the Obama administration … showed its inclination": the noun the name modifies owns the "its" (asked
      // last: the part-of-speech tagger reads the sentence).
      if (w === "its") return !modifiesNoun(doc, s.last);
      // Another noun phrase may own the "its" ("told the court that the company changed its policy").
      if (PERSONAL_PRONOUNS.has(w) || DETERMINERS.has(w)) return false;
      if (k > s.last && startsUpper(t[k].text) && !CALENDAR_WORDS.test(t[k].text)) return false;
    }
    return false;
  });
}

interface BodyEdges {
  /** Token index where an organization's name starts, and where one ends (exclusive). */
  starts: Set<number>;
  ends: Set<number>;
  /** The same for places: a name listed beside one is in a list of places. */
  placeStarts: Set<number>;
  placeEnds: Set<number>;
}

function bodyEdges(spans: NameSpan[]): BodyEdges {
  const e: BodyEdges = { starts: new Set(), ends: new Set(), placeStarts: new Set(), placeEnds: new Set() };
  for (const s of spans) {
    if (s.type === "ORG") {
      e.starts.add(s.first);
      e.ends.add(s.last);
    } else if (s.type === "LOC") {
      e.placeStarts.add(s.first);
      e.placeEnds.add(s.last);
    }
  }
  return e;
}

/**
 * "Pfizer and BioNTech said …", "Uber, Lyft or DoorDash": a one-word "person" with no sign of a person (no
 * title, speech verb, given name or full name in the article), listed right beside an organization, is one.
 */
function listedWithBody(doc: Doc, g: Group, bodies: BodyEdges): boolean {
  const t = doc.tokens;
  if ((loadModel().gazetteer.get(lowerHash(g.tokens[0])) ?? 0) & GAZ.givenName) return false;
  const sep = (i: number) => i >= 0 && i < t.length && /^(?:and|or|&|,)$/i.test(t[i].text);
  // Not beside a place ("Derby, Dewsbury, Leeds, Leicester": a list of towns the tagger half read as bodies).
  const besidePlace = (s: { first: number; last: number }) =>
    (sep(s.last) && (bodies.placeStarts.has(s.last + 1) || bodies.placeStarts.has(s.last + 2))) ||
    (sep(s.first - 1) && (bodies.placeEnds.has(s.first - 1) || bodies.placeEnds.has(s.first - 2)));
  if (g.spans.some(besidePlace)) return false;
  return g.spans.some((s) => {
    if (sep(s.last) && (bodies.starts.has(s.last + 1) || (t[s.last].text === "," && sep(s.last + 1) && bodies.starts.has(s.last + 2)))) return true;
    return sep(s.first - 1) && (bodies.ends.has(s.first - 1) || (t[s.first - 1].text !== "," && t[s.first - 2]?.text === "," && bodies.ends.has(s.first - 2)));
  });
}

const DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "their", "our", "your", "my"]);

/** Days and months, which may stand between a name and its pronoun ("said Wednesday it would …"). */
const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A one-word "person" with no sign of a person that is told things or cited ("a doctor told Ruptly",
 * "according to Axios"): news introduce people by their full names, so a source named by one word is an
 * outlet or a company. Not a given name (a first-name source is a person, only unsigned here).
 */
function isSource(doc: Doc, g: Group): boolean {
  const gaz = loadModel().gazetteer;
  const lw = lowerTexts(doc);
  if ((gaz.get(lowerHash(g.tokens[0])) ?? 0) & GAZ.givenName) return false;
  return g.spans.some((s) => {
    const prev = s.first > 0 ? lw[s.first - 1] : "";
    const prev2 = s.first > 1 ? lw[s.first - 2] : "";
    // "a spokeswoman for Corvanta", "in an interview with Politico": a body's spokesperson, an outlet's interview
    // (someone named by one word without a title or a given name is seldom a person).
    return TOLD.has(prev) || (prev === "to" && prev2 === "according") || (prev === "for" && SPOKESPEOPLE.has(prev2)) || (prev === "with" && prev2 === "interview");
  });
}

/** Nouns for who speaks for a body, before "for" and its name. */
const SPOKESPEOPLE = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/** Verbs of telling, right before whom one tells ("told Ruptly", "telling Mic in an interview"). */
const TOLD = new Set(["told", "telling", "tells", "tell"]);

/** Words that make the noun after them indefinite: "a Republican", "one senior Democrat", "another Democrat". */
const INDEFINITE = new Set(["a", "an", "one", "another", "every", "each", "any", "some"]);

/**
 * "one senior Democrat said", "said a New Hampshire Republican": a one-word "person" after an indefinite
 * determiner (lower-case adjectives or a place between) is a kind of person, no one named.
 */
function isIndefinite(doc: Doc, g: Group): boolean {
  const indefinite = g.spans.filter((s) => indefiniteBefore(doc, s.first));
  if (!indefinite.length) return false;
  // Uses before the noun they modify say nothing either way ("Those Republican insiders").
  return g.spans.every((s) => indefinite.includes(s) || modifiesNoun(doc, s.last));
}

/**
 * An indefinite determiner before token i, with at most one lower-case adjective ("one senior Democrat") or a
 * place's name of one or two words ("a New Hampshire Republican") between.
 */
function indefiniteBefore(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  let lower = 0;
  let upper = 0;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = t[k].text;
    if (INDEFINITE.has(w.toLowerCase())) return w === w.toLowerCase() || isSentenceStart(doc, k);
    if (t[k].kind !== "word" || FUNCTION_WORDS.has(w.toLowerCase())) return false;
    if (/^\p{Ll}[\p{Ll}-]{2,}$/u.test(w)) {
      if (++lower > 1 || upper) return false;
    } else if (/^\p{Lu}\p{Ll}+$/u.test(w)) {
      if (++upper > 2) return false;
    } else return false;
  }
  return false;
}

/**
 * "Edmunds" ↔ "Edmunds.com": a one-word organization that is a site's name without its domain is the site's
 * company (link.ts does this among names read as bodies; this catches one read as a person first).
 */
function mergeSiteNames(drafts: Draft[]): void {
  const sites = new Map<string, Draft>();
  for (const d of drafts) {
    const m = d.type === "organization" ? /^([^\s.]+)\.(?:com|org|net|co\.uk|io)$/i.exec(d.name) : null;
    if (m) sites.set(m[1].toLowerCase(), d);
  }
  if (!sites.size) return;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    const site = d.type === "organization" && !/[\s.]/.test(d.name) ? sites.get(d.name.toLowerCase()) : undefined;
    if (!site || site === d) continue;
    site.spans.push(...d.spans);
    drafts.splice(i, 1);
  }
}

/**
 * "Delta cancelled 300 flights.", "Lucasfilm declined to comment.": a one-word "person" with no sign of a person
 * (no title, speech verb, given name, full name or known surname) that opens a sentence as the subject of its
 * finite verb, in a sentence with no "he", "she", "his" or "her", is a company: news introduce people by their full names, and a body by its name alone.
 */
function opensClause(doc: Doc, g: Group): boolean {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  if (isPersonWord(g.tokens[0]) || (loadModel().gazetteer.get(lowerHash(g.tokens[0])) ?? 0) & GAZ.givenName) return false;
  return g.spans.some((s) => {
    if (s.last - s.first !== 1 || s.last >= t.length || !startsLower(t[s.last].text) || !isSentenceStart(doc, s.first)) return false;
    if (!isFiniteVerb(doc, s.last)) return false;
    // "Kauri is a member of the group started by his father": a personal pronoun in the sentence says a person.
    const end = doc.sentences[sentenceAt(doc, t[s.first].start)]?.endToken ?? t.length;
    for (let k = s.last; k < end; k++) if (PERSONAL_PRONOUNS.has(lw[k])) return false;
    return true;
  });
}

/** Words that count people before a plural ("many Latinos", "fellow Oromos", "thousands of …"). */
const COUNTING = new Set([
  "many", "most", "some", "few", "fellow", "other", "all", "fewer", "several",
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions",
]);
/** Nouns of quantity before "of" and a plural ("thousands of Oromos", "32 percent of British Columbians"). */
const COUNTING_OF = new Set(["thousands", "millions", "hundreds", "dozens", "percent", "%", "majority", "share", "groups", "number", "half", "third"]);

/**
 * "many Latinos had expected", "Thousands of Oromos", "32 percent of British Columbians opposed": a "body" (or a "person"
 * listed as one) whose name
 * ends in a plural, counted like people at least once and never written after "the", is a people or a group of
 * people, no organization and no one named ("the Steelworkers’ Facebook page" is the union).
 */
function isCountedPeople(doc: Doc, g: Group): boolean {
  // (A "person" only of one word: a full name's surname in the plural is someone's, "Bernie Sanders".)
  if (g.type === "LOC" || g.tokens.length > (g.type === "PER" ? 1 : 2) || g.spans.some((s) => s.cued)) return false;
  // (The group's tokens are lower-case keys: the written word is read off a mention.)
  const last = doc.tokens[g.spans[0].last - 1].text;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || isOrgHead(last)) return false;
  const lw = lowerTexts(doc);
  let counted = false;
  for (const s of g.spans) {
    const prev = s.first > 0 ? lw[s.first - 1] : "";
    if (prev === "the") return false;
    // (Not before the noun it modifies: "many Sanders supporters".)
    // ("236,000 Iowans participated": a number counts them too.)
    const number = s.first > 0 && doc.tokens[s.first - 1].kind === "number";
    if ((COUNTING.has(prev) || number || (prev === "of" && s.first > 1 && COUNTING_OF.has(lw[s.first - 2]))) && !modifiesNoun(doc, s.last)) counted = true;
  }
  return counted;
}

/**
 * A name of one word that is an ordinary word ("Week", "Public", "Citizens", "Sterling") or only an
 * organization's head word ("the Department", "the Bank") names nothing a reader would list, unless the
 * words around it said what it is ("Citizens, a lender, …": cued).
 */
function isOrdinaryWord(doc: Doc, g: Group): boolean {
  if (g.tokens.length !== 1 || g.spans.some((s) => s.cued)) return false;
  const w = g.tokens[0];
  // A "place" that is an ordinary word ("bent further to the Left", "10 Things to Know") names one only where the article
  // puts something in it ("in Reading" — though the learned common words hold few towns).
  if (g.type === "LOC") return isCommonWord(w) && !g.spans.some((s) => s.first > 0 && PLACED_IN.has(lowerTexts(doc)[s.first - 1]));
  return isCommonWord(w) || (g.type === "ORG" && isBareHead(w));
}

/** Prepositions that put something in a place. */
const PLACED_IN = new Set(["in", "at", "near", "outside", "across", "throughout", "around", "inside"]);

/**
 * "“Jesus … who is Ellen Fetter?”", "“God!”": a one-word name that opens a quotation and breaks off at once, every
 * time it is written, is an exclamation, not someone named.
 */
export function isInterjection(doc: Doc, g: Group): boolean {
  const t = doc.tokens;
  if (g.type !== "PER" || g.tokens.length !== 1) return false;
  return g.spans.every((s) => s.first > 0 && t[s.first - 1].kind === "quote" && /^(?:…|\.\.\.|!+)$/.test(t[s.last]?.text ?? ""));
}

/**
 * A one-word name written only where a sentence starts, whose word the article also writes in lower case
 * ("Deficit hawks have gone silent …" and "the budget deficit"; "Rangers met on the beach" and "the rangers"),
 * or that is the plural of a noun for people ("Renters said …"): an ordinary word capitalised by its position, not
 * a name.
 */
function onlyCapitalisedAtStart(doc: Doc, g: Group): boolean {
  if (g.tokens.length !== 1 || g.spans.some((s) => s.cued || s.last - s.first !== 1 || !isSentenceStart(doc, s.first))) return false;
  if (lowerWords(doc).has(g.tokens[0])) return true;
  // "Renters said the fees were unfair.": the plural of a noun for people (people.ts) is a group of them, no one
  // named; not when a verb that agrees with one subject follows ("Walkers says …": a surname).
  if (g.type === "LOC" || g.spans.some((s) => SINGULAR_VERBS.has(doc.tokens[s.last]?.text ?? ""))) return false;
  return isPluralPersonNoun(doc, doc.tokens[g.spans[0].first].text);
}

/** Verbs that agree with one subject only. */
const SINGULAR_VERBS = new Set(["is", "was", "has", "does", "says", "adds", "tells", "writes", "thinks", "wants"]);

const AGE_OR_CLAUSE = /^(?:who|whose|,)$/;

/**
 * "Fans of restored Art Deco hotels", "stores don’t carry Rice Krispies": a two-word "person" whose first word
 * the article also writes in lower case ("art", "rice"), whose second is no given name, never written otherwise
 * (no surname alone, no longer name) and never with a sign of a person (a title or a noun for a person before
 * it, a speech verb, a comma or "who" after it), and written as what modifies a noun or the object of a verb, is
 * a style, a product or a work, not someone named.
 */
function isThingLikeName(doc: Doc, g: Group): boolean {
  if (g.type !== "PER" || g.tokens.length !== 2) return false;
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const gaz = loadModel().gazetteer;
  const [first, second] = g.tokens;
  if (((gaz.get(lowerHash(second)) ?? 0) & GAZ.givenName) !== 0) return false;
  if (!lowerWords(doc).has(first.toLowerCase())) return false;
  for (const s of g.spans) {
    if (s.cued || s.last - s.first !== 2) return false;
    const prev = s.first > 0 ? t[s.first - 1].text : "";
    const next = s.last < t.length ? lw[s.last] : "";
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(prev) || TITLES.has(prev) || comesBeforePerson(prev) || PERSON_NOUNS.has(prev)) return false;
    if (SPEECH_AFTER.has(next) || AGE_OR_CLAUSE.test(next)) return false;
    if (!modifiesNoun(doc, s.last) && !/^[.;:]$/.test(next)) return false;
  }
  return true;
}

/**
 * A lone "person" that is a country or capital name ("after Washington invaded the country") is the place or
 * its government, for places.ts to settle; unless it is the surname of someone named ("Denzel Washington").
 */
function capitalsAsPlaces(doc: Doc, spans: NameSpan[], surnames: Map<string, SpanType>): NameSpan[] {
  return spans.map((s) => {
    if (s.type !== "PER" || s.last - s.first !== 1) return s;
    const w = doc.tokens[s.first].text;
    return lookupCountry(w) && !surnames.has(w.toLowerCase()) ? { ...s, type: "LOC" } : s;
  });
}

/** First word of its sentence, also after an opening quote or bracket. */
function isSentenceStart(doc: Doc, i: number): boolean {
  let k = i;
  while (k > 0 && (doc.tokens[k - 1].kind === "quote" || doc.tokens[k - 1].text === "(")) k--;
  return k === 0 || doc.sentences[sentenceAt(doc, doc.tokens[k].start)]?.firstToken === k;
}

export function findEntities(doc: Doc): Entity[] {
  if (!doc.tokens.length) return [];
  let spans = trimSpans(doc, settleForms(doc, markBrands(doc, markHonorifics(doc, settleHeadings(doc, repairTaggedSpans(doc, splitAtInnerWords(doc, tagDoc(doc))))))));
  spans = markListedThings(doc, markThings(doc, markNamedWorks(doc, markCaseNames(doc, markQuotedWorks(doc, markTheTitles(doc, splitGlued(doc, markTeams(doc, spans))))))));
  spans = markInstitutions(doc, spans);
  spans = joinFieldLists(doc, joinForeignAnd(doc, joinAndNames(doc, joinTerritories(doc, joinOfNames(doc, markGroups(doc, markPossessiveOffices(doc, markBusinessPossessives(doc, spans))))))));
  spans = dropDepartments(doc, markListedOrgs(doc, joinCampusNames(doc, joinPlaceNames(doc, markCountryTitles(doc, markHeadedRuns(doc, markStateBodies(doc, spans)))))));
  spans = trimModifierWords(doc, markPersonCues(doc, splitAtLineBreaks(doc, fixCreditNames(doc, spans))));
  spans = harmonizeTypes(doc, markTitledPersons(doc, dropFurniture(doc, markDescribedBodies(doc, markItsOpeners(doc, markDealTargets(doc, spans))))));
  const surnames = surnameForms(doc, spans);
  spans = propagateForms(doc, capitalsAsPlaces(doc, spans, surnames), surnames);
  const { spans: named, countries } = resolvePlaces(doc, spans);

  const drafts: Draft[] = [];
  let bodies: BodyEdges | undefined;
  const groups = linkSpans(doc, named);
  // "The Obamas cut back the ritual", "the Weiners’ marriage": the plural of someone's name is a family, no body.
  const personNames = new Set<string>();
  for (const g of groups) if (g.type === "PER") personNames.add(g.tokens[g.tokens.length - 1]);
  for (const g of groups) {
    let type = TYPE_OF[g.type];
    if (g.type === "ORG" && g.tokens.length === 1 && /s$/.test(g.tokens[0]) && personNames.has(g.tokens[0].replace(/e?s$/, "")) && !g.spans.some((s) => s.cued)) continue;
    if (g.type === "PER" && g.tokens.length === 1 && (itFollows(doc, g) || !isPersonAlone(doc, g))) {
      if (!isSource(doc, g) && !itFollows(doc, g) && !listedWithBody(doc, g, (bodies ??= bodyEdges(named))) && !opensClause(doc, g)) continue;
      type = "organization";
    }
    if (isOrdinaryWord(doc, g) || onlyCapitalisedAtStart(doc, g) || isInterjection(doc, g) || isThingLikeName(doc, g) || isCountedPeople(doc, g)) continue;
    if (g.type === "PER" && g.tokens.length === 1 && isIndefinite(doc, g)) continue;
    const name = canonicalName(doc, g);
    if (!name || !/[A-Za-z\u00C0-\uFFFF]/.test(name)) continue;
    drafts.push({ type, name, spans: g.spans });
  }
  mergeSiteNames(drafts);
  const byCode = new Map<string, Draft>();
  for (const c of countries) {
    let d = byCode.get(c.code);
    if (!d) {
      d = { type: "country", name: countryName(c.code), code: c.code, spans: [] };
      byCode.set(c.code, d);
      drafts.push(d);
    }
    d.spans.push(c);
  }

  const entities = drafts.map((d) => ({ draft: d, mentions: toMentions(doc, d.spans) })).filter((e) => e.mentions.length);
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start || a.mentions[0].end - b.mentions[0].end);
  return entities.map(({ draft, mentions }, i) => {
    const e: Entity = { id: `e${i + 1}`, type: draft.type, name: draft.name, mentions };
    if (draft.code) e.code = draft.code;
    return e;
  });
}

/**
 * Mentions as text slices, sorted, without duplicates; a trailing possessive is not part of the mention, unless
 * it is part of a company's name ("Moody’s").
 */
function toMentions(doc: Doc, spans: { first: number; last: number }[]): Mention[] {
  const seen = new Set<number>();
  const out: Mention[] = [];
  for (const s of spans) {
    let last = s.last;
    while (last > s.first && /^['’ʼ][sS]$/.test(doc.tokens[last - 1].text) && !possessiveInName(doc, s.first, last)) last--;
    if (last <= s.first) continue;
    const start = doc.tokens[s.first].start;
    const end = doc.tokens[last - 1].end;
    if (seen.has(start)) continue;
    seen.add(start);
    out.push({ start, end, text: doc.text.slice(start, end) });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

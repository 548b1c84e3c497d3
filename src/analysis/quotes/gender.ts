/**
 * Which people the article itself writes as "he" and which as "she". A name list cannot know every given name
 * ("Bernie", "Chris" and "Lindsey" are given to both, "Dexter" to neither list), but the article tells: "Sanders
 * said he …", "Ms. Ortiz said in her statement …". The first personal pronoun after a person's name in the same
 * sentence, with no other person named between them, most often refers back to that person; so does the next
 * sentence's subject "he"/"she" to the subject of the sentence before, whoever else that sentence names after its
 * subject. Nouns that say a person's sex vote too, in a description linked to the name ("Ruiz, a mother of three")
 * or in apposition before it ("her father, Brad, …"). A majority of those votes decides. People a title or the
 * name lists already settled keep their gender, and resolving a pronoun never sets one (a wrong guess would then
 * mislead every later "he" or "she").
 */
import type { Doc } from "../text/sentences";
import type { Cast } from "./names";
import { FEMALE_DESCRIPTION_NOUNS, MALE_DESCRIPTION_NOUNS } from "./lexicon";

const MALE = new Set(["he", "himself", "his"]);
const FEMALE = new Set(["she", "herself", "her"]);
/** Pronouns that end the search without a vote: they point elsewhere, or at a group. */
const OTHER_PRONOUNS = new Set(["him", "hers", "they", "them", "their"]);
/**
 * Words after which "his"/"her" is about someone else as often as not ("fundraised for her primary challenger",
 * "told her"): no vote. ("said in her statement" keeps its vote.)
 */
const AWAY = new Set(["for", "to", "with", "against", "about", "on", "at", "from", "by", "of", "and", "told", "asked", "called", "endorsed"]);
/** How far after the name a pronoun is read as pointing back to it, in tokens. */
const REACH = 25;

/** Words before a name that make it no sentence's subject: prepositions and personal pronouns. */
const NOT_SUBJECT_BEFORE = new Set(["of", "to", "for", "with", "by", "from", "at", "on", "in", "about", "against", "he", "she", "they", "we", "i", "it", "his", "her", "their"]);

/**
 * Whether a name starting at `from` (its title included) can be the subject of sentence `s`: no personal pronoun
 * comes before it outside quotes, and no preposition right before it ("He was arrested at the offices of Omar").
 */
function leadsSentence(doc: Doc, lower: readonly string[], inQuote: Uint8Array, s: number, from: number): boolean {
  const first = doc.sentences[s].firstToken;
  if (from > first && NOT_SUBJECT_BEFORE.has(lower[from - 1])) return false;
  for (let t = first; t < from; t++) if (!inQuote[t] && PERSONAL.has(lower[t])) return false;
  return true;
}
const PERSONAL = new Set(["he", "she", "they", "we", "i"]);

export function genderFromPronouns(cast: Cast, doc: Doc, lower: readonly string[], inQuote: Uint8Array, sentOf: Int32Array): void {
  const votes = new Int32Array(cast.people.length * 2);
  let firstOfSentence = -1; // sentence whose first person mention outside quotes was seen
  for (const m of cast.mentions) {
    if (m.kind !== "person" || inQuote[m.startTok]) continue;
    const s = sentOf[m.startTok];
    if (s < 0) continue;
    // The first person named in a sentence, with no pronoun or preposition before, is its likeliest subject: the
    // next sentence's subject pronoun, with nobody named between, refers back to them too ("Lu Kang repeated the
    // offer. “…,” he told reporters").
    const first = s !== firstOfSentence && leadsSentence(doc, lower, inQuote, s, m.roleStartTok);
    firstOfSentence = s;
    // ("Omar’s office, in which he said": after a possessive the pronoun is often someone else.)
    if (m.person < 0 || m.possessive || cast.people[m.person].gender !== 0) continue;
    const sentenceEnd = doc.sentences[s].endToken;
    const cut = m.endTok + REACH < sentenceEnd;
    const end = cut ? m.endTok + REACH : first && s + 1 < doc.sentences.length ? doc.sentences[s + 1].endToken : sentenceEnd;
    let voted = false;
    let stopped = false; // a pronoun in the sentence that points elsewhere or at a group
    for (let t = m.endTok; t < end; t++) {
      if (inQuote[t]) continue;
      const other = cast.mentionAt[t];
      if (other >= 0 && cast.mentions[other].kind === "person") break;
      const w = lower[t];
      const possessive = w === "his" || w === "her";
      if (OTHER_PRONOUNS.has(w) || (possessive && AWAY.has(lower[t - 1]))) {
        stopped = t < sentenceEnd;
        break;
      }
      // In the next sentence only a subject "he"/"she" votes: its first word, or one after a comma or a quotation
      // ("During the call, he asked", "“…,” she said"); not "the aide recalled that he said".
      if (t >= sentenceEnd && (MALE.has(w) || FEMALE.has(w))) {
        const before = doc.tokens[t - 1];
        if (possessive || w.endsWith("self") || !(t === sentenceEnd || before.text === "," || before.kind === "quote")) break;
      }
      if (MALE.has(w)) votes[m.person * 2]++;
      else if (FEMALE.has(w)) votes[m.person * 2 + 1]++;
      else continue;
      voted = true;
      break;
    }
    // The sentence's subject, whoever else its sentence names after it (an object, a name after a preposition) and
    // however long it runs, when no pronoun there points elsewhere: the next sentence's subject "he"/"she" most
    // often continues it ("Raynard Roe, …, crossed party lines to vote for Ann Lee in the primary. “…,” he said").
    // News keeps to its subject; resolving the pronoun itself still weighs everyone in view (antecedents.ts).
    if (first && !voted && !stopped && s + 1 < doc.sentences.length) {
      const g = nextSubjectPronoun(doc, lower, inQuote, s + 1);
      if (g !== 0) votes[m.person * 2 + g - 1]++;
    }
  }
  describedVotes(cast, doc, lower, inQuote, votes);
  for (let p = 0; p < cast.people.length; p++) {
    const male = votes[p * 2];
    const female = votes[p * 2 + 1];
    if (male > female) cast.people[p].gender = 1;
    else if (female > male) cast.people[p].gender = 2;
  }
}

/** Gender (1 male, 2 female) of the subject "he"/"she" that opens sentence `s` (after a quotation or a short opening phrase); 0 none. */
function nextSubjectPronoun(doc: Doc, lower: readonly string[], inQuote: Uint8Array, s: number): number {
  const { firstToken, endToken } = doc.sentences[s];
  let words = 0;
  for (let t = firstToken; t < endToken; t++) {
    if (inQuote[t] || doc.tokens[t].kind === "quote") continue;
    const w = lower[t];
    if (w === "he" || w === "she") {
      const before = t > firstToken ? doc.tokens[t - 1] : null;
      return !before || before.text === "," || before.kind === "quote" || inQuote[t - 1] ? (w === "he" ? 1 : 2) : 0;
    }
    if (doc.tokens[t].kind === "word" && ++words > OPENING_WORDS) return 0;
  }
  return 0;
}
/** How many words may open a sentence before its subject pronoun ("On Monday, she …", "During the call, he …"). */
const OPENING_WORDS = 5;

/** What links a name to its description: "Omar is one of the first two Muslim women …", "Ruiz, a mother of three, …". */
const LINKS = new Set([",", "is", "was", "became", "remains"]);
const NOT_DESCRIPTION = new Set(["who", "whose", "which", "that", "his", "her", "their", "its", "my", "our", "your", "and", "but", "said", "says"]);
/** Words that own or point out the noun before a name in apposition ("her father, Brad"; "the widow, Ann Roe"). */
const OWNERS = new Set(["his", "her", "their", "my", "our", "the", "a", "whose"]);
/** How many words a description may have before its noun ("one of the first two Muslim women"). */
const DESCRIPTION_REACH = 7;

/**
 * "Omar is one of the first two Muslim women elected to Congress", "Ines Wolf, a mother of three, …": a noun that
 * says a person's sex, in a description linked to their name by a copula or a comma, votes like a pronoun.
 * (Only the first noun of the description, and only before any other verb or name: "Ruiz met the women" is no
 * description of Ruiz.)
 */
function describedVotes(cast: Cast, doc: Doc, lower: readonly string[], inQuote: Uint8Array, votes: Int32Array): void {
  for (const m of cast.mentions) {
    if (m.kind !== "person" || m.person < 0 || m.possessive || inQuote[m.startTok] || cast.people[m.person].gender !== 0) continue;
    // "Her father, Brad, 39, worried …", "his wife, Maria": the noun, then the name set off by commas.
    const before = m.roleStartTok;
    if (before >= 2 && lower[before - 1] === "," && !inQuote[before - 2] && OWNERS.has(lower[before - 3] ?? "")) {
      const w = lower[before - 2];
      if (FEMALE_DESCRIPTION_NOUNS.has(w)) votes[m.person * 2 + 1]++;
      else if (MALE_DESCRIPTION_NOUNS.has(w)) votes[m.person * 2]++;
    }
    const link = m.endTok;
    if (link >= doc.tokens.length || !LINKS.has(lower[link])) continue;
    for (let t = link + 1; t < doc.tokens.length && t - link <= DESCRIPTION_REACH; t++) {
      const w = lower[t];
      // (A name on the way ends the description unless it only modifies the noun: "two Muslim women".)
      const other = cast.mentionAt[t];
      if (inQuote[t] || (other >= 0 && cast.mentions[other].kind === "person") || doc.tokens[t].kind === "punct") break;
      // A clause or someone else's kin ends it: "Ivanka Trump, who spoke about her father", "Ruiz, whose son …".
      if (NOT_DESCRIPTION.has(w)) break;
      if (FEMALE_DESCRIPTION_NOUNS.has(w)) votes[m.person * 2 + 1]++;
      else if (MALE_DESCRIPTION_NOUNS.has(w)) votes[m.person * 2]++;
      else continue;
      break;
    }
  }
}

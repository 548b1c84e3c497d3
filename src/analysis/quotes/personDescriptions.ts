/**
 * Definite descriptions of people that point back to the person in view: "the British royal" after "Prince
 * Andrew, … brother of heir to the British throne", "the retired neurosurgeon" after "Ben Carson, a retired
 * neurosurgeon", "the billionaire business mogul" right after Trump was the subject. Chosen as "he"/"she" are
 * (antecedents.ts): the same candidates with the same learned features (how recent, the subject, the last
 * speaker, …), plus what only a description has — its words, which the right person's own title or apposition
 * often repeats, and its gender ("the businessman", "the actress").
 *
 * A wrong name shown with confidence is worse than the description, so:
 * - where anyone's title has the description's head word, only they are meant, and one must lead the others;
 * - a title or an occupation ("the judge", "the columnist"), a kinship ("the mother"), a word for somebody
 *   unnamed ("the official", "the man") or a noun that is no person's by itself resolves only through such a title;
 * - otherwise (a candidacy, "the mogul", "the neurosurgeon") the person clearly in view resolves it: the subject
 *   of this or the last sentence, well ahead of the next;
 * - and when someone else in view, the subject, outranks the titled person but for the title, the description
 *   stays (KEEP_DESCRIPTION): "Rubio spoke … with Sen. Ernst. The Florida senator said" is not Ernst.
 *
 * Cost: the candidates of one pronoun ranking (a bounded look back) and the titles of the article's people, per
 * definite description of a speaker.
 */
import type { QuoteContext } from "./context";
import type { CorefState } from "./coref";
import { antecedentCandidates, NUM_ANTECEDENT_FEATURES, scoreCandidate, type AntecedentCandidate } from "./antecedents";
import { ANTECEDENT_MODEL } from "./model/antecedent-weights";
import { ANONYMOUS_NOUNS, FEMALE_NOUNS, KIN_NOUNS, MALE_NOUNS, ROLE_HEADS } from "./lexicon";
import { POS_INDEX } from "../syntax";

/** Endings of nouns for people ("the billionaire", "the novelist", "the retiree", "the businessman"). */
const PERSON_ENDING = /(?:aire|ist|ian|ee|ess|man|woman|person|ager|ster|eon|ant)$/;
/** Nouns for a person in public life that no ending tells. */
const PERSON_HEADS = new Set([
  "candidate", "nominee", "front-runner", "frontrunner", "incumbent", "mogul", "magnate", "tycoon", "royal", "star",
  "actor", "host", "lawmaker", "legislator", "developer", "investor", "entrepreneur", "executive", "veteran", "native",
  "hopeful", "challenger", "rival", "contender", "writer", "author", "reporter", "anchor", "singer", "rapper",
  "player", "founder", "doctor", "teenager", "designer", "heir", "socialist", "liberal", "conservative", "democrat",
  "republican", "libertarian",
]);
/**
 * Heads that more often mean someone the article never named ("the official said", "the man said", "the person
 * said"): they resolve only to a person whose own title has that word ("spokesman Ed Park … the spokesman").
 */
const UNNAMED_HEADS = new Set([
  "man", "woman", "person", "boy", "girl", "guy", "child", "victim", "resident", "voter", "caller", "worker", "student",
  "official", "source", "aide", "insider", "witness", "friend", "neighbor", "neighbour", "spokesman", "spokeswoman",
  "spokesperson", "diplomat", "analyst", "expert", "observer", "critic", "member", "officer", "lawyer", "attorney",
]);
/**
 * Titles and occupations (ROLE_HEADS: "the judge", "the senator", "the columnist") are a claim the person's own
 * title must back — news writes them before the name ("Judge Ann Roe") — except a candidacy, which the story
 * itself usually is about ("the candidate", "the front-runner").
 */
const CANDIDACY = new Set(["candidate", "nominee", "front-runner", "frontrunner", "contender", "hopeful", "challenger", "incumbent"]);
/** Words of a description that say nothing of who is meant ("the former president", "the same candidate"). */
const EMPTY_WORDS = new Set([
  "the", "a", "an", "former", "then", "new", "current", "top", "senior", "same", "other", "ex", "longtime", "one-time",
  "of", "to", "for", "at", "in", "on", "and", "with", "by", "from", "who", "that", "now", "once", "later", "early",
]);
/** Nouns that end like a person's ("the plant", "the retail giant") but name a thing or a company. */
const THING_HEADS = new Set(["plant", "grant", "giant", "restaurant", "warrant", "variant", "pageant", "chant", "elephant"]);

/** Whether `head` (lower case) is a noun a definite description of a person ends in. */
export function isPersonHead(head: string): boolean {
  if (THING_HEADS.has(head)) return false;
  // (Not "the police" or "the staff": a body of people is no one person.)
  return ROLE_HEADS.has(head) || KIN_NOUNS.has(head) || PERSON_HEADS.has(head) || UNNAMED_HEADS.has(head) || (PERSON_ENDING.test(head) && !ANONYMOUS_NOUNS.has(head));
}

/** 1 male, 2 female, 0 either: "the businessman", "the actress", "the first lady". */
function genderOfDescription(words: readonly string[], head: string): number {
  if (MALE_NOUNS.has(head) || (head.endsWith("man") && !head.endsWith("woman"))) return head === "chairman" ? 0 : 1;
  if (FEMALE_NOUNS.has(head) || head.endsWith("woman") || head.endsWith("ess") || (head === "lady" && words.includes("first"))) return 2;
  return 0;
}

/** Weight of the head word found in the candidate's own title or apposition ("the neurosurgeon" / "a retired neurosurgeon"). */
const HEAD_IN_TITLE = 3;
/** Weight of another word of the description found there ("the British royal" / "heir to the British throne"). */
const WORD_IN_TITLE = 1;
/** How far the best candidate must lead the next when no title says who is meant (in score units). */
const MARGIN = 1.5;
/** The least recency (2^-sentences back) of a candidate chosen on being in view alone: this or the previous sentence. */
const IN_VIEW = 0.5;

interface Scored {
  person: number;
  score: number;
  head: boolean;
  recency: number;
  /** Its nearest mention is the subject of its sentence. */
  subject: boolean;
}

/**
 * The person the definite description over tokens [a, b), whose head word ends at h - 1, points back to, or -1
 * when no one clearly fits. `a` is its determiner ("the").
 */
export function personDescribed(ctx: QuoteContext, state: CorefState, a: number, h: number, b: number): number {
  const head = ctx.lower[h - 1];
  // (The tagger may read an age as an adjective: "the 46-year-old said".)
  if (ctx.lower[a] !== "the" || (ctx.pos[h - 1] !== POS_INDEX.NOUN && !AGE.test(head))) return -1;
  // Any other noun is a person's only where the article gave someone that title ("Ann Roe, a surveyor, …").
  const personal = isPersonHead(head);
  // Only a singular head: "the candidates" are several.
  if (head.endsWith("s") && !head.endsWith("ss") && !ROLE_HEADS.has(head)) return -1;
  const words: string[] = [];
  for (let t = a + 1; t < b; t++) if (ctx.cast.mentionAt[t] < 0 && ctx.doc.tokens[t].kind === "word" && !EMPTY_WORDS.has(ctx.lower[t])) words.push(ctx.lower[t]);
  const gender = genderOfDescription(words, head);
  const candidates = antecedentCandidates(ctx, state, a, gender);
  // A person named inside the description is not who it describes ("the former top aide to President Bush").
  const inside = new Set<number>();
  for (let t = a; t < b; t++) {
    const mi = ctx.cast.mentionAt[t];
    if (mi >= 0 && ctx.cast.mentions[mi].person >= 0) inside.add(ctx.cast.mentions[mi].person);
  }
  const scored: Scored[] = [];
  const seen = new Set<number>();
  for (const c of candidates) {
    seen.add(c.person);
    if (inside.has(c.person)) continue;
    scored.push(scoreOne(ctx, c, head, words));
  }
  // Anyone named earlier with the head word as their title is a candidate too, however far back ("Judge Ann Roe"
  // … paragraphs later "the judge said"), though with nothing of being in view.
  const { people } = ctx.cast;
  for (const p of titledIndex(ctx).get(AGE.test(head) ? AGE_KEY : head) ?? []) {
    if (seen.has(p) || inside.has(p) || people[p].firstTok >= a) continue;
    const g = people[p].gender;
    if (gender !== 0 && g !== 0 && g !== gender) continue;
    scored.push(scoreOne(ctx, { person: p, features: new Float64Array(NUM_ANTECEDENT_FEATURES) }, head, words));
  }
  // An office or a kinship is a claim the person's own title must back: "the judge" is not the lawyer who spoke
  // last, "the mother" not whoever is in view.
  const chosen = choose(scored, !personal || UNNAMED_HEADS.has(head) || (ROLE_HEADS.has(head) && !CANDIDACY.has(head)) || KIN_NOUNS.has(head));
  observer?.(ctx.doc.tokens[a].start, ctx.doc.tokens[b - 1].end, chosen >= 0 ? people[chosen].name : null, chosen === KEEP_DESCRIPTION);
  return chosen;
}

/**
 * Lets a study script see every description weighed: its offsets, the person chosen (null: none), and whether
 * the description was kept because people in view disagree (scripts/antecedents/polnear-descriptions.ts).
 */
export type DescriptionObserver = (start: number, end: number, person: string | null, kept: boolean) => void;
let observer: DescriptionObserver | null = null;
export function observeDescriptions(fn: DescriptionObserver | null): void {
  observer = fn;
}

function scoreOne(ctx: QuoteContext, c: AntecedentCandidate, head: string, words: readonly string[]): Scored {
  const { heads, all } = titleWords(ctx.cast.people[c.person].roles);
  // ("the 46-year-old" after "Ann Roe, a 46-year-old teacher": an age is said of the person, wherever it stands.)
  const headFound = heads.has(head) || (AGE.test(head) && all.has(head));
  let others = 0;
  for (const w of words) if (w !== head && all.has(w)) others++;
  const score = scoreCandidate(ANTECEDENT_MODEL.weights, c) + (headFound ? HEAD_IN_TITLE : 0) + Math.min(others, 2) * WORD_IN_TITLE;
  return { person: c.person, score, head: headFound, recency: c.features[0], subject: c.features[2] === 1 };
}

/**
 * The people by the heads of their titles, built once per document on first use, so a description costs the
 * same however many people the article names. (Titles the speaker pass adds later still count for the people in
 * view, whose titles are read afresh.)
 */
function titledIndex(ctx: QuoteContext): Map<string, number[]> {
  let index = titledIndexes.get(ctx);
  if (!index) {
    index = new Map();
    const { people } = ctx.cast;
    for (let p = 0; p < people.length; p++) {
      const { heads, all } = titleWords(people[p].roles);
      for (const w of all) if (AGE.test(w)) heads.add(AGE_KEY);
      for (const h of heads) {
        const list = index.get(h);
        if (list) list.push(p);
        else index.set(h, [p]);
      }
    }
    titledIndexes.set(ctx, index);
  }
  return index;
}
/** An age written as a noun ("the 46-year-old"). */
const AGE = /^\d+-year-old$/;
/** The index's key for people given an age in a title, whatever the age (each candidate's own title is checked). */
const AGE_KEY = "#age";
const titledIndexes = new WeakMap<QuoteContext, Map<string, number[]>>();

/** Short titles written before names, as the noun a description uses ("Sen. Ann Roe" … "the senator"). */
const TITLE_NOUNS: Record<string, string> = { "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general", "pres.": "president", "adm.": "admiral", "lt.": "lieutenant", "sgt.": "sergeant", "capt.": "captain", "col.": "colonel", "supt.": "superintendent", "det.": "detective" };
/** Words that end the head of a title ("executive director | of Democrats for Life"). */
const TITLE_BREAKS = new Set(["of", "for", "at", "to", "in", "with", "from", "on", "who", "which", "and", "since", "under"]);

/**
 * The words of a person's titles and appositions, and each one's head: its last word before a preposition
 * ("a retired neurosurgeon" → neurosurgeon, "younger brother of heir to the throne" → brother; not "police" in
 * "the new police commissioner").
 */
function titleWords(roles: readonly string[]): { heads: Set<string>; all: Set<string> } {
  const heads = new Set<string>();
  const all = new Set<string>();
  for (const r of roles) {
    const ws = r.toLowerCase().split(/[\s,]+/).filter(Boolean).map((w) => TITLE_NOUNS[w] ?? w.replace(/[’']s$/, ""));
    let last = "";
    for (const w of ws) {
      all.add(w);
      if (TITLE_BREAKS.has(w)) break;
      last = w;
    }
    if (last) heads.add(last);
  }
  return { heads, all };
}

/** personDescribed's answer when people in view disagree about who is meant: the description itself is shown. */
export const KEEP_DESCRIPTION = -2;

/**
 * The chosen person (see the module comment), -1 when nobody is, or KEEP_DESCRIPTION. `needTitle`: only a person
 * whose title has the head word.
 */
function choose(scored: readonly Scored[], needTitle: boolean): number {
  const titled = scored.filter((s) => s.head);
  const untitled = scored.filter((s) => !s.head);
  const top = best(titled.length > 0 ? titled : needTitle ? [] : untitled);
  if (!top.best) return -1;
  if (top.best.head) {
    // Someone else in view, the subject, ranks above the titled person but for the title ("Rubio stressed … with
    // Sen. Ernst. The Florida senator told reporters"): the title alone should not settle it.
    const rival = best(untitled).best;
    if (rival && rival.subject && rival.score > top.best.score - HEAD_IN_TITLE) return KEEP_DESCRIPTION;
    return top.best.score - top.second >= MARGIN || titled.length === 1 ? top.best.person : -1;
  }
  // In view: named in this or the last sentence as its subject, not only in passing ("… giving Cruz nine
  // delegates. The front-runner complained": not Cruz), and well ahead of anyone else.
  return top.best.recency >= IN_VIEW && top.best.subject && top.best.score - top.second >= MARGIN ? top.best.person : -1;
}

function best(pool: readonly Scored[]): { best: Scored | null; second: number } {
  let top: Scored | null = null;
  let second = -Infinity;
  for (const s of pool) {
    if (!top || s.score > top.score) {
      if (top) second = top.score;
      top = s;
    } else if (s.score > second) second = s.score;
  }
  return { best: top, second };
}

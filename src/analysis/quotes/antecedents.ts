/**
 * Who "he" or "she" is, as a ranked choice: every person named in the last few sentences is a candidate,
 * described by a handful of features (how recent, whether the subject of their sentence, whether they just
 * spoke, how central to the article), and the one with the highest weighted score is chosen. The weights are
 * learned by scripts/train-antecedents.ts (shared gold and hand-labelled newswire) rather than set by hand, so
 * adding a feature does not mean re-balancing a cascade of rules.
 *
 * A run of "he" is read left to right: each earlier "he" (outside quotations) is ranked once, and where its
 * ranking is clear it counts as a mention of its referent for the next ones ("Ed Park … He was arrested at the
 * offices of Ann Lee. During the call, he asked …": Park, not Lee).
 *
 * Cost: one pass over the tokens of at most LOOKBACK sentences per pronoun, and every earlier pronoun is
 * ranked once per pass, so constant per cue.
 */
import type { CorefState } from "./coref";
import type { QuoteContext } from "./context";
import { ParagraphKind } from "./notSpeech";
import { ANTECEDENT_MODEL } from "./model/antecedent-weights";
import { POS_INDEX } from "../syntax";
import { datelineEnd } from "./dateline";

/** Sentences looked back over, the pronoun's own included. */
export const LOOKBACK = 6;

/** The features, in the order of the weight vector. */
export const ANTECEDENT_FEATURES = [
  "recency", // 2^-(sentences back) of the nearest mention: halves with each sentence
  "same sentence", // named earlier in the pronoun's own sentence
  "subject", // the nearest mention is the subject of its sentence's main clause (see clauseSubjects)
  "last speaker", // the person the previous attribution went to
  "spoke nearby", // attributed a quote in one of the sentences looked at
  "centrality", // how often the article names the person, relative to the most named
  "mentions nearby", // mentions in the window, capped at 3, over 3
  "same paragraph", // the nearest mention is in the pronoun's paragraph
  "possessive only", // every nearby mention is a possessive ("Trump's")
  "nearest", // the closest person before the pronoun
  "gender known", // the person's gender is known and agrees (a disagreeing one is no candidate)
  "latest subject", // the subject of the nearest sentence (before the pronoun) whose subject is a named, fitting person
  "after preposition", // the nearest mention is the object of a preposition ("praised by X", "a letter to X")
  "same as last pronoun", // the referent of the previous "he" (or "she"), with no other fitting person named as a subject since
] as const;
export const NUM_ANTECEDENT_FEATURES = ANTECEDENT_FEATURES.length;

export interface AntecedentCandidate {
  /** Index into the cast's people. */
  person: number;
  features: Float64Array;
}

/** The candidates for a personal pronoun at token `at`, nearest first. `gender`: 0 any, 1 male, 2 female. */
export function antecedentCandidates(ctx: QuoteContext, state: CorefState, at: number, gender: number): AntecedentCandidate[] {
  const previous = previousPronoun(ctx, at, gender);
  return candidatesWith(ctx, state, at, gender, state.last?.person ?? -1, previous, chainReferent(ctx, state, previous, gender));
}

/**
 * The candidates with `last`, the person the previous attribution went to, and `chain`, the referent of the
 * previous same-gender pronoun at token `previous` (-1 none).
 */
function candidatesWith(
  ctx: QuoteContext, state: CorefState, at: number, gender: number, last: number, previous: number, referent: number,
): AntecedentCandidate[] {
  let chain = referent;
  const sent = ctx.sentOf[at];
  if (sent < 0) return [];
  const { people } = ctx.cast;
  const para = ctx.doc.sentences[sent].paragraph;
  const byPerson = new Map<number, AntecedentCandidate>();
  const order: number[] = [];
  const nearby = new Map<number, { count: number; nonPossessive: boolean }>();
  const spoke = new Set<number>();
  let latest = -1;
  // Earlier "he" (or "she") already resolved count as mentions of their referent.
  const pronounWord = gender === 1 ? "he" : gender === 2 ? "she" : "";
  const memo = referentsOf(state);
  // (Page furniture between paragraphs, "Sign up for our newsletter", is skipped and not counted.)
  for (let s = sent, back = 0; s >= 0 && back < LOOKBACK; s--) {
    const sentence = ctx.doc.sentences[s];
    if (s !== sent && ctx.paraKind[sentence.paragraph] === ParagraphKind.Furniture) continue;
    back++;
    const said = state.speakerOfSentence.get(s);
    if (s !== sent && said && said.person >= 0) spoke.add(said.person);
    const limit = s === sent ? at : sentence.endToken;
    // Mentions of this sentence, in reading order; walked last first below, so the nearest of each person comes first.
    const found = clauseSubjects(ctx, sentence.firstToken, limit, pronounWord, memo);
    if (latest < 0) {
      for (const f of found) {
        const g = people[f.person].gender;
        if (!f.subject || (gender !== 0 && g !== 0 && g !== gender)) continue;
        latest = f.person;
        break;
      }
    }
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      // A resolved "his"/"him"/"her" after its own referent's name says nothing the name does not ("Ann Roe took
      // her daughter …": Roe is still the subject); it counts only where the name is not in the sentence.
      if (f.pronounForm && found.some((o) => o.person === f.person && !o.pronounForm)) continue;
      const g = people[f.person].gender;
      if (gender !== 0 && g !== 0 && g !== gender) continue;
      // Another fitting person named as a head since the previous pronoun breaks the run ("He … Ann Lee said she …").
      if (f.tok > previous && f.person !== chain && !f.possessive && !f.afterPreposition) chain = -1;
      const n = nearby.get(f.person) ?? { count: 0, nonPossessive: false };
      n.count++;
      if (!f.possessive) n.nonPossessive = true;
      nearby.set(f.person, n);
      if (byPerson.has(f.person)) continue;
      const features = new Float64Array(NUM_ANTECEDENT_FEATURES);
      features[0] = 2 ** -(back - 1);
      features[1] = back === 1 ? 1 : 0;
      features[2] = f.subject ? 1 : 0;
      features[12] = f.afterPreposition ? 1 : 0;
      features[7] = sentence.paragraph === para ? 1 : 0;
      features[9] = order.length === 0 ? 1 : 0;
      features[10] = gender !== 0 && g === gender ? 1 : 0;
      byPerson.set(f.person, { person: f.person, features });
      order.push(f.person);
    }
  }
  // Whoever spoke nearby, or last, is a candidate even when named further back ("he" after a run of his quotes);
  // so is the referent of the previous "he" ("Ed Park … He was arrested … During the call, he asked …").
  const further = [...spoke];
  if (last >= 0) further.push(last);
  if (chain >= 0) further.push(chain);
  for (const p of further) {
    const g = people[p].gender;
    if (byPerson.has(p) || (gender !== 0 && g !== 0 && g !== gender)) continue;
    const features = new Float64Array(NUM_ANTECEDENT_FEATURES);
    features[10] = gender !== 0 && g === gender ? 1 : 0;
    byPerson.set(p, { person: p, features });
    nearby.set(p, { count: 0, nonPossessive: true });
    order.push(p);
  }
  let most = 1;
  for (const p of order) most = Math.max(most, people[p].mentions);
  return order.map((p) => {
    const c = byPerson.get(p)!;
    const n = nearby.get(p)!;
    c.features[3] = p === last ? 1 : 0;
    c.features[4] = spoke.has(p) ? 1 : 0;
    c.features[5] = Math.log1p(people[p].mentions) / Math.log1p(most);
    c.features[6] = Math.min(n.count, 3) / 3;
    c.features[8] = n.nonPossessive ? 0 : 1;
    c.features[11] = p === latest ? 1 : 0;
    c.features[13] = p === chain ? 1 : 0;
    return c;
  });
}

/** The referent ranked for each "he"/"she" outside quotations, by token, for one pass over the quotes. */
const referents = new WeakMap<CorefState, Map<number, number>>();

function referentsOf(state: CorefState): Map<number, number> {
  let memo = referents.get(state);
  if (!memo) {
    memo = new Map();
    referents.set(state, memo);
  }
  return memo;
}

/**
 * The nearest "he"/"his"/"him" (gender 1) or "she"/"her" (2) before token `at` outside quotations, in the
 * sentences looked back over; -1 none. A possessive belongs to the run as much as a subject does ("… to end
 * his friendship with Venn contradicts his claim": both are the prince's, not Venn's).
 */
function previousPronoun(ctx: QuoteContext, at: number, gender: number): number {
  const word = gender === 1 ? "he" : gender === 2 ? "she" : "";
  const sent = ctx.sentOf[at];
  if (!word || sent < 0) return -1;
  for (let s = sent, back = 0; s >= 0 && back < LOOKBACK; s--) {
    const sentence = ctx.doc.sentences[s];
    if (s !== sent && ctx.paraKind[sentence.paragraph] === ParagraphKind.Furniture) continue;
    back++;
    for (let t = (s === sent ? at : sentence.endToken) - 1; t >= sentence.firstToken; t--) {
      if (SAME_GENDER[gender]?.has(ctx.lower[t]) && !ctx.inQuote[t] && ctx.spanAt[t] < 0) return t;
    }
  }
  return -1;
}

/** The person of the attribution nearest before sentence `sent` in the sentences looked back over; -1 none. */
function speakerBefore(ctx: QuoteContext, state: CorefState, sent: number): number {
  for (let s = sent - 1; s >= 0 && s > sent - LOOKBACK; s--) {
    const said = state.speakerOfSentence.get(s);
    if (said) return said.person;
  }
  return -1;
}

/**
 * The referent of the same-gender pronoun at token `previous` (-1: none): a run of "he" usually keeps to one
 * person, so the previous one's referent is a strong candidate for the next ("Ed Park … He was arrested at the
 * offices of Ann Lee. During the call, he asked …"). The earlier pronouns of the run are ranked left to right,
 * each with its own previous pronoun's referent, and kept, so every pronoun is ranked once in a pass; a pronoun
 * that spoke keeps the ranking its attribution made (rankAntecedent). Only a clear ranking is kept (see
 * choose): a guess carried forward would mislead every "he" after it. -1 when nobody is clearly meant.
 */
function chainReferent(ctx: QuoteContext, state: CorefState, previous: number, gender: number): number {
  if (previous < 0) return -1;
  const memo = referentsOf(state);
  const known = memo.get(previous);
  if (known !== undefined) return known;
  const run = [previous];
  for (let p = previousPronoun(ctx, previous, gender); p >= 0 && !memo.has(p) && run.length < MAX_RUN; p = previousPronoun(ctx, p, gender)) run.push(p);
  for (let i = run.length - 1; i >= 0; i--) {
    const t = run[i];
    const before = i + 1 < run.length ? run[i + 1] : previousPronoun(ctx, t, gender);
    const referent = before >= 0 ? (memo.get(before) ?? -1) : -1;
    memo.set(t, choose(candidatesWith(ctx, state, t, gender, speakerBefore(ctx, state, ctx.sentOf[t]), before, referent)).clear);
  }
  return memo.get(previous)!;
}

/** The forms of "he" and "she" that make a run of pronouns, by gender. */
const SAME_GENDER: Record<number, ReadonlySet<string>> = { 1: new Set(["he", "his", "him"]), 2: new Set(["she", "her"]) };

/** Pronouns ranked at once going back (a longer run starts afresh from the furthest ranked). */
const MAX_RUN = 64;

/**
 * How far the best candidate must lead the next for a pronoun's referent to be carried forward. Chosen on the
 * tune sets (PolNeAR train's tune part, "he"/"she" speakers wrong of 1,351: margin 0: 138, 1: 137, 2: 143).
 */
const MARGIN = 1;

/**
 * The best-scoring person (-1: no candidate), and the same person when it leads the next by MARGIN (a referent
 * clear enough to carry forward), else -1. Each candidate is scored once.
 */
function choose(candidates: readonly AntecedentCandidate[]): { best: number; clear: number } {
  let top = -1;
  let topScore = -Infinity;
  let second = -Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const score = scoreCandidate(ANTECEDENT_MODEL.weights, candidates[i]);
    if (score > topScore) {
      second = topScore;
      topScore = score;
      top = i;
    } else if (score > second) second = score;
  }
  if (top < 0) return { best: -1, clear: -1 };
  const best = candidates[top].person;
  return { best, clear: candidates.length > 1 && topScore - second < MARGIN ? -1 : best };
}

interface FoundMention {
  person: number;
  tok: number;
  possessive: boolean;
  /** The subject of the sentence's main clause. */
  subject: boolean;
  afterPreposition: boolean;
  /** A resolved possessive or object pronoun ("his", "him", "her"), not a name. */
  pronounForm?: boolean;
}

const SUBORDINATE_OPENERS = new Set([POS_INDEX.ADP, POS_INDEX.WH, POS_INDEX.VGER, POS_INDEX.VPART, POS_INDEX.ADV, POS_INDEX.TO, POS_INDEX.CONJ]);

/**
 * The person mentions of tokens [from, to) of one sentence outside quotes, each marked as the subject of the
 * main clause or not, read from the part-of-speech tags in one pass: a name is the subject when no finite verb
 * and no other subject-like name or pronoun comes before it ("Ed Rendell, a Clinton supporter, praised Sanders":
 * Rendell, not Clinton nor Sanders), or when it follows the verb right after a quote ("…,” said Rendell). An
 * opening subordinate clause or phrase ends at its first comma ("Speaking in Beijing, Lu Kang said …"), after
 * which the main clause starts afresh. A name right after a preposition (skipping its title and determiners) is
 * never the subject. A "he" (or "she", as `pronoun` says) already resolved in `referents` is a mention of
 * its referent, and so is a resolved "his"/"him"/"her", though never a subject.
 */
function clauseSubjects(ctx: QuoteContext, from: number, to: number, pronoun = "", referents?: ReadonlyMap<number, number>): FoundMention[] {
  const { mentions, mentionAt } = ctx.cast;
  const { pos, inQuote } = ctx;
  const tokens = ctx.doc.tokens;
  const out: FoundMention[] = [];
  let verbSeen = false;
  let nominalSeen = false;
  let opener = -1; // first word outside quotes
  let introOpen = false;
  let lastQuoteTok = -2; // last token of a quotation (its closing mark or words)
  // "…,” said X" / "…,” says X": the subject after its verb, token `b`.
  const afterQuoteVerb = (b: number): boolean =>
    verbSeen && b > from && pos[b] === POS_INDEX.VFIN && (b - 1 === lastQuoteTok || (tokens[b - 1].text === "," && b - 2 === lastQuoteTok));
  for (let t = datelineEnd(ctx, from, to); t < to; t++) {
    if (inQuote[t] || ctx.spanAt[t] >= 0) {
      lastQuoteTok = t;
      continue;
    }
    if (opener < 0 && tokens[t].kind === "word") {
      opener = t;
      introOpen = SUBORDINATE_OPENERS.has(pos[t]);
    }
    const mi = mentionAt[t];
    if (mi >= 0) {
      const m = mentions[mi];
      // The word before the name and its title, skipping determiners, adjectives and lower-case nouns the cast
      // did not take into the title ("by the former state governor X", "said coach X").
      let b = m.roleStartTok - 1;
      while (b >= from && !inQuote[b] && (pos[b] === POS_INDEX.DET || pos[b] === POS_INDEX.ADJ || (pos[b] === POS_INDEX.NOUN && ctx.lower[b] === tokens[b].text))) b--;
      const afterPreposition = b >= from && !inQuote[b] && (pos[b] === POS_INDEX.ADP || pos[b] === POS_INDEX.TO);
      const inverted = afterQuoteVerb(b);
      // A name right before a lower-case common noun describes it ("Border agents say"), even where the cast
      // does not mark a person's name so (it may be a misread verb: "Trump tweets"); so does one before a title
      // and another name ("Obama consultant Cornell Belcher", "Clinton campaign chairman John Podesta"). It heads
      // no clause here.
      const describes = describesNext(ctx, m.endTok, to);
      const head = !m.possessive && !m.modifier && !describes;
      const subject = head && !afterPreposition && (inverted || (!verbSeen && !nominalSeen));
      if (head && !afterPreposition && m.kind !== "place") nominalSeen = true;
      if (m.kind === "person" && m.person >= 0) out.push({ person: m.person, tok: t, possessive: m.possessive, subject, afterPreposition });
      t = Math.max(t, m.endTok - 1);
      continue;
    }
    const p = pos[t];
    const referent = pronoun && SAME_GENDER[pronoun === "he" ? 1 : 2].has(ctx.lower[t]) ? (referents?.get(t) ?? -1) : -1;
    if (referent >= 0) {
      // A resolved "he": a mention of its referent, the subject unless a verb or another subject came first.
      const nominative = ctx.lower[t] === pronoun;
      out.push({ person: referent, tok: t, possessive: !nominative, subject: nominative && (afterQuoteVerb(t - 1) || (!verbSeen && !nominalSeen)), afterPreposition: false, pronounForm: !nominative });
    }
    if (p === POS_INDEX.VFIN) verbSeen = true;
    else if (p === POS_INDEX.PRON && !verbSeen) nominalSeen = true;
    else if (introOpen && tokens[t].text === ",") {
      // The opening phrase ends here: what follows is the main clause.
      introOpen = false;
      verbSeen = false;
      nominalSeen = false;
    }
  }
  return out;
}

/** Whether the lower-case words from token `k` make the name before them a modifier (see clauseSubjects). */
function describesNext(ctx: QuoteContext, k: number, to: number): boolean {
  const lowerCase = (t: number): boolean => ctx.lower[t] === ctx.doc.tokens[t].text;
  if (k >= to || !lowerCase(k)) return false;
  if (ctx.pos[k] === POS_INDEX.NOUN) return true;
  // Up to three lower-case title words (the tagger may read "consultant" as an adjective), then a name.
  for (let t = k; t < to && t < k + 3; t++) {
    if (ctx.cast.mentionAt[t] >= 0 && t > k) return true;
    if (!lowerCase(t) || (ctx.pos[t] !== POS_INDEX.ADJ && ctx.pos[t] !== POS_INDEX.NOUN)) return false;
  }
  return k + 3 < to && ctx.cast.mentionAt[k + 3] >= 0;
}

export function scoreCandidate(weights: ArrayLike<number>, c: AntecedentCandidate): number {
  let s = 0;
  for (let i = 0; i < NUM_ANTECEDENT_FEATURES; i++) s += weights[i] * c.features[i];
  return s;
}

/** Lets the training script see every choice made: the candidates and the pronoun's offset. */
export type AntecedentObserver = (pronounStart: number, candidates: { name: string; features: Float64Array }[]) => void;
let observer: AntecedentObserver | null = null;
export function observeAntecedents(fn: AntecedentObserver | null): void {
  observer = fn;
}

/** The best-scoring person for a personal pronoun, or -1 when nobody fits. */
export function rankAntecedent(ctx: QuoteContext, state: CorefState, at: number, gender: number): number {
  const candidates = antecedentCandidates(ctx, state, at, gender);
  const { best: person, clear } = choose(candidates);
  referentsOf(state).set(at, clear);
  observer?.(ctx.doc.tokens[at].start, candidates.map((c) => ({ name: ctx.cast.people[c.person].name, features: c.features })));
  return person;
}

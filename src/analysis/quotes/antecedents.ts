/**
 * Who "he" or "she" is, as a ranked choice: every person named in the last few sentences is a candidate,
 * described by a handful of features (how recent, whether the subject of their sentence, whether they just
 * spoke, how central to the article), and the one with the highest weighted score is chosen. The weights are
 * learned from the shared gold by scripts/train-antecedents.ts rather than set by hand, so adding a feature
 * does not mean re-balancing a cascade of rules.
 *
 * Cost: one pass over the tokens of at most LOOKBACK sentences per pronoun, so constant per cue.
 */
import type { CorefState } from "./coref";
import type { QuoteContext } from "./context";
import { ParagraphKind } from "./notSpeech";
import { ANTECEDENT_MODEL } from "./model/antecedent-weights";

/** Sentences looked back over, the pronoun's own included. */
export const LOOKBACK = 6;

/** The features, in the order of the weight vector. */
export const ANTECEDENT_FEATURES = [
  "recency", // 2^-(sentences back) of the nearest mention: halves with each sentence
  "same sentence", // named earlier in the pronoun's own sentence
  "subject", // the nearest mention opens its sentence (its first name, not a possessive or modifier)
  "last speaker", // the person the previous attribution went to
  "spoke nearby", // attributed a quote in one of the sentences looked at
  "centrality", // how often the article names the person, relative to the most named
  "mentions nearby", // mentions in the window, capped at 3, over 3
  "same paragraph", // the nearest mention is in the pronoun's paragraph
  "possessive only", // every nearby mention is a possessive ("Trump's")
  "nearest", // the closest person before the pronoun
  "gender known", // the person's gender is known and agrees (a disagreeing one is no candidate)
] as const;
export const NUM_ANTECEDENT_FEATURES = ANTECEDENT_FEATURES.length;

export interface AntecedentCandidate {
  /** Index into the cast's people. */
  person: number;
  features: Float64Array;
}

/** The candidates for a personal pronoun at token `at`, nearest first. `gender`: 0 any, 1 male, 2 female. */
export function antecedentCandidates(ctx: QuoteContext, state: CorefState, at: number, gender: number): AntecedentCandidate[] {
  const sent = ctx.sentOf[at];
  if (sent < 0) return [];
  const { mentions, mentionAt, people } = ctx.cast;
  const para = ctx.doc.sentences[sent].paragraph;
  const byPerson = new Map<number, AntecedentCandidate>();
  const order: number[] = [];
  const nearby = new Map<number, { count: number; nonPossessive: boolean }>();
  const spoke = new Set<number>();
  for (let s = sent, back = 0; s >= 0 && back < LOOKBACK; s--, back++) {
    const sentence = ctx.doc.sentences[s];
    if (s !== sent && ctx.paraKind[sentence.paragraph] === ParagraphKind.Furniture) continue;
    const said = state.speakerOfSentence.get(s);
    if (s !== sent && said && said.person >= 0) spoke.add(said.person);
    const limit = s === sent ? at : sentence.endToken;
    let first = true;
    // Mentions of this sentence, last first, so the nearest mention of each person is met first.
    const found: { person: number; possessive: boolean; subject: boolean }[] = [];
    for (let t = sentence.firstToken; t < limit; t++) {
      const mi = mentionAt[t];
      if (mi < 0) continue;
      const m = mentions[mi];
      t = m.endTok - 1;
      if (m.inQuote || ctx.inQuote[m.startTok]) continue;
      const isSubject = first && !m.possessive && !m.modifier && m.roleStartTok - sentence.firstToken <= 4;
      if (!m.modifier) first = false;
      if (m.kind !== "person" || m.person < 0) continue;
      found.push({ person: m.person, possessive: m.possessive, subject: isSubject });
    }
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      const g = people[f.person].gender;
      if (gender !== 0 && g !== 0 && g !== gender) continue;
      const n = nearby.get(f.person) ?? { count: 0, nonPossessive: false };
      n.count++;
      if (!f.possessive) n.nonPossessive = true;
      nearby.set(f.person, n);
      if (byPerson.has(f.person)) continue;
      const features = new Float64Array(NUM_ANTECEDENT_FEATURES);
      features[0] = 2 ** -back;
      features[1] = back === 0 ? 1 : 0;
      features[2] = f.subject ? 1 : 0;
      features[7] = sentence.paragraph === para ? 1 : 0;
      features[9] = order.length === 0 ? 1 : 0;
      features[10] = gender !== 0 && g === gender ? 1 : 0;
      byPerson.set(f.person, { person: f.person, features });
      order.push(f.person);
    }
  }
  const last = state.last?.person ?? -1;
  // Whoever spoke nearby, or last, is a candidate even when named further back ("he" after a run of his quotes).
  for (const p of last >= 0 ? [...spoke, last] : spoke) {
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
    return c;
  });
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
  let best = -1;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const s = scoreCandidate(ANTECEDENT_MODEL.weights, c);
    if (s > bestScore) {
      bestScore = s;
      best = c.person;
    }
  }
  observer?.(ctx.doc.tokens[at].start, candidates.map((c) => ({ name: ctx.cast.people[c.person].name, features: c.features })));
  return best;
}

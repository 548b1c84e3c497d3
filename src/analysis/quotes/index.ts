/**
 * The quote and speaker engine: who said what.
 *
 * 1. context.ts tags every token with its part of speech (../syntax) and collects the names; marks.ts pairs
 *    quotation marks into spans (malformed, nested and multi-paragraph quotes included).
 * 2. direct.ts keeps the spans someone says and finds their cue; indirect.ts finds reported speech (a cue, its
 *    subject noun phrase and its clause); embeddedPosts.ts finds posts signed "— Name (@handle)", transcript.ts
 *    the lines of a printed interview ("Matthews: Well, speculation is bad.").
 * 3. Speakers are resolved in reading order (speakers.ts, coref.ts, descriptions.ts), so "he said", "the
 *    company said" and a following unattributed quote paragraph can lean on what was named before them; a
 *    personal pronoun's person is a ranked choice with learned weights (antecedents.ts). A speaker is always a
 *    noun phrase (../syntax/nounPhrases.ts), or unknown.
 * Every step is a bounded scan around a token, so the whole pass is linear in the text length.
 */
import { frontedParticiple } from "./frontedParticiple";
import type { Doc } from "../text/sentences";
import type { Entity, Quote } from "../types";
import { SubjectMode, type Attribution } from "./attribution";
import { findBackReferences } from "./backReference";
import { buildBaseContext, contextWith, firstTokenAt, isMark, type BaseContext, type QuoteContext } from "./context";
import { nounPhraseEndingAt, nounPhraseFrom, POS_INDEX } from "../syntax";
import { plainSpeaker, personSpeaker, typeOfHead, type CorefState, type Resolved } from "./coref";
import { findDirect } from "./direct";
import { findEmbeddedPosts } from "./embeddedPosts";
import { findIndirect } from "./indirect";
import { findTranscriptLines } from "./transcript";
import { ParagraphKind } from "./notSpeech";
import { resolveRegion, subjectAfter, subjectBefore, ELIDED, SUBORDINATORS, type Region } from "./speakers";
import { DETERMINERS } from "./lexicon";
import { cueOf, CueFlags } from "./cues";

/** A reported clause made mostly of quoted words is reported as the direct quote alone. */
const MOSTLY_DIRECT = 0.55;
const CONTINUATION_LOOKBACK = 4;
const FIRST_PERSON = new Set(["i", "we", "our", "us", "my", "me", "i've", "we're", "we've", "i'm", "i'd", "we'd", "i'll", "we'll", "ours", "myself", "ourselves"]);

export function findQuotes(doc: Doc, entities: readonly Entity[]): Quote[] {
  return doc.tokens.length === 0 ? [] : quotesIn(contextWith(buildBaseContext(doc), entities));
}

/**
 * The quote pass's first stage, which needs no entities: the base every later stage reads (the document's
 * quotation marks paired, its tokens tagged, its paragraphs sorted into prose and furniture) and the quotes the
 * pass finds with no names known (`findQuotes(doc, [])`). Those are what a page highlights before the entities are
 * in: their spans are almost always the final ones (the entities decide who speaks, seldom where a quote is),
 * their speakers are not.
 */
export interface QuoteSpans {
  readonly base: BaseContext | null;
  readonly quotes: readonly Quote[];
}

export function findQuoteSpans(doc: Doc): QuoteSpans {
  if (doc.tokens.length === 0) return { base: null, quotes: [] };
  const base = buildBaseContext(doc);
  return { base, quotes: quotesIn(contextWith(base, [])) };
}

/**
 * The second stage: the quotes with their speakers, `findQuotes(doc, entities)` to the byte, read on the first
 * stage's base (nothing of it is computed again). The finders run again here: the cues' subjects and their name
 * lookups read the cast of names, so what the entities change they may change anywhere in the pass.
 */
export function assignSpeakers(spans: QuoteSpans, entities: readonly Entity[]): Quote[] {
  if (!spans.base) return [];
  return quotesIn(contextWith(spans.base, entities));
}

/** Every quote and its speaker, on a whole context. */
function quotesIn(ctx: QuoteContext): Quote[] {
  const doc = ctx.doc;
  const backReferences = findBackReferences(ctx);
  const direct = findDirect(ctx, backReferences);
  const reports = findIndirect(ctx, backReferences);
  inheritReportSpeaker(ctx, direct, reports);
  // Short quotations no report took in say nothing on their own.
  for (let i = direct.length - 1; i >= 0; i--) if (direct[i].onlyInsideReport && direct[i].cueTok < 0) direct.splice(i, 1);
  const indirect = dropNested(dropMostlyDirect(ctx, [...reports, ...findTranscriptLines(ctx)], direct));
  const blocks = findUnmarkedBlocks(ctx, direct, indirect);
  const posts = findEmbeddedPosts(ctx);
  // A post is its signer's words as a whole: nothing inside it is reported separately.
  const outsidePosts = (a: Attribution): boolean => !posts.some((p) => a.start >= p.start && a.start < p.end);
  const all = [...[...direct, ...indirect, ...blocks].filter(outsidePosts), ...posts].sort((x, y) => x.at - y.at || x.start - y.start);
  const state: CorefState = { speakerOfSentence: new Map(), last: null, unlistedBySurname: new Map() };
  const lastOfPara = new Map<number, Resolved>();
  const quotes: Quote[] = [];
  for (const a of all) {
    const resolved = resolve(ctx, state, a, lastOfPara);
    // Quoted words with no cue and nobody to continue are titles, citations or terms, not speech.
    if (a.mode === SubjectMode.Continuation && resolved.speaker.type === "unknown") continue;
    if (a.cueTok >= 0 && resolved.speaker.type !== "unknown") {
      state.speakerOfSentence.set(ctx.sentOf[a.cueTok], resolved);
    }
    if (resolved.speaker.type !== "unknown") {
      lastOfPara.set(a.para, resolved);
      state.last = resolved;
    }
    const unlisted = resolved.speaker.entity === null && UNLISTED_NAME.exec(resolved.speaker.name);
    if (unlisted) state.unlistedBySurname.set(unlisted[1].toLowerCase(), resolved);
    const text = doc.text.slice(a.start, a.end);
    quotes.push({ kind: a.kind, text, start: a.start, end: a.end, cue: a.cue, speaker: resolved.speaker });
  }
  quotes.sort((x, y) => x.start - y.start || x.end - y.end);
  return dedupe(quotes);
}

/** A name of two to four capitalised words, its last word captured: "Al From". */
const UNLISTED_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2} (\p{Lu}[\p{L}'’-]+)$/u;

function resolve(ctx: QuoteContext, state: CorefState, a: Attribution, lastOfPara: Map<number, Resolved>): Resolved {
  switch (a.mode) {
    case SubjectMode.Region:
      return a.subject ? resolveRegion(ctx, state, a.subject, a.cueTok) : plainSpeaker("", "unknown", "");
    case SubjectMode.Elided:
      return sentenceSubject(ctx, state, a.cueTok);
    case SubjectMode.Continuation:
      return continuation(ctx, state, a, lastOfPara);
    default:
      return plainSpeaker("", "unknown", "");
  }
}

/** "… condemned the attack and said …", "…, saying …": the subject of the sentence speaks. */
function sentenceSubject(ctx: QuoteContext, state: CorefState, cue: number): Resolved {
  const sent = ctx.sentOf[cue];
  if (sent < 0) return plainSpeaker("", "unknown", "");
  const first = ctx.doc.sentences[sent].firstToken;
  const { mentions, mentionAt } = ctx.cast;
  // "While saying “…,” he continued": a participle fronted before the subject is the subject's.
  const fronted = frontedParticiple(ctx, cue, first, ctx.doc.sentences[sent].endToken);
  if (fronted) {
    const r = resolveRegion(ctx, state, { ...fronted.subject, apA: fronted.subject.b, apB: fronted.subject.b }, cue);
    if (r.speaker.type !== "unknown") return r;
  }
  // "…, with forecasters warning that …": the participle's own subject stands right before it, after "with";
  // "with top officials underlining … and vowing …" shares it with the participle it is joined to.
  const own = ctx.lower[cue].endsWith("ing") ? withSubject(ctx, cue, first) : null;
  if (own) {
    const r = resolveRegion(ctx, state, { a: own.a, b: own.b, apA: own.b, apB: own.b }, cue);
    if (r.speaker.type !== "unknown") return r;
  }
  // "“…,” the candidate told CBS on Sunday, saying …" / "…, said Ann Roe, adding …": a participle after a comma
  // shares the subject of the speech verb before it.
  if (ctx.lower[cue].endsWith("ing")) {
    const said = speechVerbBefore(ctx, cue - 1, first);
    if (said >= 0) {
      const before = subjectBefore(ctx, said, first);
      const region = before && before !== ELIDED ? before : subjectAfter(ctx, said + 1, cue);
      if (region) {
        const r = resolveRegion(ctx, state, region, cue);
        if (r.speaker.type !== "unknown") return r;
      }
    }
  }
  // "a civil rights group demanding that …": a participle right after a noun phrase that can speak (a reduced
  // relative clause) has that phrase as its subject.
  const reduced = ctx.lower[cue].endsWith("ing") ? reducedRelativeSubject(ctx, cue, first) : null;
  if (reduced) {
    const r = resolveRegion(ctx, state, { a: reduced.a, b: reduced.b, apA: reduced.b, apB: reduced.b }, cue);
    if (r.speaker.type !== "unknown") return r;
  }
  // "…, while the city's police deny the claims and say …": the subject of the verb "say" is joined to.
  const joined = joinedVerbSubject(ctx, cue, first);
  if (joined) {
    const r = resolveRegion(ctx, state, { a: joined.a, b: joined.b, apA: joined.b, apB: joined.b }, cue);
    if (r.speaker.type !== "unknown") return r;
  }
  // "…Likud party, which tried to rally support by saying …": the verb belongs to the relative clause, whose
  // subject is the phrase before ", which".
  for (let k = cue - 1; k > first && cue - k <= RELATIVE_REACH; k--) {
    const w = ctx.lower[k];
    if (ctx.inQuote[k] || isMark(ctx, k)) break;
    if ((w === "which" || w === "who") && ctx.lower[k - 1] === ",") {
      const b = k - 1;
      let a = b;
      while (a - 1 > first && b - a < 6 && ctx.doc.tokens[a - 1].kind !== "punct" && !isMark(ctx, a - 1) && !NP_EDGE.has(ctx.lower[a - 1])) a--;
      if (a < b) {
        const r = resolveRegion(ctx, state, { a, b, apA: b, apB: b }, cue);
        if (r.speaker.type !== "unknown") return r;
      }
      break;
    }
    if (ctx.doc.tokens[k].kind === "punct") break;
  }
  // "A question came from a member of the audience: “…”", "The sharpest criticism came from X, who …": the words
  // come from whoever they came from.
  const source = cameFrom(ctx, first, cue);
  if (source) {
    const r = resolveRegion(ctx, state, source, cue);
    if (r.speaker.type !== "unknown") return r;
  }
  // The noun phrase that opens the sentence and is followed by its verb is the subject ("During the call, he
  // asked …, called Omar a “terrorist” and said": he, not Omar).
  const opening = openingSubject(ctx, first, cue);
  if (opening) {
    const r = resolveRegion(ctx, state, { a: opening.a, b: opening.b, apA: opening.b, apB: opening.b }, cue);
    if (r.speaker.type !== "unknown") return r;
  }
  // "When he returned he began by saying …": the nearest finite verb before the participle is its main verb, and
  // a pronoun right before that verb is their subject.
  const nearest = pronounOfNearestVerb(ctx, first, cue);
  if (nearest >= 0) {
    const r = resolveRegion(ctx, state, { a: nearest, b: nearest + 1, apA: nearest + 1, apB: nearest + 1 }, cue);
    if (r.speaker.type !== "unknown") return r;
  }
  // A person before the verb is the likeliest subject ("The leader of Ennahda, Rachid Ghannouchi, condemned …,
  // saying"); otherwise an organization.
  let org = -1;
  for (let t = first; t < cue; t++) {
    if (ctx.inQuote[t]) continue;
    const mi = mentionAt[t];
    if (mi < 0) continue;
    const m = mentions[mi];
    t = m.endTok - 1;
    if (m.possessive || m.modifier || m.kind === "place") continue;
    if (m.kind === "person") return resolveRegion(ctx, state, { a: m.roleStartTok, b: m.endTok, apA: m.endTok, apB: m.endTok }, cue);
    if (org < 0) org = mi;
  }
  if (org >= 0) {
    const m = mentions[org];
    return resolveRegion(ctx, state, { a: m.roleStartTok, b: m.endTok, apA: m.endTok, apB: m.endTok }, cue);
  }
  // No name: the noun phrase that opens the sentence ("The Russian space agency would not …, saying"),
  // after any fronted phrase ("In the post, the group …").
  let b = first;
  let firstComma = -1;
  for (let k = first; k < cue && k - first < 10; k++) if (ctx.lower[k] === ",") { firstComma = k; break; }
  if (firstComma > 0 && OPENING_WORDS.has(ctx.lower[first])) b = firstComma + 1;
  const npStart = b;
  // The subject is the noun phrase the sentence opens with, as the grammar reads it (src/analysis/syntax).
  const npEnd = nounPhraseFrom(ctx.np, npStart, cue);
  // ("That irritates supporters …, by suggesting": a demonstrative opening the sentence points back at a fact, and
  // the words after it are more likely its verb than its noun.)
  const demonstrative = ctx.lower[npStart] === "that" || ctx.lower[npStart] === "this";
  if (npEnd > npStart && !(npEnd - npStart === 1 && DETERMINERS.has(ctx.lower[npStart])) && !demonstrative) {
    // The verb's subject is a guess here: a phrase that names no speaker ("Another cloud of smoke …, warning
    // that …") is shown as unknown rather than as the speaker.
    // A plural ("The departments …, saying") is a group that may speak.
    const r = resolveRegion(ctx, state, { a: npStart, b: npEnd, apA: npEnd, apB: npEnd }, cue);
    const plural = /[^s]s$/.test(ctx.lower[npEnd - 1]);
    return r.speaker.type === "unknown" && !plural ? plainSpeaker("", "unknown", "") : r;
  }
  // The tagger may read a short subject's noun as an adjective ("The airline/ADJ apologised, saying"): the words
  // before the sentence's first verb.
  let v = npStart;
  while (v < cue && v - npStart < 6 && ctx.pos[v] !== POS_INDEX.VFIN && ctx.pos[v] !== POS_INDEX.VPART && ctx.doc.tokens[v].kind === "word") v++;
  if (v > npStart + 1 && v < cue && DETERMINERS.has(ctx.lower[npStart])) {
    const r = resolveRegion(ctx, state, { a: npStart, b: v, apA: v, apB: v }, cue);
    if (r.speaker.type !== "unknown") return r;
  }
  const s = subjectBefore(ctx, cue, first);
  if (s && s !== ELIDED) return resolveRegion(ctx, state, s as Region, cue);
  return plainSpeaker("", "unknown", "");
}

/** The pronoun subject of the finite verb nearest before `cue` in its sentence, or -1 when that verb has none. */
function pronounOfNearestVerb(ctx: QuoteContext, first: number, cue: number): number {
  for (let k = cue - 1; k > first; k--) {
    if (ctx.inQuote[k] || isMark(ctx, k)) return -1;
    if (ctx.pos[k] !== POS_INDEX.VFIN) continue;
    // ("… after they came out, saying …": a verb in a subordinate clause is not the participle's main verb.)
    const subordinate = k - 2 >= first && SUBORDINATORS.has(ctx.lower[k - 2]);
    return SUBJECT_PRONOUNS.has(ctx.lower[k - 1]) && ctx.pos[k - 1] === POS_INDEX.PRON && !subordinate ? k - 1 : -1;
  }
  return -1;
}

const CAME = new Set(["came", "comes", "come"]);

/** The source after "came from" in [first, cue), or null. */
function cameFrom(ctx: QuoteContext, first: number, cue: number): Region | null {
  for (let k = first + 1; k + 2 < cue; k++) {
    if (ctx.inQuote[k] || !CAME.has(ctx.lower[k]) || ctx.lower[k + 1] !== "from") continue;
    return subjectAfter(ctx, k + 2, cue);
  }
  return null;
}

/**
 * The subject that opens the sentence, after a fronted phrase ("During the call, he asked …", "A spokesman for
 * the mayor defended …"), when its finite verb follows it: the subject of everything the sentence goes on to
 * say. A pronoun, or a noun phrase read by the grammar (a name inside it, "for Mayor X", is not the subject).
 */
function openingSubject(ctx: QuoteContext, first: number, cue: number): { a: number; b: number } | null {
  let a = first;
  // A fronted phrase runs to its comma: one opened by a listed word, by any preposition ("Despite …,"), or by an
  // adverb before one ("Shortly after the announcement, the families …").
  const fronted = OPENING_WORDS.has(ctx.lower[first]) || ctx.pos[first] === POS_INDEX.ADP || (ctx.pos[first] === POS_INDEX.ADV && ctx.pos[first + 1] === POS_INDEX.ADP);
  if (fronted) {
    for (let k = first; k < cue && k - first < 10; k++) {
      if (ctx.lower[k] === ",") {
        a = k + 1;
        break;
      }
    }
  }
  // "Therefore, Gulf sources believe …": a sentence adverb and its comma come before the subject.
  if (a === first && ctx.pos[a] === POS_INDEX.ADV && ctx.lower[a + 1] === ",") a += 2;
  if (a >= cue || ctx.inQuote[a]) return null;
  const pronoun = SUBJECT_PRONOUNS.has(ctx.lower[a]);
  if (!pronoun && !SUBJECT_OPENERS.has(ctx.pos[a]) && ctx.cast.mentionAt[a] < 0) return null;
  const b = pronoun ? a + 1 : nounPhraseFrom(ctx.np, a, cue);
  if (b <= a) return null;
  let v = b;
  while (v < cue && ctx.pos[v] === POS_INDEX.ADV) v++;
  if (v >= cue || ctx.pos[v] !== POS_INDEX.VFIN) return null;
  // "A photo of the meeting was denied by Andrew, hinting …": a passive subject does not speak; whoever did it may.
  let p = v + 1;
  while (p < cue && ctx.pos[p] === POS_INDEX.ADV) p++;
  if (BE_FORMS.has(ctx.lower[v]) && p < cue && ctx.pos[p] === POS_INDEX.VPART && p + 1 < cue && ctx.lower[p + 1] === "by") return null;
  // "…, prosecutors charged the officer and Emanuel fired his chief, acknowledging …": a second clause joined
  // before the participle has a subject of its own, nearer to it.
  for (let k = v + 1; k + 1 < cue; k++) {
    if (ctx.inQuote[k] || (ctx.lower[k] !== "and" && ctx.lower[k] !== "but")) continue;
    const next = SUBJECT_PRONOUNS.has(ctx.lower[k + 1]) ? k + 2 : nounPhraseFrom(ctx.np, k + 1, cue);
    if (next > k + 1 && next < cue && ctx.pos[next] === POS_INDEX.VFIN) return null;
  }
  return { a, b };
}

const BE_FORMS = new Set(["is", "are", "was", "were", "been", "be"]);

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it"]);
/** Classes a subject noun phrase opens with ("A spokesman for …", "Two officials …", "Her lawyer …"). */
const SUBJECT_OPENERS = new Set<number>([POS_INDEX.DET, POS_INDEX.NUM, POS_INDEX.NOUN, POS_INDEX.PROPN, POS_INDEX.POSS, POS_INDEX.ADJ]);

/** How far back "with NP V-ing … and V-ing" is looked for. */
const WITH_REACH = 25;

/** The subject after "with" of the participle at `cue`, or of the participle it is joined to by "and". */
function withSubject(ctx: QuoteContext, cue: number, first: number): { a: number; b: number } | null {
  const direct = afterWith(ctx, cue, first);
  if (direct || ctx.lower[cue - 1] !== "and") return direct;
  for (let k = cue - 2; k > first && cue - k <= WITH_REACH; k--) {
    if (ctx.inQuote[k] || ctx.lower[k] === ";" || ctx.pos[k] === POS_INDEX.VFIN) return null;
    if (ctx.pos[k] === POS_INDEX.VGER) {
      const np = afterWith(ctx, k, first);
      if (np) return np;
    }
  }
  return null;
}

/**
 * The noun phrase right before a participle, when its head is a speaker: a person's or organization's name, or
 * a noun for people or bodies ("a civil rights group", "protesters"). A document ("a statement saying") is not:
 * its author speaks, found by the steps after this one.
 */
function reducedRelativeSubject(ctx: QuoteContext, cue: number, first: number): { a: number; b: number } | null {
  const k = cue - 1;
  if (k <= first || ctx.inQuote[k] || (ctx.pos[k] !== POS_INDEX.NOUN && ctx.pos[k] !== POS_INDEX.PROPN)) return null;
  const whole = nounPhraseEndingAt(ctx.np, Math.max(first, cue - 8), cue);
  if (!whole) return null;
  // The phrase the participle follows, not one it is attached to ("heat from | a civil rights group").
  let a = whole.a;
  for (let t = k; t > whole.a; t--) if (ctx.pos[t] === POS_INDEX.ADP) { a = t + 1; break; }
  const np = { a, b: cue };
  const mi = ctx.cast.mentionAt[k];
  if (mi >= 0) {
    // ("posted to Twitter asking …": a name after a preposition is where, not who, so the subject asks.)
    const m = ctx.cast.mentions[mi];
    const afterPreposition = ctx.pos[np.a - 1] === POS_INDEX.ADP || ctx.pos[np.a - 1] === POS_INDEX.TO;
    return m.endTok === cue && !m.possessive && !afterPreposition && (m.kind === "person" || m.kind === "organization") ? np : null;
  }
  const head = typeOfHead(ctx.lower[k]);
  return head === "organization" || head === "anonymous" ? np : null;
}

/** The noun phrase between "with" and the participle at `v` ("with (top) defense officials | underlining"). */
function afterWith(ctx: QuoteContext, v: number, first: number): { a: number; b: number } | null {
  const np = nounPhraseEndingAt(ctx.np, Math.max(first, v - 8), v);
  if (!np) return null;
  let a = np.a;
  if (a - 2 >= first && ctx.pos[a - 1] === POS_INDEX.ADV && ctx.lower[a - 2] === "with") a--;
  return a - 1 >= first && ctx.lower[a - 1] === "with" ? { a, b: np.b } : null;
}

/** How far back the verb that an "and say" is joined to may stand. */
const JOINED_REACH = 30;

/**
 * For a cue right after "and"/"but", the subject of the finite verb it is joined to: the noun phrase that
 * ends just before that verb (auxiliaries and adverbs between them skipped). Null when the sentence gives
 * no such verb or phrase, and the caller's wider search takes over.
 */
function joinedVerbSubject(ctx: QuoteContext, cue: number, first: number): { a: number; b: number } | null {
  // ("… does not deny it, but is demanding …": an auxiliary may stand between the conjunction and the cue.)
  if (JOINED_AUXILIARIES.has(ctx.lower[cue - 1]) && cue - 2 > first) cue--;
  const w = ctx.lower[cue - 1];
  if (w !== "and" && w !== "but") return null;
  // "X said A, but added B": a speech verb is joined to the speech verb before it, past the clause it reported.
  const said = speechVerbBefore(ctx, cue - 2, first);
  if (said >= 0) {
    const s = subjectBefore(ctx, said, first);
    if (s && s !== ELIDED) return { a: s.a, b: s.b };
  }
  let v = cue - 2;
  // (", but is demanding": the comma before the conjunction is the coordination's own.)
  const commaJoined = ctx.lower[v] === "," && JOINED_AUXILIARIES.has(ctx.lower[cue]);
  if (commaJoined) v--;
  // Not past a comma or a conjunction that opens another clause ("…, while the police deny … and say").
  while (v >= first && cue - v < JOINED_REACH && ctx.pos[v] !== POS_INDEX.VFIN) {
    // "…, while the city's police deny accusations … and say": the clause "while" opens has its own subject,
    // before its own speech verb (which the tagger may read as a noun).
    if (CLAUSE_OPENERS.has(ctx.lower[v])) return subjectOfFirstCue(ctx, v + 1, cue);
    if (ctx.lower[v] === "," || ctx.pos[v] === POS_INDEX.WH || ctx.pos[v] === POS_INDEX.CONJ) return null;
    v--;
  }
  if (v < first || cue - v >= JOINED_REACH) return null;
  // Back over an auxiliary chain and adverbs: "the police have repeatedly denied".
  while (v - 1 >= first && (ctx.pos[v - 1] === POS_INDEX.VFIN || ctx.pos[v - 1] === POS_INDEX.ADV)) v--;
  const np = nounPhraseEndingAt(ctx.np, Math.max(first, v - 12), v);
  // "the Government does not deny that the law is flawed, but is demanding": a verb inside the "that"-clause of
  // the verb before is not the one joined to; that verb's subject is.
  if (commaJoined && np && np.a - 2 >= first && ctx.lower[np.a - 1] === "that" && VERB_FORMS.has(ctx.pos[np.a - 2])) {
    let u = np.a - 2;
    while (u - 1 >= first && (ctx.pos[u - 1] === POS_INDEX.VFIN || ctx.pos[u - 1] === POS_INDEX.ADV)) u--;
    return nounPhraseEndingAt(ctx.np, Math.max(first, u - 12), u);
  }
  return np;
}

const CLAUSE_OPENERS = new Set(["while", "whereas", "although", "though", "because"]);
const VERB_FORMS = new Set([POS_INDEX.VFIN, POS_INDEX.VBASE, POS_INDEX.VPART]);
const JOINED_AUXILIARIES = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "also"]);

/** The subject of the first speech verb in [a, b): "the city's police | deny". */
function subjectOfFirstCue(ctx: QuoteContext, a: number, b: number): { a: number; b: number } | null {
  for (let k = a + 1; k < b; k++) {
    const info = cueOf(ctx.lower[k]);
    if (!info || !(info.flags & CueFlags.Clause) || ctx.inQuote[k]) continue;
    const s = subjectBefore(ctx, k, a);
    return s && s !== ELIDED ? { a: s.a, b: s.b } : null;
  }
  return null;
}

/**
 * The nearest finite speech verb outside quotation marks, back from `from` to `first`, or -1. Not past "while"
 * and the like, which open a clause with a subject of its own.
 */
function speechVerbBefore(ctx: QuoteContext, from: number, first: number): number {
  for (let v = from; v >= first && from - v < JOINED_REACH * 2; v--) {
    if (CLAUSE_OPENERS.has(ctx.lower[v]) && !ctx.inQuote[v]) return -1;
    if (ctx.inQuote[v]) continue;
    const info = cueOf(ctx.lower[v]);
    if (!info || !(info.flags & CueFlags.Clause) || info.flags & CueFlags.Participle) continue;
    // (A speech verb that is never a noun counts after its subject whatever the tagger made of it: "a company
    // executive tells/NOUN employees".)
    const verbOnly = !(info.flags & CueFlags.NounLike) && (ctx.pos[v - 1] === POS_INDEX.NOUN || ctx.pos[v - 1] === POS_INDEX.PROPN);
    if (ctx.pos[v] === POS_INDEX.VFIN || verbOnly) return v;
  }
  return -1;
}

const RELATIVE_REACH = 15;
const NP_EDGE = new Set(["from", "of", "in", "on", "at", "by", "with", "to", "for", "about", "against", "and", "but", "or", "that", "than", "as", "into", "over", "under", "after", "before"]);

const OPENING_WORDS = new Set(["in", "on", "at", "after", "before", "during", "meanwhile", "however", "since", "for", "with", "from", "while", "when", "as", "last", "earlier", "later", "still", "but", "and", "yet", "so", "instead", "separately", "also", "now", "then", "today", "yesterday"]);

/**
 * A quote with no cue continues the speaker of the paragraph before it (page furniture such as captions
 * skipped); when that paragraph quoted nobody, its first named person is taken as the speaker.
 */
function continuation(ctx: QuoteContext, _state: CorefState, a: Attribution, lastOfPara: Map<number, Resolved>): Resolved {
  const own = lastOfPara.get(a.para);
  if (own) return withoutMention(own);
  if (!a.crossParagraph) return plainSpeaker("", "unknown", "");
  for (let p = a.para - 1, seen = 0; p >= 0 && seen < CONTINUATION_LOOKBACK; p--) {
    if (ctx.paraKind[p] !== ParagraphKind.Body) continue;
    seen++;
    const prev = lastOfPara.get(p);
    if (prev) return withoutMention(prev);
    const person = firstPersonIn(ctx, p);
    if (person >= 0) return personSpeaker(ctx, person, "", "");
    break;
  }
  return plainSpeaker("", "unknown", "");
}

function withoutMention(r: Resolved): Resolved {
  return { speaker: { ...r.speaker, mention: "" }, person: r.person };
}

function firstPersonIn(ctx: QuoteContext, para: number): number {
  const first = ctx.paraFirstTok[para];
  if (first < 0) return -1;
  const end = ctx.doc.paragraphs[para].end;
  // ("Governor Reyes's campaign … volunteer Bettina Szold": a possessive names whose thing it is, so a person
  // named plainly comes first; only a paragraph naming none plainly falls back to its first possessive.)
  let possessive = -1;
  for (let t = first; t < ctx.doc.tokens.length && ctx.doc.tokens[t].start < end; t++) {
    const mi = ctx.cast.mentionAt[t];
    if (mi < 0 || ctx.inQuote[t]) continue;
    const m = ctx.cast.mentions[mi];
    if (m.kind === "person" && m.person >= 0 && !m.modifier) {
      if (!m.possessive) return m.person;
      if (possessive < 0) possessive = m.person;
    }
    t = m.endTok - 1;
  }
  return possessive;
}

/**
 * Mixed forms: a partial direct quote inside a reported clause ("X warned that jobs “will go elsewhere”") is
 * said by the reporter of that clause, with its cue — unless the quote names its own speaker right after its
 * closing mark (“…,” she said). The innermost enclosing report wins, so "X said Y told him “…”" stays Y's.
 */
function inheritReportSpeaker(ctx: QuoteContext, direct: Attribution[], reports: Attribution[]): void {
  if (reports.length === 0) return;
  const sorted = [...reports].sort((x, y) => x.start - y.start || y.end - x.end);
  const tokens = ctx.doc.tokens;
  for (const d of direct) {
    if (hasOwnAttributionAfter(ctx, d)) continue;
    // The last report starting at or before the quote; nested reports are few, so a short walk back suffices.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= d.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
      const r = sorted[i];
      // The report's span may stop just inside the quote's closing mark.
      if (r.end < d.end || r.cueTok < 0 || r.cueTok === d.cueTok) {
        if (r.cueTok === d.cueTok && r.end >= d.end) break;
        continue;
      }
      if (tokens[r.cueTok].start >= d.start && tokens[r.cueTok].start < d.end) continue;
      // "The aide recalled that he said, “…”": a cue of the quote's own inside the report keeps its speaker.
      // (Only a subject read plainly, a pronoun or a name: a participle's guessed subject is weaker than the report's.)
      if (d.cueTok >= 0 && tokens[d.cueTok].start >= r.start && hasPlainSubject(ctx, d) && RIGHT_BEFORE_MARK.test(ctx.doc.text.slice(tokens[d.cueTok].end, d.start))) break;
      d.cueTok = r.cueTok;
      d.cue = r.cue;
      d.mode = r.mode;
      d.subject = r.subject;
      d.at = r.at;
      break;
    }
  }
}

function hasPlainSubject(ctx: QuoteContext, d: Attribution): boolean {
  // ("… called Omar a “terrorist” and said, “…”": a finite verb joined to the sentence's own shares its subject.)
  if (d.mode === SubjectMode.Elided) return d.cueTok >= 0 && ctx.pos[d.cueTok] === POS_INDEX.VFIN && !ctx.lower[d.cueTok].endsWith("ing");
  const r = d.mode === SubjectMode.Region ? d.subject : null;
  return r !== null && (r.b - r.a === 1 || ctx.cast.mentionAt[r.a] >= 0);
}

/** What stands between a cue and its quotation's words when the cue introduces them ("he said, “"). */
const RIGHT_BEFORE_MARK = /^[\s,:]{0,3}["“‘']$/;

/** “…,” she said / “…,” said the embassy: the speaker is named between the closing mark and the cue, or just after it. */
function hasOwnAttributionAfter(ctx: QuoteContext, d: Attribution): boolean {
  if (d.cueTok < 0 || d.mode !== SubjectMode.Region || !d.subject) return false;
  const tokens = ctx.doc.tokens;
  if (tokens[d.cueTok].start < d.end || tokens[d.subject.a].start < d.end) return false;
  // ("… that the “distinction has become less relevant” as prices fell, Yahoo Finance reported": words of the
  // clause between the closing mark and the attribution make it the whole sentence's source, not the quote's.)
  const first = Math.min(tokens[d.cueTok].start, tokens[d.subject.a].start);
  return RIGHT_AFTER_MARK.test(ctx.doc.text.slice(d.end, first));
}

/** What stands between a quotation's last word and its own attribution (“…,” she said / “…?” asked X). */
const RIGHT_AFTER_MARK = /^[\s,.!?;:\-\u2013\u2014]*["”’'»]?[\s,.!?;:\-\u2013\u2014]*$/;

/** Indirect clauses whose words are mostly a direct quote: the direct quote alone reports them. */
function dropMostlyDirect(ctx: QuoteContext, indirect: Attribution[], direct: Attribution[]): Attribution[] {
  if (direct.length === 0) return indirect;
  const sorted = [...direct].sort((x, y) => x.start - y.start);
  return indirect.filter((ind) => {
    let covered = 0;
    // Binary search for the first direct quote that may overlap.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].end <= ind.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i].start < ind.end; i++) {
      covered += wordsIn(ctx, Math.max(ind.start, sorted[i].start), Math.min(ind.end, sorted[i].end));
    }
    return covered < MOSTLY_DIRECT * wordsIn(ctx, ind.start, ind.end);
  });
}

function wordsIn(ctx: QuoteContext, start: number, end: number): number {
  let t = firstTokenAt(ctx, start);
  let n = 0;
  const tokens = ctx.doc.tokens;
  for (; t < tokens.length && tokens[t].start < end; t++) if (tokens[t].kind === "word" || tokens[t].kind === "number") n++;
  return n;
}


/**
 * Block quotations lose their marks when a page is turned into text: a first-person paragraph without any
 * quotation mark, right after a paragraph that reports a person's words, is that person speaking.
 */
function findUnmarkedBlocks(ctx: QuoteContext, direct: Attribution[], indirect: Attribution[]): Attribution[] {
  const attributedParas = new Set<number>();
  for (const a of direct) attributedParas.add(a.para);
  for (const a of indirect) attributedParas.add(a.para);
  const out: Attribution[] = [];
  const { doc } = ctx;
  // "We'll start by noting …", "We rate the statement Mostly True": a writer who speaks in the first person in
  // paragraphs that follow no report writes the blocks after reports too (fact checks, columns).
  let writerParas = 0;
  let prevAttributed = false;
  for (let p = 0; p < doc.paragraphs.length; p++) {
    if (ctx.paraKind[p] !== ParagraphKind.Body) continue;
    const afterReport = prevAttributed;
    prevAttributed = attributedParas.has(p);
    if (prevAttributed) continue;
    const { words, firstPerson, marks } = firstPersonWords(ctx, p);
    if (marks || firstPerson === 0) continue;
    if (!afterReport) {
      if (++writerParas >= WRITER_PARAGRAPHS) return [];
      continue;
    }
    if (firstPerson < 2 || firstPerson < words * 0.03) continue;
    const para = doc.paragraphs[p];
    out.push({
      kind: "direct", start: para.start, end: para.end, cueTok: -1, cue: "", mode: SubjectMode.Continuation,
      subject: null, at: ctx.paraFirstTok[p], para: p, crossParagraph: true,
    });
  }
  return out;
}

/** First-person paragraphs of the writer's own that show the article is written in the first person. */
const WRITER_PARAGRAPHS = 2;

/** Words, first-person words and whether any quotation mark is in paragraph `p`. */
function firstPersonWords(ctx: QuoteContext, p: number): { words: number; firstPerson: number; marks: boolean } {
  const { doc } = ctx;
  const first = ctx.paraFirstTok[p];
  let words = 0;
  let firstPerson = 0;
  let marks = false;
  if (first < 0) return { words, firstPerson, marks };
  const end = doc.paragraphs[p].end;
  for (let t = first; t < doc.tokens.length && doc.tokens[t].start < end; t++) {
    const tok = doc.tokens[t];
    if (tok.kind === "quote") marks = true;
    if (tok.kind !== "word") continue;
    words++;
    if (FIRST_PERSON.has(ctx.lower[t])) firstPerson++;
  }
  return { words, firstPerson, marks };
}

/** A report nested inside another report ("South Africa said Mugabe had told Zuma that …") is part of it. */
function dropNested(indirect: Attribution[]): Attribution[] {
  const sorted = [...indirect].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Attribution[] = [];
  let coverEnd = -1;
  for (const a of sorted) {
    if (a.end <= coverEnd && out.length > 0) continue;
    out.push(a);
    if (a.end > coverEnd) coverEnd = a.end;
  }
  return out;
}

/** The same words found twice (a list item and its clause, say) are reported once. */
function dedupe(quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && prev.start === q.start && prev.end === q.end && prev.kind === q.kind) {
      if (prev.speaker.type === "unknown" && q.speaker.type !== "unknown") out[out.length - 1] = q;
      continue;
    }
    out.push(q);
  }
  return out;
}

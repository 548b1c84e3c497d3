/**
 * Indirect (reported) speech: every speech cue outside quotation marks, with its reported clause.
 *   A. X said (that) CLAUSE / X told Y (that) CLAUSE / X accused Y of … / X vowed to …   (clause after the cue)
 *   B. CLAUSE, X said. / CLAUSE, said X. / CLAUSE, according to X.                      (clause before the cue)
 *   C. According to X, CLAUSE.
 * Bulleted items after "X said:" are one reported clause each. A clause made mostly of a direct quote is left
 * to the direct pass (the quote already carries the speaker).
 */
import type { QuoteContext } from "./context";
import { firstTokenAt, isMark, textOf } from "./context";
import { clauseStartsAt, determinerOpening, isApproximateNumber, isSubjectContraction, isSubjectPronoun, nounPhraseEndingAt, nounPhraseFrom, POS_INDEX } from "../syntax";
import { cueOf, CueFlags, GENERIC_SUBJECTS, particleFits, particlesOf, TRAILING_STARTERS } from "./cues";
import { callsObject, describesObjectAs } from "./naming";
import { DETERMINERS, OBJECT_RELATIVES, POSSESSIVE_PRONOUNS, REFLEXIVE_PRONOUNS } from "./lexicon";
import { isSourceHead } from "./descriptions";
import { ParagraphKind } from "./notSpeech";
import { asClauseAt, asReportedByAt, type AsReportedBy } from "./asClause";
import { datelineEnd } from "./dateline";
import type { BackReference } from "./backReference";
import { DASHES, ELIDED, isNonSpeakerSubject, looksLikeNounPhrase, subjectAfter, subjectBefore, type Region } from "./speakers";
import { SubjectMode, type Attribution } from "./attribution";
import { introCue, isBlockedCue } from "./direct";
import { typeOfHead } from "./coref";
import { frontedParticiple } from "./frontedParticiple";

const MIN_CLAUSE_WORDS = 3;
const LINK_VERBS = new Set(["read", "watch", "see", "click", "listen", "follow", "sign", "subscribe", "share", "view", "download", "explore", "more"]);
const GAP_SUBJECTS = new Set(["it", "he", "she", "they"]);
const GAP_VERBS = new Set(["was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "might"]);
const PREPOSITIONS = new Set(["with", "of", "for", "in", "on", "at", "by", "from", "into", "without", "under", "over", "an", "no", "any"]);
/** Cues that put a question, whose "whether …" is what they said. */
const QUESTION_LEMMAS = new Set(["ask", "question", "wonder", "inquire", "query", "demand"]);
/** Nouns that count people ("the number who said", "the share who say"). */
const COUNT_NOUNS = new Set(["number", "numbers", "share", "percentage", "proportion", "fraction", "majority", "minority"]);
/** Words of degree before an adjective ("most telling", "very revealing"). */
const DEGREE_WORDS = new Set(["most", "more", "less", "least", "very", "so", "too", "quite", "rather", "particularly", "especially", "increasingly"]);
/** Prepositions after which a word is never a clause's finite verb. */
const TRUE_PREPOSITIONS = new Set(["with", "for", "from", "into", "without", "under", "over"]);
const INTRODUCERS = new Set(["that", "of", "about", "how"]);
const RELATIVE_OR_ARTICLE = new Set(["who", "which", "whose", "a", "an", "the", "where"]);
const PASSIVE = new Set(["been", "be", "being", "is", "are", "was", "were"]);
/**
 * A verb of doing reports a clause without "that" only when it says something: "found the car abandoned" does
 * not. "Find" never does: "Hicks found many people …", "they found it disrespectful" are no findings.
 */
const MIN_BARE_CLAUSE = 4;
const DEMONSTRATIVES = new Set(["this", "that", "these", "those"]);
const PREPOSITION_WORDS = new Set(["of", "for", "with", "in", "at", "from", "on"]);
const PROGRESSIVE = new Set(["is", "are", "was", "were", "been", "'s", "’s", "’re", "'re"]);
const BOAST = new Set(["boasted", "boasts", "boast", "boasting", "complained", "complains", "complain", "complaining", "spoke", "speaks", "warned", "warns"]);
const TIME_WORDS = new Set(["week", "month", "year", "morning", "afternoon", "evening", "weekend", "spring", "summer", "autumn", "fall", "winter"]);
const THAT_WINDOW = 16;
/** Words before a base form: after them "found" is "to found", not the past of "find". */
const FOUND_BASE = new Set(["to", "will", "would", "can", "could", "may", "might", "must", "should", "help", "helps", "helped", "helping"]);
/** How far to look for a clause's verb: bounded, so a pathological sentence costs linear time. */
const VERB_REACH = 40;

export function findIndirect(ctx: QuoteContext, backReferences: ReadonlyMap<number, BackReference> = new Map()): Attribution[] {
  const out: Attribution[] = [];
  const { doc, lower } = ctx;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    const pk = ctx.paraKind[sent.paragraph];
    if (pk !== ParagraphKind.Body) continue;
    const reportedBefore = out.length;
    // A question reports nothing ("Aren't those the things voters say they want?").
    const lastTok = doc.tokens[sent.endToken - 1];
    if (lastTok.text === "?" && !ctx.inQuote[sent.endToken - 1]) continue;
    // "Shooting Survivors Explain Why Clinton Offers Needed Change.": a headline, though it ends with a stop.
    if (isTitleCase(ctx, sent.firstToken, sent.endToken)) continue;
    for (let c = sent.firstToken; c < sent.endToken; c++) {
      if (ctx.inQuote[c] || doc.tokens[c].kind !== "word") continue;
      const w = lower[c];
      if (w === "according" && c + 1 < sent.endToken && lower[c + 1] === "to") {
        const a = according(ctx, c, sent.firstToken, sent.endToken);
        if (a) out.push(a);
        continue;
      }
      if (w === "as") {
        const a = asReportedBy(ctx, c, sent.firstToken, sent.endToken);
        if (typeof a === "number") {
          c = a; // the as-clause reports nothing of its own; its verb is no cue either
          continue;
        }
        if (a) {
          out.push(a);
          c = a.cueTok;
          continue;
        }
      }
      if (NOMINAL_CUES.has(w)) {
        const a = nominalReport(ctx, c, sent.firstToken, sent.endToken);
        if (a) {
          out.push(a);
          continue;
        }
      }
      const info = cueOf(w);
      // "found itself offering free rides": a reflexive object makes it a verb of doing.
      if (info && REFLEXIVE_PRONOUNS.has(lower[c + 1] ?? "")) continue;
      if (!info) continue;
      // "helped found the DLC", "plans to found a party": the base form of "to found", not "find".
      if (w === "found" && FOUND_BASE.has(lower[c - 1] ?? "")) continue;
      let flags = info.flags;
      // "described how …" reports; "described as" names.
      if (flags & CueFlags.DirectOnly && info.lemma === "describe" && lower[c + 1] === "how") flags = CueFlags.Clause | (flags & CueFlags.Participle);
      // "described his city as a “gas chamber”": what is described, and as what, is the content.
      if (flags & CueFlags.DirectOnly && info.lemma === "describe" && describesObjectAs(ctx, c, sent.endToken)) {
        flags = CueFlags.Clause | CueFlags.WholeComplement | (lower[c - 1] === "to" || w.endsWith("ing") ? CueFlags.Participle : 0);
      }
      // "called the ruling a landmark judgment": the object and what it is called are the content.
      const naming = info.lemma === "call" && !particleFits(w, lower[c + 1] ?? "") && callsObject(ctx, c, sent.endToken);
      if (naming) flags = CueFlags.Clause | CueFlags.WholeComplement | CueFlags.Naming | (lower[c - 1] === "to" || w.endsWith("ing") ? CueFlags.Participle : 0);
      // "asked the congregation to stand …": a request reports its listener and what is asked, as "urged" does.
      // ("…, asking us to look deeper": the participle keeps its elided subject.)
      if (info.lemma === "ask" && asksTo(ctx, c, sent.endToken)) flags = CueFlags.Clause | CueFlags.Object | CueFlags.WholeComplement | (flags & CueFlags.Participle);
      // "asked Sanders whether …", "asked what he thought of …": a reported question is what the asker said.
      // ("when asked whether …", "was asked if …": the question was put to the subject, by someone unnamed.)
      if (info.lemma === "ask" && !isPutToSubject(ctx, c, sent.firstToken) && questionStart(ctx, c, sent.endToken) >= 0) {
        flags = CueFlags.Clause | CueFlags.Object | CueFlags.WholeComplement | (w.endsWith("ing") ? CueFlags.Participle : 0);
      }
      // "joked that …", "posted that …", "posted on Facebook that …": a verb that mostly introduces quoted words
      // reports a "that"-clause.
      if (flags & CueFlags.DirectOnly && thatAfterAdverbial(ctx, c, sent.endToken)) flags = CueFlags.Clause | (flags & CueFlags.Participle);
      if (flags & CueFlags.DirectOnly || !(flags & CueFlags.Clause)) continue;
      const particles = naming ? undefined : particlesOf(w);
      if (particles !== undefined && !particles.includes(lower[c + 1])) continue;
      const particle = particles !== undefined ? lower[c + 1] : undefined;
      // "an expert called on by tribes", "is often called on to advise": passive, nobody calls for anything here.
      if (particle !== undefined && (lower[c + 2] === "by" || lower[c + 2] === "to")) continue;
      // "is pledging to …", "are demanding …": a progressive is a finite verb with its own subject.
      if (flags & CueFlags.Participle && w.endsWith("ing") && PROGRESSIVE.has(lower[c - 1] ?? "")) flags &= ~CueFlags.Participle;
      // "was quoted as saying" is a finite report with its own subject.
      if (w === "saying" && lower[c - 1] === "as" && lower[c - 2] === "quoted") flags &= ~CueFlags.Participle;
      if (isBlockedCue(ctx, c, sent.firstToken)) continue;
      // "Writing in the Telegraph, the former minister argued …": a participle opening the sentence is an adverbial.
      if (flags & CueFlags.Participle && c === sent.firstToken && w.endsWith("ing")) continue;
      // A purpose infinitive that passed ("took to Twitter to say") speaks for the sentence's subject.
      if (lower[c - 1] === "to") flags |= CueFlags.Participle;
      // "a say", "his claims", "with added costs" — unless the tagger reads a finite verb ("Some said …").
      const infinitiveDescribe = info.lemma === "describe" && lower[c - 1] === "to" && flags & CueFlags.WholeComplement;
      // "responded by saying …", "began by arguing …": a gerund after "by" is the subject's way of speaking.
      // (Not the writer's own: "We'll start by noting …".)
      const byGerund = lower[c - 1] === "by" && w.endsWith("ing") && (flags & CueFlags.Participle) !== 0 && !writerSubject(ctx, sent.firstToken, c);
      // "the most telling contradiction", "a very revealing moment": after a degree word and before a noun, an
      // "-ing" form is an adjective.
      if (w.endsWith("ing") && DEGREE_WORDS.has(lower[c - 1] ?? "") && (ctx.pos[c + 1] === POS_INDEX.NOUN || ctx.pos[c + 1] === POS_INDEX.ADJ)) continue;
      // ("One in five say", "two of three say": a count ends there; the number is no determiner of the cue.)
      const countEnds = ctx.pos[c - 1] === POS_INDEX.NUM && (lower[c - 2] === "in" || lower[c - 2] === "of");
      // ("comes with added costs": after a true preposition no finite verb can stand, whatever the tagger read.)
      // (Not a name that looks like one: "…, From said.")
      const afterPreposition = TRUE_PREPOSITIONS.has(doc.tokens[c - 1]?.text ?? "") && !w.endsWith("ing");
      if (c > sent.firstToken && (DETERMINERS.has(lower[c - 1]) || PREPOSITIONS.has(lower[c - 1])) && (ctx.pos[c] !== POS_INDEX.VFIN || afterPreposition) && !infinitiveDescribe && !byGerund && !countEnds) continue;
      // "a sustained clarion call for …", "a renewed call for …": a phrasal cue's verb that heads a noun phrase
      // its determiner opens is the noun.
      // ("a book calling for …" is a participle.)
      // ("Cruz made an unprompted call for …": after a light verb the call is its subject's.)
      if (particle !== undefined && !w.endsWith("ing") && (ctx.pos[c] === POS_INDEX.NOUN || ctx.pos[c] === POS_INDEX.VBASE)) {
        const det = determinerOpening(ctx.np, c, sent.firstToken);
        if (det >= 0) {
          if (det - 1 >= sent.firstToken && LIGHT_VERBS.has(lower[det - 1])) {
            for (const a of reported(ctx, c + 1, flags, sent.firstToken, sent.endToken, det - 1)) out.push(a);
          }
          continue;
        }
      }
      if (c > sent.firstToken && PASSIVE.has(lower[c - 1]) && !(flags & CueFlags.Participle) && !w.endsWith("ing")) continue; // "has been added"
      if ((lower[c + 1] === "by" && w !== "saying") || (info.lemma === "add" && lower[c + 1] === "to")) continue; // "a painkiller added to …", "reported by"
      // A base form reports when the tagger reads it as a finite verb ("The police say …") or the words around
      // make it one.
      if (flags & CueFlags.Present && !w.endsWith("s") && !coordinatedWithFinite(ctx, c, sent.firstToken) && !baseFormFits(ctx, c, sent.firstToken)) continue;
      const found = reported(ctx, particle !== undefined ? c + 1 : c, flags, sent.firstToken, sent.endToken, c);
      for (const a of found) out.push(a);
    }
    // "Prices will fall next year. That's according to a report from X.": the next sentence names the source.
    const back = backReferences.get(s);
    if (back && out.length === reportedBefore && !hasSpeechVerb(ctx, sent.firstToken, sent.endToken) && hasFiniteVerb(ctx, sent.firstToken, sent.endToken)) {
      const span = clauseSpan(ctx, sent.firstToken, sent.endToken);
      if (span) {
        out.push({
          kind: "indirect", start: span[0], end: span[1], cueTok: back.cue, cue: back.cueText, mode: SubjectMode.Region,
          subject: back.subject, at: back.cue, para: sent.paragraph, crossParagraph: false,
        });
      }
    }
  }
  listItems(ctx, out);
  return joinAroundCue(ctx, out);
}

/**
 * "The only problem, Ms. Bigbee said, is that her pay is lower": an attribution set inside the clause it
 * reports splits it in two; it is one report of one clause, spanning both parts.
 */
function joinAroundCue(ctx: QuoteContext, reports: Attribution[]): Attribution[] {
  const byCue = new Map<number, Attribution[]>();
  for (const a of reports) if (a.cueTok >= 0) byCue.set(a.cueTok, [...(byCue.get(a.cueTok) ?? []), a]);
  const drop = new Set<Attribution>();
  for (const [cue, list] of byCue) {
    if (list.length !== 2) continue;
    const [x, y] = list[0].start < list[1].start ? list : [list[1], list[0]];
    const cueAt = ctx.doc.tokens[cue].start;
    if (!(x.end <= cueAt && y.start >= cueAt) || ctx.sentOf[cue] < 0) continue;
    // Only when the first part is the subject the second goes on from ("The only problem | is that …"); two
    // clauses of their own ("The tunnel is safe, X said, and will reopen …") stay two reports.
    const firstOfY = Math.min(firstTokenAt(ctx, y.start), ctx.doc.tokens.length - 1);
    const firstOfX = Math.min(firstTokenAt(ctx, x.start), ctx.doc.tokens.length - 1);
    // (A subject with a relative clause of its own is still a subject: "A major part of the reason that more
    // agents are needed, X said, is the flow of drugs".)
    if (ctx.pos[firstOfY] !== POS_INDEX.VFIN || clauseStartsAt(ctx.np, firstOfX, firstTokenAt(ctx, x.end))) continue;
    x.end = y.end;
    drop.add(y);
  }
  return drop.size ? reports.filter((a) => !drop.has(a)) : reports;
}


const MODALS = new Set(["will", "would", "can", "could", "may", "might", "must", "should", "do", "did", "does", "to", "i", "we", "you", "they", "often", "also", "still", "now", "publicly", "privately", "repeatedly"]);

/** A bare base form ("say", "claim") reports only after a plural or pronoun subject or a modal. */
function baseFormFits(ctx: QuoteContext, c: number, floor: number): boolean {
  if (c === floor) return false;
  const prev = ctx.lower[c - 1];
  if (MODALS.has(prev)) return true;
  // "The findings, published in Nature, suggest": after an appositive, the subject before it is plural.
  if (prev === ",") {
    const s = subjectBefore(ctx, c, floor);
    return s !== null && s !== ELIDED && s.b > s.a && /[^s]s$/.test(ctx.lower[s.b - 1]);
  }
  if (ctx.cast.mentionAt[c - 1] >= 0) return true;
  if (prev.endsWith("s") && ctx.doc.tokens[c - 1].kind === "word") return true;
  // "One in five say", "six in 10 say": a number right before the verb counts people.
  if (ctx.pos[c - 1] === POS_INDEX.NUM) return true;
  // "Thirty-one percent of those surveyed say", "One in five say": a counted or plural subject further back.
  const s = subjectBefore(ctx, c, floor);
  if (s === null || s === ELIDED || s.b - s.a < 2) return false;
  for (let t = s.a; t < s.b; t++) if (COUNTED_HEADS.has(ctx.lower[t]) || ctx.pos[t] === POS_INDEX.NUM) return true;
  return false;
}

/** Heads of a counted group that takes a plural verb ("percent of voters say", "a majority say"). */
const COUNTED_HEADS = new Set(["percent", "those", "majority", "minority", "half", "third", "thirds", "quarter", "most", "many"]);

/**
 * "The nurses reject the offer and say …": a bare form after "and" is finite when the verb it is joined to
 * is; after "able to spy … and maintain" it continues an infinitive.
 */
function coordinatedWithFinite(ctx: QuoteContext, c: number, floor: number): boolean {
  if (ctx.pos[c] === POS_INDEX.VFIN) return true;
  for (let k = c - 2; k >= floor && c - k < VERB_REACH; k--) {
    const p = ctx.pos[k];
    if (p === POS_INDEX.VFIN) return true;
    if (p === POS_INDEX.VBASE || p === POS_INDEX.TO) return false;
  }
  return false;
}

/** Nouns of speech verbs: "his claim that …", "the company's statement that …" report what follows "that". */
const NOMINAL_CUES = new Set([
  "claim", "claims", "assertion", "insistence", "warning", "denial", "admission", "argument", "contention",
  "allegation", "allegations", "statement", "announcement", "promise", "pledge", "suggestion", "assurance",
  "assurances", "prediction", "complaint", "acknowledgment", "acknowledgement", "declaration",
]);

/** Nouns whose "of" + gerund is what was said ("his claims of having …", "her denial of knowing …"). */
const GERUND_NOUNS = new Set(["claim", "claims", "denial", "denials", "admission", "allegation", "allegations", "assertion"]);

/**
 * "his claim that he visited …", "Trump's repeated assertion that …": the owner of the noun said the clause.
 * Needs an owner (a possessive pronoun or a name with ’s, adjectives allowed between); "the claim that …"
 * alone says nothing of who claimed it.
 */
function nominalReport(ctx: QuoteContext, c: number, floor: number, end: number): Attribution | null {
  const { lower, doc } = ctx;
  let k = c - 1;
  while (k > floor && c - k <= 2 && ctx.pos[k] === POS_INDEX.ADJ) k--;
  if (k < floor) return null;
  let owner: Region | null = null;
  if (POSSESSIVE_PRONOUNS.has(lower[k])) owner = { a: k, b: k + 1, apA: k + 1, apB: k + 1, owner: true };
  else if ((lower[k] === "'s" || lower[k] === "\u2019s") && k - 1 >= floor && ctx.cast.mentionAt[k - 1] >= 0) {
    const m = ctx.cast.mentions[ctx.cast.mentionAt[k - 1]];
    owner = { a: m.startTok, b: m.endTok, apA: m.endTok, apB: m.endTok, owner: true };
  } else if ((lower[k] === "'s" || lower[k] === "\u2019s") && k - 1 >= floor) {
    // "the mayor's claim that …": an unnamed owner.
    const np = nounPhraseEndingAt(ctx.np, Math.max(floor, k - 6), k);
    if (np) owner = { a: np.a, b: np.b, apA: np.b, apB: np.b, owner: true };
  }
  const that = thatAfterNoun(ctx, c, end);
  // "a declaration by China's health chiefs that …", "a warning from the bank that …": the agent follows the noun.
  if (!owner && that > c + 2 && (lower[c + 1] === "by" || lower[c + 1] === "from")) {
    const agentEnd = nounPhraseFrom(ctx.np, c + 2, that);
    if (agentEnd === that) owner = { a: c + 2, b: agentEnd, apA: agentEnd, apB: agentEnd };
  }
  if (!owner) return null;
  // "His repeated claims of having no memory of …": a claim or denial "of" a gerund reports the gerund's clause.
  const gerund = that < 0 && lower[c + 1] === "of" && ctx.pos[c + 2] === POS_INDEX.VGER && GERUND_NOUNS.has(lower[c]);
  const from = gerund ? c + 2 : that + 1;
  if ((that < 0 && !gerund) || from >= end) return null;
  let stop = clauseEnd(ctx, from, end);
  // "His claim that the budget is balanced drew laughs": before the sentence's own verb, the report is its
  // subject, and ends where that verb comes.
  // (So after ", but": "It has tried, but his declaration that … makes that harder.")
  if (!hasFiniteBefore(ctx, afterContrast(ctx, floor, c), c)) stop = Math.min(stop, mainVerbAfterClause(ctx, from, stop, gerund));
  return makeReport(ctx, from, stop, owner, SubjectMode.Region, c, doc.tokens[c].text, doc.sentences[ctx.sentOf[c]].paragraph);
}

/** The owner of the noun at `noun`: a possessive pronoun or a name with its clitic right before it, or null. */
function possessorBefore(ctx: QuoteContext, noun: number, floor: number): Region | null {
  const k = noun - 1;
  if (k < floor) return null;
  if (POSSESSIVE_PRONOUNS.has(ctx.lower[k])) return { a: k, b: k + 1, apA: k + 1, apB: k + 1, owner: true };
  if ((ctx.lower[k] === "'s" || ctx.lower[k] === "\u2019s") && k - 1 >= floor && ctx.cast.mentionAt[k - 1] >= 0) {
    const m = ctx.cast.mentions[ctx.cast.mentionAt[k - 1]];
    return { a: m.startTok, b: m.endTok, apA: m.endTok, apB: m.endTok, owner: true };
  }
  return null;
}

/** Verbs that make a noun of speech their action: "made a call for", "issued a call for". */
const LIGHT_VERBS = new Set(["made", "makes", "make", "making", "issued", "issues", "renewed", "renews", "repeated", "repeats", "sounded", "echoed"]);

function hasFiniteBefore(ctx: QuoteContext, floor: number, c: number): boolean {
  // (A subject runs a few dozen words at most; looking no further keeps a run-on page linear.)
  if (c - floor > CLAUSE_REACH) return true;
  for (let t = floor; t < c; t++) if (ctx.pos[t] === POS_INDEX.VFIN && !ctx.inQuote[t]) return true;
  return false;
}

/**
 * The finite verb that follows a complete clause ("he won | is false"): a second finite verb, not joined by a
 * conjunction, a comma or a relative word. `stop` when there is none.
 */
function mainVerbAfterClause(ctx: QuoteContext, from: number, stop: number, gerund = false): number {
  // (A gerund clause has no finite verb of its own: the first one is the sentence's.)
  let seenFinite = gerund;
  for (let t = from; t < stop; t++) {
    if (ctx.inQuote[t] || ctx.pos[t] !== POS_INDEX.VFIN) continue;
    const before = ctx.pos[t - 1];
    const joined = before === POS_INDEX.CONJ || before === POS_INDEX.WH || ctx.lower[t - 1] === "," || ctx.lower[t - 1] === "that";
    if (seenFinite && !joined) return t;
    seenFinite = true;
  }
  return stop;
}

/** "claim that", "claim in the same interview that": the "that" after a speech noun, or -1. */
function thatAfterNoun(ctx: QuoteContext, c: number, end: number): number {
  if (ctx.lower[c + 1] === "that") return c + 1;
  if (ctx.pos[c + 1] !== POS_INDEX.ADP) return -1;
  for (let k = c + 2; k < end && k - c <= 7; k++) {
    if (ctx.lower[k] === "that") return k;
    if (ctx.doc.tokens[k].kind !== "word" || ctx.pos[k] === POS_INDEX.VFIN) return -1;
  }
  return -1;
}

/** A reported clause: a finite verb, a quotation, or a gerund right at its start ("denied having …"). */
function isClause(ctx: QuoteContext, from: number, stop: number): boolean {
  if (from < stop && (isMark(ctx, from) || ctx.pos[from] === POS_INDEX.VGER)) return true;
  if (clauseStartsAt(ctx.np, from, stop)) return true;
  for (let t = from; t < stop && t - from < VERB_REACH; t++) if (ctx.pos[t] === POS_INDEX.VFIN || ctx.inQuote[t]) return true;
  return false;
}

function reported(ctx: QuoteContext, c: number, flags: number, floor: number, end: number, verb = c): Attribution[] {
  const { doc, lower } = ctx;
  const cueText = textOf(ctx, verb, c + 1);
  if (c + 1 < end && lower[c + 1] === ":") return []; // "X said:" introduces quotes or a list
  const para = doc.sentences[ctx.sentOf[c]].paragraph;
  // "After suggesting that …, Mr. Rubio …": a fronted participle's subject follows its clause.
  const fronted = frontedParticiple(ctx, verb, floor, end);
  const participle = (flags & CueFlags.Participle) !== 0 || fronted !== null;
  // "Trump's call for a ban", "his call for …": a cue read as a noun after a possessive is its owner's.
  // (Not a gerund, "Trump's calling her a bigot, …", whose content this reader cannot yet close.)
  const owner = ctx.pos[verb] === POS_INDEX.NOUN && !participle && !lower[verb].endsWith("ing") ? possessorBefore(ctx, verb, floor) : null;
  const reduced = participle && !fronted ? reducedRelativeSubject(ctx, verb, floor) : null;
  const subject: Region | null = owner ?? reduced ?? (fronted ? { ...fronted.subject, apA: fronted.subject.b, apB: fronted.subject.b } : participle ? ELIDED : subjectBefore(ctx, verb, floor));
  if (isGenericSubject(lower, subject) || isAuthorial(lower, subject, floor)) return [];
  // "the number who said they had used it rose by 23 percent": a count of respondents is survey data, not a
  // statement anyone made.
  if (subject && subject !== ELIDED && lower[subject.a] === "who" && COUNT_NOUNS.has(lower[subject.a - 1] ?? "")) return [];
  if (subject && isNonSpeakerSubject(ctx, subject)) return [];
  // "able to spy … and maintain": a bare base form after "and" continues an infinitive, not a report.
  if (subject === ELIDED && !participle && flags & CueFlags.Present && !lower[c].endsWith("s") && !coordinatedWithFinite(ctx, c, floor)) return [];
  const mode = subject === ELIDED ? SubjectMode.Elided : SubjectMode.Region;

  // A noun-like form ("reports", "claims") needs a clear subject and an explicit "that"; a verb right after that
  // "that" makes it a relative pronoun of the noun ("… and states that have been Republican for decades").
  if (flags & CueFlags.NounLike && !(c + 1 < end && lower[c + 1] === "that")) return [];
  if (flags & CueFlags.NounLike && c + 2 < end && ctx.pos[c + 2] === POS_INDEX.VFIN && looksFinite(lower[c + 2])) return [];
  // "Mr. Obama's calls for …", "has renewed Republican calls for …": a plural form after a possessive, or read as
  // a noun with a finite verb before it in its clause, is the noun.
  // ("She's said" is "she has said".)
  const plural = lower[verb].endsWith("s");
  const owned = plural && ((ctx.pos[verb - 1] === POS_INDEX.POSS && ctx.pos[verb - 2] !== POS_INDEX.PRON) || POSSESSIVE_PRONOUNS.has(lower[verb - 1]));
  const afterVerb = plural && ctx.pos[verb] === POS_INDEX.NOUN && subject !== null && subject !== ELIDED && hasFiniteVerb(ctx, subject.a, subject.b);
  if (owned || afterVerb) return [];

  const out: Attribution[] = [];
  // B, inverted: "…, said the embassy." / "… opposes said officials." (checked first: its subject would
  // otherwise pass for a clause after the verb).
  // (Not after a phrasal cue: "called for the impeachment of X" names what is called for, not who calls.)
  // (Findings never invert: "… would find their way into the hands of …" has no speaker after the verb.)
  if (!participle && !(flags & CueFlags.Object) && verb === c && !lower[c].endsWith("ing") && cueOf(lower[c])?.lemma !== "find") {
    const after = subjectAfter(ctx, c + 1, end);
    const commaBefore = c - 1 >= floor && lower[c - 1] === ",";
    // ("led the team that wrote the software for Skylab": the verb of a relative clause, with its object.)
    const relativeVerb = c - 1 >= floor && (lower[c - 1] === "that" || lower[c - 1] === "which" || lower[c - 1] === "who");
    const rest = after ? (after.apB > after.apA ? after.apB : after.b) : end;
    // The inverted subject is a noun phrase, not a clause of its own ("…, said the results surprised her team").
    const speakerAfter = after !== null && !relativeVerb && !hasFiniteVerb(ctx, after.a, after.b) && isSpeakerPhrase(ctx, after) && looksLikeNounPhrase(ctx, after);
    // "The combination, say economists, marks a journey …": the inverted speaker interrupts one clause, whose
    // subject comes before it and whose verb after it; the report is both parts.
    // (The tagger may read the verb as a plural noun: "…, marks a turn".)
    const verbAfter = ctx.pos[rest + 1] === POS_INDEX.VFIN || (ctx.pos[rest + 1] === POS_INDEX.NOUN && /[^s]s$/.test(lower[rest + 1]) && ctx.pos[rest + 2] === POS_INDEX.DET);
    if (speakerAfter && commaBefore && lower[rest] === "," && verbAfter && !cueOf(lower[rest + 1]) && !hasFiniteVerb(ctx, floor, c - 1) && !hasQuoteBetween(ctx, floor, c)) {
      const whole = makeReport(ctx, floor, clauseEnd(ctx, rest + 1, end), after, SubjectMode.Region, c, cueText, para);
      return whole ? [whole] : [];
    }
    if (after && speakerAfter && (commaBefore ? restIsAdjunct(ctx, rest, end) : restIsEmpty(ctx, rest, end))) {
      if (!commaBefore) {
        // No comma before the cue: the reported words are the phrase back to the last comma.
        const clauseFrom = subject && subject !== ELIDED ? subject.a : floor;
        const a = makeReport(ctx, clauseFrom, c, after, SubjectMode.Region, c, cueText, para);
        return a ? [a] : [];
      }
      const a = makeReport(ctx, floor, c, after, SubjectMode.Region, c, cueText, para);
      return a ? [a] : [];
    }
  }
  // A. The clause after the cue.
  let from = complementStart(ctx, c, flags, end);
  // "After the bridge reopened, the mayor said, the traffic fell": a source set off by commas on both sides
  // interrupts one sentence; that reading (B, below) reports the whole of it, not only the clause after the cue.
  const interrupts = subject !== null && subject !== ELIDED && subject.a - 1 > floor && lower[subject.a - 1] === ",";
  if (from === c + 2 && interrupts && verb === c && !participle && clauseAfterComma(ctx, c, end) > 0) from = -1;
  // "would not say whether it can meet the deadline", "noted if and how often they used it": an open question
  // after a verb that does not ask one states nothing.
  if (from >= 0 && (lower[from] === "whether" || (lower[from] === "if" && (lower[from + 1] === "and" || lower[from + 1] === "or"))) && !QUESTION_LEMMAS.has(cueOf(lower[c])?.lemma ?? "")) return [];
  // "the helicopter, which it said crashed in Logar", "a deadline that several insiders said went unnoticed":
  // the relative pronoun is the reported clause's subject, the phrase before the verb its speaker; the content
  // is what follows the verb.
  const gapSpeaker = from === c + 1 ? relativeGapSpeaker(ctx, subject) : null;
  if (gapSpeaker && (ctx.pos[from] === POS_INDEX.VFIN || ctx.pos[from] === POS_INDEX.VPART || GAP_VERBS.has(lower[from]))) {
    const gap = makeReport(ctx, from, relativeClauseEnd(ctx, from, clauseEnd(ctx, from, end)), gapSpeaker, SubjectMode.Region, c, cueText, para);
    return gap ? [gap] : [];
  }
  // Verbs that are also verbs of doing report only a "that"-clause, a quotation or what they are "of"/"about".
  // A clause of its own (a subject and its verb: "confirmed it would cut jobs") reports without "that" too.
  // "… prices it said were a result of the deal": the verb's clause lacks its subject, which stands before the
  // speaker; the report is the whole phrase and the speaker is the pronoun or name right before the verb.
  if (from === c + 1 && subject && subject !== ELIDED && subject.b - subject.a > 1 && GAP_VERBS.has(lower[from])) {
    const last = subject.b - 1;
    if (lower[last] === "it" || lower[last] === "he" || lower[last] === "she" || lower[last] === "they") {
      const stop = clauseEnd(ctx, from, end);
      const whole = makeReport(ctx, subject.a, stop, { a: last, b: subject.b, apA: subject.b, apB: subject.b }, SubjectMode.Region, c, cueText, para);
      return whole ? [whole] : [];
    }
    from = -1;
  }
  // "the divides he promised to bridge", "any fees he reported receiving": a relative clause without "that", whose
  // object is the noun right before its subject, has no content of its own.
  if (from === c + 1 && subject && subject !== ELIDED && ctx.pos[subject.b - 1] === POS_INDEX.PRON && subject.b - 2 >= floor &&
    ctx.pos[subject.b - 2] === POS_INDEX.NOUN && (lower[from] === "to" || ctx.pos[from] === POS_INDEX.VGER)) return [];
  // "Con Edison, which maintains 4,300 miles of mains, records …": a relative clause closes at its comma, so a
  // bare clause after its verb of doing must too.
  const relative = subject !== null && subject !== ELIDED && (lower[subject.a] === "which" || lower[subject.a] === "who" || lower[subject.a] === "that");
  // "The staff member who reported the call recalled that …": in a relative clause without commas that belongs to
  // the sentence's subject, the main verb is still to come, so what follows the verb of doing is its object and
  // the next verb the main clause's; no bare clause is read there.
  const restrictive = relative && lower[subject.a - 1] !== "," && !hasFiniteVerb(ctx, floor, subject.a);
  const bareEnd = restrictive ? from : relative && from >= 0 ? firstCommaOr(ctx, from, end) : end;
  // A gerund says what was said too: "denied having sex with …", "admitted lying".
  const needsThat =
    (flags & CueFlags.NeedsThat) !== 0 && from > 0 && !INTRODUCERS.has(lower[from - 1]) && !isMark(ctx, from) &&
    !(ctx.pos[from] === POS_INDEX.VGER && flags & CueFlags.Gerund) &&
    !(clauseStartsAt(ctx.np, from, bareEnd) && (!relative || hasFiniteVerb(ctx, from, bareEnd)) && wordCount(ctx, from, clauseEnd(ctx, from, end)) >= MIN_BARE_CLAUSE && cueOf(lower[c])?.lemma !== "find");
  if (from >= 0 && subject !== null && !needsThat) {
    // ("who once said …": an adverb may stand between the relative and its verb.)
    const inRelative = subject !== ELIDED && (lower[subject.a] === "who" || lower[subject.a] === "which") && onlyAdverbs(ctx, subject.a + 1, subject.b);
    let stop = inRelative ? relativeClauseEnd(ctx, from, clauseEnd(ctx, from, end)) : clauseEnd(ctx, from, end);
    // "Voters who said the economy mattered most backed the mayor": the sentence's own verb ends the report.
    if (inRelative && restrictive) stop = beforeMainVerb(ctx, from, stop);
    // "After Scalia said that students might do better, the court moved on": a report inside a subordinate
    // clause ends where that clause does, at its comma. (So does one in a clause of time that opens the sentence: "As
    // the mill announced its cuts, the workers walked out".)
    if (subject !== ELIDED && subject.a - 1 >= floor && (SUBORDINATE_OPENERS.has(lower[subject.a - 1]) || (lower[subject.a - 1] === "as" && subject.a - 1 === floor && !hasCommaBetween(ctx, c, from)))) stop = firstCommaOr(ctx, from, stop);
    if (fronted) stop = Math.min(stop, fronted.stop);
    // What follows must be a clause, not an object: "reported a loss of $300 million", "added 20 points" say
    // nothing. Verbs whose whole complement is the content ("urged X to …", "accused X of …"), what follows
    // "that", what they "boasted of" or "complained about", and a quotation are exempt; a gerund reports after "denied",
    // "admitted" ("denied having …").
    if (flags & CueFlags.WholeComplement || INTRODUCERS.has(lower[from - 1]) || isClause(ctx, from, stop)) {
      const a = makeReport(ctx, from, stop, subject === ELIDED ? null : subject, mode, c, cueText, para);
      if (a) return [a];
    }
  }
  if (participle) return out;
  // B: "CLAUSE, X said." — the subject follows a comma.
  // "…, which Amazon's founder said …": an object relative clause, not a report of the sentence before it.
  // ("… will play the “woman card,” Fiorina said": the clause's comma may stand inside a closing mark.)
  const markedComma = subject !== null && subject !== ELIDED && commaInsideClosingMark(ctx, subject.a, floor);
  // (A phrasal cue reports only its object: "…, Trump was calling for change" reports nothing before it.)
  // "Still, when he reached the booth, he found an odd deck of cards": a verb of doing with its object after it
  // reports nothing, before it or after it.
  const doing = flags & CueFlags.NeedsThat && objectFollows(ctx, c + 1, end);
  if (verb === c && !doing && subject && subject !== ELIDED && subject.a - 1 > floor && (lower[subject.a - 1] === "," || markedComma) && !OBJECT_RELATIVES.has(lower[subject.a])) {
    const comma = markedComma ? subject.a - 2 : subject.a - 1;
    const clauseFrom = afterContrast(ctx, floor, comma);
    // ("Just after …", "Soon after …", "Long before …": an adverb before the subordinator changes nothing.)
    const opener = clauseFrom + 1 < comma && ctx.pos[clauseFrom] === POS_INDEX.ADV && SUBORDINATE_OPENERS.has(lower[clauseFrom + 1]) ? clauseFrom + 1 : clauseFrom;
    // "In the three years since the floods, Ms. Okoro says, far too many homes have been lost": after the
    // source's comma a clause may follow, and then the source interrupts one sentence, which is one report.
    // ("The solution, the partner told them, was simple": a listener may stand between the verb and its comma.)
    const ce = flags & CueFlags.Object && SHORT_LISTENERS.has(lower[c + 1]) && lower[c + 2] === "," ? c + 1 : c;
    const restEnd = clauseAfterComma(ctx, ce, end);
    const clauseAfter = restEnd > 0;
    const wholeSentence = (): Attribution[] | null => {
      const whole = makeReport(ctx, clauseFrom, restEnd, subject, SubjectMode.Region, c, cueText, para);
      return whole ? [whole] : null;
    };
    // "In their meetings this week, the team boasted": a fronted phrase is not a reported clause; nor is a
    // noun phrase alone ("Kent’s neighbour, Sam Ola, agreed").
    if (isPrepositionalOpener(ctx, clauseFrom, comma)) return (clauseAfter && wholeSentence()) || out;
    // "Although there is no such overlap, an official said, “…”": a subordinate clause alone is the setting of
    // the sentence's own report, not what was said.
    if (SUBORDINATE_OPENERS.has(lower[opener]) && !hasCommaBetween(ctx, opener, comma)) return (clauseAfter && wholeSentence()) || out;
    // (Unless the clause goes on after the cue: "The only trouble, Ms. Okoro said, is that …".)
    const resumes = lower[ce + 1] === "," && (ctx.pos[ce + 2] === POS_INDEX.VFIN || clauseAfter);
    if (!resumes && !hasFiniteVerb(ctx, clauseFrom, comma) && !hasQuoteBetween(ctx, clauseFrom, comma)) return out;
    if (resumes && !hasFiniteVerb(ctx, clauseFrom, comma)) {
      // "Her countrymen, she said, should not listen …": the speaker interrupts one clause, which is both parts.
      const whole = makeReport(ctx, clauseFrom, clauseEnd(ctx, ce + 2, end), subject, SubjectMode.Region, c, cueText, para);
      if (whole) return [whole];
    }
    // "… to pay the nurses and, she argued, to keep …": an interruption right after a joining word ("and",
    // "whom") sits inside a phrase; what precedes it is no report of its own. (Not after a preposition: a
    // particle ends a clause, "… can step in, he said".)
    const joiner = ctx.pos[comma - 1];
    const inside = !markedComma && (joiner === POS_INDEX.CONJ || joiner === POS_INDEX.WH);
    const a = inside ? null : makeReport(ctx, clauseFrom, markedComma ? subject.a : comma, subject, SubjectMode.Region, c, cueText, para);
    if (a) out.push(a);
    // "…, Zuckerberg said, and be willing …": the words after the interruption are reported too.
    let k = c + 1;
    while (k < end && !(lower[k] === "," || isMark(ctx, k)) && k - c < 8) k++;
    // "…, one user wrote on the forum, a site that …": after an adverbial, "a/an …" is an appositive, not more words.
    const appositive = k > c + 1 && (lower[k + 1] === "a" || lower[k + 1] === "an");
    // (A participle after it, "…, the company said on Thursday, citing weak demand", is no more of the words.)
    if (k < end && lower[k] === "," && k + 1 < end && !appositive && ctx.pos[k + 1] !== POS_INDEX.VGER) {
      if (a && !COORDINATORS.has(lower[k + 1]) && !isMark(ctx, k + 1)) {
        // "The vote would be delayed, Okafor said, by the new budget rules": what follows the interruption
        // finishes the clause it interrupted, so the whole sentence is one report, as in "The only trouble, Ms.
        // Okoro said, is …". (After "and"/"but" a second report begins; after a quotation mark, the speaker's
        // own words.)
        const whole = makeReport(ctx, clauseFrom, clauseEnd(ctx, k + 1, end), subject, SubjectMode.Region, c, cueText, para);
        if (whole) return [whole];
      }
      let m = k + 1;
      if (lower[m] === "and" || lower[m] === "but") m++;
      const b = makeReport(ctx, m, clauseEnd(ctx, m, end), subject, SubjectMode.Region, c, cueText, para);
      if (b) out.push(b);
    }
  }
  return out;
}

/**
 * Where the clause after "CUE," ends, when a clause of its own follows the cue's comma ("…, Barden says, far
 * too many lives have been lost"); -1 when none does (a quotation, "and …", a participle).
 */
function clauseAfterComma(ctx: QuoteContext, c: number, end: number): number {
  const { lower } = ctx;
  const k = c + 2;
  if (lower[c + 1] !== "," || k >= end || isMark(ctx, k) || COORDINATORS.has(lower[k]) || ctx.pos[k] === POS_INDEX.VGER) return -1;
  const stop = clauseEnd(ctx, k, end);
  return stop > k && (hasFiniteVerb(ctx, k, stop) || clauseStartsAt(ctx.np, k, stop)) ? stop : -1;
}

/**
 * A comma of a place written with its state or country, "in Buffalo, New York, that …", "in Lyon, France,": it
 * belongs to the adverbial's place name, not to the sentence.
 */
function placeComma(ctx: QuoteContext, j: number, end: number): boolean {
  const { lower, pos } = ctx;
  if (lower[j] !== ",") return false;
  const isName = (k: number): boolean => pos[k] === POS_INDEX.PROPN;
  // The comma after the town: one to three name words, then a closing comma.
  if (j > 0 && isName(j - 1)) {
    let k = j + 1;
    while (k < end && k - j <= 3 && isName(k)) k++;
    if (k > j + 1 && k < end && lower[k] === ",") return true;
  }
  // The closing comma: name words back to the town's comma, with a name before it.
  let k = j - 1;
  while (k > 0 && j - k <= 3 && isName(k)) k--;
  return k < j - 1 && lower[k] === "," && k > 0 && isName(k - 1);
}

/**
 * "she got comments accusing her of …", "a letter urging the council to …": an "-ing" cue right after a plural
 * common noun, with no comma between, is a reduced relative clause; that noun phrase, not the sentence's subject,
 * speaks.
 */
function reducedRelativeSubject(ctx: QuoteContext, c: number, floor: number): Region | null {
  const { lower } = ctx;
  if (!lower[c].endsWith("ing") || c - 1 <= floor || ctx.pos[c - 1] !== POS_INDEX.NOUN || !lower[c - 1].endsWith("s")) return null;
  const np = nounPhraseEndingAt(ctx.np, floor, c);
  if (!np || np.b !== c || c - np.a > REDUCED_SUBJECT_WORDS) return null;
  // A plain phrase only: "his remarks calling …" are his (a possessive), "took turns urging …" is the subject's
  // way of speaking, and a phrase with a verb or preposition inside ("run ads with both outlets") is no subject.
  for (let k = np.a; k < c; k++) if (!PLAIN_PHRASE.has(ctx.pos[k])) return null;
  if (lower[c - 1] === "turns") return null;
  return { a: np.a, b: np.b, apA: np.b, apB: np.b };
}

const REDUCED_SUBJECT_WORDS = 4;
const PLAIN_PHRASE = new Set<number>([POS_INDEX.DET, POS_INDEX.ADJ, POS_INDEX.NOUN, POS_INDEX.NUM]);

/**
 * What may open a clause right after a bare time word ("said Monday it had …", "said Tuesday his actions are …",
 * "said Friday the company would …").
 */
const BARE_CLAUSE_OPENERS = new Set<number>([POS_INDEX.PRON, POS_INDEX.DET, POS_INDEX.POSS]);

/** Listeners (object pronouns, "reporters") that stand between a verb and its comma ("…, the partner told them, was …"). */
const SHORT_LISTENERS = new Set(["me", "us", "him", "her", "them", "you", "reporters"]);

/** Words that join a second report after an interrupting source: "…, Zuckerberg said, and be willing …". */
const COORDINATORS = new Set(["and", "but", "or", "yet", "so"]);

const OPENERS = new Set([
  "in", "on", "at", "during", "after", "before", "since", "for", "with", "without", "from", "speaking", "asked", "when",
  "while", "as", "like", "unlike", "despite", "under", "over", "last", "earlier", "later", "meanwhile", "however",
  "within", "by", "until", "through", "throughout", "amid", "following", "ahead", "according", "because", "if",
]);

function isPrepositionalOpener(ctx: QuoteContext, a: number, b: number): boolean {
  if (!OPENERS.has(ctx.lower[a])) return false;
  // A quoted title inside the phrase is one name, however long ("In her book “Salt Roads: What the Tide Left,”").
  let words = 0;
  for (let k = a; k < b; k++) {
    if (ctx.inQuote[k]) continue;
    if (ctx.lower[k] === ",") return false;
    words++;
  }
  return words <= 8;
}

/** "Information remains elusive, but X are thought to contribute, according to Y": Y reports only the part after "but". */
function afterContrast(ctx: QuoteContext, floor: number, b: number): number {
  for (let k = b - 1; k > floor; k--) {
    if (ctx.inQuote[k]) continue;
    if (ctx.lower[k] === "but" && ctx.lower[k - 1] === ",") return k + 1;
  }
  return floor;
}

/** A subject that is a personal pronoun alone ("she told the council"). */
function pronounSubject(ctx: QuoteContext, subject: Region | null): boolean {
  return subject !== null && subject !== ELIDED && subject.b - subject.a === 1 && isSubjectPronoun(ctx.lower[subject.a]);
}

function makeReport(
  ctx: QuoteContext, start: number, stop: number, subject: Region | null, mode: SubjectMode, cue: number, cueText: string, para: number,
): Attribution | null {
  // Words before the cue that carry a speech verb of their own ("Roth insisted that …, she told the council";
  // "“…,” Askar wrote …, he said, …") report that verb's speaker, whom a pronoun after them names again: the
  // outer cue adds nothing a reader needs. A source named after them is another speaker, who reports the whole
  // sentence, quotation and all ("During the call, he … said, “…,” the prosecutor’s office said"), as the
  // shared gold and PolNeAR both annotate it.
  // (An inverted source, "X discussed “…”, said the embassy in a statement", closes X's quotation the way news
  // closes its own: it says where X's words come from, not another report.)
  if (stop <= cue && hasOwnCue(ctx, start, stop) && (pronounSubject(ctx, subject) || (subject !== null && subject !== ELIDED && subject.a > cue))) return null;
  const span = clauseSpan(ctx, start, stop);
  if (!span) return null;
  return { kind: "indirect", start: span[0], end: span[1], cueTok: cue, cue: cueText, mode, subject, at: cue, para, crossParagraph: false };
}

/** The words hold a direct quote and the speech verb that attributes it. */
function hasOwnCue(ctx: QuoteContext, a: number, b: number): boolean {
  let quoted = false;
  for (let k = a; k < b && !quoted; k++) if (isMark(ctx, k)) quoted = true;
  if (!quoted) return false;
  for (let k = a; k < b; k++) {
    if (ctx.inQuote[k] || ctx.doc.tokens[k].kind !== "word") continue;
    const info = cueOf(ctx.lower[k]);
    if (!info || info.flags & CueFlags.Participle || info.flags & CueFlags.NounLike) continue;
    if (ctx.doc.tokens[k].text.charAt(0) !== ctx.lower[k].charAt(0)) continue;
    if (k > a && (DETERMINERS.has(ctx.lower[k - 1]) || PREPOSITIONS.has(ctx.lower[k - 1]) || PASSIVE.has(ctx.lower[k - 1]))) continue;
    return true;
  }
  return false;
}

/** "Anyone … will tell you", "Few would argue", "no group claimed": nobody in particular says it. */
function isGenericSubject(lower: readonly string[], r: Region | null): boolean {
  // "One of the officials said", "one analyst said" are someone in particular; "One would think" is not.
  return r !== null && r !== ELIDED && r.a >= 0 && GENERIC_SUBJECTS.has(lower[r.a]) && !(lower[r.a] === "one" && r.b > r.a + 1);
}

/** The writer's own voice ("I wrote", "let's say", "That opener suggests", "This shows"). */
function isAuthorial(lower: readonly string[], r: Region | null, floor: number): boolean {
  if (r === null || r === ELIDED) return false;
  const w = lower[r.a];
  // A demonstrative subject points at the article's own words or facts: the writer is drawing a conclusion
  // ("That opener suggests", "This shows"). "Those familiar with the matter" and "this report" do speak.
  // ("those surveyed", "those polled": "those" with a participle is a group of people, not the writer's fact.)
  const opensWithDemonstrative = (DEMONSTRATIVES.has(w) && w !== "those") || (r.a - 1 === floor && DEMONSTRATIVES.has(lower[r.a - 1]) && lower[r.a - 1] !== "those");
  if (opensWithDemonstrative && r.b - r.a <= 3) {
    const head = lower[r.b - 1];
    if (r.b - r.a === 1 && DEMONSTRATIVES.has(w)) return w === "this" || w === "that";
    const speaks = isSourceHead(head);
    if (!speaks && !lower.slice(r.a, r.b).some((t) => PREPOSITION_WORDS.has(t))) return true;
  }
  if (r.b - r.a === 1 && (w === "i" || w === "we" || w.startsWith("we’") || w.startsWith("we'") || w.startsWith("i’") || w.startsWith("i'"))) return true;
  return w === "let" || w === "let’s" || w === "let's";
}

/** The longest listener of a request ("asked the network's president to …"). */
const MAX_ASKED = 6;

/** "asked NP to VERB": a listener, then an infinitive. */
function asksTo(ctx: QuoteContext, c: number, end: number): boolean {
  const mi = ctx.cast.mentionAt[c + 1];
  const e = mi >= 0 ? ctx.cast.mentions[mi].endTok : nounPhraseFrom(ctx.np, c + 1, end);
  return e > c + 1 && e - c - 1 <= MAX_ASKED && e + 1 < end && ctx.lower[e] === "to" && ctx.pos[e + 1] === POS_INDEX.VBASE;
}

/** The auxiliaries a relative clause may open with: the gap verbs and the rest of the modals and "do". */
const AUXILIARY_VERBS = new Set([...GAP_VERBS, "can", "may", "must", "do", "does", "did"]);

/** An auxiliary or an inflected verb ("have", "were", "blasts", "featured"), not a word the tagger may misread ("close"). */
function looksFinite(w: string): boolean {
  return AUXILIARY_VERBS.has(w) || w.endsWith("ed") || (w.endsWith("s") && !w.endsWith("ss") && w.length > 3);
}

/** Words that open a reported question ("asked whether …", "asked her what …"). */
/** Subordinators that open an adverbial clause after a verb: "demanded when it created …", "said while visiting …". */
const ADVERBIAL_CLAUSES = new Set(["when", "while", "because", "after", "before", "since", "until", "although", "though", "as"]);
const QUESTION_WORDS = new Set(["whether", "if", "what", "why", "how", "when", "where", "who", "which"]);

const PUT_TO = new Set(["when", "after", "once", "if", "as", "being", "been", "was", "were", "is", "are", "be", "get", "got"]);

/** "when asked", "was first asked", "after being asked": the subject is the one asked, not the asker. */
function isPutToSubject(ctx: QuoteContext, c: number, floor: number): boolean {
  if (c === floor) return true;
  for (let k = c - 1; k >= floor && c - k <= 2; k--) {
    if (PUT_TO.has(ctx.lower[k])) return true;
    if (ctx.pos[k] !== POS_INDEX.ADV) return false;
  }
  return false;
}

/** "asked (NP) whether/what …": where the question starts, past an optional listener, or -1. */
function questionStart(ctx: QuoteContext, c: number, end: number): number {
  let k = c + 1;
  if (k < end && !QUESTION_WORDS.has(ctx.lower[k])) {
    const mi = ctx.cast.mentionAt[k];
    const e = mi >= 0 ? ctx.cast.mentions[mi].endTok : nounPhraseFrom(ctx.np, k, end);
    // (The chunker may read "the mayor whether the pool" as one phrase with a prepositional tail.)
    let j = k + 1;
    while (j < e && !QUESTION_WORDS.has(ctx.lower[j])) j++;
    if (j === e && (e <= k || e - k > MAX_ASKED)) return -1;
    k = j;
  }
  if (k + 1 >= end || !QUESTION_WORDS.has(ctx.lower[k])) return -1;
  // A question in quotation marks ("asking if there were “any calm supporters?”") is the direct pass's.
  for (let j = k; j < end && j - k < VERB_REACH; j++) if (isMark(ctx, j)) return -1;
  return k;
}

/** Where the reported clause after the cue starts, or -1 when the cue has none. */
function complementStart(ctx: QuoteContext, c: number, flags: number, end: number): number {
  const { lower, doc } = ctx;
  let k = c + 1;
  if (k >= end) return -1;
  if (cueOf(lower[c])?.lemma === "ask") {
    const q = questionStart(ctx, c, end);
    if (q >= 0) return q;
  }
  if (flags & CueFlags.WholeComplement) {
    // "accused Huawei of …" (the accused may carry a long relative clause), "warned people to …", "vowed to …"
    // Which preposition carries the content, and how far it may be: "accused X (, who …,) of",
    // "warned X to/against", "urged X to", "vowed to".
    const lemma = cueOf(lower[c])?.lemma ?? "";
    const accuse = lemma === "accuse" || lemma === "accusing";
    const pledge = lemma === "vow" || lemma === "pledge" || lemma === "promise" || lemma === "vowing" || lemma === "promising";
    const reach = accuse ? 24 : pledge ? 1 : 7;
    for (let j = k; j < end && j - k < reach; j++) {
      const w = lower[j];
      // A scare-quoted word on the way ("called on the “interim” government to …") does not end the object.
      if (isMark(ctx, j) && ctx.spanAt[j] >= 0 && ctx.spans[ctx.spanAt[j]].closeTok - ctx.spans[ctx.spanAt[j]].openTok <= 4) continue;
      if (isMark(ctx, j) || w === "that" || (doc.tokens[j].kind === "punct" && w !== "," && !accuse)) break;
      // ("warned Canada it would retaliate against …": a finite verb on the way starts a clause of its own, whose
      // "against" or "to" is not the cue's.)
      if (!accuse && ctx.pos[j] === POS_INDEX.VFIN) break;
      if (accuse ? w === "of" : w === "to" || (!pledge && w === "against")) return k;
    }
  }
  if (flags & CueFlags.Naming || cueOf(lower[c])?.lemma === "describe") return k;
  // "called for an inquiry": what is called for is the content.
  if (lower[c] === "for" && particlesOf(lower[c - 1])?.includes("for")) return k < end && doc.tokens[k].kind !== "punct" ? k : -1;
  // "boasted of concessions", "complained about delays": the object of the preposition is what was said.
  if ((lower[k] === "of" || lower[k] === "about") && BOAST.has(lower[c])) return k + 1 < end ? k + 1 : -1;
  if (flags & CueFlags.Object || flags & CueFlags.WholeComplement) {
    // "told lawmakers on Monday that …", "warned Canada that …"
    for (let j = k; j < end && j - k < THAT_WINDOW; j++) {
      const t = doc.tokens[j];
      if (isMark(ctx, j) || (t.kind === "punct" && t.text !== "," && t.text !== "-")) break;
      // "told CNN on Sunday, saying that …": the "that" belongs to the nearer speech verb.
      // (A cue word inside the listener's name is no verb: "told The Washington Post's editorial board that".)
      if (j > k && cueOf(lower[j]) && ctx.pos[j] !== POS_INDEX.NOUN && ctx.pos[j] !== POS_INDEX.PROPN) break;
      // ("told a crowd at the Blue Lantern that spilled onto the street": a "that" followed by its verb is a
      // relative pronoun of the listener's phrase; the reported clause may start at a later "that".)
      if (lower[j] === "that" && !(j + 1 < end && isVerbForm(ctx, j + 1))) return j + 1;
    }
    // "The envoys have warned they could sell …": a subject pronoun right after the verb opens the clause; no
    // listener stands between.
    if (flags & CueFlags.Object && isSubjectPronoun(lower[k]) && clauseStartsAt(ctx.np, k, end)) return k;
    // ("warned Canada it would retaliate": a listener and a clause of its own, as after "told".)
    if (flags & CueFlags.WholeComplement && !(flags & CueFlags.Object)) return -1;
    if (flags & CueFlags.Object) {
      // "told Reuters the priest is …", "told doctors he ate …": skip the listener; what follows must be a
      // clause of its own (a subject and a finite verb).
      const x = ctx.np;
      const mi = ctx.cast.mentionAt[k];
      let listenerEnd = mi >= 0 ? ctx.cast.mentions[mi].endTok : nounPhraseFrom(x, k, end);
      // "told her they did not mind": "her" before a subject pronoun is the listener alone, though the
      // tagger may read it as a possessive that opens a longer phrase ("told her mother she …" stays one).
      if (lower[k] === "her" && k + 1 < end && isSubjectPronoun(lower[k + 1]) && clauseStartsAt(x, k + 1, end)) listenerEnd = k + 1;
      if (listenerEnd < 0) return -1;
      // A name that owns the listener is not all of it: "told BuzzFeed’s Smith he would …".
      if (mi >= 0 && listenerEnd < end && ctx.pos[listenerEnd] === POS_INDEX.POSS) {
        const owned = nounPhraseFrom(x, k, end);
        if (owned > listenerEnd) listenerEnd = owned;
      }
      const named = mi >= 0;
      k = listenerEnd;
      if (k >= end || doc.tokens[k].kind === "punct") return -1;
      // A named listener ("told Reuters the priest is …") is followed by a clause too, not by more of a name
      // ("told CBS' Face the Nation on Sunday, saying …").
      if (!clauseStartsAt(x, k, end) && !(named && isSubjectContraction(lower[k]))) return -1;
    }
  }
  // "said quietly that …": a manner adverb before "that" is no part of the reported clause.
  if (k + 1 < end && ctx.pos[k] === POS_INDEX.ADV && lower[k].endsWith("ly") && lower[k + 1] === "that") k++;
  // "said matter-of-factly as confetti fell": a manner adverb before a subordinate clause, read below.
  // ("said just because …" is a clause: "just" grades it; a manner adverb ends in "-ly".)
  let manner = k;
  while (manner < end && manner - k < 2 && ctx.pos[manner] === POS_INDEX.ADV && lower[manner].endsWith("ly")) manner++;
  if (manner > k && ADVERBIAL_CLAUSES.has(lower[manner])) k = manner;
  // "… than Congress had demanded when it created the program": a subordinate clause right after the verb says
  // when or why it spoke, not what.
  // ("said after a lunch on Tuesday that …": the reported clause may still follow it, after "that".)
  if (ADVERBIAL_CLAUSES.has(lower[k]) && cueOf(lower[c])?.lemma !== "ask") {
    for (let j = k + 1; j < end && j - k <= THAT_WINDOW; j++) {
      if (isMark(ctx, j) || doc.tokens[j].kind === "punct") break;
      if (lower[j] === "that" && !(j + 1 < end && isVerbForm(ctx, j + 1))) return j + 1;
    }
    return -1;
  }
  if (lower[k] === "this" && k + 1 < end && TIME_WORDS.has(lower[k + 1])) k += 2; // "said this week"
  // "said about half of the money came …": the number's qualifier opens the clause, not an adverbial.
  if (isApproximateNumber(ctx.np, k, end) && clauseStartsAt(ctx.np, k, end)) return k;
  // "said Thursday's speeches have …": a day with a possessive is the clause's subject, not when it was said.
  if (TRAILING_STARTERS.has(lower[k]) && ctx.pos[k + 1] === POS_INDEX.POSS && clauseStartsAt(ctx.np, k, end)) return k;
  // Adverbials between the verb and its clause: "said in a statement on Monday that …", "said Monday that".
  for (let guard = 0; guard < 3 && k < end && TRAILING_STARTERS.has(lower[k]); guard++) {
    // "said in the release this case demonstrates that …": the clause starts right after the adverbial's noun.
    if (ctx.pos[k] === POS_INDEX.ADP && k + 1 < end) {
      let e = nounPhraseFrom(ctx.np, k + 1, end);
      // ("said in a statement Thursday night they pulled …": when it was said sits between.)
      for (let guard = 0; guard < 3 && e > k + 1 && e < end; guard++) {
        if (WHEN_WORDS.has(lower[e])) e++;
        else if ((lower[e] === "last" || lower[e] === "this") && WHEN_WORDS.has(lower[e + 1] ?? "")) e += 2;
        else break;
      }
      if (e > k + 1 && e < end && e - k <= 8 && lower[e] !== "that" && clauseStartsAt(ctx.np, e, end)) return e;
    }
    let j = k;
    while (j < end && ((lower[j] !== "," && doc.tokens[j].kind !== "punct") || placeComma(ctx, j, end)) && !isMark(ctx, j) && j - k < ADVERBIAL_REACH) {
      // "wrote on the forum after taking cocaine that had been cut …", "told Yahoo News in a story that posted this
      // week that he …": a "that" followed by its verb is a relative pronoun of the adverbial's noun; the reported
      // clause may start at a later "that".
      if (lower[j] === "that") {
        if (j + 1 < end && isVerbForm(ctx, j + 1)) {
          j++;
          continue;
        }
        break;
      }
      // A bare clause only right after a short adverbial ("said in the release this case demonstrates …" is above).
      if (j - k >= SHORT_ADVERBIAL) {
        j++;
        continue;
      }
      // "said Monday it had raised …": a clause opening with a pronoun or a determiner right after the adverbial.
      // (Only after a bare time word: after "to return the cash he received" the pronoun opens a relative clause.)
      const bareTime = j === k + 1 && ctx.pos[k] !== POS_INDEX.ADP && ctx.pos[k] !== POS_INDEX.TO;
      if (bareTime && BARE_CLAUSE_OPENERS.has(ctx.pos[j]) && clauseStartsAt(ctx.np, j, end)) return j;
      j++;
    }
    if (j < end && lower[j] === "that") return j + 1 < end ? j + 1 : -1;
    // (A comma ends a short adverbial only: past it comes the clause, below.)
    if (j < end && lower[j] === "," && j - k <= SHORT_ADVERBIAL) k = j + 1;
    else return -1;
    // "agreed to a rescue by its largest shareholder, Japanese investor SoftBank, …": past the adverbial's comma
    // comes a clause of its own, or nothing reported.
    if (k < end && lower[k] !== "that" && !TRAILING_STARTERS.has(lower[k]) && !clauseStartsAt(ctx.np, k, end)) return -1;
    // "wrote on the forum, a site that …": an appositive to the adverbial's noun, not the reported clause.
    if (k < end && (lower[k] === "a" || lower[k] === "an")) return -1;
  }
  // "said, however, that …", "said, twice, that …", "said, in a rare interview, that …": an aside between commas.
  // ("says, win or lose in Tuesday's primary, he's staying in the race": a clause of its own after the aside.)
  // ("said — on Twitter, as it happens — that …": an aside between dashes.)
  if (k < end && (lower[k] === "," || DASHES.has(lower[k])) && k === c + 1) {
    const close = lower[k];
    let j = k + 1;
    while (j < end && j - k <= ASIDE_WORDS && lower[j] !== close && !DASHES.has(lower[j]) && (doc.tokens[j].kind === "word" || lower[j] === ",") && (ctx.pos[j] !== POS_INDEX.VFIN || close !== ",")) j++;
    if (j > k + 1 && j + 1 < end && (lower[j] === close || (DASHES.has(close) && DASHES.has(lower[j])))) {
      if (lower[j + 1] === "that") k = j + 1;
      else if (close === "," && clauseStartsAt(ctx.np, j + 1, end)) return j + 1;
    }
  }
  // "He added, that there's …": a comma the writer put before "that".
  if (k + 1 < end && lower[k] === "," && lower[k + 1] === "that" && k === c + 1) k++;
  // "Shaw said that's what he expected": "that" with its clitic is the clause's subject, not its opener.
  if (k + 1 < end && lower[k] === "that" && CLITIC_IS.has(lower[k + 1])) return k;
  if (k < end && lower[k] === "that") {
    // "announced that same day a new plan", "repeated that approach in an interview": before a bare singular noun
    // and with no verb after it, "that" is a determiner and nothing is reported. (Only then: the tagger reads many
    // present tenses as nouns, "a bid … seems improbable", so a missing verb alone proves nothing.)
    const next = lower[k + 1] ?? "";
    const determiner = next === "same" || (ctx.pos[k + 1] === POS_INDEX.NOUN && !next.endsWith("s") && !INDEFINITE_PRONOUNS.has(next));
    if (determiner && !hasVerbAfter(ctx, k + 1, end)) return -1;
    k++;
    // "said that, during the period when …, Gates was": a fronted adverbial opens the reported clause.
    if (k + 1 < end && lower[k] === "," && doc.tokens[k + 1].kind === "word") return k + 1;
  }
  if (k >= end) return -1;
  const t = doc.tokens[k];
  // "Doctor says, they are trying …": a comma, then a clause of its own.
  // (Not after a participle: in "with all precincts reporting, the race remained close" the comma ends the
  // participle's phrase and the clause after it is the sentence's own.)
  if (t.text === "," && k + 1 < end && ctx.pos[c] !== POS_INDEX.VGER && clauseStartsAt(ctx.np, k + 1, end)) return k + 1;
  if (t.kind === "punct") return -1;
  return k;
}

/** The clause ends at the sentence end, a semicolon, or where another attribution takes over. */
function clauseEnd(ctx: QuoteContext, from: number, end: number): number {
  const { lower, doc } = ctx;
  let brackets = 0;
  for (let k = from; k < end; k++) {
    if (ctx.inQuote[k]) continue;
    const w = lower[k];
    if (w === ";") return k;
    // "(the company … called it “immaterial”) and Gannett laid off …": a bracket that closes one opened before
    // the clause ends it.
    if (w === "(") brackets++;
    if (w === ")" && brackets-- === 0) return k;
    // "… and that “nobody will lose,” she told the council": the quote's own attribution ends the clause.
    if (isMark(ctx, k) && ctx.spanAt[k] >= 0 && ctx.spans[ctx.spanAt[k]].closeTok === k && k > from && lower[k - 1] === ",") {
      // (The speaker may be a long noun phrase: "…,” the U.S. attorney's office said".)
      for (let j = k + 1; j < end && j - k <= 8; j++) {
        const info = cueOf(lower[j]);
        if (info && info.flags & CueFlags.Clause && !(info.flags & CueFlags.Participle)) return k + 1;
        if (doc.tokens[j].kind !== "word" && !CLITIC_IS.has(lower[j])) break;
        // (Only a noun phrase stands between: "…,” he was the only one to predict" is the clause going on.)
        if (isVerbForm(ctx, j) || ctx.pos[j] === POS_INDEX.TO) break;
      }
    }
    // "noted her years in the Senate, saying “…”": a speech participle after a comma opens its own report.
    if (w === "," && k > from && k + 1 < end && !ctx.inQuote[k + 1]) {
      const next = cueOf(lower[k + 1]);
      if (next && next.flags & CueFlags.Participle && next.flags & CueFlags.Clause) return k;
    }
    if (w === "and" || w === "but" || w === "," || w === "while" || w === "whereas" || w === "-" || w === "\u2014" || w === "\u2013") {
      // "… but insisted …", "… and the military said …", "…, Zuckerberg said, …", "… while Sanders suggests …",
      // "Roe — who said she would … — said at a rally …"
      for (let j = k + 1; j < end && j - k <= 10; j++) {
        if (ctx.inQuote[j] || isMark(ctx, j)) break;
        const info = cueOf(lower[j]);
        const finite = info && (!(info.flags & CueFlags.Participle) || lower[j - 1] === "as");
        // A verb that is also a verb of doing continues the reported clause unless "that" follows it:
        // "… boarded the train and found a man bleeding" is one report.
        // After "while" a new subject has its own verb ("… while Hale suggests the auditor is …").
        // ("…, Yahoo Finance reported earlier this year.": with no object after it, it is the clause's source.)
        const doing = info && info.flags & CueFlags.NeedsThat && lower[j + 1] !== "that" && !(j + 1 < doc.tokens.length && isMark(ctx, j + 1)) &&
          !(w === "," && onlyTimeAfter(ctx, j + 1, end) && nounPhraseOnly(ctx, k + 1, j)) && w !== "while" && w !== "whereas";
        // ("found that many residents, both young and old, told her …": a cue right after the comma that closes
        // an aside set off after the clause's subject, with no finite verb yet, is that subject's own verb. Not
        // "complained about the budget, called …", where no aside stands and the comma joins two verbs.)
        const ownVerb = w === "," && j === k + 1 && hasCommaBetween(ctx, from, k) && !hasFiniteVerb(ctx, from, k);
        if (info && finite && info.flags & CueFlags.Clause && !DETERMINERS.has(lower[j - 1]) && !doing && !ownVerb) {
          return k;
        }
        if (lower[j] === "," || lower[j] === "." || lower[j] === "that") break;
      }
    }
  }
  return end;
}

/** The first comma outside quotation marks in [from, stop), or stop. */
function firstCommaOr(ctx: QuoteContext, from: number, stop: number): number {
  for (let k = from; k < stop; k++) if (ctx.lower[k] === "," && !ctx.inQuote[k] && !isMark(ctx, k - 1)) return k;
  return stop;
}

/** Offsets of tokens [a, b) without edge punctuation, or null when fewer than three words remain. */
function clauseSpan(ctx: QuoteContext, a: number, b: number): [number, number] | null {
  const { doc } = ctx;
  // "LONDON (Reuters) - The council is …": the dateline is no part of what was said.
  a = datelineEnd(ctx, a, b);
  // "But it may morph into something bigger, people familiar with the talks say": a conjunction opening the
  // sentence ties it to the writer's last one; the words reported start after it.
  if (a + 1 < b && SENTENCE_CONJUNCTIONS.has(ctx.lower[a]) && ctx.sentOf[a] >= 0 && doc.sentences[ctx.sentOf[a]].firstToken === a) a++;
  while (a < b && doc.tokens[a].kind === "punct") a++;
  while (b > a && doc.tokens[b - 1].kind === "punct") b--;
  // A trailing closing mark stays only if its opening mark is inside the clause.
  if (b > a && isMark(ctx, b - 1)) {
    const q = ctx.spanAt[b - 1];
    if (q < 0 || ctx.spans[q].openTok < a) b--;
    while (b > a && doc.tokens[b - 1].kind === "punct") b--;
  }
  if (a < b && isMark(ctx, a)) {
    const q = ctx.spanAt[a];
    if (q < 0 || (ctx.spans[q].closeTok >= b || ctx.spans[q].closeTok < 0)) a++;
  }
  let words = 0;
  for (let k = a; k < b; k++) if (doc.tokens[k].kind === "word" || doc.tokens[k].kind === "number") words++;
  if (words < MIN_CLAUSE_WORDS) return null;
  return [doc.tokens[a].start, doc.tokens[b - 1].end];
}

const SENTENCE_CONJUNCTIONS = new Set(["but", "and", "yet"]);

/** An inverted subject must look like a speaker: a name, a pronoun-free group or an organization. */
function isSpeakerPhrase(ctx: QuoteContext, r: Region): boolean {
  if (r.b - r.a > 12) return false;
  for (let t = r.a; t < r.b; t++) {
    const mi = ctx.cast.mentionAt[t];
    if (mi >= 0 && ctx.cast.mentions[mi].kind !== "place") return true;
  }
  let h = r.a;
  while (h < r.b && ctx.lower[h] !== "for" && ctx.lower[h] !== "of") h++;
  return typeOfHead(ctx.lower[h - 1]) !== null;
}

const MAX_TRAILING_DESCRIPTION = 20;

const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
const TIME_FRAME = new Set(["this", "last", "on", "in", "early", "late", "earlier", "later", "the"]);

/** Words of one noun phrase, no preposition or conjunction among them ("Yahoo Finance", "the Harbor Tribune"). */
function nounPhraseOnly(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.pos[k] === POS_INDEX.ADP || ctx.pos[k] === POS_INDEX.CONJ || ctx.doc.tokens[k].kind === "punct") return false;
  return b > a;
}

/** Nothing but a time to the end of the sentence: "…, Yahoo Finance reported earlier this year." */
function onlyTimeAfter(ctx: QuoteContext, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const w = ctx.lower[k];
    if (ctx.doc.tokens[k].kind === "punct") continue;
    if (k - from > 4 || !(WHEN_WORDS.has(w) || TIME_WORDS.has(w) || MONTHS.has(w) || TIME_FRAME.has(w) || ctx.pos[k] === POS_INDEX.NUM)) return false;
  }
  return true;
}

/** Word classes that open a verb's object: "found an odd deck", "will find it harder", "maintains 300 miles". */
const OBJECT_OPENERS = new Set([POS_INDEX.DET, POS_INDEX.NOUN, POS_INDEX.ADJ, POS_INDEX.NUM, POS_INDEX.POSS]);

/** Does a noun phrase (the object of the verb before `k`) start at `k`? Not a time ("said this week"). */
function objectFollows(ctx: QuoteContext, k: number, end: number): boolean {
  if (k >= end || ctx.doc.tokens[k].kind === "punct" || isMark(ctx, k)) return false;
  const w = ctx.lower[k];
  if (WHEN_WORDS.has(w) || WHEN_WORDS.has(ctx.lower[k + 1] ?? "") || TIME_WORDS.has(ctx.lower[k + 1] ?? "")) return false;
  if (w === "it" || w === "them" || w === "him" || w === "her") return true;
  return OBJECT_OPENERS.has(ctx.pos[k]) && ctx.pos[k] !== POS_INDEX.PROPN;
}

/** After an inverted subject only a short adverbial may follow ("in a statement", "on Monday"). */
function restIsAdjunct(ctx: QuoteContext, from: number, end: number): boolean {
  const { doc, lower } = ctx;
  if (restIsEmpty(ctx, from, end)) return true;
  // "…, said Joe Carbone, who works for …": a relative clause or appositive about the speaker.
  if (lower[from] === "," && from + 1 < end && RELATIVE_OR_ARTICLE.has(lower[from + 1])) return true;
  // "…, say the researchers, and they bring us closer …": a clause of its own joined after the speaker.
  if (lower[from] === "," && (lower[from + 1] === "and" || lower[from + 1] === "but") && clauseStartsAt(ctx.np, from + 2, end)) return true;
  if (doc.tokens[from].kind !== "punct" && !TRAILING_STARTERS.has(lower[from])) return false;
  // "…, said Juan Perez, senior foreign exchange trader and strategist at Tempus Inc.": a description with no
  // verb of its own, to the end of the sentence.
  if (lower[from] === "," && end - from <= MAX_TRAILING_DESCRIPTION && !hasFiniteVerb(ctx, from + 1, end) && !hasQuoteBetween(ctx, from + 1, end)) return true;
  for (let k = from; k < end && k - from <= 9; k++) {
    if (isMark(ctx, k)) return false;
    // "… poll last week - virtually the same as …": a dash closes the adjunct; the writer's comment follows.
    if (DASHES.has(lower[k]) && k > from) return !hasQuoteBetween(ctx, k, end);
    if (lower[k] === "that" || lower[k] === "which") {
      // "in an email to staff that was reviewed by Reuters": a relative clause about the adjunct's noun.
      return k > from && ctx.pos[k - 1] === POS_INDEX.NOUN && ctx.pos[k + 1] === POS_INDEX.VFIN && !hasQuoteBetween(ctx, k, end);
    }
  }
  return end - from <= 9;
}

/** Words that say when something was said ("Thursday night", "last week"). */
const WHEN_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
  "night", "morning", "afternoon", "evening", "week", "month", "year", "earlier", "later",
]);

/** An adverbial between a cue and its clause: short ones may end at a comma, long ones only at "that". */
const SHORT_ADVERBIAL = 8;
const ADVERBIAL_REACH = 16;

/** The longest aside read between a cue and its clause ("said, in a rare interview on Tuesday, that"). */
const ASIDE_WORDS = 10;

/** The furthest back a check for the clause around a cue looks. */
const CLAUSE_REACH = 40;

const SUBORDINATE_OPENERS = new Set(["although", "though", "while", "whereas", "because", "since", "if", "unless", "when", "whenever", "once", "after", "before", "until"]);

function hasCommaBetween(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.lower[k] === "," && !ctx.inQuote[k]) return true;
  return false;
}

/**
 * "… play the “woman card,” Fiorina said": a closing mark right before the subject with the clause's comma
 * inside it, closing a quotation that opened inside the clause (not a whole quotation, “…,” she said).
 */
function commaInsideClosingMark(ctx: QuoteContext, subjectStart: number, floor: number): boolean {
  const mark = subjectStart - 1;
  if (mark - 1 <= floor || !isMark(ctx, mark) || ctx.lower[mark - 1] !== ",") return false;
  const q = ctx.spanAt[mark];
  if (q < 0 || ctx.spans[q].closeTok !== mark) return false;
  return wordCount(ctx, floor, ctx.spans[q].openTok) >= MIN_WORDS_BEFORE_PARTIAL;
}

/** Words of the clause before a quotation inside it that make the quotation partial. */
const MIN_WORDS_BEFORE_PARTIAL = 3;

/** A first-person pronoun outside quotation marks before `c`: the writer is the subject. */
function writerSubject(ctx: QuoteContext, a: number, c: number): boolean {
  for (let k = Math.max(a, c - CLAUSE_REACH); k < c; k++) if (!ctx.inQuote[k] && /^(?:i|we)(?:['\u2019](?:ll|re|ve|d|m))?$/.test(ctx.lower[k])) return true;
  return false;
}

/** A finite speech verb outside quotation marks: the sentence attributes its own words. */
function hasSpeechVerb(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!ctx.inQuote[k] && ctx.pos[k] === POS_INDEX.VFIN && cueOf(ctx.lower[k])) return true;
  return false;
}

function hasQuoteBetween(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isMark(ctx, k)) return true;
  return false;
}

function restIsEmpty(ctx: QuoteContext, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = ctx.doc.tokens[k];
    if (t.kind !== "punct" && t.kind !== "quote") return false;
  }
  return true;
}

/** "According to X, CLAUSE." or "CLAUSE, according to X." */
function according(ctx: QuoteContext, c: number, floor: number, end: number): Attribution | null {
  const { doc, lower } = ctx;
  // "he said according to a transcript": the source of a quote already attributed, not a new speaker.
  if (c - 1 >= floor && cueOf(lower[c - 1])) return null;
  const subject = subjectAfter(ctx, c + 2, end);
  if (!subject) return null;
  // "according to a fact sheet lawmakers released Monday": a reduced relative clause describes the source;
  // the source is the noun phrase before it.
  const head = nounPhraseFrom(ctx.np, subject.a, subject.b);
  if (head > subject.a && head < subject.b && subject.apB === subject.b && clauseStartsAt(ctx.np, head, end)) {
    subject.b = head;
    subject.apA = head;
    subject.apB = head;
  }
  const para = doc.sentences[ctx.sentOf[c]].paragraph;
  const cue = textOf(ctx, c, c + 2);
  let a: number;
  let b: number;
  let k = c - 1;
  while (k >= floor && (doc.tokens[k].kind === "punct" && doc.tokens[k].text !== ",")) k--;
  if (k < floor || (k === floor && lower[k] === ",")) {
    // Sentence-initial: the clause follows the source and its comma.
    let j = subject.apB > subject.apA ? subject.apB : subject.b;
    // "According to three people briefed on the talks, …": at the start of a sentence the source runs to its comma.
    if (j === subject.b && j < end && lower[j] !== ",") {
      let k = j;
      while (k < end && k - j < 10 && doc.tokens[k].kind === "word" && !cueOf(lower[k])) k++;
      if (k < end && lower[k] === ",") {
        subject.b = k;
        subject.apA = k;
        subject.apB = k;
        j = k;
      }
    }
    if (j < end && lower[j] === ",") j++;
    // "According to two officials, who spoke on condition of anonymity, the teams …": the relative clause is
    // about the source; the report is the main clause after it.
    if (j < end && (lower[j] === "who" || lower[j] === "which" || lower[j] === "whose")) {
      let k = j + 1;
      while (k < end && k - j < 40 && lower[k] !== "," && !(doc.tokens[k].kind === "punct" && (lower[k] === ";" || lower[k] === "\u2014"))) k++;
      if (k + 1 < end && lower[k] === ",") j = k + 1;
    }
    a = j;
    b = end;
  } else {
    // "CLAUSE, according to X." — X must close the sentence; "a code including — according to X — “…”" is
    // the direct quote's attribution, not a report of the words before it.
    const rest = subject.apB > subject.apA ? subject.apB : subject.b;
    // "The plant, according to a company filing, will close in March": the source interrupts its own clause,
    // which is both parts.
    const before = afterContrast(ctx, floor, c);
    if (lower[c - 1] === "," && lower[rest] === "," && ctx.pos[rest + 1] === POS_INDEX.VFIN && !hasFiniteVerb(ctx, before, c - 1)) {
      const whole = clauseSpan(ctx, before, clauseEnd(ctx, rest + 1, end));
      return whole ? { kind: "indirect", start: whole[0], end: whole[1], cueTok: c, cue, mode: SubjectMode.Region, subject, at: c, para, crossParagraph: false } : null;
    }
    // "In addition, according to the department, nearly nine million workers …": after a fronted adverbial, the
    // clause after the source is the report; so it is after a subordinator ("… years ago after, according to him,
    // Televisa censured his report").
    const subordinate = c - 2 >= floor && (SUBORDINATE_OPENERS.has(lower[c - 2]) || lower[c - 2] === "that");
    if (lower[c - 1] === "," && lower[rest] === "," && (subordinate || !hasFiniteVerb(ctx, before, c - 1)) && clauseStartsAt(ctx.np, rest + 1, end)) {
      const after = clauseSpan(ctx, rest + 1, clauseEnd(ctx, rest + 1, end));
      return after ? { kind: "indirect", start: after[0], end: after[1], cueTok: c, cue, mode: SubjectMode.Region, subject, at: c, para, crossParagraph: false } : null;
    }
    // "…, according to a campaign official who was not authorized to speak": a relative clause about the source.
    const aboutSource = RELATIVE_WORDS.has(lower[rest]) || clauseStartsAt(ctx.np, rest, end);
    // ("…, according to the Tax Policy Center - hardly enough to …": a dash opens the writer's own comment,
    // unless a quotation follows, which the source attributes.)
    const aside = DASHES.has(lower[rest]) && !hasQuoteBetween(ctx, rest, end);
    if (!restIsAdjunct(ctx, rest, end) && lower[rest] !== "," && !aside && !aboutSource) return null;
    a = afterContrast(ctx, floor, c);
    b = lower[c - 1] === "," ? c - 1 : c;
  }
  const span = clauseSpan(ctx, a, b);
  if (!span) return null;
  return { kind: "indirect", start: span[0], end: span[1], cueTok: c, cue, mode: SubjectMode.Region, subject, at: c, para, crossParagraph: false };
}

/**
 * "As reported by Western Journalism, CLAUSE." / "CLAUSE, as first reported by the Post.": the clause on the
 * other side of the comma, from its agent.
 */
/** The report an as-clause names; its verb's token when the clause names a source that adds nothing; null if none. */
function asReportedBy(ctx: QuoteContext, c: number, floor: number, end: number): Attribution | number | null {
  const found = asReportedByAt(ctx, c, end) ?? asSourceReported(ctx, c, end);
  if (!found) return null;
  const { lower } = ctx;
  const para = ctx.doc.sentences[ctx.sentOf[c]].paragraph;
  let a: number;
  let b: number;
  if (c === floor || (c === floor + 1 && (lower[floor] === "but" || lower[floor] === "and"))) {
    if (found.end >= end || lower[found.end] !== ",") return null;
    a = found.end + 1;
    b = clauseEnd(ctx, a, end);
  } else {
    if (lower[c - 1] !== "," || !restIsEmpty(ctx, found.end, end)) return null;
    a = afterContrast(ctx, floor, c - 1);
    b = c - 1;
  }
  if (!hasFiniteVerb(ctx, a, b)) return null;
  // "As the AP reported, the firm said it would …": a clause with a cue of its own reports that source; the
  // outer one adds nothing.
  const passive = lower[found.cue + 1] === "by";
  if (!passive && hasSpeechVerb(ctx, a, b)) return found.cue;
  const span = clauseSpan(ctx, a, b);
  if (!span) return null;
  return {
    kind: "indirect", start: span[0], end: span[1], cueTok: found.cue, cue: passive ? textOf(ctx, c, found.cue + 2) : ctx.doc.tokens[found.cue].text,
    mode: SubjectMode.Region, subject: found.subject, at: found.cue, para, crossParagraph: false,
  };
}

/**
 * "As the Post reported on Monday, the inspector …", "…, as the mayor noted.": the active "as X reported" with
 * nothing after its verb but when it was said. (With an object it is a clause of time: "As the firm announced
 * its layoffs, workers …" reports nothing.)
 */
function asSourceReported(ctx: QuoteContext, as: number, end: number): AsReportedBy | null {
  let stop = as + 1;
  while (stop < end && ctx.lower[stop] !== "," && ctx.doc.tokens[stop].kind !== "punct" && stop - as <= AS_SOURCE_REACH) stop++;
  const found = asClauseAt(ctx, as, stop);
  // The verb is finite and follows its subject ("as she campaigns across the state", "as it was called" name
  // no source).
  if (!found || !cueOf(ctx.lower[found.cue]) || ctx.pos[found.cue] !== POS_INDEX.VFIN || !onlyAdverbs(ctx, found.subject.b, found.cue)) return null;
  // The subject comes right after "as" ("as well as others like the one reported" is a comparison).
  if (found.subject.a !== as + 1) return null;
  // ("As I mentioned above, …": the writer pointing back is no source.)
  const who = ctx.lower[found.subject.a];
  if (found.subject.b - found.subject.a === 1 && (who === "i" || who === "we")) return null;
  for (let k = found.cue + 1; k < stop; k++) {
    const w = ctx.lower[k];
    if (!(ctx.pos[k] === POS_INDEX.ADV || WHEN_WORDS.has(w) || TIME_WORDS.has(w) || w === "it" || w === "last" || w === "this" || w === "on")) return null;
  }
  return { cue: found.cue, subject: found.subject, end: stop };
}

/** The longest "as X reported on Monday" clause read, in tokens. */
const AS_SOURCE_REACH = 14;

/** "President Obama also said:" followed by unpunctuated list items: one reported clause per item. */
function listItems(ctx: QuoteContext, out: Attribution[]): void {
  const { doc } = ctx;
  for (let p = 0; p + 1 < doc.paragraphs.length; p++) {
    if (doc.text[doc.paragraphs[p].end - 1] !== ":" || ctx.paraKind[p] === ParagraphKind.Furniture) continue;
    if (ctx.paraKind[p + 1] !== ParagraphKind.Unterminated) continue;
    const intro = introCue(ctx, p);
    if (!intro) continue;
    for (let q = p + 1; q < doc.paragraphs.length && q - p <= 12 && ctx.paraKind[q] === ParagraphKind.Unterminated; q++) {
      const first = ctx.paraFirstTok[q];
      if (first < 0 || isMark(ctx, first)) continue;
      if (LINK_VERBS.has(ctx.lower[first])) break; // "Read the full transcript": a link, and the list is over
      const para = doc.paragraphs[q];
      out.push({
        kind: "indirect", start: para.start, end: para.end, cueTok: intro.cue, cue: intro.cueText, mode: intro.mode,
        subject: intro.subject, at: first, para: q, crossParagraph: false,
      });
    }
  }
}

const GAP_RELATIVES = new Set(["that", "which", "whom"]);
const RELATIVE_WORDS = new Set(["who", "which", "whose", "where"]);

/** The speaker of "… which it said …" / "… that many economists say …": the phrase after the relative pronoun. */
function relativeGapSpeaker(ctx: QuoteContext, subject: Region | null): Region | null {
  if (!subject || subject === ELIDED) return null;
  const { lower } = ctx;
  let a = subject.a;
  if (GAP_RELATIVES.has(lower[a])) a++;
  else if (!GAP_RELATIVES.has(lower[a - 1] ?? "")) return null;
  if (a >= subject.b) return null;
  if (subject.b - a === 1 && !GAP_SUBJECTS.has(lower[a]) && ctx.cast.mentionAt[a] < 0 && ctx.pos[a] !== POS_INDEX.NOUN) return null;
  return { a, b: subject.b, apA: subject.b, apB: subject.b };
}

/** "that" right after the verb, or after a short adverbial ("on Facebook that", "in an email that"). */
function thatAfterAdverbial(ctx: QuoteContext, c: number, end: number): boolean {
  if (ctx.lower[c + 1] === "that") return true;
  if (!TRAILING_STARTERS.has(ctx.lower[c + 1] ?? "")) return false;
  for (let k = c + 2; k < end && k - c <= 6; k++) {
    if (ctx.doc.tokens[k].kind !== "word" && ctx.doc.tokens[k].kind !== "number") return false;
    if (ctx.lower[k] === "that") return !isVerbForm(ctx, k + 1);
  }
  return false;
}

function hasFiniteVerb(ctx: QuoteContext, a: number, b: number): boolean {
  // ("Fueled apparently by frustration, Trump explained …": an "-ed" form opening the words has no subject
  // before it; it is a participle, not a finite verb.)
  const from = a < b && ctx.lower[a].endsWith("ed") ? a + 1 : a;
  for (let k = from; k < b; k++) if (ctx.pos[k] === POS_INDEX.VFIN && ctx.cast.mentionAt[k] < 0) return true;
  return false;
}

const CLITIC_IS = new Set(["'s", "’s"]);

/** Pronouns the tagger reads as nouns, which may open a clause after "that" ("that nobody involved remains"). */
const INDEFINITE_PRONOUNS = new Set(["nobody", "somebody", "everybody", "anybody", "someone", "everyone", "anyone", "nothing", "something", "everything", "anything", "none"]);

/** Is there a verb between k and the end of the reported clause, quoted words included? A clause has one. */
function hasVerbAfter(ctx: QuoteContext, k: number, end: number): boolean {
  for (let j = k; j < end; j++) {
    const p = ctx.pos[j];
    if (p === POS_INDEX.VFIN || p === POS_INDEX.VBASE || isSubjectContraction(ctx.lower[j])) return true;
    // ("that prices rise": after a plural the tagger may read a present tense as a noun.)
    if (p === POS_INDEX.NOUN && j > k && ctx.pos[j - 1] === POS_INDEX.NOUN && /[^s]s$/.test(ctx.lower[j - 1])) return true;
  }
  return false;
}

function isVerbForm(ctx: QuoteContext, k: number): boolean {
  const p = ctx.pos[k];
  return (p === POS_INDEX.VFIN || p === POS_INDEX.VPART) && !isSubjectContraction(ctx.lower[k]);
}

function onlyAdverbs(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.pos[k] !== POS_INDEX.ADV) return false;
  return true;
}

function wordCount(ctx: QuoteContext, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (ctx.doc.tokens[k].kind === "word" || ctx.doc.tokens[k].kind === "number") n++;
  return n;
}

/**
 * "Senator Lee, who warned that the deficit was dangerous, voted for the bill": a report inside a relative
 * clause ends where the main clause resumes, at a comma followed by a finite verb that is no speech cue.
 */
function relativeClauseEnd(ctx: QuoteContext, from: number, stop: number): number {
  // A relative clause opened inside the report ("the bridge, which opened in May, was safe") closes first.
  let inner = 0;
  for (let k = from; k < stop; k++) {
    if (ctx.lower[k] !== ",") continue;
    // ("Beck, who once said Trump was “a sociopath,” spoke …": the comma may stand inside the closing mark.)
    const inMark = ctx.inQuote[k] && k + 1 < stop && isMark(ctx, k + 1) && ctx.spans[ctx.spanAt[k + 1]]?.closeTok === k + 1;
    if (ctx.inQuote[k] && !inMark) continue;
    if (ctx.pos[k + 1] === POS_INDEX.WH) {
      inner++;
      continue;
    }
    let v = inMark ? k + 2 : k + 1;
    while (v < stop && (ctx.pos[v] === POS_INDEX.ADV || SENTENCE_ADVERBS.has(ctx.lower[v]))) v++;
    const resumes = ctx.pos[v] === POS_INDEX.VFIN || (ctx.pos[v] === POS_INDEX.VPART && ctx.lower[v].endsWith("ed"));
    if (v < stop && resumes && !cueOf(ctx.lower[v])) {
      if (inner === 0) return inMark ? k + 2 : k;
      inner--;
    }
  }
  return stop;
}

/** Words that open a clause of their own inside a reported clause, so a verb after them is not the main verb. */
const CLAUSE_JOINTS = new Set([",", "and", "but", "or", "that", "which", "who", "whom", "because", "if", "when", "while", "as", "since", "until", "before", "after", ";"]);

const CHAIN_AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "be", "been", "being", "not", "n't"]);

/**
 * In a relative clause that belongs to the sentence's subject, the sentence's own verb is still to come: the
 * second verb group in the reported words with nothing to join it is that verb, and the report ends before it.
 */
function beforeMainVerb(ctx: QuoteContext, from: number, stop: number): number {
  let groups = 0;
  let inGroup = false;
  for (let k = from; k < stop; k++) {
    if (ctx.inQuote[k]) return stop;
    // (The tagger may read a past tense with its object as a participle: "… were unfair backed/VPART the rules".)
    const pastWithObject: boolean = !inGroup && ctx.pos[k] === POS_INDEX.VPART && ctx.lower[k].endsWith("ed") && (ctx.pos[k + 1] === POS_INDEX.DET || ctx.pos[k + 1] === POS_INDEX.POSS);
    const verb: boolean = ctx.pos[k] === POS_INDEX.VFIN || pastWithObject;
    if (CLAUSE_JOINTS.has(ctx.lower[k]) || ctx.pos[k] === POS_INDEX.WH) return stop;
    // (A finite verb after a modal or an auxiliary continues its group: "would say", "has said"; any other one
    // starts a group of its own: "would fail | were right".)
    if (verb && (!inGroup || !CHAIN_AUXILIARIES.has(ctx.lower[k - 1]))) {
      groups++;
      if (groups === 2) return k;
    }
    // An auxiliary chain is one group: "had used", "would not have been".
    inGroup = verb || (inGroup && (ctx.pos[k] === POS_INDEX.ADV || ctx.pos[k] === POS_INDEX.VPART || ctx.pos[k] === POS_INDEX.VBASE || ctx.pos[k] === POS_INDEX.VGER));
  }
  return stop;
}

/** Adverbs the tagger may misread before the main clause's verb ("…, nevertheless played down the risk"). */
const SENTENCE_ADVERBS = new Set(["nevertheless", "nonetheless", "however", "also", "still", "later", "then", "meanwhile"]);

/** Words of four letters or more a title-case line must have, all capitalised. */
const TITLE_WORDS = 4;

/** A line in title case: every word of four letters or more outside quotation marks is capitalised. */
export function isTitleCase(ctx: QuoteContext, a: number, b: number): boolean {
  let long = 0;
  for (let k = a; k < b; k++) {
    const t = ctx.doc.tokens[k];
    if (t.kind !== "word" || ctx.inQuote[k] || t.text.length < 4 || !/^\p{L}/u.test(t.text)) continue;
    if (t.text.charAt(0) === ctx.lower[k].charAt(0)) return false;
    long++;
  }
  return long >= TITLE_WORDS;
}

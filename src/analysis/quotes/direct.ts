/**
 * Direct quotes: decide for each quoted span whether someone is saying it, and which cue attributes it:
 * one right after the closing mark ("…,” she said), one before the opening mark in the same sentence
 * (told lawmakers that “…”), a colon-ended introduction in the paragraph before, or none (a paragraph that
 * continues the previous speaker). Titles, terms, scare quotes and furniture are dropped.
 */
import { inHeading } from "../entities/headings";
import type { QuoteContext } from "./context";
import { isMark, paragraphOfToken, textOf } from "./context";
import { clauseStartsAt, determinerOpening, nounPhraseFrom, POS_INDEX } from "../syntax";
import { cueOf, CueFlags, NEGATIONS, AUXILIARIES, particleFits as cueParticleFits, TRAILING_STARTERS } from "./cues";
import { ParagraphKind, isTitleContext, looksLikeTitle } from "./notSpeech";
import { OBJECT_RELATIVES, REFLEXIVE_PRONOUNS, ROLE_HEADS } from "./lexicon";
import { ELIDED, isNonSpeakerSubject, PARTY_TAG, subjectAfter, subjectBefore, type Region } from "./speakers";
import { SubjectMode, type Attribution } from "./attribution";
import type { QuoteSpan } from "./marks";
import type { BackReference } from "./backReference";
import { asClauseAfter, asClauseBefore, type AsClause } from "./asClause";

const TIGHT_AFTER = 6;
const PASSIVE_AUX = new Set(["been", "be", "being", "is", "are", "was", "were"]);
const FAR_AFTER = 24;
/** Words an attribution sentence after a quote may run on after its verb ("Rothman recalls in his memoir."). */
const ATTRIBUTION_TAIL = 10;
const BEFORE_WINDOW = 30;

interface CueHit {
  cue: number;
  cueText: string;
  mode: SubjectMode;
  subject: Region | null;
}

export function findDirect(ctx: QuoteContext, backReferences: ReadonlyMap<number, BackReference> = new Map()): Attribution[] {
  const out: Attribution[] = [];
  const { doc, spans } = ctx;
  for (let q = 0; q < spans.length; q++) {
    const sp = spans[q];
    const para = paragraphOfToken(ctx, sp.openTok);
    if (para < 0) continue;
    const pk = ctx.paraKind[para];
    const words = countWords(ctx, sp);
    if (pk === ParagraphKind.Furniture) continue;
    const listIntro = pk === ParagraphKind.Unterminated ? listIntroFor(ctx, para) : null;
    if (listIntro) {
      // A quoted word inside a list item after "X said:" is X's.
      out.push({ kind: "direct", start: sp.start, end: sp.end, cueTok: listIntro.cue, cue: listIntro.cueText, mode: listIntro.mode, subject: listIntro.subject, at: sp.openTok, para, crossParagraph: false });
      continue;
    }
    // Headlines, subheads and captions have no closing punctuation; a quote there counts only with a cue.
    const headline = pk === ParagraphKind.Unterminated && words < 15 && sp.firstPara === sp.lastPara && !startsAfterColon(ctx, para);
    if (words === 0) continue;
    // The self-declared “interim” government, “severe” or “emergency” levels: quoted words inside a noun
    // phrase label the noun; nobody is being quoted.
    if (words <= MODIFIER_WORDS && isNounModifier(ctx, sp)) continue;
    const sent = ctx.sentOf[sp.openTok];
    const sentFloor = sent >= 0 ? doc.sentences[sent].firstToken : 0;
    const text = doc.text.slice(sp.start, sp.end);
    const naming = namingCue(ctx, sp, sentFloor);
    if (!naming && isTitleContext(ctx.lower, sp.openTok, sentFloor)) continue;
    // "Friday on CNN’s “New Day,” Sen. Gillibrand said …": words in title case after a possessive are the name
    // of a show, a book or a programme, whatever cue follows.
    const titleCase = looksLikeTitle(text.replace(/[.,]$/, ""));
    // (So is one capitalised word: "on Fox News Channel’s “Hannity”".)
    const afterPossessive = sp.openTok > 0 && (ctx.lower[sp.openTok - 1] === "’s" || ctx.lower[sp.openTok - 1] === "'s");
    if (!naming && afterPossessive && (titleCase || (words === 1 && /^\p{Lu}/u.test(text)))) continue;
    // "the author of “Hacked World Order,”", "a crowd of fans of “Prison Break”", "an interview on “The View”": words in
    // title case after a preposition are the name of a work or a show.
    // (A chant repeats itself with commas: "chants of “Trump, Trump, Trump”".)
    if (!naming && titleCase && !/,./.test(text) && sp.openTok > 0 && (ctx.pos[sp.openTok - 1] === POS_INDEX.ADP || ctx.pos[sp.openTok - 1] === POS_INDEX.TO)) continue;
    // "In her memoir “Salt Roads: What the Tide Left,” Ana Ruiz wrote …": words in title case right after a
    // common noun that a determiner or possessive opens are that noun's name (a book, a podcast, a bill),
    // whichever noun it is, so no list of kinds of work has to name it.
    if (!naming && titleCase && !/,./.test(text) && namedByNoun(ctx, sp.openTok, sentFloor)) continue;

    const after = sp.closeTok >= 0 ? cueAfter(ctx, sp, words) ?? mannerVerbAfter(ctx, sp) : null;
    const before = cueBefore(ctx, sp);
    let hit: CueHit | null = null;
    // "… and said, “somebody ought to …,” the prosecutor’s office said": a cue right before the opening mark is
    // the quote's own; the one after reports the whole sentence.
    const ownBefore = typeof before === "object" && before !== null && isRightBefore(ctx, before.cue, sp.openTok);
    const asAfter = sp.closeTok >= 0 ? asClauseAfter(ctx, sp.closeTok) : null;
    const asBefore = asAfter ? null : asClauseBefore(ctx, sp.openTok);
    if (ownBefore) hit = before;
    // ("… writes a weekly column and leads “America with Jorge Ramos.”": a title far from its cue is no quote.)
    // (Not after a colon, "Gillibrand on the Transcripts: ‘I Think She Will.’", nor a chant, "“Trump, Trump, Trump”",
    // nor a sentence of its own: "“That’s Jeb Bush and Marco Rubio.”")
    else if (titleCase && !naming && !(after && after.cue - sp.closeTok <= TIGHT_AFTER + 1) && ctx.lower[sp.openTok - 1] !== ":" && !/,./.test(text) && sp.openTok !== sentFloor) continue;
    else if (asAfter) hit = asHit(ctx, asAfter);
    else if (after && after.cue - sp.closeTok <= TIGHT_AFTER + 1) hit = after;
    else if (asBefore) hit = asHit(ctx, asBefore);
    else if (naming) hit = naming;
    else if (before && before !== "passive-without-agent" && before !== "blocked") hit = before;
    else if (after) hit = after;
    if ((before === "passive-without-agent" || before === "blocked") && hit === null) continue;
    if (headline && hit === null) continue;
    // A word or three quoted in a title-case headline ("Sanders Told A Reporter Not To ‘Moan’") is the headline's
    // shorthand for what the story quotes, not a quotation of its own.
    if (headline && words <= MODIFIER_WORDS && inHeading(doc, sp.openTok)) continue;
    // “No entry,” reads the sign. / A banner on the fence read, “Save the pool.” (Sign text is no quotation.)
    if (hit === null && sp.closeTok >= 0 && isSignVerb(ctx, sp.closeTok + 1)) continue;
    if (hit === null && signVerbBefore(ctx, sp.openTok)) continue;
    // "The coach was blunt: “…”": a colon hands the quote to the subject of its clause.
    if (hit === null && sp.openTok > 0 && ctx.lower[sp.openTok - 1] === ":" && ctx.sentOf[sp.openTok - 1] === sent) {
      hit = { cue: sp.openTok - 1, cueText: "", mode: SubjectMode.Elided, subject: null };
    }

    // "Mayor Ann Lee issued a statement, “Last night …”": a statement named right before the quotation is its
    // source's words.
    if (hit === null) hit = statementBefore(ctx, sp, sentFloor);
    // "Sam Lau, the party's spokesman, said in a statement. “There are no …”": a report with nothing reported
    // hands the quotation that opens the next sentence its speaker.
    if (hit === null && sent > 0 && doc.sentences[sent].firstToken === sp.openTok) hit = emptyReportBefore(ctx, sent - 1);
    // "… “stronger” and “more viable” … That's the view mouthed by X.": the next sentence names the source.
    const back = hit === null && sent >= 0 ? backReferences.get(sent) : undefined;
    if (back) hit = { cue: back.cue, cueText: back.cueText, mode: SubjectMode.Region, subject: back.subject };
    if (hit) {
      out.push({
        kind: "direct", start: sp.start, end: sp.end, cueTok: hit.cue, cue: hit.cueText, mode: hit.mode,
        subject: hit.subject, at: hit.cue, para, crossParagraph: false,
      });
      continue;
    }
    // No cue. Short quotes are scare quotes, names or terms, unless a report holds them (the report lends its
    // speaker later); capitalised ones are titles.
    if (looksLikeTitle(text)) continue;
    // "“I don’t know,” he said. “Maybe next year.”": a short quotation that is a sentence of its own is speech.
    const ownSentence = words <= 3 && isOwnSentence(ctx, sp, text);
    if (words <= 3 && (words >= MIN_WORDS_INSIDE_REPORT || isSpeakersWord(ctx, sp)) && !ownSentence) {
      out.push({ kind: "direct", start: sp.start, end: sp.end, cueTok: -1, cue: "", mode: SubjectMode.Continuation, subject: null, at: sp.openTok, para, crossParagraph: false, onlyInsideReport: true });
      continue;
    }
    if (words <= 3 && !ownSentence) continue;
    const atParaStart = sp.openTok === firstTokenOfParagraph(ctx, para);
    const intro = atParaStart ? colonIntro(ctx, para) : null;
    if (intro) {
      out.push({ kind: "direct", start: sp.start, end: sp.end, cueTok: intro.cue, cue: intro.cueText, mode: intro.mode, subject: intro.subject, at: sp.openTok, para, crossParagraph: false });
      continue;
    }
    out.push({
      kind: "direct", start: sp.start, end: sp.end, cueTok: -1, cue: "", mode: SubjectMode.Continuation, subject: null,
      at: sp.openTok, para, crossParagraph: atParaStart,
    });
  }
  return out;
}

function asHit(ctx: QuoteContext, c: AsClause): CueHit {
  return { cue: c.cue, cueText: ctx.doc.tokens[c.cue].text, mode: SubjectMode.Region, subject: c.subject };
}

/**
 * A quotation that opens its sentence with a capital and ends with its own stop inside the marks, right before
 * the sentence ends: a whole utterance, however short ("“Maybe next year.”").
 */
function isOwnSentence(ctx: QuoteContext, sp: QuoteSpan, text: string): boolean {
  if (sp.closeTok < 0 || !/^\p{Lu}/u.test(text) || !/[.!?]$/.test(text)) return false;
  const sent = ctx.sentOf[sp.openTok];
  return sent >= 0 && ctx.doc.sentences[sent].firstToken === sp.openTok && ctx.doc.sentences[sent].endToken === sp.closeTok + 1;
}

/** The cue stands right before the opening mark, at most a comma or colon between ("said, “", "told me: “"). */
function isRightBefore(ctx: QuoteContext, cue: number, open: number): boolean {
  if (cue === open - 1) return true;
  const between = ctx.lower[open - 1];
  return cue === open - 2 && (between === "," || between === ":");
}

const MODIFIER_WORDS = 4;
/**
 * A single quoted noun inside a report is most often a scare quote or a term ("against “criminals” in his
 * entourage") unless a cue stands with it; two words are the speaker's ("a “stronger city”"), as the news gold
 * counts them. (PolNeAR folds such quotations into the report: scripts/eval/conventions.ts.)
 */
const MIN_WORDS_INSIDE_REPORT = 2;

/**
 * A single quoted word that judges or describes ("rose “slightly”", "was “merciless”") is the speaker's own
 * word, where a quoted noun names a thing: a label the writer keeps at arm's length.
 */
function isSpeakersWord(ctx: QuoteContext, sp: QuoteSpan): boolean {
  let k = sp.openTok + 1;
  while (k < sp.closeTok && ctx.doc.tokens[k].kind !== "word") k++;
  const p = ctx.pos[k];
  return k < sp.closeTok && (p === POS_INDEX.ADJ || p === POS_INDEX.ADV || p === POS_INDEX.VFIN || p === POS_INDEX.VPART || p === POS_INDEX.VGER);
}

const BEFORE_MODIFIER = new Set<number>([POS_INDEX.DET, POS_INDEX.POSS, POS_INDEX.ADJ, POS_INDEX.NUM]);

/**
 * A short quotation standing where an adjective would, right before the noun it describes. The noun may come
 * after a coordinated second quotation.
 */
function isNounModifier(ctx: QuoteContext, sp: QuoteSpan): boolean {
  const { pos, lower, spans } = ctx;
  if (sp.closeTok < 0 || sp.openTok === 0) return false;
  // Only where an adjective would stand: after a determiner, possessive, adjective or number ("the “interim”
  // government"), or as the second of two ("“severe” or “emergency” levels"). After a verb or preposition the
  // words may be the speaker's own ("accused them of “misappropriating” trade secrets").
  const before = sp.openTok - 1;
  let after = sp.closeTok + 1;
  // “severe” or “emergency” levels: look past the coordinated quotation for the noun. Two quoted labels joined
  // before a noun modify it wherever they stand ("reach “severe” or “emergency” levels").
  const coordinated = (lower[after] === "or" || lower[after] === "and") && ctx.spanAt[after + 1] >= 0;
  const verbBefore = pos[before] === POS_INDEX.VBASE || pos[before] === POS_INDEX.VFIN;
  // ("wearing “Vote Lee” buttons": title-case words before a common noun label it, even after a verb.)
  const label = (verbBefore || pos[before] === POS_INDEX.VGER) && looksLikeTitle(ctx.doc.text.slice(sp.start, sp.end)) && ctx.doc.tokens[after]?.text === lower[after];
  if (!(BEFORE_MODIFIER.has(pos[before]) || lower[before] === "or" || lower[before] === "and" || (coordinated && verbBefore) || label)) return false;
  if (coordinated) {
    const next = spans[ctx.spanAt[after + 1]];
    if (next.closeTok < 0) return false;
    after = next.closeTok + 1;
  }
  return after < pos.length && ctx.sentOf[after] === ctx.sentOf[sp.openTok] && pos[after] === POS_INDEX.NOUN;
}

/**
 * "her memoir “Salt Roads”", "the new podcast “Tide Tables”": the quotation opens right after a common noun
 * (adjectives may stand before it) that a determiner or possessive opens. Said of title-case words only: the
 * noun's own name, not words anyone speaks.
 */
function namedByNoun(ctx: QuoteContext, open: number, floor: number): boolean {
  const { pos, doc } = ctx;
  let k = open - 1;
  if (k < floor || pos[k] !== POS_INDEX.NOUN || doc.tokens[k].text !== ctx.lower[k]) return false;
  k--;
  while (k >= floor && open - k <= 4 && pos[k] === POS_INDEX.ADJ) k--;
  return k >= floor && (pos[k] === POS_INDEX.DET || pos[k] === POS_INDEX.POSS);
}

/** Verbs that characterise something in the subject's own words: "called the deal “a gift”", "dismissed it as “noise”". */
const NAMING_VERBS = new Map<string, boolean>([
  // verb form → whether "as" must come before the quote
  ["call", false], ["calls", false], ["called", false], ["calling", false],
  ["brand", false], ["brands", false], ["branded", false], ["branding", false],
  ["label", false], ["labels", false], ["labelled", false], ["labeled", false], ["labelling", false], ["labeling", false],
  ["describe", true], ["describes", true], ["described", true], ["describing", true],
  ["dismiss", true], ["dismisses", true], ["dismissed", true], ["dismissing", true],
]);

const NAMING_OBJECT_MAX = 8;

/**
 * "X called the decision “a gift to our competitors”": a naming verb with an object between it and the quote.
 * The object is what makes it speech: "a group called “Friends of the Reef”" has none, and is a name.
 */
function namingCue(ctx: QuoteContext, sp: QuoteSpan, floor: number): CueHit | null {
  const { lower, doc } = ctx;
  let k = sp.openTok - 1;
  if (k < floor) return null;
  // "as a “gas chamber”": the article before the quote belongs to it.
  if ((lower[k] === "a" || lower[k] === "an") && k - 1 >= floor && lower[k - 1] === "as") k--;
  const hasAs = lower[k] === "as";
  if (hasAs) k--;
  let v = k;
  // ("on a conference call as": read as a noun, the word is no verb.)
  const isNamingVerb = (t: number): boolean =>
    NAMING_VERBS.has(lower[t]) && ctx.pos[t] !== POS_INDEX.NOUN && !(t > floor && ctx.pos[t - 1] === POS_INDEX.DET);
  while (v >= floor && k - v < NAMING_OBJECT_MAX && doc.tokens[v].kind !== "punct" && !isMark(ctx, v) && !isNamingVerb(v)) v--;
  if (v < floor || !NAMING_VERBS.has(lower[v])) return null;
  // "accreditation bodies, which he called “a cartel”": the object is the relative pronoun before the subject.
  if (v === k && !objectIsRelative(ctx, v, floor)) return null;
  if (NAMING_VERBS.get(lower[v]) && !hasAs) return null;
  if (doc.tokens[v].text.charAt(0) !== lower[v].charAt(0)) return null;
  // "was called “…”", "so-called": passive or a name, not the subject's words.
  // ("turned to Twitter to describe his city as “…”": an infinitive with "as" is the sentence subject's.)
  const infinitive = v > floor && lower[v - 1] === "to" && hasAs;
  // ("is labeling the order “…”" is progressive, not passive.)
  const passive = PASSIVE_AUX.has(lower[v - 1]) && !lower[v].endsWith("ing");
  if (v > floor && (passive || lower[v - 1] === "so" || (lower[v - 1] === "to" && !infinitive))) return null;
  if (isBlockedCue(ctx, v, floor)) return null;
  const cueText = doc.tokens[v].text;
  if (infinitive) return { cue: v, cueText, mode: SubjectMode.Elided, subject: null };
  if (lower[v].endsWith("ing")) return { cue: v, cueText, mode: SubjectMode.Elided, subject: null };
  const subject = subjectBefore(ctx, v, floor);
  if (subject === ELIDED) return { cue: v, cueText, mode: SubjectMode.Elided, subject: null };
  if (!subject || isNonSpeakerSubject(ctx, subject)) return null;
  return { cue: v, cueText, mode: SubjectMode.Region, subject };
}

/** "which he called", "what she described as": a relative pronoun, then the verb's subject pronoun or name. */
function objectIsRelative(ctx: QuoteContext, v: number, floor: number): boolean {
  let s = v - 1;
  while (s > floor && AUXILIARIES.has(ctx.lower[s])) s--;
  const mi = ctx.cast.mentionAt[s];
  const subjectStart = mi >= 0 ? ctx.cast.mentions[mi].roleStartTok : ctx.pos[s] === POS_INDEX.PRON ? s : -1;
  return subjectStart > floor && OBJECT_RELATIVES.has(ctx.lower[subjectStart - 1]);
}

function endsAttribution(ctx: QuoteContext, t: number): boolean {
  if (t >= ctx.lower.length || ctx.sentOf[t] !== ctx.sentOf[t - 1]) return true;
  const tok = ctx.doc.tokens[t];
  const w = ctx.lower[t];
  return tok.kind === "punct" || TRAILING_STARTERS.has(w) || w.endsWith("ing");
}

/** Verbs that give a sign's or a banner's words ("reads the sign", "a banner read, “…”"). */
const SIGN_VERBS = new Set(["reads", "read", "reading"]);

function isSignVerb(ctx: QuoteContext, t: number): boolean {
  if (t < ctx.lower.length && ctx.lower[t] === ",") t++;
  const w = t < ctx.lower.length ? ctx.lower[t] : "";
  return SIGN_VERBS.has(w) || w === "proclaims" || w === "proclaimed";
}

/** "read, “…”", "reading: “…”": a sign verb right before the opening mark. */
function signVerbBefore(ctx: QuoteContext, open: number): boolean {
  let t = open - 1;
  if (t >= 0 && (ctx.lower[t] === "," || ctx.lower[t] === ":")) t--;
  return t >= 0 && SIGN_VERBS.has(ctx.lower[t]);
}

function countWords(ctx: QuoteContext, sp: QuoteSpan): number {
  let n = 0;
  const tokens = ctx.doc.tokens;
  for (let t = sp.openTok + 1; t < tokens.length && tokens[t].start < sp.end; t++) if (tokens[t].kind === "word" || tokens[t].kind === "number") n++;
  return n;
}

function firstTokenOfParagraph(ctx: QuoteContext, para: number): number {
  return ctx.paraFirstTok[para];
}

function startsAfterColon(ctx: QuoteContext, para: number): boolean {
  if (para === 0) return false;
  const prev = ctx.doc.paragraphs[para - 1];
  return ctx.doc.text[prev.end - 1] === ":";
}

/** Whether the speech verb at `c` is negated or infinitival ("did not say", "as if to say"). */
export function isBlockedCue(ctx: QuoteContext, c: number, floor: number): boolean {
  const { lower } = ctx;
  // "wants to say", "a chance to say" are words not (yet) said; "took to Twitter to say", "held a news
  // conference on Monday to announce" are a purpose clause after a place or a time, and are speech.
  if (c - 1 >= floor && lower[c - 1] === "to" && !isPurposeInfinitive(ctx, c)) return true;
  for (let k = c - 1, n = 0; k >= floor && n < 3; k--, n++) {
    if (NEGATIONS.has(lower[k])) return true;
    if (!AUXILIARIES.has(lower[k]) && !NEGATIONS.has(lower[k])) break;
  }
  return false;
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "who", "which"]);

/** "the explanatory notes" is a noun; "he notes" and "Smith notes" are cues. */
function nounLikeFits(ctx: QuoteContext, c: number, flags: number): boolean {
  // "The Post reported", "Edward Said": a capitalised cue word inside a name is the name.
  if (ctx.cast.mentionAt[c] >= 0 && ctx.doc.tokens[c].text !== ctx.lower[c]) return false;
  if (!(flags & CueFlags.NounLike)) return true;
  if (c === 0) return false;
  return SUBJECT_PRONOUNS.has(ctx.lower[c - 1]) || (ctx.cast.mentionAt[c - 1] >= 0 && !ctx.cast.mentions[ctx.cast.mentionAt[c - 1]].possessive);
}

/** "pointed out" is a cue, "at that point" is not; nor is "went on to slam …", a verb of doing after the particle. */
function particleFits(ctx: QuoteContext, c: number): boolean {
  const next = ctx.lower[c + 1] ?? "";
  return cueParticleFits(ctx.lower[c], next) && !(next === "on" && ctx.lower[c + 2] === "to");
}

function sentenceEndToken(ctx: QuoteContext, t: number): number {
  const s = ctx.sentOf[t];
  return s >= 0 ? ctx.doc.sentences[s].endToken : t + 1;
}

/** “…,” he said / “…,” said the embassy / ” in that law, Azzouz said / ”, according to X. */
function cueAfter(ctx: QuoteContext, sp: QuoteSpan, words: number): CueHit | null {
  const { lower, doc } = ctx;
  const start = sp.closeTok + 1;
  if (start >= doc.tokens.length) return null;
  // A short quote reaches only a cue close by ("“interim” … said" is no attribution), unless it closes with the
  // comma of a quotation ("“It will pass,” Mina Rao, an analyst, told …").
  const closesLikeSpeech = sp.close > 0 && /[,!?]/.test(doc.text[sp.close - 1]);
  const end = Math.min(sentenceEndToken(ctx, start), start + (words <= 3 && !closesLikeSpeech ? 4 : FAR_AFTER));
  const newSentence = ctx.sentOf[start] !== ctx.sentOf[sp.closeTok];

  for (let c = start; c < end; c++) {
    const tok = doc.tokens[c];
    if (isMark(ctx, c)) {
      // "“…,” Bill Eastland, wearing “Ted Cruz” pins, said": a short quotation inside the speaker's description.
      const inner = ctx.spanAt[c];
      const sp2 = inner >= 0 ? ctx.spans[inner] : null;
      if (sp2 && c > start && sp2.openTok === c && sp2.closeTok > c && sp2.closeTok - c <= INNER_QUOTE_TOKENS) {
        c = sp2.closeTok;
        continue;
      }
      return null;
    }
    // "Sen. Chuck Schumer (D-N.Y.) said": the stops inside a party tag end nothing.
    if (lower[c] === "(") {
      let k = c + 1;
      while (k < end && k - c <= PARTY_TAG && lower[k] !== ")") k++;
      if (lower[k] === ")") {
        c = k;
        continue;
      }
    }
    if (tok.kind === "punct" && (tok.text[0] === "." || tok.text === "?" || tok.text === "!" || tok.text === ";")) return null;
    if (newSentence && c - start > 3) return null;
    if (lower[c] === "according" && c + 1 < end + 2 && lower[c + 1] === "to") {
      const subject = subjectAfter(ctx, c + 2, sentenceEndToken(ctx, c));
      if (subject) return { cue: c, cueText: textOf(ctx, c, c + 2), mode: SubjectMode.Region, subject };
      continue;
    }
    const info = cueOf(lower[c]);
    if (info && REFLEXIVE_PRONOUNS.has(lower[c + 1] ?? "")) continue;
    if (!info || isBlockedCue(ctx, c, start) || !particleFits(ctx, c) || !nounLikeFits(ctx, c, info.flags)) continue;
    // After a quote that ended its sentence, “…?” Rothman recalls. attributes it, but “….” Officials said they …
    // starts a report of its own, and “….” Continue reading … is page furniture.
    // ("“….” A Chinese official responded by saying Japan should …" is a sentence of its own: an attribution
    // sentence after a quote is short.)
    if (newSentence && (c === start || !endsAttribution(ctx, afterObject(ctx, c, info.flags)) || attributionTail(ctx, c) > ATTRIBUTION_TAIL)) return null;
    if (info.flags & CueFlags.Participle) return { cue: c, cueText: tok.text, mode: SubjectMode.Elided, subject: null };
    let firstContent = start;
    while (firstContent < c && lower[firstContent] === ",") firstContent++;
    if (firstContent === c) {
      // ("“Guardians of the Galaxy,” posted the clip": after a verb that takes an object, what follows is its object
      // unless it is a name: "“…,” posted Ann Roe".)
      if (OBJECT_FRAMES.has(info.lemma) && !(c + 1 < doc.tokens.length && ctx.cast.mentionAt[c + 1] >= 0)) continue;
      // "Mr. Lane, citing “the magic of the mayor,” said …": the quotation is inside the description of the verb's
      // subject, who quoted it.
      const sent = ctx.sentOf[c];
      const around = sent >= 0 ? subjectBefore(ctx, c, doc.sentences[sent].firstToken) : null;
      if (around && around !== ELIDED && around.b <= sp.openTok && around.apA <= sp.openTok && around.apB >= sp.closeTok) {
        return { cue: c, cueText: tok.text, mode: SubjectMode.Region, subject: around };
      }
      // "Humphrey, who calls Trump a “sociopath,” said he doubts …": a clause after the verb is what it reports;
      // no inverted speaker stands there.
      const sentEnd = sentenceEndToken(ctx, c);
      if (c + 1 < sentEnd && ctx.pos[c + 1] === POS_INDEX.PRON && clauseStartsAt(ctx.np, c + 1, sentEnd)) return null;
      const subject = subjectAfter(ctx, c + 1, sentEnd);
      if (subject) return { cue: c, cueText: tok.text, mode: SubjectMode.Region, subject };
      continue;
    }
    const subject = subjectBefore(ctx, c, firstContent);
    // "“… the little deal” announced in October, said Derek Scissors, a scholar": words that finish the quoted
    // phrase stand between the mark and an inverted attribution.
    // (What stands before that comma may be no subject at all: "in October".)
    // ("unveiled in May": a participle's phrase, not a noun phrase.)
    const noSubject = subject === ELIDED || subject === null || ctx.pos[subject.a] === POS_INDEX.ADP || (subject.a > firstContent && ctx.pos[subject.a - 1] === POS_INDEX.ADP) ||
      (lower[subject.a].endsWith("ed") && (ctx.pos[subject.a] === POS_INDEX.ADJ || ctx.pos[subject.a] === POS_INDEX.VPART || ctx.pos[subject.a] === POS_INDEX.VFIN));
    if (noSubject && lower[c - 1] === "," && !(info.flags & CueFlags.Object)) {
      const after = subjectAfter(ctx, c + 1, sentenceEndToken(ctx, c));
      if (after && (ctx.cast.mentionAt[after.a] >= 0 || ctx.pos[after.a] === POS_INDEX.PROPN)) return { cue: c, cueText: tok.text, mode: SubjectMode.Region, subject: after };
    }
    if (subject === ELIDED) return { cue: c, cueText: tok.text, mode: SubjectMode.Elided, subject: null };
    if (subject) return { cue: c, cueText: tok.text, mode: SubjectMode.Region, subject };
  }
  return null;
}

/** Frame-only cues that take an object ("posted the clip", "described the scene"); "shouted the crowd" inverts. */
const OBJECT_FRAMES = new Set(["post", "describe", "discuss", "recount"]);

/** The longest quotation (in tokens, marks included) stepped over inside an attribution after a quote. */
const INNER_QUOTE_TOKENS = 5;

/** Nouns for a speaker's written or spoken words ("issued a statement, “…”"). */
const STATEMENT_NOUNS = new Set(["statement", "message", "tweet", "post", "letter", "note", "email", "remarks", "comment", "comments", "warning", "response", "reply"]);
const STATEMENT_VERB_REACH = 4;

/** "X issued a statement, “…”" / "X posted a message: “…”": the subject of the verb the statement is the object of. */
function statementBefore(ctx: QuoteContext, sp: QuoteSpan, floor: number): CueHit | null {
  const { lower } = ctx;
  const k = sp.openTok - 2;
  if (k <= floor || (lower[k + 1] !== "," && lower[k + 1] !== ":") || !STATEMENT_NOUNS.has(lower[k])) return null;
  for (let v = k - 1; v > floor && k - v <= STATEMENT_VERB_REACH; v--) {
    if (ctx.pos[v] !== POS_INDEX.VFIN) continue;
    const subject = subjectBefore(ctx, v, floor);
    if (subject === null || isNonSpeakerSubject(ctx, subject)) return null;
    if (subject === ELIDED) return { cue: v, cueText: ctx.doc.tokens[v].text, mode: SubjectMode.Elided, subject: null };
    return { cue: v, cueText: ctx.doc.tokens[v].text, mode: SubjectMode.Region, subject };
  }
  return null;
}

/** The longest adjunct after an empty report's verb ("said in a statement on Monday night"). */
const EMPTY_REPORT_TAIL = 8;

/**
 * The cue of a sentence that reports nothing: its speech verb is followed only by where or when it was said
 * ("said in a statement.", "told reporters on Monday."), and the sentence holds no quotation.
 */
function emptyReportBefore(ctx: QuoteContext, s: number): CueHit | null {
  const { lower, doc } = ctx;
  const sentence = doc.sentences[s];
  const last = sentence.endToken - 1;
  if (last < sentence.firstToken || lower[last] !== ".") return null;
  for (let c = last - 1; c >= sentence.firstToken && last - c <= EMPTY_REPORT_TAIL + 1; c--) {
    if (isMark(ctx, c) || ctx.inQuote[c]) return null;
    const info = cueOf(lower[c]);
    if (!info || !(info.flags & CueFlags.Clause) || info.flags & CueFlags.Participle || ctx.pos[c] !== POS_INDEX.VFIN) continue;
    // What follows is where or when, or the listener: a preposition or time word first, no verb, no "that".
    const tailFrom = afterObject(ctx, c, info.flags);
    if (tailFrom < last && !TRAILING_STARTERS.has(lower[tailFrom]) && ctx.pos[tailFrom] !== POS_INDEX.ADP) return null;
    for (let k = c + 1; k < last; k++) if (lower[k] === "that" || ctx.pos[k] === POS_INDEX.VFIN) return null;
    const subject = subjectBefore(ctx, c, sentence.firstToken);
    if (subject === null || isNonSpeakerSubject(ctx, subject)) return null;
    if (subject === ELIDED) return { cue: c, cueText: doc.tokens[c].text, mode: SubjectMode.Elided, subject: null };
    // (A sentence that quotes someone already reported something: only a plain clause hands on its cue.)
    for (let k = subject.a; k < c; k++) if (isMark(ctx, k) || ctx.inQuote[k]) return null;
    return { cue: c, cueText: doc.tokens[c].text, mode: SubjectMode.Region, subject };
  }
  return null;
}

/**
 * Where the attribution clause goes on after a cue: past its listener when the verb takes one (“…?” Todd asked
 * the candidate. / “…” she told reporters on Sunday.).
 */
function afterObject(ctx: QuoteContext, c: number, flags: number): number {
  if (!(flags & CueFlags.Object)) return c + 1;
  const end = nounPhraseFrom(ctx.np, c + 1, sentenceEndToken(ctx, c));
  return end > c + 1 && end - c - 1 <= MAX_LISTENER ? end : c + 1;
}
const MAX_LISTENER = 5;

/** Words after the verb `c` to the end of its sentence; none when a quotation follows it ("Nordhaus said: “…”"). */
function attributionTail(ctx: QuoteContext, c: number): number {
  let k = c + 1;
  if (k < ctx.lower.length && (ctx.lower[k] === ":" || ctx.lower[k] === ",")) k++;
  if (k < ctx.lower.length && isMark(ctx, k)) return 0;
  return sentenceEndToken(ctx, c) - c - 1;
}

/**
 * “This is fantastic!” beamed Donald Hartley. / “…,” Hartley beamed. A verb the cue list does not know (beamed,
 * gushed, sighed) attributes the quote when it stands where a speech verb would: right after a quotation that
 * closes like speech, with a person's name or "he"/"she" on its other side and nothing else in the clause.
 */
function mannerVerbAfter(ctx: QuoteContext, sp: QuoteSpan): CueHit | null {
  const { lower, doc, cast } = ctx;
  if (sp.close <= 0 || !/[,!?]/.test(doc.text[sp.close - 1])) return null;
  const t = sp.closeTok + 1;
  // (A question or exclamation may end the sentence at its closing mark: "“…?” Hale pressed." reads on.)
  if (t >= ctx.lower.length || paragraphOfToken(ctx, t) !== paragraphOfToken(ctx, sp.closeTok)) return null;
  const end = sentenceEndToken(ctx, t);
  if (t >= end) return null;
  const person = (k: number): number => {
    const mi = cast.mentionAt[k];
    // (A surname the entity pass could not type is a speaker here too: "“…?” Hale pressed.")
    const m = mi >= 0 ? cast.mentions[mi] : null;
    return m && (m.kind === "person" || m.kind === "unknown") && m.roleStartTok === k ? m.endTok : -1;
  };
  const closesClause = (k: number): boolean => k >= end || lower[k] === "," || lower[k] === "." || lower[k] === "!";
  // “…,” beamed Donald Hartley (of Madison, …).
  if (t + 1 < end && isMannerVerb(ctx, t)) {
    const nameEnd = person(t + 1);
    if (nameEnd > 0 && (closesClause(nameEnd) || lower[nameEnd] === "of")) return { cue: t, cueText: doc.tokens[t].text, mode: SubjectMode.Region, subject: { a: t + 1, b: nameEnd, apA: nameEnd, apB: nameEnd } };
    return null;
  }
  // “…,” Hartley beamed. / “…,” she beamed.
  const nameEnd = lower[t] === "he" || lower[t] === "she" ? t + 1 : person(t);
  if (nameEnd > 0 && nameEnd < end && isMannerVerb(ctx, nameEnd) && closesClause(nameEnd + 1)) {
    return { cue: nameEnd, cueText: doc.tokens[nameEnd].text, mode: SubjectMode.Region, subject: { a: t, b: nameEnd, apA: nameEnd, apB: nameEnd } };
  }
  // “…,” the party's nominee riffed. (A description headed by a noun that names a person.)
  if (lower[t] === "the") {
    const e = nounPhraseFrom(ctx.np, t, end);
    if (e > t + 1 && e < end && ROLE_HEADS.has(lower[e - 1]) && isMannerVerb(ctx, e) && closesClause(e + 1)) {
      return { cue: e, cueText: doc.tokens[e].text, mode: SubjectMode.Region, subject: { a: t, b: e, apA: e, apB: e } };
    }
  }
  return null;
}

/** A lower-case past tense the tagger reads as a verb ("beamed", "gushed"). */
function isMannerVerb(ctx: QuoteContext, k: number): boolean {
  const w = ctx.lower[k];
  return ctx.doc.tokens[k].text === w && w.endsWith("ed") && (ctx.pos[k] === POS_INDEX.VFIN || ctx.pos[k] === POS_INDEX.VPART);
}

/** told lawmakers that “…” / She added: “…” / described as “…” by X / according to X — “…”. */
function cueBefore(ctx: QuoteContext, sp: QuoteSpan): CueHit | "passive-without-agent" | "blocked" | null {
  const { lower, doc } = ctx;
  const sent = ctx.sentOf[sp.openTok];
  if (sent < 0) return null;
  // An earlier quote in the same sentence may share this cue (“…,” he said, “…”): the scan skips quoted
  // tokens, so it looks past that quote but never inside it.
  const floor = Math.max(doc.sentences[sent].firstToken, sp.openTok - BEFORE_WINDOW);
  const colonClause = mainClauseBeforeColon(ctx, sp.openTok, doc.sentences[sent].firstToken);
  for (let c = sp.openTok - 1; c >= floor; c--) {
    // "Asked which county he liked, he demurred: “…”": the clause before the colon has a subject of its own, and
    // a cue in the adverbial before it ("Asked") is not the quote's.
    if (colonClause && c < colonClause.a) {
      return { cue: sp.openTok - 1, cueText: "", mode: SubjectMode.Region, subject: { a: colonClause.a, b: colonClause.b, apA: colonClause.b, apB: colonClause.b } };
    }
    if (ctx.inQuote[c] || isMark(ctx, c)) continue;
    const w = lower[c];
    // "… said they would vote for Lee; 3 percent of “liberals” backed …": a semicolon closes the clause a cue
    // before it reports.
    if (w === ";") return null;
    if (w === "according" && lower[c + 1] === "to") {
      const subject = subjectAfter(ctx, c + 2, sp.openTok);
      if (subject) return { cue: c, cueText: textOf(ctx, c, c + 2), mode: SubjectMode.Region, subject };
      continue;
    }
    const info = cueOf(w);
    if (!info || !particleFits(ctx, c) || !nounLikeFits(ctx, c, info.flags)) continue;
    // "joined in a thunderous chant of “…”": the head of a noun phrase is no verb (only a base or -s form can be a
    // noun: "the author wrote" keeps its verb, whatever the tagger made of it).
    if (info.flags & CueFlags.Present && ctx.pos[c] === POS_INDEX.NOUN && determinerOpening(ctx.np, c, floor) >= 0) continue;
    // "found itself “increasing fares …”": a reflexive object makes it a verb of doing.
    if (REFLEXIVE_PRONOUNS.has(lower[c + 1] ?? "")) continue;
    // "agreed to return the cash he received from the use of “We.”": a quotation that is the object of a
    // preposition further on inside the infinitive's own phrase is no word of the cue's ("agreed to …, including
    // a pledge to “…”" still is).
    if (lower[c + 1] === "to" && ctx.pos[c + 2] === POS_INDEX.VBASE && sp.openTok > c + 3 && ctx.pos[sp.openTok - 1] === POS_INDEX.ADP) continue;
    if (info.lemma === "describe" && lower[c + 1] === "as") {
      // Passive "described as “…” by X" names its speaker after the quote; without an agent it is no speech.
      return passiveAgent(ctx, sp, c);
    }
    // "as if to say “…”", "did not say “…”", "were promised “…”": words nobody here said.
    if (isBlockedCue(ctx, c, floor) || (c > floor && PASSIVE_AUX.has(lower[c - 1]))) return "blocked";
    // A participle, or a purpose infinitive that passed ("went on to say, “…”"), speaks for the sentence's subject.
    if (info.flags & CueFlags.Participle || lower[c - 1] === "to") return { cue: c, cueText: doc.tokens[c].text, mode: SubjectMode.Elided, subject: null };
    const subject = subjectBefore(ctx, c, doc.sentences[sent].firstToken);
    if (subject && isNonSpeakerSubject(ctx, subject)) continue; // "jobs promised to ports “…”": not speech
    if (subject === ELIDED) return { cue: c, cueText: doc.tokens[c].text, mode: SubjectMode.Elided, subject: null };
    if (subject) return { cue: c, cueText: doc.tokens[c].text, mode: SubjectMode.Region, subject };
    const inverted = subjectAfter(ctx, c + 1, sp.openTok);
    if (inverted) return { cue: c, cueText: doc.tokens[c].text, mode: SubjectMode.Region, subject: inverted };
    return { cue: c, cueText: doc.tokens[c].text, mode: SubjectMode.Elided, subject: null };
  }
  return null;
}

/**
 * "…, he demurred: “…”": the subject of a clause that runs from a comma to the colon before the opening mark, when
 * something stands before that comma (a fronted adverbial); null otherwise.
 */
function mainClauseBeforeColon(ctx: QuoteContext, open: number, first: number): { a: number; b: number } | null {
  const colon = open - 1;
  if (colon <= first || ctx.lower[colon] !== ":") return null;
  let a = colon;
  while (a - 1 > first && ctx.lower[a - 1] !== "," && !isMark(ctx, a - 1) && colon - a < COLON_CLAUSE) a--;
  if (a - 1 <= first || ctx.lower[a - 1] !== "," || !clauseStartsAt(ctx.np, a, colon)) return null;
  const b = nounPhraseFrom(ctx.np, a, colon);
  if (b <= a) return null;
  // Only someone who can speak ("he", "Marsh", "the agency"), doing something ("demurred", not "might be possible",
  // "there's a simple explanation").
  const mi = ctx.cast.mentionAt[a];
  const speaker = SPEAKING_PRONOUNS.has(ctx.lower[a]) || (mi >= 0 && (ctx.cast.mentions[mi].kind === "person" || ctx.cast.mentions[mi].kind === "organization"));
  for (let k = b; k < colon; k++) if (COPULAR.has(ctx.lower[k])) return null;
  return speaker ? { a, b } : null;
}
const SPEAKING_PRONOUNS = new Set(["he", "she", "they", "i", "we"]);
const COPULAR = new Set(["is", "are", "was", "were", "be", "been", "'s", "’s", "seems", "seemed"]);
/** The longest "subject verb" clause before a colon, in tokens ("the governor flatly refused:"). */
const COLON_CLAUSE = 8;

const GO_ON = new Set(["went", "goes", "go", "going", "gone"]);
const TIME_NOUNS = new Set([
  "week", "month", "year", "day", "night", "morning", "afternoon", "evening", "weekend", "today", "yesterday",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/** "… to Twitter to say", "… last month to describe": the infinitive follows a name or a time. */
function isPurposeInfinitive(ctx: QuoteContext, c: number): boolean {
  const before = c - 2;
  // "went on to say", "goes on to call": what the subject said next.
  if (before - 1 >= 0 && ctx.lower[before] === "on" && GO_ON.has(ctx.lower[before - 1])) return true;
  if (before < 0 || ctx.doc.tokens[before].kind !== "word") return false;
  return ctx.pos[before] === POS_INDEX.PROPN || ctx.cast.mentionAt[before] >= 0 || TIME_NOUNS.has(ctx.lower[before]);
}

function passiveAgent(ctx: QuoteContext, sp: QuoteSpan, c: number): CueHit | "passive-without-agent" {
  if (sp.closeTok < 0) return "passive-without-agent";
  const by = sp.closeTok + 1;
  if (by < ctx.lower.length && ctx.lower[by] === "by") {
    const subject = subjectAfter(ctx, by + 1, sentenceEndToken(ctx, by));
    if (subject) return { cue: c, cueText: ctx.doc.tokens[c].text, mode: SubjectMode.Region, subject };
  }
  return "passive-without-agent";
}

/** For an unpunctuated list item: the "X said:" paragraph that introduces its list, if any. */
function listIntroFor(ctx: QuoteContext, para: number): CueHit | null {
  for (let p = para - 1; p >= 0 && para - p <= 12; p--) {
    if (ctx.doc.text[ctx.doc.paragraphs[p].end - 1] === ":") return introCue(ctx, p);
    if (ctx.paraKind[p] !== ParagraphKind.Unterminated) return null;
  }
  return null;
}

/** The paragraph before ends with "X said:" — its cue introduces this quote. */
function colonIntro(ctx: QuoteContext, para: number): CueHit | null {
  if (para === 0) return null;
  const prev = ctx.doc.paragraphs[para - 1];
  if (ctx.doc.text[prev.end - 1] !== ":") return null;
  // ("Parker Eaton … said that given the crop of candidates on both sides:" — the cue may stand further back.)
  const cue = introCue(ctx, para - 1, SENTENCE_REACH);
  if (cue) return cue;
  // "President Clinton released the following statement:" — no speech verb, but a prose paragraph ending in a
  // colon hands the quotation below to the subject of its sentence, as a colon inside a sentence does.
  // (Only with someone named in that sentence: "Transcript as follows:" names nobody who speaks.)
  if (ctx.paraKind[para - 1] !== ParagraphKind.Body) return null;
  const colon = lastTokenIn(ctx, prev.end);
  if (colon < 0 || ctx.lower[colon] !== ":" || !namesSomeone(ctx, colon)) return null;
  return { cue: colon, cueText: "", mode: SubjectMode.Elided, subject: null };
}

/** A person or organization is named in the sentence before token `t`. */
function namesSomeone(ctx: QuoteContext, t: number): boolean {
  const sent = ctx.sentOf[t];
  if (sent < 0) return false;
  for (let k = ctx.doc.sentences[sent].firstToken; k < t; k++) {
    const mi = ctx.cast.mentionAt[k];
    if (mi >= 0 && !ctx.inQuote[k] && (ctx.cast.mentions[mi].kind === "person" || ctx.cast.mentions[mi].kind === "organization")) return true;
  }
  return false;
}

/** How far before a paragraph's closing colon its cue is looked for ("President Obama also said:"). */
const INTRO_REACH = 8;
/** … and, for a quotation paragraph after it, how far back in that sentence. */
const SENTENCE_REACH = 40;

/** The speech cue of a paragraph that ends with a colon ("President Obama also said:"). */
export function introCue(ctx: QuoteContext, para: number, reach = INTRO_REACH): CueHit | null {
  const p = ctx.doc.paragraphs[para];
  const last = lastTokenIn(ctx, p.end);
  if (last < 0) return null;
  const sent = ctx.sentOf[last];
  const floor = sent >= 0 ? ctx.doc.sentences[sent].firstToken : 0;
  for (let c = last - 1; c >= floor && c >= last - reach; c--) {
    const info = cueOf(ctx.lower[c]);
    if (!info) continue;
    const subject = subjectBefore(ctx, c, floor);
    if (subject === ELIDED || subject === null) return { cue: c, cueText: ctx.doc.tokens[c].text, mode: SubjectMode.Elided, subject: null };
    return { cue: c, cueText: ctx.doc.tokens[c].text, mode: SubjectMode.Region, subject };
  }
  return null;
}

function lastTokenIn(ctx: QuoteContext, end: number): number {
  const tokens = ctx.doc.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= end) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * Transcript lines: "Matthews: Well, speculation is bad. Lopez: Well, no one is like …". An interview or a TV
 * panel printed as a transcript names each speaker before a colon and gives their words without quotation
 * marks. The words up to the next speaker's line (or the paragraph's end) are that person's: reported as
 * indirect speech, since the contract keeps "direct" for words inside quotation marks.
 *
 * Only a person the article names elsewhere counts as a speaker here, so labels ("Related:", "Photo:",
 * "Update:") and headline openers ("Bernie Sanders: I'm Not Much Of A Socialist") are not transcript lines.
 */
import { SubjectMode, type Attribution } from "./attribution";
import { isMark, type QuoteContext } from "./context";
import { ParagraphKind } from "./notSpeech";
import { POS_INDEX } from "../syntax";
import { isTitleCase } from "./indirect";
import { isAllCaps } from "./names";

/** The longest name before a transcript colon ("Alex Seitz-Wald", "Sen. Elizabeth Warren"). */
const MAX_NAME_TOKENS = 4;
/** The fewest words a transcript line has. */
const MIN_WORDS = 4;

export function findTranscriptLines(ctx: QuoteContext): Attribution[] {
  const { doc } = ctx;
  const starts: { nameA: number; nameB: number; from: number; para: number }[] = [];
  for (const s of doc.sentences) {
    // (Never the article's first line, where "Lynch: No outside influence on FBI probe" is its headline.)
    if (ctx.paraKind[s.paragraph] !== ParagraphKind.Body || s.paragraph === 0) continue;
    const line = speakerLabel(ctx, s.firstToken, s.endToken);
    if (line) starts.push({ ...line, para: s.paragraph });
  }
  const out: Attribution[] = [];
  if (starts.length === 0) return out;
  // A transcript is a dialogue: two people's labels at least, or a label in capitals ("CLINTON: …") as TV
  // transcripts print them. One "Name: …" line alone is more likely a headline or a section title.
  const speakers = new Set(starts.map((l) => ctx.cast.mentions[ctx.cast.mentionAt[l.nameA]].person));
  const capitals = (l: (typeof starts)[number]): boolean => isAllCaps(doc.tokens[l.nameB - 1].text);
  const paragraphEnd = new Map<number, number>();
  for (const s of doc.sentences) paragraphEnd.set(s.paragraph, s.endToken);
  // A conversation speaks in the first or second person, or asks: a list of people described in the third
  // person ("Mark Dunn: The former mayor has raised the most") is no transcript.
  if (!starts.some((l, i) => conversational(ctx, l.from, i + 1 < starts.length ? starts[i + 1].nameA : paragraphEnd.get(l.para)!))) return out;
  for (let i = 0; i < starts.length; i++) {
    const { nameA, nameB, from, para } = starts[i];
    const next = starts[i + 1];
    // The words run to the next speaker's label in the same paragraph, or to the paragraph's end.
    let end = next && next.para === para ? next.nameA : paragraphEnd.get(para)!;
    while (end > from && doc.tokens[end - 1].kind === "punct" && !isMark(ctx, end - 1)) end--;
    if (speakers.size < 2 && !capitals(starts[i])) continue;
    if (end <= from || isMark(ctx, from) || isTitleCase(ctx, from, end) || !isSpeech(ctx, from, end)) continue;
    // "Bernie Sanders: On his campaign website, Senator Bernie Sanders calls for …": words that name the person
    // are written about them (a list of candidates), not by them.
    if (namesPerson(ctx, from, end, ctx.cast.mentions[ctx.cast.mentionAt[nameA]].person)) continue;
    out.push({
      kind: "indirect", start: doc.tokens[from].start, end: doc.tokens[end - 1].end, cueTok: nameB, cue: ":",
      mode: SubjectMode.Region, subject: { a: nameA, b: nameB, apA: nameB, apB: nameB }, at: nameB, para, crossParagraph: false,
    });
  }
  return out;
}

/** "Name:" opening a sentence, where Name is a person the cast knows: the name's tokens and where the words start. */
function speakerLabel(ctx: QuoteContext, first: number, end: number): { nameA: number; nameB: number; from: number } | null {
  const mi = ctx.cast.mentionAt[first];
  if (mi < 0) return null;
  const m = ctx.cast.mentions[mi];
  if (m.kind !== "person" || m.person < 0 || m.possessive || m.roleStartTok !== first) return null;
  const colon = m.endTok;
  if (colon - first > MAX_NAME_TOKENS || colon + 1 >= end || ctx.lower[colon] !== ":" || ctx.inQuote[colon]) return null;
  // "Clinton: 2 p.m.", "Trump: 45 percent": a time or a figure after the colon is a list, not a line of speech.
  if (ctx.doc.tokens[colon + 1].kind !== "word" && !isMark(ctx, colon + 1)) return null;
  return { nameA: first, nameB: colon, from: colon + 1 };
}

const FIRST_AND_SECOND_PERSON = new Set(["i", "we", "you", "me", "us", "my", "our", "your", "i'm", "i’m", "we're", "we’re", "you're", "you’re"]);

function conversational(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (FIRST_AND_SECOND_PERSON.has(ctx.lower[k]) || ctx.lower[k] === "?") return true;
  return false;
}

function namesPerson(ctx: QuoteContext, a: number, b: number, person: number): boolean {
  for (let k = a; k < b; k++) {
    const mi = ctx.cast.mentionAt[k];
    if (mi >= 0 && ctx.cast.mentions[mi].person === person) return true;
  }
  return false;
}

/** Words of speech have a verb and a few words ("Finish second", "A miracle" are goals or labels, not lines). */
function isSpeech(ctx: QuoteContext, a: number, b: number): boolean {
  let words = 0;
  let verb = false;
  for (let k = a; k < b; k++) {
    if (ctx.doc.tokens[k].kind === "word") words++;
    if (ctx.pos[k] === POS_INDEX.VFIN) verb = true;
  }
  return verb && words >= MIN_WORDS;
}

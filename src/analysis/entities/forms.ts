/**
 * What a word's written form says, whatever the tagger made of it:
 *   - a name with a number and then a ticker or "index" is a market index ("S&P 500 .SPX"), no organization;
 *   - codes are no names: market tickers and instrument codes (".DJI", "CLc1", "CMCU3", "PM2.5") and social
 *     media handles ("@JaneDoe") and hashtags ("#Hamilton") are how a page refers to something, not a name to list;
 *   - a coined word with a capital inside ("WeWork", "PolitiFact") or a web address ("Edmunds.com") is how
 *     companies, services and outlets name themselves; people's names with a capital inside ("McKinley",
 *     "DeSantis") come with a given name somewhere in the article, whose surname vote keeps them people.
 */
import type { Doc } from "../text/sentences";
import type { NameSpan } from "./spans";
import { startsUpper } from "../text/words";

/** "WeWork", "PolitiFact", "InfoNation": two capitalised parts in one word. */
const COINED = /^(?:\p{Lu}\p{Ll}+){2,}$/u;
/** Surnames built the same way ("McKinley", "DiCaprio", "LeBlanc", "VanDyke"). */
/** A capital inside a word with lower-case letters: "JPMorgan", "BlackRock", "WeWork". */
const MIXED_CASE = /^(?=.*\p{Ll})\p{Lu}\p{L}*\p{Lu}\p{L}*$/u;
const SURNAME_PARTICLE = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|La|Le|Van|Von)\p{Lu}/u;

function glued(doc: Doc, i: number, before: boolean): string {
  const t = doc.tokens;
  const j = before ? i - 1 : i + 1;
  if (j < 0 || j >= t.length) return "";
  const touching = before ? t[j].end === t[i].start : t[i].end === t[j].start;
  return touching ? t[j].text : "";
}

/**
 * A code, not a name: a lower-case letter before a closing digit ("LCOc1"), three or more capitals then a
 * digit ("CMCU3"), a word glued to a decimal ("PM2" of "PM2.5"), a ticker after a glued full stop (".DJI"),
 * or a handle after "@" or a hashtag after "#".
 */
export function isCode(doc: Doc, i: number): boolean {
  const w = doc.tokens[i].text;
  const lastCode = w.charCodeAt(w.length - 1);
  // Only a word ending in a digit or glued to what comes before it can be a code.
  if (!(lastCode >= 48 && lastCode <= 57) && !(i > 0 && doc.tokens[i - 1].end === doc.tokens[i].start)) return false;
  if (/\p{Ll}\d+$/u.test(w) || /^\p{Lu}{3,}\d+$/u.test(w)) return true;
  const before = glued(doc, i, true);
  // "@JaneDoe", and a hashtag: "#Hamilton Chicago show interrupted" tags a topic, it names nothing.
  if (before === "@" || before === "#" || (before === "." && /^\p{Lu}{2,}$/u.test(w))) return true;
  return /\d$/.test(w) && glued(doc, i, false) === "." && /^\d/.test(doc.tokens[i + 2]?.text ?? "");
}

/** A bare number at token i followed by a ticker (".SPX") or "index": the number of a market index. */
function isIndexNumber(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (i >= t.length || !/^\d{2,4}$/.test(t[i].text) || t[i - 1].end === t[i].start) return false;
  const next = t[i + 1];
  if (!next) return false;
  return /^index(?:es)?$/i.test(next.text) || (next.text === "." && i + 2 < t.length && isCode(doc, i + 2));
}

export function isCoined(word: string): boolean {
  // An ASCII first character other than a capital rules it out before the pattern (most words are lower case).
  const c = word.charCodeAt(0);
  if (c < 128 && !(c >= 65 && c <= 90)) return false;
  return COINED.test(word) && !SURNAME_PARTICLE.test(word);
}

/** "Edmunds.com" (three tokens): the end of a capitalised web address starting at token i, or -1. */
function webNameEnd(doc: Doc, i: number): number {
  const t = doc.tokens;
  if (i + 2 >= t.length || t[i + 1].text !== "." || !/^(?:com|net|org|io)$/.test(t[i + 2].text) || !startsUpper(t[i].text)) return -1;
  return glued(doc, i, false) && glued(doc, i + 1, false) ? i + 3 : -1;
}

/** Drops names that are codes; coined one-word names become organizations, also where the tagger saw none. */
/**
 * "Mike Johnson, R-La.,", "Ted Cruz (R-Texas)", "Alexandria Ocasio-Cortez, D-N.Y.,": a party and a state after
 * a lawmaker's name, after a comma or a bracket, names no body and no place; the tokens of such tags.
 */
function partyTags(doc: Doc): Uint8Array {
  const t = doc.tokens;
  const tags = new Uint8Array(t.length);
  for (let i = 1; i < t.length; i++) {
    // (A hyphen second first: most words have none there, and the test is cheaper than the pattern's.)
    if (t[i].text.charCodeAt(1) !== 45 || !/^[RDI]-\p{Lu}\p{L}{0,12}\.?$/u.test(t[i].text) || !/^[,(]$/.test(t[i - 1].text)) continue;
    tags[i] = 1;
    // "D-N" "." "Y.": the rest of a dotted state abbreviation, glued on ("R-La." is one token, its period kept).
    let k = i + 1;
    while (k < t.length && t[k].start === t[k - 1].end && (t[k].text === "." || /^\p{Lu}\.?$/u.test(t[k].text))) tags[k++] = 1;
  }
  return tags;
}

export function settleForms(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const out: NameSpan[] = [];
  const covered = new Uint8Array(t.length);
  const party = partyTags(doc);
  for (const span of spans) {
    // Codes at a name's edges are no part of it ("London Metal Exchange CMAL3"); a code alone names nothing,
    // and a "person" with a code is a market instrument ("Brent LCOc1", Brent crude). A lawmaker's party tag
    // ("R-Texas") is no name either.
    let first = span.first;
    let last = span.last;
    while (first < last && party[first]) first++;
    while (last > first && party[last - 1]) last--;
    if (first === last) continue;
    while (first < last && isCode(doc, first)) first++;
    while (last > first && isCode(doc, last - 1)) last--;
    const coded = last < span.last || (last < t.length && isCode(doc, last));
    if (first === last || (coded && span.type === "PER")) continue;
    // "S&P 500 .SPX", "the Nikkei 225 index": a name with a number and then a ticker or "index" is a market
    // index, no organization: the number joins it, as the tagger does where it reads it whole.
    if (span.type !== "MISC" && last === span.last && isIndexNumber(doc, last)) {
      out.push({ type: "MISC", first, last: last + 1 });
      for (let i = first; i <= last; i++) covered[i] = 1;
      continue;
    }
    const s = first === span.first && last === span.last ? span : { ...span, first, last };
    for (let i = s.first; i < s.last; i++) covered[i] = 1;
    const lone = s.last - s.first === 1 || (s.last - s.first === 2 && /^['’]s$/i.test(t[s.last - 1].text));
    out.push(lone && s.type !== "ORG" && isCoined(t[s.first].text) ? { ...s, type: "ORG" } : s);
  }
  for (let i = 0; i < t.length; i++) {
    const web = webNameEnd(doc, i);
    if (web > 0) {
      // The address is the name, whatever the tagger made of its first word alone; a longer name around
      // it stays.
      const at = out.findIndex((s) => s.first <= i && i < s.last);
      const longer = at >= 0 && out[at].last - out[at].first > 1;
      if (!longer) {
        if (at >= 0) out.splice(at, 1);
        out.push({ type: "ORG", first: i, last: web });
      }
      i = web - 1;
    } else if (!covered[i] && t[i].kind === "word" && t[i].text.length > 3 && isCoined(t[i].text) && !isCode(doc, i)) {
      out.push({ type: "ORG", first: i, last: i + 1 });
    }
  }
  out.sort((a, b) => a.first - b.first);
  // "JPMorgan Chase": a coined company name and one capitalised word right after it, which the tagger read
  // as a person or a place, are one company (the full name of someone in the article stays a person).
  const fullNames = new Set<string>();
  for (const s of out) if (s.type === "PER" && s.last - s.first > 1) fullNames.add(t[s.last - 1].text);
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.type !== "ORG" || a.last - a.first !== 1 || !MIXED_CASE.test(t[a.first].text) || SURNAME_PARTICLE.test(t[a.first].text)) continue;
    if (b.first !== a.last || b.last - b.first !== 1) continue;
    if ((b.type !== "PER" && b.type !== "LOC") || !/^\p{Lu}\p{Ll}+$/u.test(t[b.first].text) || fullNames.has(t[b.first].text)) continue;
    if (t[b.first].start !== t[a.first].end + 1) continue;
    out.splice(k, 2, { type: "ORG", first: a.first, last: b.last });
  }
  return out;
}

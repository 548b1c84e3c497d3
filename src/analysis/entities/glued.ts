/**
 * Names the tagger ran into their neighbours, taken apart by what the words are:
 *   - an ordinary word capitalised only because it opens the sentence is no part of the name
 *     ("Getting Disney+ right …", "Reports Police said …"), nor is a compound adjective before it
 *     ("Sacramento-based McClatchy");
 *   - a country before a full personal name is where the person serves ("ambassador to Britain Liu Wen"),
 *     and capitalised words of no organization before a given name and surname are an office ("Public
 *     Ombudsman Nadia Cruz");
 *   - a short abbreviation in capitals between a team or company and a full name is the person's role
 *     ("Browns DL Sheldon Richardson", "Acme CFO Jane Roe");
 *   - a title opening an organization's span is a role: "CEO of Blue Summit Group" is the company, "CEO Andy
 *     Vesey" the person.
 */
import type { Doc } from "../text/sentences";
import { lookupCountry } from "./countries";
import { GAZ, lowerHash } from "./features";
import { headTypeOf, isCommonWord } from "./heads";
import { FUNCTION_WORDS, TITLE_WORDS } from "./lexicon";
import type { NameSpan } from "./spans";
import { loadModel } from "./tagger";
import { lowerTexts, startsUpper } from "../text/words";

const TITLES = new Set(TITLE_WORDS);

/** Abbreviations of military and police ranks, written before a name ("Capt. Jeff Davis"). */
const RANKS = /^(?:Capt|Lt|Sgt|Col|Gen|Adm|Maj|Cpl|Pvt|Cmdr|Spc|Lt\. Col|Brig|Pfc)\.$/;

/** A capitalised word joined by a hyphen to a lower-case one: "Sacramento-based", "Chinese-made". */
const COMPOUND_ADJECTIVE = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;

function isTitleCase(w: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w);
}

/** Members of a party, and the people of a country or a state: "Democrat", "Republican", "French", "Kentuckian". */
const PARTY_MEMBERS = new Set(["Democrat", "Republican", "Libertarian", "Tory", "Conservative", "Socialist", "Communist"]);
function isMemberWord(w: string): boolean {
  if (PARTY_MEMBERS.has(w)) return true;
  const c = lookupCountry(w);
  if (c) return c.kind === "demonym";
  return /^\p{Lu}\p{Ll}{3,}(?:ian|an)$/u.test(w);
}

/** Two or more title-case words ending in no head word: reads as a personal name ("Liu Wen", "Sheldon Richardson"). */
function looksPersonal(doc: Doc, first: number, last: number): boolean {
  if (last - first < 2 || last - first > 4) return false;
  for (let i = first; i < last; i++) if (!isTitleCase(doc.tokens[i].text) || isCommonWord(doc.tokens[i].text)) return false;
  return headTypeOf(doc.tokens[last - 1].text) === null;
}

function isGivenName(w: string): boolean {
  return ((loadModel().gazetteer.get(lowerHash(w)) ?? 0) & GAZ.givenName) !== 0;
}

function opensSentence(doc: Doc, i: number, starts: Set<number>): boolean {
  let k = i;
  while (!starts.has(k) && k > 0 && doc.tokens[k - 1].kind === "quote") k--;
  return starts.has(k);
}

/**
 * A clause's first word after a colon, a semicolon or a list's number ("But beware: Because Loki …", "1) Unlike
 * Cruz, …"): capitalised for its place, like a sentence's first word (an article there stays in the name: "h/t:
 * The Hill").
 */
function opensClause(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const prev = t[i - 1]?.text;
  if (prev === ":" || prev === ";") return true;
  return prev === ")" && /^(?:\d{1,2}|[a-z])$/.test(t[i - 2]?.text ?? "") && !/\p{L}/u.test(t[i - 3]?.text ?? "");
}

/**
 * Last words that close an institution's name ("Oxford University", "Acme Corp."): a name after "and" is another.
 * Not the industry words that open names of two fields ("Securities and Exchange Commission").
 */
const COMPLETE_HEADS = new Set([
  "university", "college", "institute", "school", "hospital", "museum", "corporation", "corp", "corp.", "inc", "inc.",
  "ltd", "ltd.", "plc", "llc", "company", "foundation", "council", "party", "group", "association", "agency",
  // "Amnesty International and Human Rights Watch"; after a small word it is a field ("School of International and
  // Public Affairs").
  "international",
]);

/**
 * "Johnson & Johnson", "Marks & Spencer": names on both sides of an ampersand are one company's name; "Oxford
 * University and Imperial College London": a name that ends in an organization word before "and" is complete,
 * and the name after "and" is another.
 */
function ampersandsAndLists(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && t[prev.last]?.text === "&" && s.first === prev.last + 1 && prev.last - prev.first <= 2 && s.last - s.first <= 2) {
      const people = prev.type === "PER" && s.type === "PER" && prev.last - prev.first === 2 && s.last - s.first === 2;
      if (!people && prev.type !== "MISC" && s.type !== "MISC") {
        out[out.length - 1] = { type: "ORG", first: prev.first, last: s.last };
        continue;
      }
    }
    // "Procter & Gamble" read whole as a place or a person: an ampersand joins a company's names (a country
    // written so stays one: "Trinidad & Tobago").
    if (s.type !== "ORG" && s.type !== "MISC" && !s.cued && s.last - s.first === 3 && t[s.first + 1].text === "&" && !lookupCountry(t.slice(s.first, s.last).map((x) => x.text).join(" ").replace("&", "and"))) {
      out.push({ ...s, type: "ORG" });
      continue;
    }
    if (s.type === "ORG" && !s.cued) {
      let k = s.first + 2;
      while (k < s.last - 2 && !(/^(?:and|&)$/.test(t[k].text) && COMPLETE_HEADS.has(lw[k - 1]) && !(lw[k - 1] === "international" && FUNCTION_WORDS.has(lw[k - 2])))) k++;
      if (k < s.last - 2 && t.slice(k + 1, s.last).every((x) => x.kind === "word" && startsUpper(x.text))) {
        out.push({ ...s, last: k }, { ...s, first: k + 1 });
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/** Whether the two words from i are written elsewhere in the article with the first capitalised mid-sentence. */
function writtenMidSentence(doc: Doc, i: number, starts: Set<number>): boolean {
  const t = doc.tokens;
  for (let k = 1; k + 1 < t.length; k++) {
    if (k === i || t[k].text !== t[i].text || t[k + 1].text !== t[i + 1].text) continue;
    if (!starts.has(k) && !opensClause(doc, k) && t[k - 1].kind === "word") return true;
  }
  return false;
}

export function splitGlued(doc: Doc, input: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lw = lowerTexts(doc);
  const starts = new Set(doc.sentences.map((s) => s.firstToken));
  const out: NameSpan[] = [];
  const spans = ampersandsAndLists(doc, input);
  for (let si = 0; si < spans.length; si++) {
    const span = spans[si];
    let s = span;
    // "Navy Capt. Jeff Davis", "Army Sgt. Lena Ortiz", "Air Force Lt. …": a name right before a rank's abbreviation
    // and a person is the service the person serves in, a body (not a country: "U.S. Army" stays as it is read).
    const after = spans[si + 1];
    if (s.type !== "ORG" && s.type !== "MISC" && !s.cued && s.last - s.first <= 2 && RANKS.test(t[s.last]?.text ?? "") && after?.type === "PER" && after.first === s.last + 1) {
      const words = t.slice(s.first, s.last);
      if (words.every((x) => isTitleCase(x.text) && !lookupCountry(x.text)) && !lookupCountry(spanWords(doc, s.first, s.last))) s = { ...s, type: "ORG" };
    }
    // "Cleveland DL" + "Larry Ogunjobi": a position's abbreviation ending a team's name right before a person is
    // the person's role.
    const next = spans[si + 1];
    if (s.type === "ORG" && s.last - s.first >= 2 && next?.type === "PER" && next.first === s.last && /^\p{Lu}{2,3}$/u.test(t[s.last - 1].text) && /^\p{Lu}\p{Ll}/u.test(t[s.last - 2].text)) {
      s = { ...s, last: s.last - 1 };
    }
    // "Insider Jason La Canfora", "Business Insider Jason La Canfora": an outlet's head word before a given name
    // and a surname ends the outlet, not the person (an ordinary word there is left: on PolNeAR dev it cost a
    // speaker).
    if (s.type === "PER" && !s.cued && s.last - s.first >= 3) {
      let k = s.first;
      while (k < s.last - 2 && !(isTitleCase(t[k].text) && !isGivenName(t[k].text) && headTypeOf(t[k].text) === "ORG" && isGivenName(t[k + 1].text) && looksPersonal(doc, k + 1, s.last))) k++;
      if (k < s.last - 2) {
        if (k > s.first) out.push({ type: "ORG", first: s.first, last: k + 1 });
        s = { ...s, first: k + 1 };
      }
    }
    // A name is not a head word alone: "General Motors", "Foreign Ministry", "Whole Foods" keep their first
    // word, an adjective; a verb or a plural before the head is no part of a name ("Reports Police said").
    const headLeft = s.last - s.first === 2 && headTypeOf(t[s.last - 1].text) !== null && !/s$/.test(t[s.first].text);
    // Unless the article writes the same words mid-sentence too: "Judicial Watch said …" opening a sentence is the
    // group it names elsewhere ("… turned over the emails to Judicial Watch").
    if (!s.cued && s.last - s.first >= 2 && !headLeft && (opensSentence(doc, s.first, starts) || (opensClause(doc, s.first) && !/^(?:The|A|An)$/.test(t[s.first].text))) && isCommonWord(t[s.first].text) && !writtenMidSentence(doc, s.first, starts)) {
      s = { ...s, first: s.first + 1 };
    }
    // "Sacramento-based McClatchy", "Texas-born Smith": a compound adjective says where from, not who.
    if (s.last - s.first >= 2 && COMPOUND_ADJECTIVE.test(t[s.first].text)) s = { ...s, first: s.first + 1 };
    // "CEO of Blue Summit Group" is the company; "CEO Andy Vesey" the person.
    if (s.type !== "PER" && TITLES.has(lw[s.first])) {
      if (t[s.first + 1]?.text === "of" && s.last - s.first > 2) s = { ...s, first: s.first + 2 };
      else if (looksPersonal(doc, s.first + 1, s.last)) s = { type: "PER", first: s.first + 1, last: s.last };
    }
    if (s.type === "MISC" || s.cued || s.last - s.first < 3) {
      out.push(s);
      continue;
    }
    // "Senator Tom Udall, Democrat of New Mexico": a party's member "of" a state names the state only (the party's
    // member is a description, no body).
    if (!s.cued && PARTY_MEMBERS.has(t[s.first].text) && t[s.first + 1]?.text === "of" && s.last - s.first >= 3 && startsUpper(t[s.first + 2].text)) {
      out.push({ type: "LOC", first: s.first + 2, last: s.last });
      continue;
    }
    // "Democrat Hillary Clinton", "Kentuckian Rand Paul", "Venezuelan Leopoldo López": a party's member or where one
    // comes from, glued before a given name and a surname, says what the person is; the demonym of a country stays a
    // mention of it. (Not a given name itself: "Christian", "Adrian".)
    if (s.type === "PER" && isMemberWord(t[s.first].text) && !isGivenName(t[s.first].text) && (isGivenName(t[s.first + 1].text) || s.last - s.first === 3) && looksPersonal(doc, s.first + 1, s.last)) {
      if (lookupCountry(t[s.first].text)?.kind === "demonym") out.push({ type: "MISC", first: s.first, last: s.first + 1 });
      out.push({ type: "PER", first: s.first + 1, last: s.last });
      continue;
    }
    const country = [2, 1].find((k) => s.last - s.first - k >= 2 && lookupCountry(spanWords(doc, s.first, s.first + k))?.kind === "name");
    if (country && looksPersonal(doc, s.first + country, s.last)) {
      out.push({ type: "LOC", first: s.first, last: s.first + country }, { type: "PER", first: s.first + country, last: s.last });
      continue;
    }
    // "Public Ombudsman Nadia Cruz": capitalised ordinary words or titles before a given name and a surname
    // are the person's office, an organization of its own ("San Francisco Chronicle" has no ordinary word).
    // (A name of three words after a title: "Supreme Court Justice Ruth Bader Ginsburg".)
    const three = s.last - 3;
    const given = three > s.first + 1 && TITLES.has(lw[three - 1]) && isGivenName(t[three].text) && looksPersonal(doc, three, s.last) ? three : s.last - 2;
    if (s.type === "ORG" && given > s.first && isGivenName(t[given].text) && looksPersonal(doc, given, s.last)) {
      let office = true;
      let ordinary = false;
      for (let k = span.first; k < given; k++) {
        const w = t[k].text;
        if (!isTitleCase(w) || headTypeOf(w) || isGivenName(w)) office = false;
        if (isCommonWord(w) || TITLES.has(w.toLowerCase())) ordinary = true;
      }
      if (office && ordinary) {
        if (!TITLES.has(lw[s.first])) out.push({ type: "ORG", first: s.first, last: given });
        out.push({ type: "PER", first: given, last: s.last });
        continue;
      }
    }
    // "Republican National Committee Chairman Reince Priebus", "Atlantic City Mayor Don Guardian": a title between a
    // name and a given name with a surname is the person's office (a known given name may have a head word for a
    // surname: "Don Guardian"); the name before it stays (what the words before the title are is for the later
    // rules to settle), the title goes, the person is a person.
    if (!s.cued && given > s.first + 1 && TITLES.has(lw[given - 1]) && (looksPersonal(doc, given, s.last) || (isGivenName(t[given].text) && isTitleCase(t[given].text) && isTitleCase(t[given + 1].text) && !isCommonWord(t[given + 1].text)))) {
      let end = given - 1;
      while (end > s.first && (TITLES.has(lw[end - 1]) || (isCommonWord(t[end - 1].text) && !headTypeOf(t[end - 1].text)))) end--;
      // Read whole as a person, the words before the title are a place unless a body's head word ends them.
      const before = s.type !== "PER" ? s.type : headTypeOf(t[end - 1].text) === "ORG" ? "ORG" : "LOC";
      if (end > s.first) out.push({ type: before, first: s.first, last: end });
      out.push({ type: "PER", first: given, last: s.last });
      continue;
    }
    // "Douglas J. Band": a given name, an initial and a surname are a person's name, whatever the tagger or the
    // surname's head word ("Band", "Guardian") said.
    if ((s.type === "ORG" || s.type === "LOC") && !s.cued && s.last - s.first === 3 && /^\p{Lu}\.$/u.test(t[s.first + 1].text) && isGivenName(t[s.first].text) && isTitleCase(t[s.first].text) && isTitleCase(t[s.last - 1].text) && !lookupCountry(t[s.last - 1].text)) {
      out.push({ ...s, type: "PER" });
      continue;
    }
    let role = -1;
    for (let k = s.first + 1; k < s.last - 2 && role < 0; k++) if (/^\p{Lu}{2,3}$/u.test(t[k].text) && looksPersonal(doc, k + 1, s.last)) role = k;
    if (role > 0) {
      out.push({ ...s, last: role }, { type: "PER", first: role + 1, last: s.last });
      continue;
    }
    out.push(s);
  }
  return out;
}

function spanWords(doc: Doc, first: number, last: number): string {
  return doc.text.slice(doc.tokens[first].start, doc.tokens[last - 1].end);
}

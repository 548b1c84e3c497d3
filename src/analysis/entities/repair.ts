/**
 * Edges and types of the tagger's names that the words right around them settle, read before any other rule
 * (index.ts runs repairTaggedSpans on tagDoc's spans). Written for a retrained tagger (issue #13, round 14): the
 * later rules were fitted to the shipped model's mistakes, and a retrain makes other ones; with the shipped model
 * these rules leave the eval's lists as they were. Each rule is a fixed window over the tokens, linear in the article:
 *   - a legal suffix after a name makes a company of it: "Harlan Voss Co." (the tagger may read the name before the
 *     suffix as a person's and leave the suffix out);
 *   - a compass word before a country's name is a region of it, a place: "North India" (unless the whole is a
 *     country's name: "North Korea" stays for places.ts);
 *   - a name of two or three words followed by ", the <title or a role only a person holds> of/for/at/in/who/," is
 *     a person's: "Tam Yiu-kwan, the commander of the harbour district, said";
 *   - a role after a person and a comma is no body: "Ana Ruiz, Head of Equity Research at …";
 *   - a law's word after a name the tagger ended too early belongs to it: "the new Tariff Reform Bill" (spans.ts
 *     then reads the law, no organization);
 *   - a one-word name after a title, hyphenated too ("vice-premier"), is a person's, and a capitalised small word
 *     right after it mid-sentence is the rest of the name: "vice-premier Wu He";
 *   - a one-word name read as a body after a region's possessive and "in"/"from"/"near" is a place in it: "from
 *     Gujarat’s Anandpur" (not after a country: "China’s Huawei");
 *   - initials read as a place after "the" that name no country are a body: "in the EU to …";
 *   - a one-word body cut at "and" joins the capitalised words after it when the article writes the whole twice:
 *     "Tolls and Border Watch";
 *   - one word read as a place right after a company's name and "and" is a company: "Harbour Media Corporation and
 *     Fairmead,";
 *   - capitalised words the tagger left out, or a city it read as a place, between "the" and a name holding an
 *     organization's head word belong to that name: "the Quarrytown Metal Exchange" (not a country: state bodies
 *     are orgs.ts's);
 *   - a title the tagger split at "on" is one name: "The National Study" + "on" + "Sleep and Health";
 *   - a short word of digits and letters after a name the article also writes alone is a product or a standard of
 *     that name's owner, not part of the name: "Qorvex 5G", "Qorvex" elsewhere;
 *   - a word cut by mis-decoded text ("JesÃ" + a stray character + "Âos") goes on to its end;
 *   - the title before a person whose office acts names that office: "Public Ombudsman Ana Ruiz’s office said";
 *   - a two-word name read as a body or a place whose last word is the family name of people the article names in
 *     full with other first names is a person: "Hemi Tarawa" beside "Rua Tarawa" (not a place the article names
 *     alone: "Orlath Brin");
 *   - "The" + capitalised words the tagger left out (or a place inside them) + a reporting verb is a publication or
 *     a body: "The Riverside Courier says police …" (no person is written so; titles and nouns for people excepted,
 *     "The President said", and a family: "The Okafors said" beside "Ada Okafor");
 *   - a capitalised word and initials, both left out, name a company: "Corvane ATK, the agency’s other shipper";
 *   - one capitalised word the tagger left out after "told", with no given name, is an outlet or a body told
 *     things: "a doctor told Newsly that …".
 * markTitledPersons (run before harmonizeTypes): a one-word name the article writes after a person's title
 * ("President Okafor") is a person where the tagger mostly read it as a body or a place ("Okafor has …").
 */
import type { Doc } from "../text/sentences";
import type { Token } from "../text/tokens";
import { lookupCountry } from "./countries";
import { GAZ, lowerHash } from "./features";
import { comesBeforePerson, headTypeOf, isCommonWord, isOrgHead } from "./heads";
import { FUNCTION_WORDS, TITLE_WORDS } from "./lexicon";
import { PERSON_NOUNS } from "./people";
import type { NameSpan } from "./spans";
import { loadModel } from "./tagger";
import { modifiesNoun } from "./pos";
import { lowerTexts, startsUpper } from "../text/words";

const LEGAL_SUFFIXES = new Set(["co.", "co", "corp.", "corp", "inc.", "inc", "ltd.", "ltd", "llc", "plc"]);
const COMPASS = new Set(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeast", "Northwest", "Southeast", "Southwest"]);
const TITLES = new Set(TITLE_WORDS);
const REPORTING = new Set(["says", "said", "reported", "reports", "wrote", "writes"]);
/** Roles only a person holds, beside TITLE_WORDS and the nouns for people ("the commander of …"). */
const ROLE_NOUNS = new Set(["commander", "head", "founder", "co-founder", "owner", "boss", "chief", "leader", "daughter", "son", "widow"]);
const AFTER_APPOSITIVE_NOUN = new Set(["of", "for", "at", "who", ",", "in"]);
const DAYS_MONTHS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function capitalised(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && startsUpper(t.text);
}

/** Lower-case words that belong inside a personal name ("Bill de Blasio", "Osama bin Laden", "Oscar de la Renta"). */
const INNER_PARTICLES = new Set(["de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "van", "von", "ter", "ten", "la", "le", "al", "el", "bin", "ibn", "ben", "y", "e", "of", "the", "and"]);

/**
 * "Mosman saw Santilli’s words differently", "Clinton leads Sanders among Latinos": a "person" the tagger ran over a
 * lower-case verb or preposition between two names is two names; the words on each side stay, each read as the tagger
 * read the whole (a one-word side is settled like any lone name later). Name particles and small words of titles stay
 * inside ("Bill de Blasio").
 */
export function splitAtInnerWords(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const out: NameSpan[] = [];
  let split = false;
  for (const s of spans) {
    let cut = -1;
    if (s.type === "PER" && s.last - s.first >= 3) {
      for (let i = s.first + 1; i < s.last - 1 && cut < 0; i++) {
        const w = t[i].text;
        if (t[i].kind !== "word" || !/^\p{Ll}{2,}$/u.test(w) || INNER_PARTICLES.has(w)) continue;
        if (/^\p{Lu}/u.test(t[i - 1].text) && /^\p{Lu}/u.test(t[i + 1].text)) cut = i;
      }
    }
    if (cut < 0) out.push(s);
    else {
      split = true;
      out.push({ ...s, last: cut }, { ...s, first: cut + 1 });
    }
  }
  return split ? out : spans;
}

export function repairTaggedSpans(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const owner = new Int32Array(t.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = s.first; i < s.last; i++) owner[i] = k;
  });
  const starts = new Uint8Array(t.length);
  for (const s of doc.sentences) if (s.firstToken < t.length) starts[s.firstToken] = 1;
  const free = (i: number) => i >= 0 && i < t.length && owner[i] < 0;
  // A capitalised word the tagger left out that may be part of a name: not a small word, a common word, a day or month.
  const lw = lowerTexts(doc);
  const nameWord = (i: number) =>
    free(i) && capitalised(t[i]) && !FUNCTION_WORDS.has(lw[i]) && !isCommonWord(t[i].text) && !DAYS_MONTHS.test(t[i].text);
  // A place the tagger read inside a run of name words (the run "The [Riverside] Courier says" holds it).
  const placeAt = (m: number) => m < t.length && owner[m] >= 0 && owner[m] < out.length && out[owner[m]]?.type === "LOC";
  const out: (NameSpan | null)[] = spans.map((s) => ({ ...s }));
  const added: NameSpan[] = [];
  let alone: Set<string> | null = null;
  const text = (first: number, last: number) => t.slice(first, last).map((x) => x.text).join(" ");

  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    if (!s) continue;
    const next = t[s.last];
    // A mis-decoded accent (a stray character between two halves of a word): a name's word cut by mis-decoded text goes on to its end.
    // (The tagger may have read the word's end as a name of its own: it joins.)
    while (s.last + 1 < t.length && t[s.last].start === t[s.last - 1].end && t[s.last + 1].start === t[s.last].end && t[s.last].kind === "punct" && /^[\u0080-\u00bf\u00ad\u200b-\u200d]$/.test(t[s.last].text) && t[s.last + 1].kind === "word" && free(s.last)) {
      const o = owner[s.last + 1];
      if (o >= 0 && !(o < out.length && out[o] && out[o]!.first === s.last + 1 && out[o]!.last === s.last + 2)) break;
      if (o >= 0) out[o] = null;
      owner[s.last] = owner[s.last + 1] = k;
      s.last += 2;
    }
    // "Harlan Voss Co.": a legal suffix ends a company's name.
    if (s.type !== "MISC" && next && capitalised(next) && LEGAL_SUFFIXES.has(next.text.toLowerCase()) && free(s.last)) {
      s.last++;
      s.type = "ORG";
      owner[s.last - 1] = k;
      continue;
    }
    // "North Velmara": a region of a country.
    if (s.type !== "MISC" && s.type !== "LOC" && s.last - s.first >= 2 && COMPASS.has(t[s.first].text)) {
      const rest = lookupCountry(text(s.first + 1, s.last));
      if (rest?.kind === "name" && !lookupCountry(text(s.first, s.last))) {
        s.type = "LOC";
        continue;
      }
    }
    // "said Ana Ruiz, Head of Equity Research at …": a role after a person, no body.
    if (s.type === "ORG" && k > 0 && out[k - 1]?.type === "PER" && out[k - 1]!.last === s.first - 1 && t[s.first - 1].text === "," && t[s.first + 1]?.text === "of") {
      const role = t[s.first].text.toLowerCase();
      if (TITLES.has(role) || ROLE_NOUNS.has(role)) {
        for (let i = s.first; i < s.last; i++) owner[i] = -1;
        out[k] = null;
        continue;
      }
    }
    // "X, the commander of …": a person.
    if ((s.type === "LOC" || s.type === "ORG") && s.last - s.first >= 2 && s.last - s.first <= 3 && next?.text === "," && t[s.last + 1]?.text.toLowerCase() === "the") {
      const noun = t[s.last + 2]?.text ?? "";
      if ((TITLES.has(noun) || PERSON_NOUNS.has(noun) || ROLE_NOUNS.has(noun) || comesBeforePerson(noun)) && AFTER_APPOSITIVE_NOUN.has(t[s.last + 3]?.text ?? "")) {
        out[k] = { ...s, type: "PER", cued: true };
        continue;
      }
    }
    // "the new Tariff Reform Bill": the law's word the tagger left out.
    if (s.type !== "PER" && next && free(s.last) && capitalised(next) && (next.text === "Bill" || headTypeOf(next.text) === "MISC") && !capitalised(t[s.last + 1])) {
      s.last++;
      s.type = "MISC";
      owner[s.last - 1] = k;
      continue;
    }
    // "the Quarrytown Metal Exchange": words left out between "the" and a body's name.
    if (s.type !== "PER" && nameWord(s.first - 1)) {
      let b = s.first - 1;
      while (b - 1 >= 0 && nameWord(b - 1) && s.first - b < 2) b--;
      let hasHead = false;
      for (let i = s.first; i < s.last; i++) if (isOrgHead(t[i].text)) hasHead = true;
      if (hasHead && b > 0 && t[b - 1].text.toLowerCase() === "the" && !starts[b]) {
        for (let i = b; i < s.first; i++) owner[i] = k;
        s.first = b;
        continue;
      }
    }
    // "vice-premier Wu He": a one-word name after a title (hyphenated too) is a person's, and a capitalised small
    // word right after it mid-sentence is the rest of the name.
    if (s.last - s.first === 1 && s.type !== "PER" && s.type !== "MISC" && s.first > 0) {
      const before = t[s.first - 1].text.toLowerCase();
      if (t[s.first - 1].kind === "word" && /^\p{Ll}/u.test(t[s.first - 1].text) && TITLES.has(before.split("-").pop()!)) {
        if (next && free(s.last) && capitalised(next) && FUNCTION_WORDS.has(next.text.toLowerCase()) && !capitalised(t[s.last + 1])) {
          owner[s.last] = k;
          s.last++;
        }
        out[k] = { ...s, type: "PER", cued: true };
        continue;
      }
    }
    // "from Gujarat’s Anandpur": a place inside a region that is no country, after "in"/"from"/"near".
    if (s.type === "ORG" && s.last - s.first === 1 && s.first >= 3 && /^['’]s$/.test(t[s.first - 1].text)) {
      const region = k > 0 ? out[k - 1] : null;
      if (region && region.type === "LOC" && region.last === s.first - 1 && /^(?:in|from|near)$/.test(t[region.first - 1]?.text ?? "") && !lookupCountry(text(region.first, region.last))) {
        s.type = "LOC";
        continue;
      }
    }
    // "the EU to …": initials read as a place that name no country are a body.
    if (s.type === "LOC" && s.last - s.first === 1 && /^\p{Lu}{2,3}$/u.test(t[s.first].text) && t[s.first - 1]?.text === "the" && !lookupCountry(t[s.first].text)) {
      const after = t[s.last];
      if (!after || after.kind !== "word" || FUNCTION_WORDS.has(after.text.toLowerCase()) || after.text === "to") {
        s.type = "ORG";
        continue;
      }
    }
    // "Tolls and Border Watch" twice in the article: a body's name the tagger cut at "and".
    // (Common words too: a body's name is made of them, "Border", "Watch".)
    const capWord = (i: number) => free(i) && capitalised(t[i]) && !FUNCTION_WORDS.has(t[i].text.toLowerCase());
    if ((s.type === "MISC" || s.type === "ORG") && t[s.last]?.text === "and" && capWord(s.last + 1) && capWord(s.last + 2)) {
      let j = s.last + 1;
      while (j < t.length && capWord(j) && j - s.last < 4) j++;
      if (!capitalised(t[j])) {
        const whole = text(s.first, j);
        const all = doc.text.split(whole).length - 1;
        if (all >= 2) {
          for (let i = s.last; i < j; i++) owner[i] = k;
          out[k] = { ...s, last: j, type: "ORG" };
          continue;
        }
      }
    }
    // "Harbour Media Corporation and Fairmead,": one word read as a place beside a company, no known place, is a company.
    if (s.type === "ORG" && s.last - s.first >= 2 && isOrgHead(t[s.last - 1].text) && t[s.last]?.text === "and") {
      const other = out[k + 1];
      if (other && other.type === "LOC" && other.first === s.last + 1 && other.last - other.first === 1 && !lookupCountry(t[other.first].text) && t[other.last]?.kind === "punct") {
        out[k + 1] = { ...other, type: "ORG" };
        continue;
      }
    }
    // "the Quarrytown Metal Exchange" with the city read as a place of its own (not a country: "the Canada Central
    // Bank" is a state body, orgs.ts).
    const prev = k > 0 ? out[k - 1] : null;
    if (prev && s.type !== "PER" && prev.type === "LOC" && prev.last === s.first && prev.last - prev.first === 1 && prev.first > 0 && t[prev.first - 1].text.toLowerCase() === "the") {
      const place = lookupCountry(t[prev.first].text);
      let hasHead = false;
      for (let i = s.first; i < s.last; i++) if (isOrgHead(t[i].text)) hasHead = true;
      if (hasHead && (!place || place.kind === "capital")) {
        out[k] = { ...s, first: prev.first };
        out[k - 1] = null;
        owner[prev.first] = k;
        continue;
      }
    }
    // "The National Study" + "on" + "Sleep and Health", read as two names: one title.
    if (prev && s.first >= 2 && t[s.first - 1].text === "on" && prev.last === s.first - 1 && prev.type === "MISC" && s.type === "ORG" && prev.last - prev.first >= 2 && /^\p{Lu}\p{Ll}+$/u.test(t[prev.last - 1].text)) {
      out[k] = { ...s, first: prev.first, type: isOrgHead(t[prev.last - 1].text) ? "ORG" : "MISC" };
      out[k - 1] = null;
      for (let i = prev.first; i < s.first; i++) owner[i] = k;
      continue;
    }
    // "Qorvex 5G": the owner's name and its product or standard.
    if (s.last - s.first >= 2 && /^\d\p{L}{1,2}$/u.test(t[s.last - 1].text)) {
      alone ??= new Set(spans.map((x) => text(x.first, x.last)));
      if (alone.has(text(s.first, s.last - 1))) {
        owner[s.last - 1] = -1;
        s.last--;
      }
    }
  }

  // "Public Ombudsman Ana Ruiz’s office said": the title before a person whose office acts names that office.
  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    if (!s || s.type !== "PER" || !/^['’]s$/.test(t[s.last]?.text ?? "") || t[s.last + 1]?.text !== "office") continue;
    let b = s.first;
    while (b - 1 >= 0 && free(b - 1) && capitalised(t[b - 1]) && !FUNCTION_WORDS.has(t[b - 1].text.toLowerCase()) && s.first - b < 4) b--;
    if (b < s.first && (starts[b] || !capitalised(t[b - 1]))) {
      added.push({ type: "ORG", first: b, last: s.first });
      for (let i = b; i < s.first; i++) owner[i] = out.length + added.length - 1;
    }
  }

  // "Hemi Tarawa" read as a body or a place where the article names other people of that family ("Rua Tarawa",
  // "Te Rua Tarawa"): a person.
  let families: Map<string, Set<string>> | null = null;
  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    if (!s || s.type === "PER" || s.type === "MISC" || s.last - s.first !== 2) continue;
    const a = t[s.first].text;
    const z = t[s.last - 1].text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(a) || !/^\p{Lu}\p{Ll}+$/u.test(z) || headTypeOf(a) || headTypeOf(z) || isCommonWord(a) || isCommonWord(z) || lookupCountry(a) || lookupCountry(z)) continue;
    if (!families) {
      families = new Map();
      for (const p of out) {
        if (!p || p.type !== "PER" || p.last - p.first < 2) continue;
        const last = t[p.last - 1].text;
        const set = families.get(last) ?? new Set<string>();
        set.add(t[p.first].text);
        families.set(last, set);
      }
    }
    // Not a place before a surname: "Orlath Brin" (a place the article names alone).
    if (out.some((p) => p && p.type === "LOC" && p.last - p.first === 1 && t[p.first].text === a)) continue;
    const firsts = families.get(z);
    if (firsts && [...firsts].some((f) => f !== a)) out[k] = { ...s, type: "PER" };
  }

  const gaz = loadModel().gazetteer;
  for (let i = 0; i < t.length; i++) {
    // "The Riverside Courier says …": a publication or a body.
    // A place the tagger read inside the name is part of it: "The [Riverside] Courier says".
    if (i > 0 && lw[i - 1] === "the" && (nameWord(i) || placeAt(i))) {
      let j = i;
      const places = new Set<number>();
      while (j < t.length && j - i < 5 && (nameWord(j) || placeAt(j))) {
        if (!nameWord(j)) places.add(owner[j]);
        j++;
      }
      // The last word is one the tagger left out, and the places lie wholly inside the run.
      const inside = [...places].every((p) => out[p]!.first >= i && out[p]!.last <= j);
      if (j < t.length && REPORTING.has(t[j].text) && nameWord(j - 1) && inside) {
        for (const p of places) out[p] = null;
        let person = false;
        for (let m = i; m < j; m++) if (TITLES.has(t[m].text.toLowerCase()) || PERSON_NOUNS.has(t[m].text.toLowerCase())) person = true;
        // "The Okafors said": a family, when the article names one of them ("Okafor").
        const one = t[i].text;
        if (j - i === 1 && one.endsWith("s") && spans.some((p) => p.type === "PER" && t[p.last - 1].text === one.slice(0, -1))) person = true;
        if (!person) {
          added.push({ type: "ORG", first: i, last: j });
          for (let m = i; m < j; m++) owner[m] = out.length + added.length - 1;
        }
      }
      i = j;
      continue;
    }
    // "Corvane ATK, the agency’s other shipper": a word and initials, both left out, name a company.
    if (nameWord(i) && free(i + 1) && /^\p{Lu}{2,5}$/u.test(t[i + 1]?.text ?? "") && !/^[IVXLC]+$/.test(t[i + 1].text) && !lookupCountry(t[i + 1].text) && !capitalised(t[i + 2]) && !/^\p{Lu}+$/u.test(t[i].text) && !(i > 0 && capitalised(t[i - 1]) && !starts[i])) {
      added.push({ type: "ORG", first: i, last: i + 2 });
      owner[i] = owner[i + 1] = out.length + added.length - 1;
      i++;
      continue;
    }
    // "told Newsly that …": one word told things, no person.
    if (i > 0 && t[i - 1].text === "told" && nameWord(i) && !starts[i] && !capitalised(t[i + 1]) && !((gaz.get(lowerHash(t[i].text)) ?? 0) & GAZ.givenName)) {
      if (!/^\p{Lu}+$/u.test(t[i].text) || t[i].text.length > 1) {
        added.push({ type: "ORG", first: i, last: i + 1 });
        owner[i] = out.length + added.length - 1;
      }
    }
  }
  const result = [...(out.filter(Boolean) as NameSpan[]), ...added];
  result.sort((a, b) => a.first - b.first);
  return result;
}

/**
 * "President Okafor … Okafor has …": a one-word name the article writes after a person's title is a person in
 * every use the tagger read as a body or a place, when those uses are as many as the person's (run before
 * harmonizeTypes, whose vote it sets; not before the noun a name modifies, "the Okafor administration").
 */
export function markTitledPersons(doc: Doc, spans: NameSpan[]): NameSpan[] {
  // "President Okafor … Okafor has …": a one-word name the article writes after a person's title is a person in
  // every use the tagger read as a body or a place.
  const t = doc.tokens;
  const out: NameSpan[] = [...spans];
  let titled: Set<string> | null = null;
  // One-word uses of a form read as a person, and as a body or a place: the flip is for forms mostly read so.
  const votes = new Map<string, number>();
  for (const p of out) if (p.last - p.first === 1 && p.type !== "MISC") votes.set(t[p.first].text, (votes.get(t[p.first].text) ?? 0) + (p.type === "PER" ? -1 : 1));
  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    if (s.last - s.first !== 1 || (s.type !== "ORG" && s.type !== "LOC")) continue;
    if (!titled) {
      titled = new Set();
      for (const p of out) {
        if (p.type !== "PER" || p.last - p.first !== 1 || p.first === 0) continue;
        const before = t[p.first - 1];
        if (capitalised(before) && TITLES.has(before.text.toLowerCase())) titled.add(t[p.first].text);
      }
    }
    // (Not before the noun it modifies: "the Okafor administration" is read by later rules.)
    if (titled.has(t[s.first].text) && (votes.get(t[s.first].text) ?? 0) >= 0 && !modifiesNoun(doc, s.last)) out[k] = { ...s, type: "PER" };
  }
  return out;
}

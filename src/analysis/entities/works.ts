/**
 * Titles of works: a name that fills a quotation by itself (“Mary Poppins”, “Bambi,”) is how news writes the
 * title of a film, book, song or show, not a person or a company. Such spans become MISC, which the
 * entity lists leave out; so do names inside a quotation written in title case (a book's or film's title). They vote like any other mention in the one-type-per-form pass, so a name the
 * article mostly uses as a name stays one ("a new name without “Yahoo” in it").
 */
import type { Doc } from "../text/sentences";
import type { NameSpan } from "./spans";

/** Longest title read this way: longer quotations are speech. */
const MAX_TITLE_WORDS = 6;

function isQuote(doc: Doc, i: number): boolean {
  return i >= 0 && i < doc.tokens.length && doc.tokens[i].kind === "quote";
}

/** The span is the whole of a quotation: a quote mark right before it and, after at most one comma or full stop, one right after it. */
function fillsQuotation(doc: Doc, s: NameSpan): boolean {
  if (!isQuote(doc, s.first - 1)) return false;
  let k = s.last;
  if (k < doc.tokens.length && /^[,.]$/.test(doc.tokens[k].text)) k++;
  return isQuote(doc, k);
}

/** Longest quotation read as a title when written in title case. */
const MAX_TITLE_TOKENS = 24;
/** Short words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "that", "into", "vs"]);

/**
 * Quotations written in title case are titles of works (“A Paradise Built in Hell: The Extraordinary
 * Communities that Arise in Disaster”): every word but the short ones capitalised, three capitalised words of
 * four letters or more. Returns a flag per token inside such a quotation.
 */
function titleQuotations(doc: Doc): Uint8Array {
  const t = doc.tokens;
  const inside = new Uint8Array(t.length);
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i].kind !== "quote" || t[i].text === "'" || t[i].text === "\u2019") continue;
    const opening = t[i].text === "\u201c" || (t[i].text === '"' && open < 0);
    if (opening || open < 0) {
      open = i;
      continue;
    }
    const from = open + 1;
    open = -1;
    if (i - from < 3 || i - from > MAX_TITLE_TOKENS) continue;
    let long = 0;
    let title = true;
    for (let k = from; k < i && title; k++) {
      const w = t[k].text;
      if (t[k].kind !== "word") continue;
      const capital = /^\p{Lu}/u.test(w);
      if (capital && w.length >= 4) long++;
      else if (!capital && !TITLE_SMALL_WORDS.has(w)) title = false;
    }
    if (title && long >= 3) inside.fill(1, from, i);
  }
  return inside;
}

export function markQuotedWorks(doc: Doc, spans: NameSpan[]): NameSpan[] {
  let titles: Uint8Array | null = null;
  return spans.map((s) => {
    if (s.type !== "LOC" && s.last - s.first <= MAX_TITLE_WORDS && fillsQuotation(doc, s)) return { ...s, type: "MISC" };
    if (s.type === "MISC" || s.cued) return s;
    titles ??= titleQuotations(doc);
    return titles[s.first] && titles[s.last - 1] ? { ...s, type: "MISC" } : s;
  });
}

/** Nouns that say the name beside them is a work or a product ("the online game Minecraft", "the Hamilton musical"). */
const WORK_NOUNS = new Set([
  "game", "videogame", "film", "movie", "book", "novel", "memoir", "song", "single", "album", "show", "series", "sitcom",
  "musical", "opera", "documentary", "podcast", "painting", "sculpture", "exhibition", "franchise", "console", "smartphone",
]);
/** The nouns of works that also follow their title ("the Hamilton musical", "the Minecraft game"). */
const WORKS_NAMED_BEFORE = new Set(["game", "film", "movie", "novel", "song", "album", "musical", "sitcom", "documentary", "podcast"]);
/** Words that open the phrase before such a noun: an article, a possessive, or an adjective of kind. */
const WORK_OPENERS = new Set([
  "the", "a", "an", "his", "her", "their", "its", "hit", "popular", "new", "online", "latest", "upcoming", "animated",
  "classic", "video", "mobile", "tv", "best-selling", "bestselling", "acclaimed", "famous", "original",
]);

/**
 * Works and products named by the noun beside them: “the online game Minecraft”, “his novel Atonement”, “the
 * Hamilton musical”. They are MISC and carry a strong vote in the one-type-per-form pass, so “Minecraft
 * developer Mojang” keeps Minecraft out of the places.
 */
export function markNamedWorks(doc: Doc, spans: NameSpan[]): NameSpan[] {
  const t = doc.tokens;
  const lower = (i: number) => (i >= 0 && i < t.length ? t[i].text.toLowerCase() : "");
  // The tagger may have left the work untagged ("the online game Minecraft"): the noun still names it.
  const covered = new Uint8Array(t.length);
  for (const s of spans) covered.fill(1, s.first, s.last);
  const added: NameSpan[] = [];
  for (let i = 2; i < t.length; i++) {
    if (covered[i] || !/^\p{Lu}/u.test(t[i].text) || t[i].kind !== "word" || !WORK_NOUNS.has(lower(i - 1)) || !WORK_OPENERS.has(lower(i - 2))) continue;
    let j = i;
    while (j < t.length && !covered[j] && t[j].kind === "word" && /^\p{Lu}/u.test(t[j].text)) j++;
    added.push({ type: "MISC", first: i, last: j, cued: true });
    i = j;
  }
  if (added.length) spans = [...spans, ...added].sort((a, b) => a.first - b.first);
  return spans.map((s) => {
    if (s.cued) return s;
    const before = WORK_NOUNS.has(lower(s.first - 1)) && WORK_OPENERS.has(lower(s.first - 2));
    // Before the noun a company is the maker ("the Disney film", "a General Motors exhibition"): only a name
    // the tagger did not call an organization is the work itself ("the Hamilton musical").
    const after =
      s.type !== "ORG" && WORKS_NAMED_BEFORE.has(lower(s.last)) && /^(?:the|a|an)$/.test(lower(s.first - 1)) && !/^(?:'s|’s)$/.test(lower(s.last + 1));
    return before || after ? { ...s, type: "MISC", cued: true } : s;
  });
}

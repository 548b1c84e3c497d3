/**
 * Definite descriptions that point back to a referent the article already named: "the company said" after
 * WeWork, "the brokerage said" after Kotak Institutional Equities, "the statement said" after "the military
 * said in a statement". Chosen among the candidates by a small score (how often and how recently each was
 * named), so a lone mention of a news agency far back does not beat the company the story is about.
 */
import type { QuoteContext } from "./context";
import type { NameMention } from "./names";
import { typeOfHead } from "./coref";
import { ROLE_HEADS } from "./lexicon";
import { POS_INDEX } from "../syntax";

/** Words for documents that speak for whoever issued them. */
export const DOCUMENT_HEADS = new Set(["statement", "release", "letter", "email", "memo", "filing", "announcement", "notice", "post", "tweet", "complaint", "indictment", "lawsuit"]);
/** Published sources that speak for their authors ("this report said"), beyond those typeOfHead knows ("study", "poll"). */
const SOURCE_NOUNS = new Set(["report", "review", "document", "audit", "investigation", "inquiry"]);

/** A head noun that can speak: an unnamed source or an organization, a title, a document or a published source. */
export function isSourceHead(head: string): boolean {
  return typeOfHead(head) !== null || ROLE_HEADS.has(head) || DOCUMENT_HEADS.has(head) || SOURCE_NOUNS.has(head);
}

/** How far back a description may reach, in tokens (a few paragraphs of news). */
const REACH = 600;
/** How far back an organization named only once may be (about a paragraph). */
const LONE_REACH = 150;

export interface Antecedent {
  mention: NameMention;
  score: number;
}

/**
 * The organization a definite description before token `at` most likely means, or null when none was
 * named within reach. Each organization scores its mentions so far plus a bonus for being the latest.
 */
export function organizationBefore(ctx: QuoteContext, at: number, words: readonly string[] = []): NameMention | null {
  const { mentions } = ctx.cast;
  // The mentions within reach, found by binary search so a long article costs the same per description.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].startTok < at - REACH) lo = mid + 1;
    else hi = mid;
  }
  const inReach: NameMention[] = [];
  const others: NameMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].startTok < at; i++) {
    const m = mentions[i];
    // "a Wall Street darling": a name used as a modifier is not what "the company" points back to.
    if (m.inQuote || m.modifier) continue;
    if (m.kind === "organization") inReach.push(m);
    else others.push(m);
  }
  if (inReach.length === 0) return null;
  const counts = new Map<string, number>();
  for (const m of inReach) counts.set(m.entity ?? m.canonical, (counts.get(m.entity ?? m.canonical) ?? 0) + 1);
  // A short form of an organization's name ("Harlow Foods" after "Harlow Foods Ltd"), however the names pass
  // typed it, is one more mention of that organization.
  let latest = inReach[inReach.length - 1];
  for (const u of others) {
    const org = inReach.find((m) => m.startTok < u.startTok && m.canonical.startsWith(u.canonical));
    if (!org) continue;
    counts.set(org.entity ?? org.canonical, (counts.get(org.entity ?? org.canonical) ?? 0) + 1);
    if (u.startTok > latest.startTok) latest = org;
  }
  // "the institute" after "the Public Policy Institute of California", "the budget office" after "the
  // Congressional Budget Office": an organization whose name has a word of the description is the one meant,
  // however often another was named since.
  // (Its modifiers must be in the name too when it has any: "the terrorist group" is not "SITE Intelligence Group".)
  const modifiers = words.slice(0, -1).filter((w) => !DETERMINER_LIKE.has(w) && !CLITICS.has(w));
  const wanted = modifiers.length > 0 ? modifiers : words;
  const named = wanted.length > 0 ? inReach.filter((m) => nameWords(m).some((w) => wanted.includes(w))) : [];
  let best: Antecedent | null = null;
  // (Failing that, every word it shares with a name counts: "the prosecutor’s office" after "the U.S. Attorney’s
  // Office for …" is that office, not the group named since inside the reported clause.)
  const described = new Set(words.filter((w) => !CLITICS.has(w)));
  for (const m of named.length > 0 ? named : inReach) {
    const shared = nameWords(m).filter((w) => described.has(w)).length;
    const score = (counts.get(m.entity ?? m.canonical) ?? 0) + (m === latest ? 2 : 0) + SHARED_WORD_BONUS * shared;
    // Later mentions win ties: the story has moved on to them.
    if (!best || score >= best.score) best = { mention: m, score };
  }
  // An organization named once, paragraphs back, is no safe antecedent: the description more likely means a
  // body the article names in a way the name passes missed ("Energy Control's service …, the group promised").
  // (Unless the description repeats a word of the name: "the budget office" after "the Congressional Budget Office".)
  if (best && counts.get(best.mention.entity ?? best.mention.canonical) === 1 && at - best.mention.startTok > LONE_REACH) {
    const name = best.mention.canonical.toLowerCase().split(/\s+/);
    if (!words.some((w) => name.includes(w))) return null;
  }
  return best?.mention ?? null;
}

/** What one word of the description shared with a name adds to that organization's score. */
const SHARED_WORD_BONUS = 3;
/** Words of a description or a name that tell no body from another. */
const CLITICS = new Set(["'s", "\u2019s", "the", "of", "for", "and"]);

/** An organization name's words, lower-cased, without possessive endings ("Attorney’s" → "attorney"). */
function nameWords(m: NameMention): string[] {
  return m.canonical.toLowerCase().split(/\s+/).map((w) => w.replace(/['\u2019]s$/, "")).filter((w) => !CLITICS.has(w));
}

/** Words before a description's head that say nothing of which body it is ("the same agency", "the new company"). */
const DETERMINER_LIKE = new Set(["same", "new", "former", "other", "local", "state's", "city's"]);

const NOT_IN_TITLE = new Set(["for", "of", "at", "with", "from", "by", "and", "or", "said", "says", "told"]);

/** Words before a name read for its title ("China’s ambassador to Britain Liu …", "Police Chief Ed Alvarez"). */
const TITLE_REACH = 4;

/**
 * The one person the article names with `head` in the title right before the name ("ambassador" → "China’s
 * ambassador to Britain Liu Xiaoming"; "chief" → "Interim BART Police Chief Ed Alvarez"), or -1 when none or
 * several do. `sentences`: only names in sentences [from, to] count ("A California transit chief says …" is
 * named in the lede's next sentences, or not at all).
 */
export function personTitled(ctx: QuoteContext, head: string, from = 0, to = Infinity): number {
  let index = titleIndexes.get(ctx);
  if (!index) {
    index = new Map();
    const { mentions } = ctx.cast;
    for (const m of mentions) {
      if (m.kind !== "person" || m.person < 0 || m.inQuote) continue;
      const sent = ctx.sentOf[m.startTok];
      const first = sent >= 0 ? ctx.doc.sentences[sent].firstToken : 0;
      for (let k = m.startTok - 1; k >= first && k >= m.roleStartTok - TITLE_REACH; k--) {
        // "a spokesperson for Treasurer Nils Aberg" is not Aberg's title: the title ends at such a preposition.
        // Nor does a title run across a verb ("a reporter asked if recent Special Operations …").
        if (ctx.doc.tokens[k].kind !== "word" || NOT_IN_TITLE.has(ctx.lower[k]) || ctx.pos[k] === POS_INDEX.VFIN) break;
        const list = index.get(ctx.lower[k]) ?? [];
        list.push({ person: m.person, sent });
        index.set(ctx.lower[k], list);
      }
    }
    titleIndexes.set(ctx, index);
  }
  let found = -1;
  for (const e of index.get(head) ?? []) {
    if (e.sent < from || e.sent > to) continue;
    if (found >= 0 && found !== e.person) return -1;
    found = e.person;
  }
  return found;
}

// Built once per document on first use.
const titleIndexes = new WeakMap<QuoteContext, Map<string, { person: number; sent: number }[]>>();

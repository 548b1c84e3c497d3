/** The page's language: what it declares, unless its words clearly say otherwise. */
import { docCall, docGet } from "./safeDom";

const STOPWORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "he", "she", "are", "by", "this", "be", "at", "from", "have", "has", "not", "but", "they", "said", "which", "were", "would"],
  fr: ["le", "la", "les", "des", "et", "est", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "au", "avec", "il", "elle", "sont", "ce", "aux", "par", "mais", "ont", "été", "être", "cette", "nous"],
  de: ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich", "auf", "für", "von", "dem", "des", "auch", "es", "im", "sie", "wird", "wurde", "aber", "nach", "bei", "wie"],
  es: ["el", "los", "las", "del", "y", "que", "en", "un", "una", "por", "con", "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "este", "esta", "fue", "son"],
  it: ["il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "della", "del", "nel", "con", "si", "da", "gli", "le", "alla", "anche", "questo", "è", "più", "ma", "come", "dei"],
  pt: ["o", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "por", "mais", "dos", "das", "se", "na", "no", "foi", "ao", "ele", "ela", "são", "também"],
  nl: ["de", "het", "een", "en", "van", "is", "dat", "op", "niet", "zijn", "met", "voor", "ook", "maar", "bij", "wordt", "werd", "naar", "aan", "hij", "zij", "er", "om", "deze", "dit"],
};

const LANGS = Object.keys(STOPWORDS);

/**
 * Each function word with the languages (indexes into LANGS) it belongs to: one lookup a word. This runs once
 * per page, in the content script, where the code is cold (interpreted): a loop over every language for every
 * word took 10–20 ms there.
 */
const LOOKUP = new Map<string, number[]>();
LANGS.forEach((lang, index) => {
  for (const word of STOPWORDS[lang]) {
    const langs = LOOKUP.get(word);
    if (langs) langs.push(index);
    else LOOKUP.set(word, [index]);
  }
});

/** "en-GB" → "en"; anything that is not a language tag → "". */
export function normalizeLang(tag: string | null | undefined): string {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(primary) ? primary : "";
}

/** A guess from the most frequent function words; confident when one language clearly leads. */
export function guessLang(text: string): { lang: string; confident: boolean } {
  // The opening of the text is plenty, and keeps megabyte pages cheap.
  const words = text.slice(0, 20000).toLowerCase().match(/\p{L}+/gu)?.slice(0, 3000) ?? [];
  const counts: number[] = LANGS.map(() => 0);
  for (let i = 0; i < words.length; i++) {
    const langs = LOOKUP.get(words[i]);
    if (langs) for (let k = 0; k < langs.length; k++) counts[langs[k]]++;
  }
  // Which of two languages with the same count comes first does not matter: a tie is never a guess.
  const ranked = LANGS.map((lang, i): [string, number] => [lang, counts[i]]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 3 || (second && best[1] < second[1] * 1.5)) return { lang: "", confident: false };
  return { lang: best[0], confident: best[1] >= 20 && (!second || best[1] >= second[1] * 3) };
}

export function detectLang(doc: Document, text: string, hint = ""): string {
  const root = docGet(doc, "documentElement");
  const declared = normalizeLang(
    root?.getAttribute("lang") ||
      root?.getAttribute("xml:lang") ||
      declaredContentLanguage(doc) ||
      hint,
  );
  const guess = guessLang(text);
  if (guess.confident && guess.lang !== declared) return guess.lang;
  return declared || guess.lang;
}

function declaredContentLanguage(doc: Document): string {
  for (const meta of Array.from(docCall(doc, "getElementsByTagName", "meta") ?? [])) {
    if ((meta.getAttribute("http-equiv") ?? "").toLowerCase() === "content-language") return meta.getAttribute("content") ?? "";
  }
  return "";
}

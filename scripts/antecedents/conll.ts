/**
 * CoNLL-2003 Reuters newswire (../shared/data/ner/conll2003) as whole articles, for the pronoun antecedent
 * labels: the NER files keep one tokenized sentence per block and no document marks, so the articles are
 * rebuilt here, deterministically (the labels point into the rebuilt text by character offset, so the same
 * input must always give the same text).
 *
 * - An article starts at its headline: the sentence before its dateline ("BRUSSELS 1996-08-22"), or two before
 *   when that sentence is a byline (every token tagged PER).
 * - Tokens are joined with the spacing of ordinary prose (no space before punctuation or "'s", none inside
 *   straight double quotes; opening and closing quotes are told apart by counting them through the article).
 * - Each sentence is a paragraph, as Reuters paragraphs mostly are, except that a sentence ending inside an
 *   open quote runs on in the same paragraph.
 */
import { readConll, type Sentence } from "../ner/corpus";

export interface ConllArticle {
  /** Stable key: the file's label and the index of the article's first sentence ("train#3"). */
  key: string;
  text: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDateline(s: Sentence): boolean {
  const w = s.words;
  if (!DATE.test(w[w.length - 1])) return false;
  return w.length === 1 || /^[A-Z][A-Z.'-]*$/.test(w[0]);
}

function isByline(s: Sentence): boolean {
  return s.tags.length > 0 && s.tags.length <= 4 && s.tags.every((t) => t.endsWith("-PER"));
}

/** Tokens after which no space follows. */
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$"]);
/** Tokens before which no space goes. */
const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'", "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m"]);

/** Joins one article's sentences into text: one paragraph per sentence, run on while a quote is open. */
function articleText(sentences: readonly Sentence[]): string {
  let out = "";
  let quoteOpen = false;
  for (const s of sentences) {
    // A sentence that starts inside an open quote continues the paragraph the quote opened in.
    if (out) out += quoteOpen ? " " : "\n\n";
    let glueNext = true; // no space before the first token of a line
    for (const w of s.words) {
      if (w === '"') {
        out += (quoteOpen || glueNext ? "" : " ") + '"';
        glueNext = !quoteOpen; // nothing between an opening mark and its first word
        quoteOpen = !quoteOpen;
        continue;
      }
      out += (!glueNext && !NO_SPACE_BEFORE.has(w) ? " " : "") + w;
      glueNext = NO_SPACE_AFTER.has(w);
    }
  }
  return out + "\n";
}

/** The articles of one CoNLL file, in file order. `label` names the file in the keys ("train"). */
export function readConllArticles(file: string, label: string): ConllArticle[] {
  return conllArticles(readConll(file), label);
}

/** The articles of a CoNLL file's sentences (split out of readConllArticles for the tests). */
export function conllArticles(sentences: readonly Sentence[], label: string): ConllArticle[] {
  const starts: number[] = [0];
  for (let i = 1; i < sentences.length; i++) {
    if (!isDateline(sentences[i])) continue;
    let start = i - 1;
    if (start > 0 && isByline(sentences[start])) start--;
    if (start > starts[starts.length - 1]) starts.push(start);
  }
  const out: ConllArticle[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k];
    const to = k + 1 < starts.length ? starts[k + 1] : sentences.length;
    out.push({ key: `${label}#${from}`, text: articleText(sentences.slice(from, to)) });
  }
  return out;
}

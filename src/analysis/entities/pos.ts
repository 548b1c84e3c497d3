/**
 * Part-of-speech questions the entity pass asks of single sentences, each sentence tagged once per article.
 */
import { sentenceAt, type Doc } from "../text/sentences";
import { POS_INDEX } from "../syntax/tags";
import { tagSentence } from "../syntax";

/**
 * Whether the token at i is a lower-case common noun that the name before it modifies ("Oscar dress"), by the
 * part-of-speech tagger on that one sentence (only asked for lone given names, so seldom).
 */
export function modifiesNoun(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (i >= t.length || t[i].kind !== "word" || !/^\p{Ll}+$/u.test(t[i].text)) return false;
  const si = sentenceAt(doc, t[i].start);
  const sent = doc.sentences[si];
  if (!sent) return false;
  // (Tagged once per article, and shared with the quote pass, which tags every sentence.)
  return tagSentence(doc, si)[i - sent.firstToken] === POS_INDEX.NOUN;
}
/** Whether the token at i is a lower-case finite verb ("Delta cancelled …"), by the part-of-speech tagger on its sentence. */
export function isFiniteVerb(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (i >= t.length || t[i].kind !== "word" || !/^\p{Ll}+$/u.test(t[i].text)) return false;
  const sent = doc.sentences[sentenceAt(doc, t[i].start)];
  if (!sent) return false;
  return tagSentence(doc, sentenceAt(doc, t[i].start))[i - sent.firstToken] === POS_INDEX.VFIN;
}

/** Whether the token at i is a lower-case finite verb or a participle ("won", "founded": the tagger cannot tell a past tense from a participle). */
export function isVerbForm(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (i >= t.length || t[i].kind !== "word" || !/^\p{Ll}+$/u.test(t[i].text)) return false;
  const si = sentenceAt(doc, t[i].start);
  const sent = doc.sentences[si];
  if (!sent) return false;
  const tag = tagSentence(doc, si)[i - sent.firstToken];
  return tag === POS_INDEX.VFIN || tag === POS_INDEX.VPART;
}

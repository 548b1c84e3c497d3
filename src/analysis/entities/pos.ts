/**
 * Part-of-speech questions the entity pass asks of single sentences, each sentence tagged once per article.
 */
import { sentenceAt, type Doc } from "../text/sentences";
import { POS_INDEX } from "../syntax/tags";
import { tagPos } from "../syntax/tagger";

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
  // Each sentence is tagged once per article, however many names ask.
  let tagged = posCache.get(doc);
  if (!tagged) posCache.set(doc, (tagged = new Map()));
  let pos = tagged.get(si);
  if (!pos) {
    const words: string[] = [];
    for (let k = sent.firstToken; k < sent.endToken; k++) words.push(t[k].kind === "quote" ? '"' : t[k].text);
    tagged.set(si, (pos = tagPos(words)));
  }
  return pos[i - sent.firstToken] === POS_INDEX.NOUN;
}

const posCache = new WeakMap<Doc, Map<number, Uint8Array>>();

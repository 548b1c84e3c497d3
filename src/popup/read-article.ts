/**
 * Reads the page's article through the content script. The page's own work stays small: when the read needs
 * Readability, the content script sends a snapshot of the page and this side runs Readability on it (`judge`)
 * and answers with its verdict; and both the snapshot and the article text cross in slices (TEXT_SLICE_CHARS),
 * so that no single message stalls the page.
 */
import type { ReadabilityVerdict } from "../page/readability-verdict";
import type { ArticleSnapshot, ContentRequest, ContentResponses, ReadReply } from "../shared/messages";

type Send = <T extends ContentRequest["type"]>(tabId: number, request: Extract<ContentRequest, { type: T }>) => Promise<ContentResponses[T]>;
/** Readability's verdict on a snapshot; the popup loads Readability on demand, so the first verdict may wait for it. */
export type Judge = (html: string) => ReadabilityVerdict | null | Promise<ReadabilityVerdict | null>;

/** What the popup gets: the whole article, or why not. */
export type WholeRead = { ok: true; article: ArticleSnapshot; key?: string } | Extract<ReadReply, { ok: false }>;

/** A page that keeps changing while its text is fetched gets read again this many times before giving up. */
const ATTEMPTS = 3;
/** Snapshots a single read may ask to have judged (it asks again only when the page changed under it). */
const TURNS = 4;

const restless = (): WholeRead => ({
  ok: false,
  reason: "error",
  message: "The page kept changing while it was being read. Try again once it has settled.",
});

/** The whole of a sliced payload, or null when the read it belongs to is gone (a newer one replaced it). */
async function fetchRest(send: Send, tabId: number, readId: number, part: "article" | "snapshot", first: string, total: number): Promise<string | null> {
  const slices = [first];
  let received = first.length;
  while (received < total) {
    const next = await send(tabId, { type: "lens:text", readId, part, from: received });
    if (!next.ok || next.text.length === 0) return null;
    slices.push(next.text);
    received += next.text.length;
  }
  return received === total ? slices.join("") : null;
}

export async function readWholeArticle(send: Send, tabId: number, prefer: "article" | "selection", judge: Judge): Promise<WholeRead> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    let reply: ReadReply = await send(tabId, { type: "lens:read", prefer });
    for (let turn = 1; reply.ok && "snapshot" in reply; turn++) {
      const html = turn <= TURNS ? await fetchRest(send, tabId, reply.readId, "snapshot", reply.snapshot.html, reply.snapshot.length) : null;
      if (html === null) break;
      reply = await send(tabId, { type: "lens:verdict", readId: reply.readId, verdict: await judge(html) });
    }
    if (!reply.ok) return reply;
    if (!("article" in reply)) continue;
    // A script from before slicing (an older version still in a long-open tab) sends the whole text at once.
    const total = typeof reply.textLength === "number" ? reply.textLength : reply.article.text.length;
    const text = await fetchRest(send, tabId, reply.readId, "article", reply.article.text, total);
    if (text !== null) return { ok: true, article: { ...reply.article, text }, ...(reply.key === undefined ? {} : { key: reply.key }) };
  }
  return restless();
}

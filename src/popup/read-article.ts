/**
 * Reads the page's article through the content script, the text arriving slice by slice (see
 * TEXT_SLICE_CHARS) so that no single message stalls the page, and put back together here.
 */
import type { ContentRequest, ContentResponses } from "../shared/messages";

type Send = <T extends ContentRequest["type"]>(tabId: number, request: Extract<ContentRequest, { type: T }>) => Promise<ContentResponses[T]>;
type ReadReply = ContentResponses["lens:read"];

/** A page that keeps changing while its text is fetched gets read again this many times before giving up. */
const ATTEMPTS = 3;

export async function readWholeArticle(send: Send, tabId: number, prefer: "article" | "selection"): Promise<ReadReply> {
  for (let attempt = 1; ; attempt++) {
    const reply = await send(tabId, { type: "lens:read", prefer });
    if (!reply.ok) return reply;
    const slices = [reply.article.text];
    let received = reply.article.text.length;
    // A script from before slicing (an older version still in a long-open tab) sends the whole text at once.
    const total = typeof reply.textLength === "number" ? reply.textLength : received;
    let complete = true;
    while (received < total) {
      const next = await send(tabId, { type: "lens:text", readId: reply.readId, from: received });
      if (!next.ok || next.text.length === 0) {
        complete = false;
        break;
      }
      slices.push(next.text);
      received += next.text.length;
    }
    if (complete && received === total) return { ...reply, article: { ...reply.article, text: slices.join("") } };
    if (attempt >= ATTEMPTS) {
      return { ok: false, reason: "error", message: "The page kept changing while its text was being read. Try again once it has settled." };
    }
  }
}

import { describe, expect, it } from "vitest";
import { readWholeArticle } from "../../src/popup/read-article";
import type { ContentRequest } from "../../src/shared/messages";
import { sampleArticle } from "../shared/sample-analysis";

describe("reading the whole article through the content script", () => {
  it("takes a reply from a script that sent the text whole (no slicing fields) as complete", async () => {
    const sent: ContentRequest[] = [];
    const send = (async (_tab: number, request: ContentRequest) => {
      sent.push(request);
      return { ok: true, article: sampleArticle() };
    }) as unknown as Parameters<typeof readWholeArticle>[0];
    const reply = await readWholeArticle(send, 1, "article", () => null);
    expect(reply).toMatchObject({ ok: true, article: { text: sampleArticle().text } });
    expect(sent.map((r) => r.type)).toEqual(["lens:read"]);
  });

  it("passes a refusal through unchanged", async () => {
    const refusal = { ok: false, reason: "no-text", message: "No article here." } as const;
    const send = (async () => refusal) as unknown as Parameters<typeof readWholeArticle>[0];
    expect(await readWholeArticle(send, 1, "selection", () => null)).toEqual(refusal);
  });
});

describe("Readability's turns", () => {
  it("fetches each snapshot whole, has it judged, answers, and goes on until the article comes", async () => {
    const snapshots = ["<html><body><p>first look</p></body></html>", "<html><body><p>second look, the page changed</p></body></html>"];
    const article = sampleArticle({ text: "Harbour barrier approved. ".repeat(20) });
    const sent: ContentRequest[] = [];
    let turn = 0;
    const half = (s: string) => s.slice(0, Math.ceil(s.length / 2));
    const send = (async (_tab: number, request: ContentRequest) => {
      sent.push(request);
      switch (request.type) {
        case "lens:read":
        case "lens:verdict": {
          if (turn < snapshots.length) {
            const html = snapshots[turn++];
            return { ok: true, readId: 5, snapshot: { html: half(html), length: html.length } };
          }
          return { ok: true, readId: 5, article: { ...article, text: half(article.text) }, textLength: article.text.length };
        }
        case "lens:text": {
          const whole = request.part === "snapshot" ? snapshots[turn - 1] : article.text;
          return { ok: true, text: whole.slice(request.from) };
        }
        default:
          throw new Error(`unexpected ${request.type}`);
      }
    }) as unknown as Parameters<typeof readWholeArticle>[0];
    const judged: string[] = [];
    const verdict = { texts: [0], kept: [1], title: "", byline: "", siteName: "", lang: "en" };
    const reply = await readWholeArticle(send, 1, "article", (html) => (judged.push(html), verdict));
    expect(judged).toEqual(snapshots);
    expect(reply).toEqual({ ok: true, article });
    expect(sent.filter((r) => r.type === "lens:verdict")).toEqual([
      { type: "lens:verdict", readId: 5, verdict },
      { type: "lens:verdict", readId: 5, verdict },
    ]);
  });
});

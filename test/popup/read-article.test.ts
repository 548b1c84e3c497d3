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

import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis";
import { loadModel } from "../../src/analysis/entities/tagger";
import { loadPosModel } from "../../src/analysis/syntax/tagger";
import { analyzeInSteps, quoteSpans } from "../../src/worker/steps";
import { directCases } from "../fixtures/quotes/direct";
import { indirectCases } from "../fixtures/quotes/indirect";
import { negativeCases } from "../fixtures/quotes/negatives";
import { speakerCases } from "../fixtures/quotes/speakers";
import { pronounChainCases } from "../fixtures/quotes/pronoun-chain";

const SAMPLE = path.resolve(__dirname, "../fixtures/site/index.html");

/** Texts with quotes of every kind: the bundled sample's paragraphs and the quote tests' cases. */
function texts(): string[] {
  const html = readFileSync(SAMPLE, "utf8");
  const paragraphs = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").trim());
  const list = [paragraphs.join("\n")];
  for (const c of [...directCases, ...indirectCases, ...negativeCases, ...speakerCases, ...pronounChainCases]) list.push(c.text);
  list.push(
    "“We are ready,” said Ann Lee of the United Nations. Lee added that talks would go on. “It is late,” she said.\nThe ministry said in a statement that it opposed the plan.",
    "",
  );
  return list;
}

describe("the analysis in two steps (quotes' spans first)", () => {
  beforeAll(() => {
    loadModel();
    loadPosModel();
  });

  it("ends with exactly analyze()'s result, and sends the spans that result has, first", () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(100);
    for (const text of all) {
      const sent: number[][] = [];
      const stepped = analyzeInSteps({ title: "T", text }, (spans) => sent.push(spans));
      const whole = analyze({ title: "T", text });
      expect(JSON.stringify(stepped)).toBe(JSON.stringify(whole));
      expect(sent).toEqual([quoteSpans(whole.quotes)]);
    }
    // (Two analyses of every fixture text: about 2 s alone, several times that on a loaded machine.)
  }, 60_000);
});

import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { pairQuoteMarks } from "../../../src/analysis/quotes/marks";

/** The inner texts of the outermost quoted spans. */
function quoted(text: string): string[] {
  return pairQuoteMarks(buildDoc(text)).map((s) => text.slice(s.start, s.end));
}

describe("pairQuoteMarks", () => {
  it("pairs curly, straight, guillemet, low-high and corner marks", () => {
    expect(quoted("He said “yes please” and left.")).toEqual(["yes please"]);
    expect(quoted('He said "yes please" and left.')).toEqual(["yes please"]);
    expect(quoted("Elle a dit « oui merci » hier.")).toEqual(["oui merci"]);
    expect(quoted("Er sagte „ja bitte“ gestern.")).toEqual(["ja bitte"]);
    expect(quoted("She wrote ‘thank you’ on the card.")).toEqual(["thank you"]);
    expect(quoted("He wrote 「ありがとう」 there.")).toEqual(["ありがとう"]);
  });

  it("keeps nested quotes inside the outer quote", () => {
    expect(quoted("“She told me ‘never again’ last year,” he said.")).toEqual(["She told me ‘never again’ last year"]);
    expect(quoted("‘The sign said \"stop\" twice,’ he said.")).toEqual(["The sign said \"stop\" twice"]);
  });

  it("treats a second opening double mark as the close of an open quote", () => {
    expect(quoted("He said “we talk a lot “about money.")).toEqual(["we talk a lot"]);
  });

  it("closes a quote whose closing mark is typed with a space before it, after the quote's own stop", () => {
    expect(quoted('"Who are we if we answer hate with hate? " she wrote. "The answer is compassion."')).toEqual([
      "Who are we if we answer hate with hate?",
      "The answer is compassion.",
    ]);
  });

  it("closes a quote whose spaced closing mark follows a nested quotation closed at its stop (' \")", () => {
    expect(quoted(`"Then a man yells, 'Keep the gate shut,' " said Ora Penn. "Nobody moved."`)).toEqual([
      "Then a man yells, 'Keep the gate shut,'",
      "Nobody moved.",
    ]);
  });

  it("closes a quote left open at the end of its paragraph", () => {
    expect(quoted("She said “we will be back\n\nThe hall emptied.")).toEqual(["we will be back"]);
  });

  it("joins a quote that reopens in the next paragraph", () => {
    const text = "“First part of the speech.\n\n“Second part of it.”";
    const spans = pairQuoteMarks(buildDoc(text));
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0].start, spans[0].end)).toBe("First part of the speech.\n\n“Second part of it.");
    expect(spans[0].firstPara).toBe(0);
    expect(spans[0].lastPara).toBe(1);
  });

  it("ignores apostrophes in contractions, possessives, decades and elisions", () => {
    expect(quoted("Don't touch the Joneses' car from the '90s, it's rock 'n' roll.")).toEqual(["n"]);
    expect(quoted("O’Brien’s dog isn’t the Smiths’ dog.")).toEqual([]);
  });

  it("drops a single mark left open at the end of a paragraph", () => {
    expect(quoted("The ’til-dawn party and 'em all\n\nNext.")).toEqual([]);
  });

  it("ignores stray marks surrounded by spaces", () => {
    expect(quoted('The 5 " screen and the " sign.')).toEqual([]);
  });

  it("trims the reporting comma but keeps the sentence's own stop", () => {
    expect(quoted("“We won,” she said. “It is over.”")).toEqual(["We won", "It is over."]);
  });

  it("never produces spans outside the text or empty spans", () => {
    const text = "“”\"\" ‘’ « » „“ ” “ \n “";
    for (const s of pairQuoteMarks(buildDoc(text))) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.end).toBeGreaterThan(s.start);
    }
  });
});

/**
 * Patterns of issue #13's ninth pass: bodies named by a run of capitalised words that ends in an office, a
 * department or a service, which the tagger left untagged or read as something else (found over PolNeAR *train*
 * articles with scripts/ner/lost-orgs.ts and snapshot-diff.ts), each on an invented text; and the tagger's skipping
 * of empty weight rows, which must change no score.
 */
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";
import { rowsInUse } from "../../../src/analysis/entities/tagger";
import { NUM_TAGS } from "../../../src/analysis/entities/features";

const entities = (text: string) => findEntities(buildDoc(text));
const typeOf = (text: string, name: string) => entities(text).find((e) => e.name === name)?.type;

describe("a body named by capitalised words ending in an office, a department or a service", () => {
  it("lists an office the tagger left untagged but for its head word", () => {
    const text = "Clinics ran out of vaccine last winter, according to the Government Accountability Office.";
    expect(typeOf(text, "Government Accountability Office")).toBe("organization");
  });

  it("lists a service named before the noun it modifies", () => {
    const text = "A Secret Service agent tackled the man near the stage.";
    expect(typeOf(text, "Secret Service")).toBe("organization");
  });

  it("keeps a room named with an office's head word a place", () => {
    const text = "He spoke from the Oval Office on Tuesday night.";
    expect(typeOf(text, "Oval Office")).not.toBe("organization");
  });
});

describe("a name read as other that speaks or claims", () => {
  it("lists a group that claims an attack as a body", () => {
    const text = "The Islamic State claimed responsibility for the attack.";
    expect(typeOf(text, "Islamic State")).toBe("organization");
  });

  it("lists a publication that reports as a body", () => {
    const text = "The Daily Ledger reported that the mayor would resign.";
    expect(typeOf(text, "Daily Ledger")).toBe("organization");
  });

  it("leaves a war that claims lives alone", () => {
    const text = "The Iraq War claimed thousands of lives.";
    expect(entities(text).filter((e) => e.type === "organization")).toEqual([]);
  });
});

describe("a one-word name described with \"the\" as a company", () => {
  it("lists a name followed by a description only a company takes", () => {
    const text = "Tavelle, the Ohio-based maker of garden tools, said it would cut 300 jobs.";
    expect(typeOf(text, "Tavelle")).toBe("organization");
  });

  it("lists a name after such a description, between commas", () => {
    const text = "The startup, Glimmerbyte, raised $40 million from Sequoia Capital.";
    expect(typeOf(text, "Glimmerbyte")).toBe("organization");
  });

  it("keeps a given name after a noun for a person a person's, no company", () => {
    const text = "Her colleague, Marta, said the firm would reopen on Monday.";
    expect(typeOf(text, "Marta")).not.toBe("organization");
  });
});

describe("two bodies the tagger ran together at \"and\"", () => {
  it("parts a name ending in International from the name after it", () => {
    const names = entities("Amnesty International and Human Rights Watch condemned the arrests.").map((e) => e.name);
    expect(names).toContain("Amnesty International");
    expect(names).toContain("Human Rights Watch");
  });
});

describe("a one-word name a spokesperson speaks for or an interview is given to", () => {
  it("lists the body a spokeswoman speaks for", () => {
    expect(typeOf("A spokeswoman for Corvanta declined to comment on the layoffs.", "Corvanta")).toBe("organization");
  });

  it("lists the outlet an interview is given to", () => {
    expect(typeOf("In an interview with Politico, the senator criticized the plan.", "Politico")).toBe("organization");
  });

  it("keeps a person named in full a person", () => {
    const text = "Dana Whitfield won the seat. A spokesman for Whitfield said she would speak on Monday.";
    expect(typeOf(text, "Dana Whitfield")).toBe("person");
  });
});

describe("the tagger's rows in use", () => {
  it("marks exactly the rows that hold a weight", () => {
    const rows = 40;
    const weights = new Int8Array(rows * NUM_TAGS);
    const filled = [0, 3, 7, 8, 9, 21, 39];
    for (const r of filled) weights[r * NUM_TAGS + ((r * 5) % NUM_TAGS)] = r % 2 ? -3 : 2;
    const bits = rowsInUse(weights);
    for (let r = 0; r < rows; r++) {
      const offset = r * NUM_TAGS;
      const set = (bits[offset >>> 8] & (1 << ((offset >>> 3) & 31))) !== 0;
      expect(set, `row ${r}`).toBe(filled.includes(r));
    }
  });
});

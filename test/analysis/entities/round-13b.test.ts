/**
 * Patterns of issue #13's fourth pass (organizations the words around them reveal), each on an invented text.
 */
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";

const typeOf = (text: string, name: string) => findEntities(buildDoc(text)).find((e) => e.name === name)?.type;

describe("'X of Y' headed by a body's word", () => {
  it("makes a body of a name the tagger read as a place", () => {
    expect(typeOf("The lawsuit names the state prison agency and the University of North Dakota as defendants.", "University of North Dakota")).toBe("organization");
    expect(typeOf("She was elected to the Maryland House of Delegates in 2010 and served two terms.", "Maryland House of Delegates")).toBe("organization");
  });

  it("leaves a place whose word before 'of' is no body's", () => {
    expect(typeOf("Tankers crossing the Strait of Hormuz slowed down on Monday.", "Strait of Hormuz")).toBe("location");
  });
});

describe("a place is not cited and does not employ", () => {
  it("reads a one-word source after 'according to' as a body", () => {
    const text = "The finale drew nine million viewers, according to Deadline, the most in four years.";
    expect(typeOf(text, "Deadline")).not.toBe("location");
  });

  it("reads the employer after 'worked for' or 'executives at' as a body", () => {
    expect(typeOf("Before politics, Ruiz worked for Brightwater for a decade as a trader.", "Brightwater")).not.toBe("location");
    expect(typeOf("Two executives at Stonebridge declined to comment on the merger talks.", "Stonebridge")).not.toBe("location");
  });

  it("keeps a place that modifies a name after it", () => {
    expect(typeOf("Mills worked for Idaho Gov. Brad Little before she ran for the seat.", "Idaho")).toBe("location");
  });
});

describe("a description with 'the' after a name", () => {
  it("makes a name read as a place a body when a company's noun heads the description", () => {
    const text = "Valmora, the Danish shipping company, said on Monday that its fleet will switch fuel by 2030.";
    expect(typeOf(text, "Valmora")).toBe("organization");
  });

  it("does not when the noun is owned ('the party's nominee')", () => {
    const text = "Dana Whitfield, the party's nominee, said she would debate twice.";
    expect(typeOf(text, "Dana Whitfield")).toBe("person");
  });
});

describe("a list of places", () => {
  const text =
    "The charity opened food banks in Preston, Bolton, Wigan, Stockport, Oldham, Crewe and Halifax this winter, " +
    "its director said.";
  it("keeps every member a place, not a person or a body the tagger read one as", () => {
    const types = new Set(findEntities(buildDoc(text)).filter((e) => e.type !== "country").map((e) => e.type));
    expect([...types]).toEqual(["location"]);
  });

  it("leaves a list of companies to the companies", () => {
    const list = "The grocer competes with rivals such as Walmart, Kroger and Costco for shoppers in Ohio.";
    expect(typeOf(list, "Kroger")).toBe("organization");
  });
});

describe("'a X administration'", () => {
  it("is no person when indefinite or when the article writes the word in the plural", () => {
    const text = "It took a Republican administration to sign the deal. Republicans still praise it. The Ford administration did not.";
    expect(typeOf(text, "Republican")).not.toBe("person");
    expect(typeOf(text, "Ford")).toBe("person");
  });
});

describe("words run onto a name", () => {
  it("drops a stance glued before a name ('the anti-tax Review')", () => {
    const names = findEntities(buildDoc("The anti-Walker Capital Times ran an editorial against the plan on Sunday.")).map((e) => e.name);
    expect(names).toContain("Capital Times");
    expect(names.some((n) => n.startsWith("anti-"))).toBe(false);
  });

  it("reads a day after a country as when, not a publication named after the country", () => {
    const text = "He spoke about the economy in the United States Tuesday before flying home.";
    expect(findEntities(buildDoc(text)).map((e) => `${e.type} ${e.name}`)).toEqual(["country United States"]);
  });
});

describe("an illness named by the word after it", () => {
  it("is no organization or person in any of its uses", () => {
    const text = "Cases of the Oropouche virus rose this summer. Oropouche spreads through midge bites, and Oropouche has no vaccine.";
    expect(findEntities(buildDoc(text)).filter((e) => e.name === "Oropouche")).toEqual([]);
  });
});

describe("a headline set in title case down to its small words", () => {
  it("is a heading even with a full stop: its names count only when the body writes them", () => {
    const text =
      "Ferry Firm Told To Halt Sailings By Harbor Board.\n\n" +
      "Mayors along the coast met on Friday to plan repairs, and Lena Ortiz, who runs a ferry line, said bookings had halved.";
    const names = findEntities(buildDoc(text)).map((e) => e.name);
    expect(names).toEqual(["Lena Ortiz"]);
  });

  it("is one with a quotation mark before a small word ('… Over Texas’s ‘Quiet Week’ Of Late Voting.')", () => {
    const text =
      "Republicans Win Court Fight Over Texas’s ‘Quiet Week’ Of Late Voting.\n\n" +
      "The group had sued after the state ended the week, and Lena Ortiz, who runs a co-op, said sales had halved.";
    const names = findEntities(buildDoc(text)).map((e) => e.name);
    expect(names).not.toContain("Republicans Win Court Fight Over Texas");
    expect(names).toContain("Lena Ortiz");
  });

  it("leaves a sentence of prose alone", () => {
    const text = "Lena Ortiz Runs The Ferry.\n\nShe said bookings had halved.";
    expect(findEntities(buildDoc(text)).map((e) => e.name)).toContain("Lena Ortiz");
  });
});

describe("a company the next sentence calls 'the grocer', 'the railroad'", () => {
  it("is a body, not a person or a place", () => {
    const text =
      "Marwick plans to open 20 new stores next year. The grocer has struggled against online rivals. " +
      "Tallis Northern cut 500 jobs on Tuesday. The railroad said freight demand was weak.";
    expect(typeOf(text, "Marwick")).toBe("organization");
    expect(typeOf(text, "Tallis Northern")).toBe("organization");
  });

  it("leaves a person named in full, and a sentence that names a body of its own", () => {
    const text =
      "Dana Whitfield joined the board in May. The company said she would chair it. " +
      "Brennan met Kovix executives on Monday. The company said talks went well.";
    expect(typeOf(text, "Dana Whitfield")).toBe("person");
  });
});

describe("a full name described after it as a person", () => {
  it("is a person, also after 'linked to'", () => {
    const text = "The fund drew money from firms linked to Walter Brennick, the shipping executive and longtime donor.";
    expect(typeOf(text, "Walter Brennick")).toBe("person");
  });

  it("leaves a company described as one", () => {
    const text = "Morgan Stanley, the investment bank, declined to comment on the deal.";
    expect(typeOf(text, "Morgan Stanley")).toBe("organization");
  });
});

describe("a one-word name listed beside a body", () => {
  it("is a body when nothing says it is a person", () => {
    const text = "Zelvex and BioNTech said their vaccine was 95 percent effective in trials.";
    expect(typeOf(text, "Zelvex")).toBe("organization");
  });

  it("is no body beside places or when it is a given name", () => {
    const text = "Talks between Marcus and Google broke down last week.";
    expect(typeOf(text, "Marcus")).not.toBe("organization");
  });
});

describe("a source with an adverb before its verb", () => {
  it("reads 'the X Bee first reported' as a body", () => {
    expect(typeOf("The Tacoma Bee first reported the settlement on Friday.", "Tacoma Bee")).toBe("organization");
  });
});

describe("an untagged word opening a sentence whose clause goes on with 'its'", () => {
  it("is a company speaking of itself", () => {
    expect(typeOf("Quorvane will sell its tea business to a private equity firm.", "Quorvane")).toBe("organization");
  });

  it("is no company when 'its' is what the word acts on, or another noun phrase comes first", () => {
    expect(findEntities(buildDoc("Basing its forecast on old data, the firm erred."))).toEqual([]);
    expect(findEntities(buildDoc("Yesterday the board said its plan had failed."))).toEqual([]);
  });
});

describe("products named with a model number", () => {
  it("keeps the word after the number in the product, not a person", () => {
    const text = "Regulators grounded the Boeing 737 Max after two crashes.";
    expect(findEntities(buildDoc(text)).some((e) => e.name === "Max")).toBe(false);
  });

  it("leaves a name after a year", () => {
    expect(typeOf("In 2019 Trump visited Japan.", "Trump")).toBe("person");
  });

  it("reads initials between 'the' and a company's description as goods, not a town", () => {
    const text = "Shares of Winnebago fell after the RV maker cut its outlook.";
    expect(typeOf(text, "RV")).toBeUndefined();
  });
});

describe("a description speaking at the sentence's end", () => {
  it("is the body that opens the sentence ('…, the retailer said')", () => {
    const text = "Brightmart will raise wages for 340,000 workers, the retailer said.";
    expect(typeOf(text, "Brightmart")).toBe("organization");
  });
});

describe("one word a body owns", () => {
  it("is its product, not a person", () => {
    expect(typeOf("Microsoft's Bing gained users after the update.", "Bing")).not.toBe("person");
  });

  it("leaves a person named in full, and a country's leader", () => {
    const text = "Satya Nadella took over in 2014. Microsoft's Nadella said growth was strong.";
    expect(typeOf(text, "Satya Nadella")).toBe("person");
  });
});

describe("what is bought for a sum, taken over or merged with", () => {
  it("is a company", () => {
    expect(typeOf("The grocer agreed to buy Halvorsen for $24.6 billion in cash.", "Halvorsen")).toBe("organization");
    expect(typeOf("The studio completed its acquisition of Brightloom in October.", "Brightloom")).toBe("organization");
  });

  it("leaves things bought that are no names", () => {
    expect(findEntities(buildDoc("She bought Christmas presents for $50."))).toEqual([]);
  });
});

describe("a city run into a hyphenated pair of capitalised words", () => {
  it("is a newspaper, not the city", () => {
    const text = "The story was first published by the Tulsa Star-Courier on Sunday.";
    expect(typeOf(text, "Tulsa Star-Courier")).toBe("organization");
    expect(typeOf(text, "Tulsa")).toBeUndefined();
  });

  it("leaves a city before a lower-case compound", () => {
    expect(typeOf("The Tulsa-based firm hired 40 people.", "Tulsa Star-Courier")).toBeUndefined();
  });
});

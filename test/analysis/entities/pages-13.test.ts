/**
 * Patterns read off the popup's lists on the saved corpus pages (issue #13, `npx tsx scripts/ner/pages.ts`),
 * each on an invented text.
 */
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";
import { isClippingOf } from "../../../src/analysis/entities/link";

const list = (text: string) => findEntities(buildDoc(text)).map((e) => `${e.type} ${e.name}`);
const forms = (text: string, name: string) =>
  findEntities(buildDoc(text))
    .filter((e) => e.name === name)
    .map((e) => [e.type, [...new Set(e.mentions.map((m) => m.text))].sort()]);

describe("a former name after 'née'", () => {
  const text =
    "In 1961 Marta Kowal joined the weather lab at the institute. Marta Kowal wrote most of the programs. " +
    "Decades later the historian reached Marta Brennan, née Kowal, by phone. Kowal said the work was fun. " +
    "Marta Brennan still keeps the printouts.";
  it("is one person under both surnames", () => {
    const people = findEntities(buildDoc(text)).filter((e) => e.type === "person");
    expect(people).toHaveLength(1);
    expect(new Set(people[0].mentions.map((m) => m.text))).toEqual(new Set(["Marta Kowal", "Marta Brennan", "Kowal"]));
  });
});

describe("a clipped name of a body", () => {
  it("joins 'the Fed' to 'the Federal Reserve' when the first word is an ordinary word of the article", () => {
    const text =
      "The Federal Reserve raised interest rates on Wednesday. The Fed expects two more increases this year, " +
      "and federal officials said inflation would ease.";
    expect(forms(text, "Federal Reserve")).toEqual([["organization", ["Fed", "Federal Reserve"]]]);
  });

  it("does not read a company as the clipping of a longer name", () => {
    expect(isClippingOf(["Fed"], ["Federal", "Reserve"])).toBe(true);
    expect(isClippingOf(["Ford"], ["Fordham", "University"])).toBe(true); // shape alone; the article decides
    const text = "Ford said on Monday it would recall 10,000 trucks. Fordham University said its study was sound.";
    expect(list(text).sort()).toEqual(["organization Ford", "organization Fordham University"]);
  });
});

describe("schools", () => {
  it("reads 'X State' as the university named 'X State University' in the article", () => {
    const text =
      "Her husband took a job at Ohio State University in 1965. She kept programming at Ohio State for years after that.";
    expect(forms(text, "Ohio State University")).toEqual([["organization", ["Ohio State", "Ohio State University"]]]);
  });

  it("reads a name after 'a graduate of' as a school, not a mountain", () => {
    const text = "Kowal joined the lab as a graduate of Mount Holyoke, where she studied chemistry.";
    expect(list(text)).toContain("organization Mount Holyoke");
  });
});

describe("a name modifying a noun", () => {
  it("counts half against the place it is where a form is read as a place and as a body", () => {
    const text =
      "Welcome to the Porto lab, where the pills you bought online are tested. Standing at a bench in a lab in " +
      "Porto, a chemist opens a parcel. To get the pills to Porto, a user mails ten milligrams. The Porto lab " +
      "tests 2,000 samples a year, and the people who own the Porto lab are accredited. Most parcels reach " +
      "Porto within a week, and chemists in Porto publish the results.";
    expect(list(text).filter((x) => x.endsWith("Porto"))).toEqual(["location Porto"]);
  });
});

describe("companies named by the words around them", () => {
  it("reads a list of three one-word names holding a company as a list of companies, for every use of each", () => {
    const text =
      "Grocers face competitors such as Bramwell, Tessford and Costco. Shoppers drove to Bramwell for the " +
      "discounts, and Bramwell opened two stores near Tessford last year.";
    const names = list(text);
    expect(names).toContain("organization Bramwell");
    expect(names).toContain("organization Tessford");
    expect(names.filter((x) => x.startsWith("location"))).toEqual([]);
  });

  it("reads a name written like a person's between 'the' and a kind of business as the business", () => {
    const text =
      "Tom Ferris, a managing director at the D.A. Holloway brokerage, said prices would fall. " +
      "Another analyst, at the Edward Jones firm, agreed.";
    const names = list(text);
    expect(names).toContain("organization D.A. Holloway");
    expect(names).toContain("organization Edward Jones");
    expect(names).toContain("person Tom Ferris");
  });
});

describe("a place's possessive before a name", () => {
  it("keeps the place and the name it owns apart when the name goes on past an organization word", () => {
    const text =
      "Tourists crowded into New York’s Times Square on Saturday. Museums such as Oregon’s Museum of Glass Art keep the signs. " +
      "The U.S. Attorney’s Office declined to comment.";
    const names = list(text);
    expect(names).toContain("location Times Square");
    expect(names).toContain("organization Museum of Glass Art");
    expect(names).toContain("organization U.S. Attorney’s Office");
    expect(names.some((x) => /’s (?:Times|Museum)$/.test(x))).toBe(false);
  });
});

describe("products by the pack", () => {
  it("lists no body or place for what comes in pills, boxes or cans", () => {
    const text = "The lab has even received pills of Zentravil. Shoppers bought a box of Crunchos and two cans of Fizzola.";
    expect(list(text)).toEqual([]);
  });

  it("keeps a maker that the article names as a company elsewhere ('two cans of Pepsi' and 'Pepsi said its …')", () => {
    expect(list("Pepsi said its sales fell, and he drank two cans of Pepsi.")).toEqual(["organization Pepsi"]);
  });
});

describe("people and days", () => {
  it("keeps a full name with a middle initial a person before a 'which' clause about something else", () => {
    const text = "The film adapts a short story by Harold T. Wendling, which was published in 1973.";
    expect(list(text)).toEqual(["person Harold T. Wendling"]);
  });

  it("lists no one for a feast's day ('Christmas Eve'), but keeps a place named for a feast", () => {
    expect(list("The show aired on Christmas Eve and again on Thanksgiving Day.")).toEqual([]);
    expect(list("The ship sailed to Christmas Island.")).toEqual(["country Christmas Island"]);
  });
});

describe("names and the nouns before them", () => {
  it("joins a country-led body cut at 'and' ('U.S. Customs and Border Protection')", () => {
    const text = "A spokesman for U.S. Customs and Border Protection said the agency would respond.";
    expect(list(text)).toContain("organization U.S. Customs and Border Protection");
  });

  it("reads a name after 'the studio', 'investment bank', 'the retail chain' as a body", () => {
    const text =
      "The studio Quillfilm made the movie, and Quillfilm said it was pleased. Investment bank Harrow Kent advised " +
      "on the deal. The retail chain Pendlebury said sales rose.";
    const names = list(text);
    expect(names).toEqual(expect.arrayContaining(["organization Quillfilm", "organization Harrow Kent", "organization Pendlebury"]));
  });

  it("reads a name after 'the drug' or before 'tool' as a product, not a body or a person", () => {
    const text = "Doctors prescribe the drug Zembravo, and Zembravo sales rose. The Krellix tool restarts crashed apps.";
    expect(list(text)).toEqual([]);
  });
});

describe("companies by what only a company has", () => {
  it("reads 'shares of X', 'X’s chief executive', 'X, Y’s parent' and 'analysts at X' as a company", () => {
    const text =
      "Shares of Quorvane, Plexa’s parent, fell 2 percent. Zentra declined to comment. " +
      "Zentra’s chief executive, Mark Ellison, testified. Analysts at Harrowgate said the suit could take years.";
    const names = list(text);
    expect(names).toEqual(expect.arrayContaining(["organization Quorvane", "organization Zentra", "person Mark Ellison"]));
    expect(names.filter((x) => /Quorvane|Zentra/.test(x) && !x.startsWith("organization"))).toEqual([]);
  });

  it("reads a one-word name before ’s and a company's affairs ('buyout', 'earnings', 'headquarters') as a company", () => {
    const names = list("Shareholders asked a court to value their shares, as happened in Brannock’s buyout in 2013.");
    expect(names).toContain("organization Brannock");
  });

  it("keeps a team after 'the' and a bank of two given names what the tagger read", () => {
    const text = "The Houston Texans beat the Dallas Cowboys 24-17. Analysts at Morgan Stanley said so.";
    const names = list(text);
    expect(names).toEqual(expect.arrayContaining(["organization Dallas Cowboys", "organization Morgan Stanley"]));
  });

  it("reads a name ending in 'Bros.' as a company", () => {
    expect(list("Harlan Bros. cut jobs at its studios.")).toContain("organization Harlan Bros.");
  });

  it("joins a mixed-case company name and the word the tagger cut off ('JPMorgan Chase')", () => {
    expect(list("Analysts at JPMorgan Chase said the suit could take years.")).toContain("organization JPMorgan Chase");
  });
});

describe("a person's type from all the mentions", () => {
  it("reads a full name the tagger took for a body as a person when its surname alone is a person", () => {
    const text =
      "The Conservative Party chose Dravik Solenne as its leader on Monday. Solenne, a former banker, will meet the king.";
    const people = findEntities(buildDoc(text)).filter((e) => e.type === "person");
    expect(people.map((e) => [e.name, [...new Set(e.mentions.map((m) => m.text))].sort()])).toEqual([["Dravik Solenne", ["Dravik Solenne", "Solenne"]]]);
  });
});

describe("a body named by its fields", () => {
  it("keeps a field after 'and' that ends the name ('… for Disease Control and Prevention')", () => {
    const text =
      "The Centers for Disease Control and Prevention recommended boosters. The Department of Housing and Urban " +
      "Development said rents rose. The Department of Justice and Congress disagreed.";
    const names = list(text);
    expect(names).toEqual(
      expect.arrayContaining([
        "organization Centers for Disease Control and Prevention",
        "organization Department of Housing and Urban Development",
        "organization Department of Justice",
        "organization Congress",
      ]),
    );
    expect(names).toHaveLength(4);
  });
});

describe("teams by a match's score", () => {
  it("reads the names around a result verb and a score as teams, not places or people", () => {
    const text = "Inter Lisbon beat Orlando City 3-1 on Sunday. Real Madrid and Barcelona drew 0-0.";
    const names = list(text);
    expect(names).toEqual(
      expect.arrayContaining(["organization Inter Lisbon", "organization Orlando City", "organization Real Madrid", "organization Barcelona"]),
    );
    expect(names.filter((x) => !x.startsWith("organization"))).toEqual([]);
  });

  it("leaves players, candidates and countries as they are", () => {
    const names = list(
      "Joe Biden beat Donald Trump 306-232. France beat Brazil 2-1. Rafael Nadal beat Roger Federer 6-4, 6-3. " +
        "Donald Trump lost Michigan 48-47 in 2020.",
    );
    expect(names.filter((x) => x.startsWith("organization"))).toEqual([]);
  });
});

describe("a sentence's first word in a name", () => {
  it("keeps an ordinary first word when the rest is a head word alone ('General Motors', 'Foreign Ministry')", () => {
    const names = list("General Motors was not affected. Foreign Ministry spokesman Wang Wenbin told reporters so.");
    expect(names).toEqual(expect.arrayContaining(["organization General Motors", "organization Foreign Ministry", "person Wang Wenbin"]));
  });
});

describe("'&' and 'and' between names", () => {
  it("joins names on both sides of an ampersand into one company", () => {
    const names = list("Johnson & Johnson and AstraZeneca shares rose. Shares of Procter & Gamble fell.");
    expect(names).toEqual(expect.arrayContaining(["organization Johnson & Johnson", "organization Procter & Gamble", "organization AstraZeneca"]));
  });

  it("splits two institutions the tagger ran together at 'and', but not a body named by two fields", () => {
    const names = list(
      "Scientists at Oxford University and Imperial College London led the study. The U.S. Securities and Exchange Commission sued.",
    );
    expect(names).toEqual(
      expect.arrayContaining(["organization Oxford University", "organization Imperial College London", "organization U.S. Securities and Exchange Commission"]),
    );
  });
});

describe("a lawmaker's party tag", () => {
  it("lists no place or body for 'R-La.', '(R-Texas)' or 'D-N.Y.'", () => {
    const text =
      "House Speaker Mike Dalton, R-La., said the party would not back down. Sen. Ted Corwin (R-Texas) agreed, while " +
      "Rep. Ana Ruiz-Vega, D-N.Y., called it cruel.";
    expect(list(text).sort()).toEqual(["organization House", "person Ana Ruiz-Vega", "person Mike Dalton", "person Ted Corwin"]);
  });
});

describe("bodies by what is said of them", () => {
  it("reads 'X, founded by …' and 'X, headquartered in …' as a body", () => {
    const names = list("Quantiva, founded by former bank researchers, raised $4 billion. Zorvex, headquartered in Ohio, makes valves.");
    expect(names).toEqual(expect.arrayContaining(["organization Quantiva", "organization Zorvex"]));
  });
});

describe("a person in apposition", () => {
  it("reads a full name between commas after 'the mayor' as a person, even when it opens with a city", () => {
    const names = list("The mayor, London Breed, said the city would help. The company, General Motors, said so.");
    expect(names).toEqual(expect.arrayContaining(["person London Breed", "organization General Motors"]));
    expect(names.filter((x) => x.includes("London") && !x.startsWith("person"))).toEqual([]);
  });
});

describe("a place before a description of a company", () => {
  it("reads 'the Burbank entertainment giant' as the company's town, not a company; a brand stays the company", () => {
    const text =
      "Heavy traffic slowed the site on Friday as the Burbank entertainment giant opened its store. The Google search giant agreed.";
    const names = list(text);
    expect(names).toEqual(expect.arrayContaining(["location Burbank", "organization Google"]));
  });
});

describe("where one goes", () => {
  it("reads a one-word name after 'came to', 'moved to', 'flew to' as a place, not a person", () => {
    const names = list("The tour came to Denver in May. The family moved to Tulsa in 2010.");
    expect(names.sort()).toEqual(["location Denver", "location Tulsa"]);
  });
});

describe("a company by the pronoun after it", () => {
  it("reads a lone name whose clause goes on with 'its' as a company, not a person", () => {
    const names = list("Brellix said Wednesday it would cut 10% of its workforce. Zorlex said that its sales rose.");
    expect(names.sort()).toEqual(["organization Brellix", "organization Zorlex"]);
  });

  it("leaves a person whose 'its' belongs to another noun phrase", () => {
    expect(list("Azzouz told the court that the company changed its policy. Azzouz said it was fine.")).toEqual(["person Azzouz"]);
  });
});

describe("countries and their people", () => {
  it("reads plural demonyms in '-is' as the country ('the Saudis and Emiratis', 'Israelis')", () => {
    const names = list("The Saudis and Emiratis pledged aid. Israelis protested.");
    expect(names.sort()).toEqual(["country Israel", "country Saudi Arabia", "country United Arab Emirates"]);
  });

  it("reads a country’s one-word name before a verb as its leader, not a group ('Turkey’s Erdovan spoke')", () => {
    const names = list("Turkey’s Erdovan spoke in Ankara. Tunisia’s Islamists said so.");
    expect(names).toContain("person Erdovan");
    expect(names.filter((x) => x.startsWith("person"))).toEqual(["person Erdovan"]);
  });
});

describe("a list of places with one read as a body", () => {
  it("keeps the places of 'offices in Chicago, Dallas and Houston' when the tagger read one of them as a body", async () => {
    const { markListedOrgs } = await import("../../../src/analysis/entities/orgs");
    const doc = buildDoc("The firm has offices in Chicago, Dallas and Houston.");
    const at = (w: string) => doc.tokens.findIndex((x) => x.text === w);
    const spans = [
      { type: "LOC" as const, first: at("Chicago"), last: at("Chicago") + 1 },
      { type: "ORG" as const, first: at("Dallas"), last: at("Dallas") + 1 },
      { type: "LOC" as const, first: at("Houston"), last: at("Houston") + 1 },
    ];
    expect(markListedOrgs(doc, spans).map((s) => s.type)).toEqual(["LOC", "ORG", "LOC"]);
  });
});

describe("a town is founded too", () => {
  it("does not make a name read as a person or place a body for 'founded' alone", () => {
    expect(list("Jamestown, founded in 1607, was the first colony.").filter((x) => x.startsWith("organization"))).toEqual([]);
  });
});

describe("a city named with 'The'", () => {
  it("reads 'The X' after a body and 'at'/'in' as where the body sits; 'told The Hill' stays a publication", () => {
    const names = list("Once it signs on with the International Criminal Court at The Hague in April, it will file a complaint. He told The Hill so.");
    expect(names).toEqual(expect.arrayContaining(["location The Hague", "organization The Hill", "organization International Criminal Court"]));
  });
});

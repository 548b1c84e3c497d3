import { describe, expect, it } from "vitest";
import { detectLang, guessLang, normalizeLang } from "../../src/page/lang";
import { pageOf } from "./helpers";

const FRENCH = "Le conseil du port a voté mardi soir pour la construction d'une digue à l'embouchure de l'estuaire, et les pêcheurs ont dit qu'ils sont contre le projet. Elle a ajouté que la digue sera présentée au printemps, mais il n'est pas sûr que les habitants de la ville et les élus du conseil soient d'accord avec cette idée pour le port.";
const ENGLISH = "The harbour council voted on Tuesday night to build a tidal barrier across the mouth of the estuary, and the fishers said that they were against it. She said the plan would be published in the spring, but it is not clear that the people of the town were told about the cost of it.";

describe("language", () => {
  it("normalises declared tags to their primary language", () => {
    expect(normalizeLang("en-GB")).toBe("en");
    expect(normalizeLang(" FR ")).toBe("fr");
    expect(normalizeLang("x-klingon-1")).toBe("");
    expect(normalizeLang(undefined)).toBe("");
  });

  it("guesses from function words, confidently only with enough evidence", () => {
    expect(guessLang(FRENCH)).toEqual({ lang: "fr", confident: true });
    expect(guessLang(ENGLISH)).toEqual({ lang: "en", confident: true });
    expect(guessLang("Saltholm 07:15")).toEqual({ lang: "", confident: false });
  });

  it("uses the page's declaration, unless the text is clearly in another language", () => {
    expect(detectLang(pageOf(`<html lang="de-AT"><body></body></html>`), "Saltholm")).toBe("de");
    expect(detectLang(pageOf(`<html lang="en"><body></body></html>`), FRENCH)).toBe("fr");
    expect(detectLang(pageOf(`<html><body></body></html>`), ENGLISH)).toBe("en");
    expect(detectLang(pageOf(`<html><body></body></html>`), "")).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { isFurnitureParagraph, looksLikeFurniture } from "../../src/page/exclusions";
import { pageOf } from "./helpers";

describe("isFurnitureParagraph", () => {
  it.each([
    "Reporting by Mara Lindqvist; Editing by Jonas Heller",
    "(Additional reporting by Ivo Brandt in Saltholm; Writing by Petra Olsen)",
    "Editing by Jonas Heller",
    "By Mara Lindqvist",
    "By Mara Lindqvist and Ivo Brandt, Coastal Affairs",
    "2/26/2026 7:11 AM PST BY COURIER STAFF",
    "Photo: Ivo Brandt/The Coastline Courier",
    "Image copyright Ellwyn Ferries",
    "Advertisement",
    "Continue reading the main story",
    "Discussion about this post",
    "Share this article",
    "Read more: Storm surge floods quayside cafés",
  ])("drops %j", (line) => {
    expect(isFurnitureParagraph(line)).toBe(true);
  });

  it.each([
    "By the time the ferry arrived, the ramp had been torn away.",
    "By Tuesday night, the council had voted seven to four.",
    "“Reporting by phone was impossible,” she said, “so we walked.”",
    "Photographers gathered on the quay as the barrier plans were unveiled.",
    "Related projects in other harbours have cost far more than expected, the engineers said.",
    "The council said it had been advertised for weeks.",
  ])("keeps %j", (line) => {
    expect(isFurnitureParagraph(line)).toBe(false);
  });
});

describe("looksLikeFurniture", () => {
  const doc = pageOf(`<body>
    <figcaption id="a">x</figcaption><div id="b" class="share-bar">x</div><div id="c" class="ad-slot">x</div>
    <span id="d" class="image-credit">x</span><div id="e" role="complementary">x</div>
    <div id="f" class="lead-story">x</div><div id="g" class="shared-content">x</div><div id="h" class="no_caption">x</div>
    <div id="i" class="article-body">x</div><div id="j" class="header">x</div>
    <span id="k" class="rollover-people-block">x</span><div id="l" class="author-hovercard">x</div>
    <span id="m" class="rollover-people"><a class="rollover-people-link">Ann Roe</a></span></body>`);
  const el = (id: string) => doc.getElementById(id)!;

  it("recognises captions, share bars, ads, credits and complementary boxes", () => {
    for (const id of ["a", "b", "c", "d", "e"]) expect(looksLikeFurniture(el(id)), id).toBe(true);
  });

  it("recognises the cards a name shows on hover (related stories a saved page cannot tell are hidden), not the name", () => {
    for (const id of ["k", "l"]) expect(looksLikeFurniture(el(id)), id).toBe(true);
    expect(looksLikeFurniture(el("m"))).toBe(false);
  });

  it("matches whole words of class names only, and not state classes like no_caption", () => {
    for (const id of ["f", "g", "h", "i", "j"]) expect(looksLikeFurniture(el(id)), id).toBe(false);
  });
});

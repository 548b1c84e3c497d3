/**
 * The joins between pieces of the article: pieces far apart on the page, and pieces out of document order (what
 * Readability kept is not always in the page's order), joined as the page shows them.
 */
import { describe, expect, it } from "vitest";
import { assemble, type Piece } from "../../src/page/assemble";
import { pageOf } from "./helpers";

function whole(node: Text): Piece {
  return { node, start: 0, end: node.data.length };
}

function textOf(doc: Document, id: string): Text {
  return doc.getElementById(id)!.firstChild as Text;
}

describe("assemble: joining pieces", () => {
  const empties = (n: number) => "<i></i>".repeat(n);

  it("joins two pieces of one paragraph with hundreds of empty elements between them with a space", () => {
    const doc = pageOf(`<p><span id="a">Alpha</span>${empties(300)}<span id="b"> beta</span></p>`);
    expect(assemble([whole(textOf(doc, "a")), whole(textOf(doc, "b"))], false).text).toBe("Alpha beta");
  });

  it("breaks the paragraph where left-out text lies far between two pieces", () => {
    const doc = pageOf(`<p><span id="a">Alpha</span>${empties(300)}<em>left out</em>${empties(300)}<span id="b"> beta</span></p>`);
    const { text, segments } = assemble([whole(textOf(doc, "a")), whole(textOf(doc, "b"))], false);
    expect(text).toBe("Alpha beta");
    // The left-out words between them start a new run of uninterrupted page text.
    expect(new Set(segments.map((s) => s.run)).size).toBe(2);
  });

  it("starts a new paragraph when a piece comes before the one it follows, near the page's end or far from it", () => {
    for (const tail of ["", empties(300)]) {
      const doc = pageOf(`<p><span id="a">Alpha</span> <span id="b">beta</span>${tail}</p>`);
      expect(assemble([whole(textOf(doc, "b")), whole(textOf(doc, "a"))], false).text).toBe("beta\n\nAlpha");
    }
  });

  it("starts a new paragraph at a block between two pieces, however far", () => {
    const doc = pageOf(`<div><span id="a">Alpha</span>${empties(100)}<div></div>${empties(100)}<span id="b">beta</span></div>`);
    expect(assemble([whole(textOf(doc, "a")), whole(textOf(doc, "b"))], false).text).toBe("Alpha\n\nbeta");
  });
});

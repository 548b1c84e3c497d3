// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { highlightSelector, originTags } from "../../src/content/highlight/custom-highlight";

function rangeOver(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

describe("the rules of the highlights name the elements that hold their text", () => {
  it("takes the parent of a range inside one text node", () => {
    document.body.innerHTML = "<p>One quote here.</p>";
    const text = document.querySelector("p")!.firstChild!;
    expect([...originTags([rangeOver(text, 0, text, 3)])!]).toEqual(["p"]);
  });

  it("takes every element a range's text runs through", () => {
    document.body.innerHTML = "<p>He said <em>this <a href='#'>and</a></em> that.</p>";
    const p = document.querySelector("p")!;
    const range = rangeOver(p.firstChild!, 3, p.lastChild!, 4);
    expect([...originTags([range])!].sort()).toEqual(["a", "em", "p"]);
  });

  it("writes one selector per tag, and falls back to every element when it cannot tell", () => {
    expect(highlightSelector("q", new Set(["p", "em"]))).toBe("em::highlight(q), p::highlight(q)");
    expect(highlightSelector("q", null)).toBe("::highlight(q)");
    expect(highlightSelector("q", new Set())).toBe("::highlight(q)");
    expect(highlightSelector("q", new Set(["p", "svg:text"]))).toBe("::highlight(q)");
    expect(originTags([{} as Range])).toBeNull();
  });
});

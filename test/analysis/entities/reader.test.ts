/**
 * What a reader of the popup would call wrong on real pages (issue #13), each on an invented text: page
 * furniture inside running text.
 */
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/analysis/text/sentences";
import { findEntities } from "../../../src/analysis/entities";
import * as F from "../../fixtures/analysis/entities/reader";

describe("page furniture inside running text", () => {
  it("lists no name from a share bar, a bar of links or a print edition's headline that the body does not write", () => {
    const list = findEntities(buildDoc(F.PAGE_FURNITURE_BARS));
    expect(list.map((e) => `${e.type} ${e.name}`).sort()).toEqual(["organization Harbour Authority", "person Dana Whitlock"]);
  });
});

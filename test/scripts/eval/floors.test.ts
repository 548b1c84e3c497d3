import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFloors, floorsText, raiseFloors, readFloors } from "../../../scripts/eval/floors";

describe("checkFloors", () => {
  it("names each figure below its floor", () => {
    const r = checkFloors({ "analysis.all.f1": 0.6, "ner.x.PER.f1": 0.9 }, { "analysis.all.f1": 0.55, "ner.x.PER.f1": 0.95 }, []);
    expect(r.failures).toEqual(["analysis.all.f1 = 0.550 is below its floor 0.6"]);
    expect(r.passed).toBe(1);
  });
  it("fails a figure that was not measured, unless its data was absent", () => {
    const floors = { "analysis.all.f1": 0.5, "extraction.mean.f1": 0.9 };
    const r = checkFloors(floors, {}, ["extraction."]);
    expect(r.failures).toEqual(["analysis.all.f1 was not measured (floor 0.5)"]);
    expect(r.skipped).toEqual(["extraction.mean.f1"]);
  });
});

describe("floors file", () => {
  it("round-trips: printed figures, read back, pass against the same figures", () => {
    const figures = { "analysis.all.f1": 0.67891, "ner.conll2003-dev.PER.f1": 0.9 };
    const dir = mkdtempSync(path.join(tmpdir(), "floors-"));
    const file = path.join(dir, "floors.json");
    writeFileSync(file, floorsText(figures, ["analysis.all.f1", "ner.conll2003-dev.PER.f1", "absent.key"]));
    const floors = readFloors(file);
    expect(floors).toEqual({ "analysis.all.f1": 0.678, "ner.conll2003-dev.PER.f1": 0.9 });
    expect(checkFloors(floors, figures, []).failures).toEqual([]);
  });
  it("rejects a floor that is not a ratio", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "floors-"));
    const file = path.join(dir, "floors.json");
    writeFileSync(file, JSON.stringify({ "analysis.all.f1": "high" }));
    expect(() => readFloors(file)).toThrow(/must be a number between 0 and 1/);
  });
});

describe("raiseFloors", () => {
  it("raises floors to what is achieved and never lowers one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "floors-"));
    const file = path.join(dir, "floors.json");
    const raised = raiseFloors(
      { "analysis.all.f1": 0.5, "analysis.direct.f1": 0.9 },
      { "analysis.all.f1": 0.6789, "analysis.direct.f1": 0.8, "extraction.mean.f1": 0.95 },
      ["analysis.direct.f1", "analysis.all.f1", "extraction.mean.f1"],
      file,
    );
    expect(raised).toEqual(["analysis.all.f1", "extraction.mean.f1"]);
    expect(readFloors(file)).toEqual({ "analysis.direct.f1": 0.9, "analysis.all.f1": 0.678, "extraction.mean.f1": 0.95 });
  });
});

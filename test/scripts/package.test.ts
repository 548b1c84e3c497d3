import { describe, expect, it } from "vitest";
import { lintVerdict, packageFile, type LintReport } from "../../scripts/package/verdict";

const report = (errors: string[], warnings: string[] = []): LintReport => ({
  summary: { errors: errors.length, warnings: warnings.length, notices: 0 },
  errors: errors.map((code) => ({ code, message: `${code} message`, file: "manifest.json" })),
  warnings: warnings.map((code) => ({ code, message: `${code} message` })),
  notices: [],
});

describe("the release lint verdict", () => {
  it("lets the Chrome package through Firefox-only manifest rules, as notes", () => {
    const verdict = lintVerdict(report(["ADDON_ID_REQUIRED"], ["MISSING_DATA_COLLECTION_PERMISSIONS", "UNSAFE_VAR_ASSIGNMENT"]), "chrome");
    expect(verdict.errors).toEqual([]);
    expect(verdict.notes).toEqual([
      "Firefox-only, not applicable to Chrome: ADDON_ID_REQUIRED (manifest.json): ADDON_ID_REQUIRED message",
      "warning UNSAFE_VAR_ASSIGNMENT: UNSAFE_VAR_ASSIGNMENT message",
      "Firefox-only, not applicable to Chrome: MISSING_DATA_COLLECTION_PERMISSIONS: MISSING_DATA_COLLECTION_PERMISSIONS message",
    ]);
  });

  it("stops the Firefox package on any error, those included", () => {
    expect(lintVerdict(report(["ADDON_ID_REQUIRED"]), "firefox").errors).toEqual(["ADDON_ID_REQUIRED (manifest.json): ADDON_ID_REQUIRED message"]);
  });

  it("stops the Chrome package on a code error", () => {
    expect(lintVerdict(report(["DANGEROUS_EVAL", "ADDON_ID_REQUIRED"]), "chrome").errors).toEqual(["DANGEROUS_EVAL (manifest.json): DANGEROUS_EVAL message"]);
  });

  it("names the packages by browser and version", () => {
    expect(packageFile("firefox", "0.2.0")).toBe("news-lens-firefox-0.2.0.zip");
  });
});

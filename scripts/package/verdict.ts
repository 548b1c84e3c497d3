/** What `npm run package` makes of an addons-linter report, and what it names the packages. Pure, for tests. */
import type { BrowserName } from "../build/targets";

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

export interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Manifest rules that only concern Firefox: Chrome has no gecko id and no data_collection_permissions key, so
 * on the Chrome package these are notes, not errors. Everything else applies to both.
 */
export const FIREFOX_ONLY_CODES: ReadonlySet<string> = new Set(["ADDON_ID_REQUIRED", "MISSING_DATA_COLLECTION_PERMISSIONS"]);

export interface LintVerdict {
  /** Findings that stop the release. */
  errors: string[];
  /** Everything else worth printing: warnings, and the Firefox-only findings on the Chrome package. */
  notes: string[];
  summary: string;
}

export function lintVerdict(report: LintReport, browser: BrowserName): LintVerdict {
  const line = (m: LintMessage) => `${m.code}${m.file ? ` (${m.file})` : ""}: ${m.message}`;
  const ignorable = (m: LintMessage) => browser === "chrome" && FIREFOX_ONLY_CODES.has(m.code);
  const errors = report.errors.filter((m) => !ignorable(m)).map(line);
  const notes = [
    ...report.errors.filter(ignorable).map((m) => `Firefox-only, not applicable to Chrome: ${line(m)}`),
    ...report.warnings.filter((m) => !ignorable(m)).map((m) => `warning ${line(m)}`),
    ...report.warnings.filter(ignorable).map((m) => `Firefox-only, not applicable to Chrome: ${line(m)}`),
  ];
  return { errors, notes, summary: `${errors.length} errors, ${report.warnings.length} warnings` };
}

export function packageFile(browser: BrowserName, version: string): string {
  return `news-lens-${browser}-${version}.zip`;
}

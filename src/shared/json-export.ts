/**
 * The popup's JSON export: the analysis object exactly as the output contract (../shared/spec/analysis-output.md)
 * defines it — the same four fields, in the same order, with nothing changed inside them — plus one extra
 * top-level field, `sourcing`, with the sourcing profile. A program that reads the contract keeps working (it
 * finds every field it knows where it expects it); the command line still prints the contract object alone.
 */
import type { Analysis } from "../analysis/types";
import { sourcingProfile, type SourcingProfile } from "./profile";

export type AnalysisExport = Analysis & { sourcing: SourcingProfile };

export function toExportJson(analysis: Analysis): string {
  const exported: AnalysisExport = {
    title: analysis.title,
    text: analysis.text,
    quotes: analysis.quotes,
    entities: analysis.entities,
    sourcing: sourcingProfile(analysis),
  };
  return JSON.stringify(exported, null, 2);
}

/**
 * PolNeAR's annotation conventions, applied the same way to every system before it is scored on PolNeAR
 * (../shared/data/polnear/README.md, "How it was converted"):
 *
 * - Gold side. The NYT articles write quotation marks as two apostrophes (''…''), which the conversion did not
 *   read as quotation marks: those quotes came out `indirect`. The conversion's own rule for mixed clauses
 *   (quoted regions of 3+ words making up at least half the words are `direct`) is applied to them here.
 * - System side. A partial quotation inside reported speech is one annotation in PolNeAR: the clause is
 *   `direct` when its quoted regions of 3+ words make up at least half its words, otherwise one `indirect`
 *   quote. Our output (and the news gold) keeps the clause and each quotation inside it; the projection folds
 *   them by that rule, so a correct reading is not counted as a false alarm for a convention.
 *
 * The eval prints the figures under these conventions and, beside them, the figures as-is.
 */
import type { Analysis, Quote } from "../../src/analysis/types";
import type { GoldFile } from "./gold";
import { wordTokens } from "./score";

/** Share of a clause's words that must be quoted (in regions of 3+ words) for it to count as direct. */
const DIRECT_SHARE = 0.5;
const MIN_REGION_WORDS = 3;

/** The conversion's mixed-clause rule: do quoted regions of 3+ words make up half the words? */
function mostlyQuoted(allWords: number, regions: readonly string[]): boolean {
  const quoted = regions.map((r) => wordTokens(r).length).filter((n) => n >= MIN_REGION_WORDS);
  return quoted.length > 0 && quoted.reduce((a, b) => a + b, 0) >= allWords * DIRECT_SHARE;
}

const TWO_APOSTROPHES = "''";

/** Gold quotes quoted with two apostrophes ('' … '') get the kind the conversion gives quotation marks. */
export function readTwoApostropheQuotes(gold: GoldFile): GoldFile {
  let changed = false;
  const quotes = gold.quotes.map((q) => {
    if (q.kind !== "indirect" || !q.text.includes(TWO_APOSTROPHES)) return q;
    const regions = q.text.split(TWO_APOSTROPHES).filter((_, i) => i % 2 === 1);
    if (!mostlyQuoted(wordTokens(q.text).length, regions)) return q;
    changed = true;
    return { ...q, kind: "direct" as const };
  });
  return changed ? { ...gold, quotes } : gold;
}

/**
 * Folds each reported clause with the direct quotes inside it into what PolNeAR annotates: the quotes of 3+
 * words when they make up half the clause, otherwise the clause alone.
 */
export function foldPartialQuotes(analysis: Analysis): Analysis {
  const drop = new Set<Quote>();
  for (const clause of analysis.quotes) {
    if (clause.kind !== "indirect") continue;
    // The marks sit just outside a quote's text, so a quotation that ends the clause may end one mark later.
    const inner = analysis.quotes.filter((q) => q.kind === "direct" && q.start >= clause.start - 1 && q.end <= clause.end + 1);
    if (inner.length === 0) continue;
    const big = inner.filter((q) => wordTokens(q.text).length >= MIN_REGION_WORDS);
    if (mostlyQuoted(wordTokens(clause.text).length, inner.map((q) => q.text))) {
      drop.add(clause);
      for (const q of inner) if (!big.includes(q)) drop.add(q);
    } else {
      for (const q of inner) drop.add(q);
    }
  }
  return drop.size === 0 ? analysis : { ...analysis, quotes: analysis.quotes.filter((q) => !drop.has(q)) };
}

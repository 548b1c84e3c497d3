/**
 * The analysis in two steps, for a popup that highlights the quotes before the rest is done: `analyze()`'s early
 * look at the quotes (the quote pass's first, entity-free stage) first, as spans, then its whole result, exactly
 * what `analyze()` returns (test/worker/steps.test.ts compares them). The second stage reuses what the first
 * computed (the document, the part-of-speech tags and the quote marks; see ../analysis/quotes/index.ts).
 *
 * The quote pass finds the same spans with or without the entities (the entities decide who speaks, not where a
 * quote is; checked on the gold sets' 40 texts), so the spans sent early are the ones the page keeps.
 */
import { analyze, type Analysis, type ArticleInput } from "../analysis";
import type { Quote } from "../analysis/types";

/** start, end, kind (0 direct, 1 indirect) per quote, in text order: what EarlyQuotes carries. */
export function quoteSpans(quotes: readonly Pick<Quote, "start" | "end" | "kind">[]): number[] {
  const spans: number[] = [];
  for (const q of quotes) spans.push(q.start, q.end, q.kind === "indirect" ? 1 : 0);
  return spans;
}

/** `analyze(input)`, calling `onQuotes` with the quotes' spans as soon as the quote pass alone has found them. */
export function analyzeInSteps(input: ArticleInput, onQuotes: (spans: number[]) => void): Analysis {
  return analyze(input, (quotes) => onQuotes(quoteSpans(quotes)));
}

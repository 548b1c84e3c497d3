/**
 * The analysis in two steps, for a popup that highlights the quotes before the rest is done: the quote pass on
 * its own first (its spans), then the entity pass and the quote pass again with the entities, on the same
 * document, which keeps what the first step computed (the part-of-speech tags, see ../analysis/syntax): the
 * result is exactly `analyze()`'s (test/worker/steps.test.ts compares them), in little more time than it takes.
 *
 * The quote pass finds the same spans with or without the entities (the entities decide who speaks, not where a
 * quote is; checked on the gold sets' 40 texts), so the spans sent early are the ones the page keeps.
 */
import type { Analysis, ArticleInput } from "../analysis";
import { findEntities } from "../analysis/entities";
import { findQuotes } from "../analysis/quotes";
import { buildDoc } from "../analysis/text/sentences";
import type { Quote } from "../analysis/types";

/** start, end, kind (0 direct, 1 indirect) per quote, in text order: what EarlyQuotes carries. */
export function quoteSpans(quotes: readonly Pick<Quote, "start" | "end" | "kind">[]): number[] {
  const spans: number[] = [];
  for (const q of quotes) spans.push(q.start, q.end, q.kind === "indirect" ? 1 : 0);
  return spans;
}

/** `analyze(input)`, calling `onQuotes` with the quotes' spans as soon as the quote pass alone has found them. */
export function analyzeInSteps(input: ArticleInput, onQuotes: (spans: number[]) => void): Analysis {
  const text = input.text;
  const doc = buildDoc(text);
  onQuotes(quoteSpans(findQuotes(doc, [])));
  const entities = findEntities(doc);
  const quotes = findQuotes(doc, entities);
  return { title: input.title ?? "", text, quotes, entities };
}

import { buildDoc } from "./text/sentences";
import { findEntities } from "./entities";
import { assignSpeakers, findQuoteSpans, findQuotes } from "./quotes";
import type { Analysis, Quote } from "./types";

export type { Analysis, Entity, Mention, Quote, Speaker } from "./types";

export interface ArticleInput {
  title?: string;
  /** The article's plain text, paragraphs separated by line breaks. */
  text: string;
}

/**
 * The whole analysis: text in, the contract's object out. Pure and deterministic; no DOM, no browser API,
 * so the popup, a worker, the CLI, the evaluation and the tests all run exactly this.
 */
export function analyze(input: ArticleInput, onEarlyQuotes?: (quotes: readonly Quote[]) => void): Analysis {
  const text = input.text;
  const doc = buildDoc(text);
  // A first look for a page that highlights before the rest is done: the quote pass's first stage finds the
  // quotes without the entities (the entities decide who speaks, seldom where a quote is; their speakers are not
  // final). The second stage reads the speakers on what the first one built, rather than starting again.
  const spans = onEarlyQuotes ? findQuoteSpans(doc) : null;
  if (spans && onEarlyQuotes) onEarlyQuotes(spans.quotes);
  const entities = findEntities(doc);
  const quotes = spans ? assignSpeakers(spans, entities) : findQuotes(doc, entities);
  return { title: input.title ?? "", text, quotes, entities };
}

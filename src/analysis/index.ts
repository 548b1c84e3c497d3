import { buildDoc } from "./text/sentences";
import { findEntities } from "./entities";
import { findQuotes } from "./quotes";
import type { Analysis } from "./types";

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
export function analyze(input: ArticleInput): Analysis {
  const text = input.text;
  const doc = buildDoc(text);
  const entities = findEntities(doc);
  const quotes = findQuotes(doc, entities);
  return { title: input.title ?? "", text, quotes, entities };
}

import type { Doc } from "../text/sentences";
import type { Entity, Quote } from "../types";

/** Placeholder until the quote engine lands (issue 5): owned by the quotes work. */
export function findQuotes(_doc: Doc, _entities: readonly Entity[]): Quote[] {
  return [];
}

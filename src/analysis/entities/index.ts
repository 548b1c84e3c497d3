import type { Doc } from "../text/sentences";
import type { Entity } from "../types";

/** Placeholder until the entity engine lands (issue 6): owned by the entities work. */
export function findEntities(_doc: Doc): Entity[] {
  return [];
}

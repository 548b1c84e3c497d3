import type { Entity, Mention } from "../../analysis/types";
import { EntityRow } from "./EntityRow";
import { ShowMore, useProgressiveList } from "./ShowMore";

/** Past this many names a section is a huge page's index, not an article's cast; the rest wait for a click. */
export const ENTITIES_PAGE = 100;

interface Props {
  id: string;
  title: string;
  entities: Entity[];
  /** What the rows are, singular and plural, for the show-more button: ["person", "people"]. */
  noun: readonly [string, string];
  emptyText: string;
  onReveal(mention: Mention): void;
}

export function EntitySection({ id, title, entities, noun, emptyText, onReveal }: Props) {
  const rows = useProgressiveList(entities, ENTITIES_PAGE);
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        {title} <span class="section-count">{entities.length}</span>
      </h2>
      {entities.length === 0 ? (
        <p class="empty">{emptyText}</p>
      ) : (
        <>
          <ul class="entities">
            {rows.visible.map((entity) => (
              <EntityRow key={entity.id} entity={entity} onReveal={onReveal} />
            ))}
          </ul>
          <ShowMore list={rows} noun={noun} />
        </>
      )}
    </section>
  );
}

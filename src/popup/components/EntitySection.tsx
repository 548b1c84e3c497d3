import type { Entity, Mention } from "../../analysis/types";
import { EntityRow } from "./EntityRow";

interface Props {
  id: string;
  title: string;
  entities: Entity[];
  emptyText: string;
  onReveal(mention: Mention): void;
}

export function EntitySection({ id, title, entities, emptyText, onReveal }: Props) {
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        {title} <span class="section-count">{entities.length}</span>
      </h2>
      {entities.length === 0 ? (
        <p class="empty">{emptyText}</p>
      ) : (
        <ul class="entities">
          {entities.map((entity) => (
            <EntityRow key={entity.id} entity={entity} onReveal={onReveal} />
          ))}
        </ul>
      )}
    </section>
  );
}

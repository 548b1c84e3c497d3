import type { Entity, Mention } from "../../analysis/types";
import { flagEmoji } from "../../shared/flags";
import { Stepper } from "./Stepper";

interface Props {
  entity: Entity;
  onReveal(mention: Mention): void;
}

export function EntityRow({ entity, onReveal }: Props) {
  const n = entity.mentions.length;
  const flag = entity.type === "country" ? flagEmoji(entity.code) : "";
  return (
    <li class="entity" data-testid="entity" data-type={entity.type} data-name={entity.name}>
      <button
        type="button"
        class="entity-name"
        data-nav
        disabled={n === 0}
        onClick={() => entity.mentions[0] && onReveal(entity.mentions[0])}
        aria-label={`${entity.name}, ${n} ${n === 1 ? "mention" : "mentions"}. Show on page.`}
      >
        {flag && (
          <span class="flag" aria-hidden="true">
            {flag}
          </span>
        )}
        <span class="name">{entity.name}</span>
      </button>
      {n < 2 && (
        <span class="mentions" aria-hidden="true">
          {n}×
        </span>
      )}
      <Stepper total={n} label={`mentions of ${entity.name}`} onGo={(i) => onReveal(entity.mentions[i])} />
    </li>
  );
}

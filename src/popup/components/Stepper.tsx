import { useState } from "preact/hooks";

interface Props {
  /** How many places there are to step through. */
  total: number;
  label: string;
  onGo(index: number): void;
}

/** "‹ 2/5 ›": previous / next through a speaker's quotes or an entity's mentions on the page. */
export function Stepper({ total, label, onGo }: Props) {
  const [index, setIndex] = useState(-1);
  if (total < 2) return null;
  const go = (step: number) => {
    const next = index < 0 ? (step > 0 ? 0 : total - 1) : (index + step + total) % total;
    setIndex(next);
    onGo(next);
  };
  return (
    <span class="stepper" role="group" aria-label={`Step through ${label} on the page`}>
      <button type="button" class="icon" aria-label={`Previous: ${label}`} onClick={() => go(-1)}>
        ‹
      </button>
      <span class="position" aria-live="polite">
        {index < 0 ? `${total}×` : `${index + 1}/${total}`}
      </span>
      <button type="button" class="icon" aria-label={`Next: ${label}`} onClick={() => go(1)}>
        ›
      </button>
    </span>
  );
}

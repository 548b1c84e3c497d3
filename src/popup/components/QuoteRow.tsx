import { useState } from "preact/hooks";
import type { Quote } from "../../analysis/types";

/** Longer quotes start collapsed so a group stays scannable. */
export const COLLAPSE_AT = 220;
const PREVIEW = 180;

interface Props {
  quote: Quote;
  speaker: string;
  color: string;
  onReveal(quote: Quote): void;
}

export function QuoteRow({ quote, speaker, color, onReveal }: Props) {
  const [expanded, setExpanded] = useState(false);
  const long = quote.text.length > COLLAPSE_AT;
  const shown = long && !expanded ? `${quote.text.slice(0, PREVIEW).replace(/\s+\S*$/, "")}…` : quote.text;
  const direct = quote.kind === "direct";
  return (
    <li class={`quote ${quote.kind}`} data-testid="quote" data-speaker={speaker} data-kind={quote.kind} style={{ "--speaker": color }}>
      <button
        type="button"
        class="quote-text"
        data-nav
        onClick={() => onReveal(quote)}
        aria-label={`${direct ? "Quote" : "Reported speech"} by ${speaker}: ${quote.text}. Show on page.`}
      >
        {direct ? `“${shown}”` : shown}
      </button>
      <span class="quote-meta">
        {direct ? "" : "indirect · "}
        {quote.cue}
        {long && (
          <button type="button" class="more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? "less" : "more"}
          </button>
        )}
      </span>
    </li>
  );
}

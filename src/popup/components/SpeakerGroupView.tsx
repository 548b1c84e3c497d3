import type { Quote } from "../../analysis/types";
import type { SpeakerGroup } from "../../shared/speakers";
import { QuoteRow } from "./QuoteRow";
import { ShowMore, useProgressiveList } from "./ShowMore";
import { Stepper } from "./Stepper";

const BADGES: Record<SpeakerGroup["type"], string> = {
  person: "Person",
  organization: "Organization",
  anonymous: "Anonymous",
  unknown: "Unknown",
};

interface Props {
  group: SpeakerGroup;
  color: string;
  /** Quotes rendered before the reader asks for more; Infinity for a result small enough to show whole. */
  pageSize: number;
  /** The first screen of a long result (ResultView): its rows only, no show-more button yet. */
  preview?: boolean;
  onReveal(quote: Quote): void;
}

export function SpeakerGroupView({ group, color, pageSize, preview = false, onReveal }: Props) {
  const headingId = `speaker-${group.key.replace(/[^a-z0-9]+/gi, "-")}`;
  const count = group.quotes.length;
  const quotes = useProgressiveList(group.quotes, pageSize);
  return (
    <section class="speaker-group" data-testid="speaker-group" aria-labelledby={headingId} style={{ "--speaker": color }}>
      <div class="speaker-head">
        <span class="swatch" aria-hidden="true" />
        <div class="speaker-id">
          <h3 id={headingId} class="speaker-name">
            {group.label}
          </h3>
          {group.role && <p class="speaker-role">{group.role}</p>}
        </div>
        <span class={`badge badge-${group.type}`}>{BADGES[group.type]}</span>
        <span class="count" aria-label={`${count} ${count === 1 ? "quote" : "quotes"}`}>
          {count}
        </span>
        <Stepper total={count} label={`quotes by ${group.label}`} onGo={(i) => onReveal(group.quotes[i])} />
      </div>
      <ul class="quotes" aria-label={`Quotes by ${group.label}`}>
        {quotes.visible.map((quote) => (
          <QuoteRow key={`${quote.start}-${quote.end}`} quote={quote} speaker={group.label} color={color} onReveal={onReveal} />
        ))}
      </ul>
      {!preview && <ShowMore list={quotes} noun={["quote", "quotes"]} context={`by ${group.label}`} />}
    </section>
  );
}

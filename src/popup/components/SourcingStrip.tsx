/**
 * How the story is sourced, above the quote list: one stacked bar of quotes by kind of source, direct against
 * reported speech, the share of the article's words that are quotes, and the top voices by words quoted. Every
 * bar part (and every voice) is a toggle button: pressed, the list keeps only its quotes and the page dims the
 * other highlights. The bars are drawn with CSS widths; the numbers are always written out as well.
 */
import type { QuoteKind } from "../../analysis/types";
import {
  describeFilter,
  percent,
  sameFilter,
  SOURCE_TYPE_LABELS,
  SOURCE_TYPES,
  type SourcingFilter,
  type SourcingProfile,
  type Voice,
} from "../../shared/profile";

/** Enough voices to see who dominates, few enough to keep the quotes in view when the popup opens. */
export const TOP_VOICES = 3;

const TYPE_BADGES: Record<Voice["type"], string> = { person: "Person", organization: "Organization", anonymous: "Anonymous" };
const FORMS: Array<[QuoteKind, string]> = [
  ["direct", "Direct"],
  ["indirect", "Reported"],
];

interface Props {
  profile: SourcingProfile;
  focus: SourcingFilter | null;
  onFocus(filter: SourcingFilter): void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function SourcingStrip({ profile, focus, onFocus }: Props) {
  if (profile.quotes === 0) return null;
  const pressed = (filter: SourcingFilter) => sameFilter(focus, filter);
  const part = (filter: SourcingFilter, label: string) => ({
    "aria-pressed": pressed(filter),
    "aria-label": `${label}. ${pressed(filter) ? "Showing only these; press to show all quotes." : "Show only these quotes."}`,
    onClick: () => onFocus(filter),
    "data-active": focus ? String(pressed(filter)) : undefined,
  });
  const types = SOURCE_TYPES.filter((type) => profile.byType[type] > 0);
  const topWords = profile.topVoices[0]?.words ?? 0;

  return (
    <section class="sourcing" aria-labelledby="sourcing-title" data-testid="sourcing-profile">
      <h2 id="sourcing-title" class="section-title">
        How it is sourced
        <span class="sourcing-summary" data-testid="sourcing-summary">
          {plural(profile.voices, "voice", "voices")} · {plural(profile.quotes, "quote", "quotes")} ·{" "}
          <span data-testid="quoted-share">{percent(profile.words.quoted, profile.words.article)}</span> of the words quoted
        </span>
      </h2>

      <div class="bar stack" role="group" aria-label="Quotes by kind of source">
        {types.map((type) => (
          <button
            type="button"
            key={type}
            class={`bar-part src-${type}`}
            style={{ flexGrow: profile.byType[type] }}
            data-testid="source-type"
            data-type={type}
            data-count={profile.byType[type]}
            title={`${SOURCE_TYPE_LABELS[type]}: ${plural(profile.byType[type], "quote", "quotes")}`}
            {...part({ by: "type", type }, `${SOURCE_TYPE_LABELS[type]}: ${plural(profile.byType[type], "quote", "quotes")}`)}
          >
            {profile.byType[type]}
          </button>
        ))}
      </div>
      <ul class="legend" aria-hidden="true">
        {types.map((type) => (
          <li key={type}>
            <span class={`key src-${type}`} />
            {SOURCE_TYPE_LABELS[type]} {profile.byType[type]}
          </li>
        ))}
      </ul>

      <div class="bar forms" role="group" aria-label="Direct and reported speech">
        {FORMS.map(([form, label]) => {
          const count = form === "direct" ? profile.direct : profile.reported;
          if (count === 0) return null;
          const text = `${label} ${percent(count, profile.quotes)}`;
          return (
            <button
              type="button"
              key={form}
              class={`bar-part form-${form}`}
              style={{ flexGrow: count }}
              data-testid="quote-form"
              data-form={form}
              {...part({ by: "form", form }, `${label} speech: ${plural(count, "quote", "quotes")}, ${percent(count, profile.quotes)}`)}
            >
              {text}
            </button>
          );
        })}
      </div>

      <ol class="voices" aria-label="Top voices by words quoted">
        {profile.topVoices.slice(0, TOP_VOICES).map((voice) => (
          <li key={voice.key}>
            <button
              type="button"
              class="voice"
              data-testid="top-voice"
              {...part({ by: "voice", key: voice.key, name: voice.name }, `${voice.name}${voice.role ? `, ${voice.role}` : ""}: ${plural(voice.words, "word", "words")} quoted`)}
            >
              <span class="voice-id">
                <span class="voice-name">{voice.name}</span>
                {voice.role && <span class="voice-role">{voice.role}</span>}
              </span>
              <span class={`badge badge-${voice.type}`}>{TYPE_BADGES[voice.type]}</span>
              <span class="voice-bar" aria-hidden="true">
                <span class={`src-${voice.type}`} style={{ width: `${Math.max(4, Math.round((voice.words / Math.max(1, topWords)) * 100))}%` }} />
              </span>
              <span class="voice-words">{voice.words}</span>
            </button>
          </li>
        ))}
      </ol>

      {focus && (
        <p class="focus-note" role="status" data-testid="focus-note">
          Showing only: <strong>{describeFilter(focus)}</strong>{" "}
          <button type="button" class="link" onClick={() => onFocus(focus)}>
            Show all
          </button>
        </p>
      )}
    </section>
  );
}

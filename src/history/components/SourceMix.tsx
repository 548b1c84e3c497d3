/**
 * Quotes by kind of source as one 100 % bar, drawn in SVG so each outlet's row is comparable at a glance; the
 * counts are in the legend and in the accessible name.
 */
import { percent, SOURCE_TYPE_LABELS, SOURCE_TYPES, type SourceType } from "../../shared/profile";

interface Props {
  byType: Record<SourceType, number>;
  label: string;
}

export function SourceMix({ byType, label }: Props) {
  const total = SOURCE_TYPES.reduce((n, t) => n + byType[t], 0);
  const description = total === 0
    ? `${label}: no quotes`
    : `${label}: ${SOURCE_TYPES.filter((t) => byType[t] > 0).map((t) => `${SOURCE_TYPE_LABELS[t]} ${byType[t]} (${percent(byType[t], total)})`).join(", ")}`;
  let x = 0;
  return (
    <svg class="mix" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label={description}>
      <rect x="0" y="0" width="100" height="8" rx="1.5" class="mix-empty" />
      {total > 0 &&
        SOURCE_TYPES.filter((t) => byType[t] > 0).map((t) => {
          const width = (byType[t] / total) * 100;
          const rect = <rect key={t} x={x} y="0" width={width} height="8" class={`mix-${t}`} />;
          x += width;
          return rect;
        })}
    </svg>
  );
}

export function SourceLegend({ byType }: { byType: Record<SourceType, number> }) {
  return (
    <ul class="legend">
      {SOURCE_TYPES.map((t) => (
        <li key={t} data-testid="history-type" data-type={t} data-count={byType[t]}>
          <span class={`key src-${t}`} aria-hidden="true" />
          {SOURCE_TYPE_LABELS[t]} <strong>{byType[t]}</strong>
        </li>
      ))}
    </ul>
  );
}

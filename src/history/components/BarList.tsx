/** A ranked list as small horizontal bars (CSS widths), with the numbers written out for every row. */
import type { Tally } from "../summary";

interface Props {
  id: string;
  title: string;
  rows: Tally[];
  /** What `count` counts: "quote"/"quotes" for voices, "mention"/"mentions" for names. */
  unit: [string, string];
  empty: string;
  testId: string;
  /** A line under the title saying what is counted, when the title alone would mislead. */
  note?: string;
}

export function BarList({ id, title, rows, unit, empty, testId, note }: Props) {
  const most = Math.max(1, ...rows.map((r) => r.articles));
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {note && <p class="muted note">{note}</p>}
      {rows.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ol class="bar-list">
          {rows.map((row) => (
            <li key={row.name} data-testid={testId} data-name={row.name}>
              <span class="row-name">
                {row.name}
                {row.detail && <span class="row-detail">{row.detail}</span>}
              </span>
              <span class="row-bar" aria-hidden="true">
                <span style={{ width: `${Math.round((row.articles / most) * 100)}%` }} />
              </span>
              <span class="row-figures">
                {row.articles} {row.articles === 1 ? "article" : "articles"} · {row.count} {row.count === 1 ? unit[0] : unit[1]}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

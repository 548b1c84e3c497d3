/**
 * "My sources": the reader's own reading over 7 or 30 days or all of it — articles read, how much of what they
 * read was anonymous, who was quoted most, which organizations and countries came up, outlet by outlet. Reads
 * storage.local once on open; exports CSV; deletes everything after one confirmation.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { percent } from "../shared/profile";
import { loadSettings, type SyncArea } from "../shared/settings";
import { BarList } from "./components/BarList";
import { OutletTable } from "./components/OutletTable";
import { SourceLegend, SourceMix } from "./components/SourceMix";
import { historyCsv } from "./csv";
import type { HistoryEntry } from "./entry";
import { clearHistory, loadHistory, type LocalArea } from "./store";
import { inPeriod, PERIODS, summarize, type Period } from "./summary";

export interface HistoryPageProps {
  local: LocalArea;
  sync: SyncArea;
  now(): number;
  download(filename: string, text: string): void;
  openOptions(): void;
}

type Loaded =
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | { kind: "ready"; entries: HistoryEntry[]; skipped: string[]; keepHistory: boolean };

export function HistoryPage(props: HistoryPageProps) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const [period, setPeriod] = useState<Period>("30d");
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState("");

  const load = async () => {
    try {
      const [history, settings] = await Promise.all([loadHistory(props.local), loadSettings(props.sync)]);
      setLoaded({ kind: "ready", ...history, keepHistory: settings.keepHistory });
    } catch (error) {
      setLoaded({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };
  useEffect(() => void load(), [props.local, props.sync]);

  const entries = loaded.kind === "ready" ? loaded.entries : [];
  const shown = useMemo(() => inPeriod(entries, period, props.now()), [entries, period]);
  const summary = useMemo(() => summarize(shown), [shown]);

  if (loaded.kind === "loading") return <main class="history" aria-busy="true" />;
  if (loaded.kind === "failed") {
    return (
      <main class="history">
        <h1>My sources</h1>
        <p class="notice warning" role="alert">Your reading history could not be read: {loaded.message}</p>
      </main>
    );
  }

  const remove = async () => {
    setConfirming(false);
    try {
      const removed = await clearHistory(props.local);
      setNotice(`Deleted ${removed} ${removed === 1 ? "entry" : "entries"}. Nothing of your reading history is left in this browser.`);
    } catch (error) {
      setNotice(`Could not delete the history: ${error instanceof Error ? error.message : String(error)}`);
    }
    await load();
  };

  return (
    <main class="history">
      <header class="page-head">
        <h1>My sources</h1>
        <p class="muted">How the articles you read with the lens were sourced. Kept only in this browser, never sent anywhere.</p>
      </header>

      {!loaded.keepHistory && (
        <p class="notice" data-testid="history-off">
          Your reading history is off{entries.length ? "; these are reads from before you turned it off" : ""}.{" "}
          <button type="button" class="link" onClick={props.openOptions}>
            Turn it on in Options
          </button>
        </p>
      )}
      {loaded.skipped.length > 0 && (
        <div class="notice warning" role="status" data-testid="history-skipped">
          {loaded.skipped.length === 1 ? "One stored entry could not be read and was skipped" : `${loaded.skipped.length} stored entries could not be read and were skipped`}{" "}
          (they are left as they are; “Delete everything” removes them).
          <details>
            <summary>Which</summary>
            <ul>
              {loaded.skipped.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        </div>
      )}
      {notice && (
        <p class="notice" role="status" data-testid="history-notice">
          {notice}
        </p>
      )}

      <div class="periods" role="group" aria-label="Period">
        {PERIODS.map(([value, label]) => (
          <button type="button" key={value} aria-pressed={period === value} data-testid={`period-${value}`} onClick={() => setPeriod(value)}>
            {label}
          </button>
        ))}
      </div>

      <section class="totals" aria-label="Totals">
        <p>
          <strong data-testid="history-articles">{summary.articles}</strong> {summary.articles === 1 ? "article" : "articles"} read
        </p>
        <p>
          <strong data-testid="history-quotes">{summary.quotes}</strong> {summary.quotes === 1 ? "quote" : "quotes"}
        </p>
        <p>
          <strong data-testid="history-anonymous">{percent(summary.byType.anonymous, summary.quotes)}</strong> of them anonymous
        </p>
        <p>
          <strong>{percent(summary.reported, summary.quotes)}</strong> reported speech
        </p>
      </section>

      <section class="card wide" aria-labelledby="mix-title">
        <h2 id="mix-title">Quotes by kind of source</h2>
        <SourceMix byType={summary.byType} label="All outlets" />
        <SourceLegend byType={summary.byType} />
      </section>

      <div class="grid">
        <BarList
          id="voices-title"
          title="Most-quoted voices"
          note="Named people and organizations: “two officials” in one story are not the same voices in the next."
          rows={summary.voices}
          unit={["quote", "quotes"]}
          testId="history-voice"
          empty="No named voices in this period."
        />
        <BarList id="orgs-title" title="Most-named organizations" rows={summary.organizations} unit={["mention", "mentions"]} testId="history-org" empty="No organizations in this period." />
        <BarList id="countries-title" title="Most-named countries" rows={summary.countries} unit={["mention", "mentions"]} testId="history-country" empty="No countries in this period." />
      </div>

      <OutletTable outlets={summary.outlets} />

      <section class="card wide" aria-labelledby="reads-title">
        <h2 id="reads-title">Articles</h2>
        {shown.length === 0 ? (
          <p class="muted">{entries.length ? "No articles in this period." : "No articles yet."}</p>
        ) : (
          <ol class="reads">
            {shown.map((e) => (
              <li key={e.url} data-testid="history-entry">
                <time dateTime={new Date(e.readAt).toISOString()}>{new Date(e.readAt).toLocaleDateString()}</time>
                <span class="outlet">{e.outlet}</span>
                <span class="read-title" title={e.url}>
                  {e.title || e.url}
                </span>
                <span class="muted">
                  {e.profile.quotes} {e.profile.quotes === 1 ? "quote" : "quotes"} · {percent(e.profile.byType.anonymous, e.profile.quotes)} anonymous
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <footer class="actions">
        <button type="button" data-testid="export-csv" disabled={entries.length === 0} onClick={() => props.download("news-lens-history.csv", historyCsv(entries))}>
          Export CSV
        </button>
        {!confirming ? (
          <button type="button" class="danger" data-testid="delete-history" disabled={entries.length + loaded.skipped.length === 0} onClick={() => setConfirming(true)}>
            Delete everything
          </button>
        ) : (
          <span class="confirm" role="group" aria-label="Confirm deletion">
            Delete all {entries.length + loaded.skipped.length} stored entries? This cannot be undone.
            <button type="button" class="danger" data-testid="confirm-delete" onClick={() => void remove()}>
              Delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        )}
      </footer>
    </main>
  );
}

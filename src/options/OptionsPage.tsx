import { useEffect, useState } from "preact/hooks";
import { clearHistory, historyKeys, type LocalArea } from "../history/store";
import { DEFAULT_PALETTE } from "../shared/palette";
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings, type SyncArea } from "../shared/settings";

type SaveState = "idle" | "saved" | "failed";

interface Props {
  area: SyncArea;
  /** Where the reading history lives (storage.local); asked about when the reader turns the history off. */
  local: LocalArea;
  openHistory(): void;
}

/** Preferences save as soon as they change; there is no "Save" button to forget. */
export function OptionsPage({ area, local, openHistory }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<SaveState>("idle");
  /** Entries left in the history when the reader turned it off: they are asked whether to delete them. */
  const [leftBehind, setLeftBehind] = useState(0);
  const [historyNote, setHistoryNote] = useState("");

  useEffect(() => {
    void loadSettings(area).then(setSettings);
  }, [area]);

  if (!settings) return <main class="options" aria-busy="true" />;

  const update = async (next: Settings) => {
    setSettings(next);
    try {
      setSettings(await saveSettings(area, next));
      setSaved("saved");
    } catch {
      setSaved("failed");
    }
  };

  return (
    <main class="options">
      <h1>News Lens options</h1>

      <section aria-labelledby="hl-title">
        <h2 id="hl-title">Highlighting</h2>
        <fieldset>
          <legend>When the popup opens</legend>
          <label class="row">
            <input
              type="radio"
              name="when"
              data-testid="highlight-on-open"
              checked={settings.highlightOnOpen}
              onChange={() => void update({ ...settings, highlightOnOpen: true })}
            />
            Highlight quotes on the page right away
          </label>
          <label class="row">
            <input
              type="radio"
              name="when"
              data-testid="highlight-on-demand"
              checked={!settings.highlightOnOpen}
              onChange={() => void update({ ...settings, highlightOnOpen: false })}
            />
            Only when I turn on “Highlight quotes” in the popup
          </label>
        </fieldset>
        <label class="row">
          <input
            type="checkbox"
            data-testid="show-indirect"
            checked={settings.showIndirect}
            onChange={(e) => void update({ ...settings, showIndirect: (e.currentTarget as HTMLInputElement).checked })}
          />
          Show indirect quotes (reported speech such as “she said that…”)
        </label>
        <label class="row">
          <input
            type="checkbox"
            data-testid="mark-speakers"
            checked={settings.markSpeakers}
            onChange={(e) => void update({ ...settings, markSpeakers: (e.currentTarget as HTMLInputElement).checked })}
          />
          Underline the speakers' names on the page
        </label>
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">My sources: your reading history</h2>
        <label class="row">
          <input
            type="checkbox"
            data-testid="keep-history"
            checked={settings.keepHistory}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              setHistoryNote("");
              void update({ ...settings, keepHistory: on }).then(async () => {
                if (!on) setLeftBehind(await countHistory(local));
                else setLeftBehind(0);
              });
            }}
          />
          Keep a private history of the articles I read with the lens
        </label>
        <p class="muted">
          For each article: its address, site, title, date and how it was sourced (speakers' names and roles, the
          organizations and countries named) — never its text. Stored only in this browser (storage.local), at most
          2,000 articles, never sent anywhere.{" "}
          <button type="button" class="link" data-testid="options-open-history" onClick={openHistory}>
            Open My sources
          </button>
        </p>
        {leftBehind > 0 && (
          <p class="confirm" role="group" aria-label="Delete the history too?" data-testid="delete-on-off">
            The history still holds {leftBehind} {leftBehind === 1 ? "article" : "articles"}. Delete {leftBehind === 1 ? "it" : "them"} too?{" "}
            <button
              type="button"
              data-testid="delete-history-too"
              onClick={async () => {
                try {
                  await clearHistory(local);
                  setHistoryNote("Reading history deleted.");
                } catch {
                  setHistoryNote("Could not delete the history; try again from My sources.");
                }
                setLeftBehind(0);
              }}
            >
              Delete history
            </button>{" "}
            <button type="button" onClick={() => setLeftBehind(0)}>
              Keep it
            </button>
          </p>
        )}
        {historyNote && (
          <p class="muted" role="status" data-testid="history-note">
            {historyNote}
          </p>
        )}
      </section>

      <section aria-labelledby="colors-title">
        <h2 id="colors-title">Speaker colours</h2>
        <p class="muted">The first speaker quoted gets the first colour, the second the second, and so on.</p>
        <ol class="palette">
          {settings.palette.map((color, i) => (
            <li key={i}>
              <label>
                <input
                  type="color"
                  value={color}
                  data-testid="palette-color"
                  aria-label={`Colour for speaker ${i + 1}`}
                  onInput={(e) => {
                    const palette = [...settings.palette];
                    palette[i] = (e.currentTarget as HTMLInputElement).value;
                    void update({ ...settings, palette });
                  }}
                />
                <span class="sample" style={{ background: `${color}4d` }}>
                  “Sample quote”
                </span>
              </label>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => void update({ ...settings, palette: [...DEFAULT_PALETTE] })}
          disabled={settings.palette.join() === DEFAULT_SETTINGS.palette.join()}
        >
          Restore default colours
        </button>
      </section>

      <p class="saved" role="status" aria-live="polite">
        {saved === "saved" ? "Saved." : saved === "failed" ? "Could not save — your browser's sync storage refused the change." : ""}
      </p>
    </main>
  );
}

async function countHistory(local: LocalArea): Promise<number> {
  try {
    return (await historyKeys(local)).length;
  } catch {
    return 0;
  }
}

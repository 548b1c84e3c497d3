import { useEffect, useRef } from "preact/hooks";
import type { ExportFeedback } from "../state";

interface Props {
  filter: string;
  onFilter(value: string): void;
  highlights: boolean;
  onHighlights(on: boolean): void;
  onExport(format: "json" | "markdown"): void;
  feedback: ExportFeedback | null;
  /** Quotes that could not be marked on the page. */
  missed: number;
}

export function Toolbar({ filter, onFilter, highlights, onHighlights, onExport, feedback, missed }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // "/" jumps to the filter, as on most sites with a search box.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || target?.closest("input, textarea")) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <div class="toolbar">
      <div class="filter">
        <svg aria-hidden="true" viewBox="0 0 16 16" class="filter-icon">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
        <input
          ref={input}
          type="search"
          data-testid="filter-input"
          placeholder="Filter quotes, people, places…"
          aria-keyshortcuts="/"
          title="Filter (press / to jump here, Esc to clear)"
          aria-label="Filter quotes and names"
          value={filter}
          onInput={(e) => onFilter((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Escape" && filter) {
              e.preventDefault();
              onFilter("");
            }
          }}
        />
      </div>
      <div class="actions">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            data-testid="highlight-toggle"
            checked={highlights}
            aria-checked={highlights}
            onChange={(e) => onHighlights((e.currentTarget as HTMLInputElement).checked)}
          />
          <span class="track" aria-hidden="true" />
          <span>Highlight quotes</span>
        </label>
        <span class="spacer" />
        <span class="copy-label" aria-hidden="true">
          Copy
        </span>
        <button type="button" class="ghost" data-testid="export-json" onClick={() => onExport("json")} title="Copy the analysis as JSON" aria-label="Copy the analysis as JSON">
          JSON
        </button>
        <button type="button" class="ghost" data-testid="export-markdown" onClick={() => onExport("markdown")} title="Copy the analysis as Markdown" aria-label="Copy the analysis as Markdown">
          Markdown
        </button>
      </div>
      <p class="feedback" role="status" aria-live="polite">
        {feedback
          ? feedback.ok
            ? `Copied as ${feedback.format === "json" ? "JSON" : "Markdown"}.`
            : "The browser refused the copy. Try again."
          : highlights && missed > 0
            ? `${missed} ${missed === 1 ? "quote is" : "quotes are"} listed but could not be marked on the page.`
            : ""}
      </p>
    </div>
  );
}

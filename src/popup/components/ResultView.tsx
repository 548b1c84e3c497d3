import { useEffect, useLayoutEffect, useMemo, useState } from "preact/hooks";
import type { Analysis, Mention, Quote } from "../../analysis/types";
import type { ArticleSnapshot } from "../../shared/messages";
import { UNKNOWN_SPEAKER_COLOR } from "../../shared/palette";
import { sourcingProfile, type SourcingFilter } from "../../shared/profile";
import { buildView, isEnglish } from "../model";
import type { ExportFeedback } from "../state";
import { EntitySection } from "./EntitySection";
import { Header } from "./Header";
import { ShowMore, useProgressiveList } from "./ShowMore";
import { SourcingStrip } from "./SourcingStrip";
import { SpeakerGroupView } from "./SpeakerGroupView";
import { StatusMessage } from "./StatusMessage";
import { Toolbar } from "./Toolbar";
import { markPainted } from "../timeline";

/**
 * An ordinary article (fewer quotes than this) lists every quote at once, as it always has; paging is for the huge
 * pages where laying out every row at once stalls the popup.
 */
export const PAGED_FROM = 100;
export const QUOTES_PAGE = 50;
export const SPEAKERS_PAGE = 30;
/**
 * A result with at least this many rows (quotes and names) paints its header, counts, profile and the first screen
 * of its quotes first (FIRST_SCREEN_ROWS), and the rest of its lists a frame later: the reader sees a filled popup at
 * once, and laying out hundreds of rows below the fold no longer delays it.
 */
export const LISTS_AFTER_PAINT_FROM = 60;
/** Quote rows in the first frame of a long result: more than a 600-pixel popup shows below its header and profile. */
export const FIRST_SCREEN_ROWS = 12;

/** The speaker groups of the first screen, each with how many of its quotes it shows there. */
function firstScreen<T extends { quotes: readonly unknown[] }>(groups: readonly T[], rows: number): { group: T; rows: number }[] {
  const out: { group: T; rows: number }[] = [];
  for (const group of groups) {
    if (rows <= 0) break;
    const shown = Math.min(rows, group.quotes.length);
    out.push({ group, rows: shown });
    rows -= shown;
  }
  return out;
}

export interface ResultProps {
  article: ArticleSnapshot;
  analysis: Analysis;
  colors: Record<string, string>;
  highlights: boolean;
  indirectHidden: boolean;
  feedback: ExportFeedback | null;
  missed: number;
  focus: SourcingFilter | null;
  onFocus(filter: SourcingFilter): void;
  onHighlights(on: boolean): void;
  onReveal(start: number, end: number): void;
  onExport(format: "json" | "markdown"): void;
  onOptions(): void;
  /** Lets a long result paint its header before its lists (the popup does; a test of the lists need not). */
  deferLists?: boolean;
}

/** True at once, or when `defer`, only once what is on screen now has been painted. */
function useAfterPaint(defer: boolean): boolean {
  const [ready, setReady] = useState(!defer);
  useEffect(() => {
    if (ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}

export function ResultView(props: ResultProps) {
  const { article, analysis, colors } = props;
  const [filter, setFilter] = useState("");
  const view = useMemo(() => buildView(analysis, filter, props.focus), [analysis, filter, props.focus]);
  const profile = useMemo(() => sourcingProfile(analysis), [analysis]);
  const revealQuote = (q: Quote) => props.onReveal(q.start, q.end);
  const revealMention = (m: Mention) => props.onReveal(m.start, m.end);
  const quoteCount = view.groups.reduce((n, g) => n + g.quotes.length, 0);
  const paged = quoteCount >= PAGED_FROM;
  const groups = useProgressiveList(view.groups, paged ? SPEAKERS_PAGE : Infinity);
  const complete = useAfterPaint(!!props.deferLists && analysis.quotes.length + analysis.entities.length >= LISTS_AFTER_PAINT_FROM);
  const quotePage = paged ? QUOTES_PAGE : Infinity;
  const shownGroups = complete ? groups.visible.map((group) => ({ group, rows: quotePage })) : firstScreen(groups.visible, FIRST_SCREEN_ROWS);
  // Marked as the floor's first paint is (src/popup/main.tsx): from the render that put it in the page, so the mark
  // lands after the paint that shows it. (An effect runs a frame after that paint, and its mark a frame later still.)
  // The popup is filled (list-painted) once its first screen is; the lists are complete a frame later on a long result.
  useLayoutEffect(() => {
    markPainted("header-painted");
    markPainted("list-painted");
  }, []);
  useLayoutEffect(() => {
    if (complete) markPainted("lists-complete");
  }, [complete]);

  return (
    <div class="result">
      <Header article={article} counts={view.counts} />
      {!isEnglish(article.lang) && (
        <StatusMessage tone="info" title="This page does not look like English." compact>
          <p>The lens is built for English news; quotes and names may be missed or wrong here.</p>
        </StatusMessage>
      )}
      {article.source !== "article" && (
        <p class="source-note" data-testid="source-note">
          {article.source === "selection" ? "Analysed the text you selected on the page." : "No article layout found — analysed the page's main text."}
        </p>
      )}
      <SourcingStrip profile={profile} focus={props.focus} onFocus={props.onFocus} />
      <Toolbar
        filter={filter}
        onFilter={setFilter}
        highlights={props.highlights}
        onHighlights={props.onHighlights}
        onExport={props.onExport}
        feedback={props.feedback}
        missed={props.missed}
      />
      <main
        class="lists"
        onKeyDown={(e) => {
          if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
          // Arrow keys walk the quote and name list; Tab still reaches every control.
          const items = Array.from((e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>("[data-nav]:not(:disabled)"));
          const at = items.indexOf(document.activeElement as HTMLElement);
          if (at < 0) return;
          e.preventDefault();
          items[Math.max(0, Math.min(items.length - 1, at + (e.key === "ArrowDown" ? 1 : -1)))]?.focus();
        }}
      >
        {view.empty && (
          <p class="empty no-match" role="status">
            Nothing matches “{filter}”.
          </p>
        )}
        <section class="section" aria-labelledby="quotes-title">
          <h2 id="quotes-title" class="section-title">
            Quotes <span class="section-count">{quoteCount}</span>
          </h2>
          {view.groups.length === 0 && !view.empty && (
            <p class="empty">{filter || props.focus ? "No quotes match the filter." : "No quotes found in this article."}</p>
          )}
          {shownGroups.map(({ group, rows }) => (
            <SpeakerGroupView
              key={group.key}
              group={group}
              color={colors[group.key] ?? UNKNOWN_SPEAKER_COLOR}
              pageSize={rows}
              preview={!complete}
              onReveal={revealQuote}
            />
          ))}
          {complete && <ShowMore list={groups} noun={["speaker", "speakers"]} />}
          {complete && props.indirectHidden && (
            <p class="hint">
              Indirect quotes are hidden.{" "}
              <button type="button" class="link" onClick={props.onOptions}>
                Change in options
              </button>
            </p>
          )}
        </section>
        {complete && (
          <>
            <EntitySection
              id="people-title"
              title="People"
              entities={view.people}
              noun={["person", "people"]}
              emptyText={filter ? "No people match." : "No people named."}
              onReveal={revealMention}
            />
            <EntitySection
              id="orgs-title"
              title="Organizations"
              entities={view.organizations}
              noun={["organization", "organizations"]}
              emptyText={filter ? "No organizations match." : "No organizations named."}
              onReveal={revealMention}
            />
            <EntitySection
              id="countries-title"
              title="Countries"
              entities={view.countries}
              noun={["country", "countries"]}
              emptyText={filter ? "No countries match." : "No countries named."}
              onReveal={revealMention}
            />
            {view.places.length > 0 && (
              <EntitySection id="places-title" title="Places" entities={view.places} noun={["place", "places"]} emptyText="" onReveal={revealMention} />
            )}
          </>
        )}
      </main>
    </div>
  );
}

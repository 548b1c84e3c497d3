/**
 * Turns an analysis into marks on the live page: every quote in its speaker's colour (indirect quotes in a
 * lighter, dotted style), the speakers' names underlined, and a lookup from a caret position back to the quote
 * under it (for the tooltip).
 */
import type { HighlightSettings } from "../../shared/messages";
import { plannedQuotes, type HighlightPlan, type PlannedQuote } from "../../shared/highlight-plan";
import { matchesFilter, parseFilter } from "../../shared/profile/filter";
import { assignSpeakerColors, highlightAlpha, luminance, speakerKey, UNKNOWN_SPEAKER_COLOR, withAlpha } from "../../shared/palette";
import type { TextMap } from "../../page/types";
import { forEachChunked, newSlice, yieldToPage } from "../chunk";
import { noteStretch } from "../stretches";
import { CustomHighlightPainter, huge, nativeHighlightApi, type HighlightApi } from "./custom-highlight";
import type { PaintGroup, Painter } from "./painter";
import type { PageStyles } from "./stylesheet";
import { WrapPainter } from "./wrap";

export interface QuoteMark {
  quote: PlannedQuote;
  /** One range per stretch of page text: a caption or an ad inside a quote is not part of it. */
  ranges: Range[];
  color: string;
  /** Outside the part of the sourcing profile the reader picked: painted faintly, still there for the tooltip. */
  dimmed: boolean;
  /** Painted from a pending plan (the quotes' places ahead of the analysis): nobody to show in a tooltip yet. */
  pending?: boolean;
}

export interface HighlightOutcome {
  highlighted: number;
  missed: number;
}

/** Placing the ranges took less than this: the paint follows in the same task (see show). */
const SHORT_PLACING_MS = 4;

/** A dimmed quote keeps a trace of its speaker's colour, so the page still shows where the other quotes are. */
const DIMMED_ALPHA = 0.07;

export class Highlighter {
  private readonly painter: Painter;
  private marks: QuoteMark[] = [];
  /** The text map the marks' ranges come from. */
  private map: TextMap | null = null;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly styles: PageStyles,
    api: HighlightApi | null = nativeHighlightApi(doc.defaultView as Window & typeof globalThis),
  ) {
    this.painter = api ? new CustomHighlightPainter(api, styles, doc.defaultView) : new WrapPainter(doc);
  }

  get mode(): Painter["kind"] {
    return this.painter.kind;
  }

  /**
   * Whether marks painted now can be replaced by others at little cost to the page: not when wrapping (the marks
   * are unwrapped first, a blink), nor on a page so big that our rules stay unscoped (every change of them
   * restyles every element: over a second on a page of 50,000 paragraphs).
   */
  get cheapToRepaint(): boolean {
    return this.painter.kind === "custom-highlight" && !huge(this.doc.defaultView);
  }

  get active(): boolean {
    return this.marks.length > 0;
  }

  async show(plan: HighlightPlan, map: TextMap, settings: HighlightSettings): Promise<HighlightOutcome> {
    // The Highlight API never touches the page's DOM: the marks painted now stay up until the new ones replace them
    // in one task (below), so a highlight painted again (the whole analysis after its pending plan, a filter) never
    // leaves a frame without marks. Wrapping changes the text nodes the map points into: it is undone first.
    const replace = this.painter.kind === "custom-highlight";
    // Ranges already found for the same read, by span: the whole analysis' quotes are the pending plan's.
    const known = replace && this.map === map ? new Map(this.marks.map((m) => [`${m.quote.start}:${m.quote.end}`, m.ranges])) : null;
    if (!replace) this.clear();
    const generation = ++this.generation;
    const cancelled = () => generation !== this.generation;
    const all = plannedQuotes(plan);
    const colors = { ...assignSpeakerColors({ quotes: all }), ...(settings.colors ?? {}) };
    // In page order (the plan's): on huge pages the painter finds what is on screen by bisecting each group's ranges.
    const quotes = all.filter((q) => settings.showIndirect || q.kind === "direct");
    // Parsed again here: a malformed focus must never hide a quote, it only means "no focus".
    const focus = parseFilter(settings.focus);
    const pending = plan.pending === true;
    // One budget for both loops: the quotes' last slice and the mentions' first are one stretch of the page's thread.
    const slice = newSlice();

    const marks: QuoteMark[] = [];
    let missed = 0;
    await forEachChunked(
      quotes,
      (quote) => {
        const ranges = known?.get(`${quote.start}:${quote.end}`) ?? map.toRanges(quote.start, quote.end).filter((r) => !r.collapsed);
        if (ranges.length === 0) {
          missed++;
          return;
        }
        const mark: QuoteMark = { quote, ranges, color: colors[speakerKey(quote.speaker)] ?? UNKNOWN_SPEAKER_COLOR, dimmed: !matchesFilter(quote, focus) };
        if (pending) mark.pending = true;
        marks.push(mark);
      },
      { cancelled, slice },
    );

    const mentionRanges = new Map<string, Range[]>();
    if (settings.markSpeakers !== false) {
      const speakerEntities = new Map<string, string>();
      // A dimmed speaker's name is not underlined: with a focus on, the names marked are the focused voices'.
      for (const { quote, color, dimmed } of marks) if (quote.speaker.entity && !dimmed) speakerEntities.set(quote.speaker.entity, color);
      // The plan holds people and organizations only: underlining every "Canadian" for a country speaker is noise.
      const mentions = plan.speakerMentions
        .filter(({ entity }) => speakerEntities.has(entity))
        .flatMap(({ entity, spans }) => {
          const color = speakerEntities.get(entity)!;
          const list: { color: string; start: number; end: number }[] = [];
          for (let i = 0; i + 1 < spans.length; i += 2) list.push({ color, start: spans[i], end: spans[i + 1] });
          return list;
        })
        .sort((a, b) => a.start - b.start);
      await forEachChunked(
        mentions,
        ({ color, start, end }) => {
          const ranges = map.toRanges(start, end).filter((r) => !r.collapsed);
          const list = mentionRanges.get(color) ?? [];
          list.push(...ranges);
          mentionRanges.set(color, list);
        },
        { cancelled, slice },
      );
    }
    const placing = performance.now() - slice.start;
    noteStretch("highlight", placing);
    // The page gets its thread back before the paint: the browser restyles for our rules in the frame after
    // it, and that restyle must not follow straight on from the ranges' work in one stretch. When that work was
    // short (a few quotes, or ranges already found), the pause would only make the marks wait behind the page's
    // other tasks.
    if (placing >= SHORT_PLACING_MS) await yieldToPage();
    if (cancelled()) return { highlighted: 0, missed: quotes.length };

    const paintStart = performance.now();
    const groups = this.paintGroups(marks, mentionRanges, map);
    // In the same task as the paint: the page never renders the moment between the old marks and the new. One
    // change of our rules for both (a painter sets its rules before it first waits): the page is not restyled for
    // rules taken away and then again for the same rules put back.
    const painting = this.styles.batch(() => {
      if (replace) this.painter.clear();
      this.marks = marks;
      this.map = map;
      return this.painter.paint(groups, cancelled);
    });
    await painting;
    noteStretch("paint", performance.now() - paintStart);
    return { highlighted: marks.length, missed };
  }

  clear(): void {
    this.generation++;
    this.marks = [];
    this.map = null;
    this.painter.clear();
  }

  /** The quote whose highlight contains this caret position, if any. */
  quoteAt(node: Node, offset: number): QuoteMark | null {
    for (const mark of this.marks) {
      try {
        if (mark.ranges.some((range) => range.isPointInRange(node, offset))) return mark;
      } catch {
        // Points in another document or a detached node simply are not in any quote.
      }
    }
    return null;
  }

  quoteForSpan(start: number, end: number): QuoteMark | null {
    return this.marks.find((m) => m.quote.start <= start && m.quote.end >= end) ?? null;
  }

  /** Whether the page read as `map` is dark, asked once per read (see paintGroups). */
  private darkness: { map: TextMap; dark: boolean } | null = null;

  private paintGroups(marks: QuoteMark[], mentionRanges: Map<string, Range[]>, map: TextMap): PaintGroup[] {
    // Asked once per read: the computed style it reads makes the browser restyle the page first, inside our task,
    // and a highlight painted again (the whole analysis after its pending plan) has just changed our rules.
    if (this.darkness?.map !== map && marks.length > 0) this.darkness = { map, dark: this.pageIsDark(marks[0].ranges[0]) };
    const dark = this.darkness?.map === map ? this.darkness.dark : false;
    const colorIds = new Map<string, number>();
    const idFor = (color: string) => {
      if (!colorIds.has(color)) colorIds.set(color, colorIds.size);
      return colorIds.get(color)!;
    };
    const groups = new Map<string, PaintGroup>();
    for (const { quote, ranges, color, dimmed } of marks) {
      const name = `news-lens-q${idFor(color)}-${quote.kind === "direct" ? "d" : "i"}${dimmed ? "-dim" : ""}`;
      let group = groups.get(name);
      if (!group) {
        const alpha = dimmed ? DIMMED_ALPHA : highlightAlpha(dark, quote.kind);
        group = {
          name,
          ranges: [],
          // Dimmed marks sit under the bright ones where quotes nest (a direct quote inside a reported one).
          priority: (quote.kind === "direct" ? 2 : 1) - (dimmed ? 2 : 0),
          style:
            quote.kind === "direct"
              ? { backgroundColor: withAlpha(color, alpha) }
              : { backgroundColor: withAlpha(color, alpha), textDecoration: dimmed ? "none" : `underline dotted ${color}` },
        };
        groups.set(name, group);
      }
      group.ranges.push(...ranges);
    }
    for (const [color, ranges] of mentionRanges) {
      const name = `news-lens-s${idFor(color)}`;
      groups.set(name, { name, ranges, priority: 3, style: { textDecoration: `underline solid ${color}` } });
    }
    return [...groups.values()];
  }

  /** Light text means a dark page; judged on the article's own text rather than the body, which is often transparent. */
  private pageIsDark(sample: Range | undefined): boolean {
    try {
      const view = this.doc.defaultView;
      const node = sample?.startContainer;
      const element = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : this.doc.body;
      if (!view || !element) return false;
      const lum = luminance(view.getComputedStyle(element).color);
      return lum !== null && lum > 0.5;
    } catch {
      return false;
    }
  }
}

import { useLayoutEffect, useRef, useState } from "preact/hooks";

/**
 * Long lists render a page at a time: a huge page can yield tens of thousands of rows, and laying them all out
 * at once stalls the popup for seconds before the reader sees anything.
 */
export interface ProgressiveList<T> {
  visible: readonly T[];
  /** Rows not rendered yet. */
  remaining: number;
  /** How many rows the next click reveals. */
  next: number;
  /** Reveals the next page; `from` is the button pressed, so focus can move on to the first row that appeared. */
  showMore(from: HTMLElement): void;
}

interface Paging<T> {
  items: readonly T[];
  pageSize: number;
  limit: number;
}

/** Rows that can take focus, in the order the arrow keys walk them (see ResultView). */
const NAV = "[data-nav]:not(:disabled)";

/** A button that would reveal only a handful of rows costs the reader more than rendering those rows does. */
const slack = (pageSize: number) => Math.ceil(pageSize / 5);

/** `pageSize` may be Infinity, for a list that is known to be short enough to render whole. */
export function useProgressiveList<T>(items: readonly T[], pageSize: number): ProgressiveList<T> {
  const [paging, setPaging] = useState<Paging<T>>({ items, pageSize, limit: pageSize });
  // A new list (the filter changed, say) starts again at its first page rather than at the old list's depth.
  const limit = paging.items === items && paging.pageSize === pageSize ? paging.limit : pageSize;
  const end = items.length - limit <= slack(pageSize) ? items.length : limit;
  const remaining = items.length - end;
  const next = remaining - pageSize <= slack(pageSize) ? remaining : pageSize;

  const focusNext = useRef<{ container: Element; index: number } | null>(null);
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    // The new rows took the button's place, so whatever now sits at its index is the first of them.
    target.container.querySelectorAll<HTMLElement>(NAV)[target.index]?.focus();
  }, [end]);

  return {
    visible: end === items.length ? items : items.slice(0, end),
    remaining,
    next,
    showMore(from) {
      const container = from.parentElement;
      // Only a keyboard or a browser that focuses clicked buttons had focus here; otherwise leave focus alone.
      if (container && from.ownerDocument.activeElement === from) {
        focusNext.current = { container, index: Array.from(container.querySelectorAll(NAV)).indexOf(from) };
      }
      setPaging({ items, pageSize, limit: end + next });
    },
  };
}

interface Props {
  list: ProgressiveList<unknown>;
  /** What the rows are, singular and plural: ["quote", "quotes"]. */
  noun: readonly [string, string];
  /** Which list this is, for screen readers, when several sit side by side: "by Ingrid Halvorsen". */
  context?: string;
}

/**
 * Sits straight after the rows it extends, in the same parent element: the revealed rows appear where it was and
 * focus moves to the first of them.
 */
export function ShowMore({ list, noun, context }: Props) {
  if (list.remaining === 0) return null;
  const what = `${list.next} more ${list.next === 1 ? noun[0] : noun[1]}`;
  const left = list.remaining > list.next ? list.remaining : 0;
  return (
    <button
      type="button"
      class="show-more"
      data-testid="show-more"
      data-nav
      onClick={(e) => list.showMore(e.currentTarget)}
      aria-label={`Show ${what}${context ? ` ${context}` : ""}${left ? `, ${left} left` : ""}`}
    >
      Show {what}
      {left > 0 && (
        <>
          {" "}
          <span class="show-more-left">({left} left)</span>
        </>
      )}
    </button>
  );
}

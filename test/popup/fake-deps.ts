/** An in-memory browser for the popup's flow: records what the popup sent and lets each test script the page. */
import { quoteCount } from "../../src/shared/highlight-plan";
import { vi } from "vitest";
import type { Analysis } from "../../src/analysis/types";
import type { HistoryEntry } from "../../src/history/entry";
import type { PopupDeps, TargetTab } from "../../src/popup/controller";
import type { ArticleSnapshot, ContentRequest, ContentResponses } from "../../src/shared/messages";
import { DEFAULT_SETTINGS, type Settings } from "../../src/shared/settings";
import { sampleAnalysis, sampleArticle } from "../shared/sample-analysis";

export type FakeRead = { ok: true; article: ArticleSnapshot } | Extract<ContentResponses["lens:read"], { ok: false }>;

export interface FakePage {
  tab: TargetTab | null;
  scriptInstalled: boolean;
  injectError?: Error;
  /** What the content script reads; the fake sends its text in slices of `sliceChars`, as the real one does. */
  read?: FakeRead;
  sliceChars: number;
  /** This many `lens:text` requests are refused, as when a newer read replaced the one being fetched. */
  refuseSlices: number;
  /** This many `lens:highlight` requests are answered "stale", as by a content script injected anew. */
  staleHighlights: number;
  sendError?: Error;
  /** The page changed what a read takes since the last read (the content script's watch would say so). */
  pageChanged: boolean;
  /** The key of the highlights the page shows now (what the last `lens:highlight` sent; cleared by `lens:clear`). */
  shown?: string;
  analysis?: Analysis | Promise<Analysis>;
  settings?: Partial<Settings>;
}

export function fakeDeps(page: Partial<FakePage> = {}) {
  const state: FakePage = {
    tab: { id: 7, url: "https://news.example.org/2026/harbour-barrier" },
    scriptInstalled: false,
    // Small, so that every test's article crosses in several slices.
    sliceChars: 100,
    refuseSlices: 0,
    staleHighlights: 0,
    pageChanged: false,
    ...page,
  };
  let readId = 0;
  /** The read the page's script holds (0: none yet). */
  let lastRead = 0;
  let lastText = "";
  const sent: ContentRequest[] = [];
  const session = new Map<string, unknown>();
  const badges = new Map<number, string>();
  const copied: string[] = [];
  const recorded: HistoryEntry[] = [];
  const deps = {
    targetTab: vi.fn(async () => state.tab),
    fileAccessAllowed: vi.fn(async () => false),
    inject: vi.fn(async () => {
      if (state.injectError) throw state.injectError;
      state.scriptInstalled = true;
    }),
    send: vi.fn(async (_tabId: number, request: ContentRequest) => {
      sent.push(request);
      if (!state.scriptInstalled) throw new Error("Could not establish connection. Receiving end does not exist.");
      if (state.sendError) throw state.sendError;
      switch (request.type) {
        case "lens:ping":
          return {
            ok: true,
            version: "0.1.0",
            ...(lastRead ? { read: { key: `fake:${lastRead}`, unchanged: !state.pageChanged } } : {}),
            ...(state.shown === undefined ? {} : { shown: state.shown }),
          };
        case "lens:read": {
          const read = state.read ?? { ok: true, article: sampleArticle() };
          if (!read.ok) return read;
          lastText = read.article.text;
          lastRead = ++readId;
          state.pageChanged = false;
          return {
            ok: true,
            article: { ...read.article, text: lastText.slice(0, state.sliceChars) },
            readId,
            textLength: lastText.length,
            key: `fake:${readId}`,
          };
        }
        case "lens:text":
          if (request.part !== "article" || request.readId !== readId || state.refuseSlices-- > 0) return { ok: false };
          return { ok: true, text: lastText.slice(request.from, request.from + state.sliceChars) };
        case "lens:highlight":
          if (state.staleHighlights-- > 0) return { ok: false, reason: "stale" };
          state.shown = request.key;
          return { ok: true, highlighted: quoteCount(request.plan), missed: 0 };
        case "lens:clear":
          state.shown = undefined;
          return { ok: true };
        case "lens:reveal":
          return { ok: true };
      }
    }) as unknown as PopupDeps["send"],
    prepareAnalysis: vi.fn(() => undefined),
    releaseAnalysis: vi.fn(() => undefined),
    afterPaint: vi.fn(async () => undefined),
    analyze: vi.fn(async (_input: { title: string; text: string }, _onQuotes?: (spans: number[]) => void) => state.analysis ?? sampleAnalysis()),
    // The fake page never needs Readability (its reads answer with the article at once).
    judge: vi.fn(() => null),
    session: {
      get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
      set: async (items: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
      },
    },
    setBadge: vi.fn(async (tabId: number, text: string) => void badges.set(tabId, text)),
    loadSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, palette: [...DEFAULT_SETTINGS.palette], ...state.settings })),
    copy: vi.fn(async (text: string) => void copied.push(text)),
    openOptions: vi.fn(),
    recordRead: vi.fn(async (entry: HistoryEntry) => void recorded.push(entry)),
    openHistory: vi.fn(),
  } satisfies PopupDeps;
  /** The page's script is gone and a new one answers (the extension was updated): it has read nothing yet. */
  const reinject = () => {
    lastRead = 0;
    state.shown = undefined;
  };
  return { deps, state, sent, session, badges, copied, recorded, reinject, types: () => sent.map((r) => r.type) };
}

/** An in-memory browser for the popup's flow: records what the popup sent and lets each test script the page. */
import { quoteCount } from "../../src/shared/highlight-plan";
import { vi } from "vitest";
import type { Analysis } from "../../src/analysis/types";
import type { PopupDeps, TargetTab } from "../../src/popup/controller";
import type { ContentRequest, ContentResponses } from "../../src/shared/messages";
import { DEFAULT_SETTINGS, type Settings } from "../../src/shared/settings";
import { sampleAnalysis, sampleArticle } from "../shared/sample-analysis";

export interface FakePage {
  tab: TargetTab | null;
  scriptInstalled: boolean;
  injectError?: Error;
  read?: ContentResponses["lens:read"];
  sendError?: Error;
  analysis?: Analysis | Promise<Analysis>;
  settings?: Partial<Settings>;
}

export function fakeDeps(page: Partial<FakePage> = {}) {
  const state: FakePage = { tab: { id: 7, url: "https://news.example.org/2026/harbour-barrier" }, scriptInstalled: false, ...page };
  const sent: ContentRequest[] = [];
  const session = new Map<string, unknown>();
  const badges = new Map<number, string>();
  const copied: string[] = [];
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
          return { ok: true, version: "0.1.0" };
        case "lens:read":
          return state.read ?? { ok: true, article: sampleArticle() };
        case "lens:highlight":
          return { ok: true, highlighted: quoteCount(request.plan), missed: 0 };
        case "lens:clear":
          return { ok: true };
        case "lens:reveal":
          return { ok: true };
      }
    }) as unknown as PopupDeps["send"],
    analyze: vi.fn(async () => state.analysis ?? sampleAnalysis()),
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
  } satisfies PopupDeps;
  return { deps, state, sent, session, badges, copied, types: () => sent.map((r) => r.type) };
}

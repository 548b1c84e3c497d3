/** The real browser behind the popup's flow (webextension-polyfill, so Chrome and Firefox share it). */
import browser from "webextension-polyfill";
import type { BackgroundRequest, BackgroundResponses, ContentRequest, ContentResponses } from "../shared/messages";
import { loadSettings, SETTINGS_KEY } from "../shared/settings";
import { EARLY_KEY, type EarlyAnswers } from "./early";
import { openHistoryPage } from "../history/open";
import { recordRead } from "../history/store";
import type { PopupDeps, TargetTab } from "./controller";
import { CONTENT_SCRIPT_FILE } from "./inject";
import { createAnalyzer } from "../worker/client";
import { mark, stageOf, TIMED, timed, timedSync } from "./timeline";

/** The answers ./early asked for before this bundle loaded, each taken once (null: none, as in the bench's floor). */
function takeEarly(): EarlyAnswers | null {
  const scope = globalThis as Record<string, unknown>;
  const early = (scope[EARLY_KEY] as EarlyAnswers | null | undefined) ?? null;
  delete scope[EARLY_KEY];
  return early;
}

export function browserDeps(location: Location): PopupDeps {
  let early = takeEarly();
  const requestedTab = Number(new URLSearchParams(location.search).get("tabId"));
  // Early answers are for the tab this popup is for; a test or shortcut that names another tab asks anew.
  if (early && early.requestedTab !== (Number.isInteger(requestedTab) && requestedTab > 0 ? requestedTab : 0)) early = null;
  let earlyTab = early?.tab ?? null;
  let earlySettings = early?.settings ?? null;
  const earlyCached = early?.cached ?? null;
  const earlyServed = new Set<string>();

  let earlyPing = early?.ping ?? null;
  // The fresh read the early script started (null: none), taken by the first injection and the first read of the
  // article asked for the same tab, and only once it is known: a ping that timed out here may be unanswered there.
  let earlyFresh = early?.fresh ?? null;
  const takeFresh = async (tabId: number, part: "injected" | "read"): Promise<{ taken: Promise<unknown> | null } | null> => {
    if (!earlyFresh) return null;
    const fresh = await Promise.race([earlyFresh.catch(() => null), new Promise<null>((resolve) => setTimeout(() => resolve(null), 0))]);
    if (!fresh || fresh.tabId !== tabId) {
      earlyFresh = null;
      return null;
    }
    if (part === "read") earlyFresh = null;
    return { taken: fresh[part] };
  };
  const analyzer = createAnalyzer((times) => {
    // A worker held between popups started before this popup: only its readiness for this popup is a stage of it.
    if (!times.warm) {
      mark("worker-start", times.startedAt);
      mark("worker-modules", times.modulesAt);
      mark("model-bytes", times.bytesAt);
    }
    mark("model-ready", times.at);
  });
  const askBackground = <T extends BackgroundRequest["type"]>(request: Extract<BackgroundRequest, { type: T }>) =>
    browser.runtime.sendMessage(request) as Promise<BackgroundResponses[T]>;
  // Readability (./judge) is not needed for the first paint, nor on a reopen: its chunk loads as soon as the popup
  // knows a fresh read is coming (prepareAnalysis), so it is in before the first snapshot arrives even when the
  // content script answers at once.
  let judgeModule: Promise<typeof import("./judge")> | null = null;
  const loadJudge = () => (judgeModule ??= import("./judge"));
  const send = async <T extends ContentRequest["type"]>(tabId: number, request: Extract<ContentRequest, { type: T }>): Promise<ContentResponses[T]> => {
    if (request.type === "lens:read") {
      void loadJudge();
      const early = (request as { prefer?: string }).prefer === "article" ? await takeFresh(tabId, "read") : null;
      if (early?.taken) return early.taken as Promise<ContentResponses[T]>;
    }
    if (request.type === "lens:ping" && earlyPing) {
      const answer = earlyPing;
      earlyPing = null;
      return answer.then((pinged) =>
        pinged && pinged.tabId === tabId ? (pinged.reply as ContentResponses[T]) : (browser.tabs.sendMessage(tabId, request) as Promise<ContentResponses[T]>),
      );
    }
    return browser.tabs.sendMessage(tabId, request) as Promise<ContentResponses[T]>;
  };
  const session = browser.storage.session
    ? {
        get(key: string): Promise<Record<string, unknown>> {
          // Each key the early script asked for is answered from it once.
          const answer = earlyCached && !earlyServed.has(key) ? earlyCached : null;
          earlyServed.add(key);
          if (!answer) return browser.storage.session.get(key);
          return answer.then((cached) =>
            cached && cached.keys.includes(key) ? (key in cached.items ? { [key]: cached.items[key] } : {}) : browser.storage.session.get(key),
          );
        },
        set: (items: Record<string, unknown>) => browser.storage.session.set(items),
      }
    : null;
  return {
    async targetTab(): Promise<TargetTab | null> {
      // `?tabId=N` lets a test (or a keyboard shortcut handler) open the popup for a given tab.
      const answer = earlyTab;
      earlyTab = null;
      const requested = requestedTab;
      const tab =
        (answer ? await answer : undefined) ??
        (Number.isInteger(requested) && requested > 0
          ? await browser.tabs.get(requested)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0]);
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
    },
    fileAccessAllowed: () => browser.extension.isAllowedFileSchemeAccess(),
    async inject(tabId) {
      const early = (await takeFresh(tabId, "injected"))?.taken;
      // An early injection that failed is tried again here: it is the one that says why.
      if (early && (await early.then(() => true, () => false))) return;
      // Firefox resolves a relative path against the calling page (src/popup/…), Chrome against the root: be absolute.
      const file = CONTENT_SCRIPT_FILE.startsWith("/") ? CONTENT_SCRIPT_FILE : `/${CONTENT_SCRIPT_FILE}`;
      await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    },
    send<T extends ContentRequest["type"]>(tabId: number, request: Extract<ContentRequest, { type: T }>) {
      // A pending highlight (the quotes ahead of the analysis) is timed by the controller, once it painted.
      const pending = request.type === "lens:highlight" && (request as Extract<ContentRequest, { type: "lens:highlight" }>).plan.pending === true;
      const stage = TIMED && !pending ? stageOf(request) : null;
      return stage ? timed(stage, () => send(tabId, request)) : send(tabId, request);
    },
    async judge(html) {
      const { judgeSnapshot } = await loadJudge();
      return TIMED ? timedSync("readability", () => judgeSnapshot(html)) : judgeSnapshot(html);
    },
    prepareAnalysis() {
      analyzer.prepare();
      void loadJudge();
      // The worker this popup connects to outlives it only while the background holds it too (Firefox unloads
      // an idle background page): wake it, so the next popup finds the worker warm.
      void askBackground({ type: "lens:hold-analysis" }).catch(() => undefined);
    },
    releaseAnalysis: () => analyzer.release(),
    analyze: (input, onQuotes) => (TIMED ? timed("analysis", () => analyzer.analyze(input, onQuotes)) : analyzer.analyze(input, onQuotes)),
    session,
    async setBadge(tabId, text) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: "#3d5afe" });
      await browser.action.setBadgeText({ tabId, text });
    },
    loadSettings: () =>
      loadSettings({
        get(key) {
          const answer = earlySettings;
          earlySettings = null;
          return answer && key === SETTINGS_KEY ? answer : browser.storage.sync.get(key);
        },
        set: (items) => browser.storage.sync.set(items),
      }),
    copy: copyText,
    openOptions: () => void browser.runtime.openOptionsPage(),
    afterPaint: () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    recordRead: async (entry) => void (await recordRead(browser.storage.local, entry)),
    openHistory: () => void openHistoryPage(),
  };
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Clipboard API can be denied when the popup lost focus; the older path still works from a click.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy refused");
}

// @vitest-environment happy-dom
/** The popup's early script (public/popup-early.js): what it asks, under the keys the rest of the popup uses. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EARLY_KEY, type EarlyAnswers } from "../../src/popup/early";
import { sessionResultKey } from "../../src/shared/messages";
import { SETTINGS_KEY } from "../../src/shared/settings";

const SCRIPT = readFileSync(path.join(__dirname, "../../public/popup-early.js"), "utf8");
const TAB = { id: 5, url: "https://news.example.org/story" };

interface Page {
  settings?: unknown;
  session: Record<string, unknown>;
  ping?: unknown;
}

function fakeChrome(page: Page) {
  const asked: string[] = [];
  return {
    asked,
    api: {
      tabs: {
        get: async (id: number) => (asked.push(`tab ${id}`), TAB),
        query: async () => (asked.push("active tab"), [TAB]),
        sendMessage: async (id: number, message: { type: string }) => {
          asked.push(`${message.type} ${id}`);
          if (!page.ping) throw new Error("Receiving end does not exist.");
          return page.ping;
        },
      },
      storage: {
        sync: { get: async (key: string) => (asked.push(`sync ${key}`), page.settings === undefined ? {} : { [key]: page.settings }) },
        session: {
          get: async (keys: string[]) => {
            asked.push(`session ${keys.join(" ")}`);
            return Object.fromEntries(keys.filter((k) => k in page.session).map((k) => [k, page.session[k]]));
          },
        },
      },
    },
  };
}

function runEarly(page: Page, search = `?tabId=${TAB.id}`) {
  history.replaceState(null, "", `/src/popup/index.html${search}`);
  const chrome = fakeChrome(page);
  (globalThis as Record<string, unknown>).chrome = chrome.api;
  new Function(SCRIPT)();
  return { answers: (globalThis as Record<string, unknown>)[EARLY_KEY] as EarlyAnswers | null, asked: chrome.asked };
}

const vouching = { ok: true, version: "1", read: { key: "abc:1", unchanged: true } };

afterEach(() => {
  delete (globalThis as Record<string, unknown>).chrome;
  delete (globalThis as Record<string, unknown>)[EARLY_KEY];
});

describe("the popup's early script", () => {
  it("asks for the tab, the settings and the tab's result, and pings the page, under the popup's own keys", async () => {
    const { answers, asked } = runEarly({ session: {}, settings: { palette: [] }, ping: vouching });
    expect(answers).not.toBeNull();
    expect(await answers!.tab).toEqual(TAB);
    expect(await answers!.settings).toEqual({ [SETTINGS_KEY]: { palette: [] } });
    expect(await answers!.cached).toEqual({ keys: [sessionResultKey(TAB.id)], items: {} });
    expect(await answers!.ping).toEqual({ tabId: TAB.id, reply: vouching });
    expect(asked).toContain(`lens:ping ${TAB.id}`);
  });

  it("does nothing at all for the bench's floor", () => {
    const { answers, asked } = runEarly({ session: {} }, `?tabId=${TAB.id}&bench-floor`);
    expect(answers).toBeNull();
    expect(asked).toEqual([]);
  });
});


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

const READ_REPLY = { ok: true, readId: 1, snapshot: { html: "<!doctype html>", length: 15 } };

function fakeChrome(page: Page) {
  const asked: string[] = [];
  let injected = false;
  return {
    asked,
    api: {
      tabs: {
        get: async (id: number) => (asked.push(`tab ${id}`), TAB),
        query: async () => (asked.push("active tab"), [TAB]),
        sendMessage: async (id: number, message: { type: string }) => {
          asked.push(`${message.type} ${id}`);
          if (!page.ping && !injected) throw new Error("Receiving end does not exist.");
          return message.type === "lens:read" ? READ_REPLY : page.ping;
        },
      },
      scripting: {
        executeScript: async (options: { target: { tabId: number }; files: string[] }) => {
          asked.push(`inject ${options.target.tabId} ${options.files.join(" ")}`);
          injected = true;
          return [];
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

  it("starts a fresh read on a page without the script: injects it, then asks for the read", async () => {
    const { answers, asked } = runEarly({ session: {} });
    const fresh = await answers!.fresh!;
    expect(fresh?.tabId).toBe(TAB.id);
    await fresh!.injected;
    expect(await fresh!.read).toEqual(READ_REPLY);
    expect(asked).toContain(`inject ${TAB.id} /src/content/index.js`);
    expect(asked.indexOf(`lens:read ${TAB.id}`)).toBeGreaterThan(asked.indexOf(`inject ${TAB.id} /src/content/index.js`));
  });

  it("reads again without injecting when the script is there but its read no longer stands", async () => {
    const entry = { url: TAB.url, readKey: "abc:1" };
    const { answers, asked } = runEarly({ session: { [sessionResultKey(TAB.id)]: JSON.stringify(entry) }, ping: { ...vouching, read: { key: "abc:1", unchanged: false } } });
    const fresh = await answers!.fresh!;
    expect(fresh?.injected).toBeNull();
    expect(await fresh!.read).toEqual(READ_REPLY);
    expect(asked.some((a) => a.startsWith("inject"))).toBe(false);
  });

  it("starts no read when the page vouches for the cached result, and hands the result on parsed", async () => {
    const entry = { url: TAB.url, readKey: "abc:1" };
    const { answers, asked } = runEarly({ session: { [sessionResultKey(TAB.id)]: JSON.stringify(entry) }, ping: vouching });
    expect(await answers!.fresh!).toBeNull();
    expect((await answers!.cached)?.items[sessionResultKey(TAB.id)]).toEqual(entry);
    expect(asked.some((a) => a.startsWith("inject") || a.startsWith("lens:read"))).toBe(false);
  });

  it("does nothing at all for the bench's floor", () => {
    const { answers, asked } = runEarly({ session: {} }, `?tabId=${TAB.id}&bench-floor`);
    expect(answers).toBeNull();
    expect(asked).toEqual([]);
  });
});


// @vitest-environment happy-dom
/**
 * The popup's early script (public/popup-early.js): what it asks, under the keys the rest of the popup uses, and
 * the kept view (src/popup/view-snapshot.ts) it puts on screen only when the page vouches for the read it shows.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { render } from "preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EARLY_KEY, type EarlyAnswers } from "../../src/popup/early";
import { snapshotView, type StoredView } from "../../src/popup/view-snapshot";
import { sessionResultKey, sessionViewKey } from "../../src/shared/messages";
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

/** A rendered result, as the popup would leave it. */
function Result({ quotes }: { quotes: string[] }) {
  return (
    <div class="popup" data-state="result">
      <h1 data-testid="article-title">Ferry strike ends</h1>
      <input type="checkbox" checked aria-label="Highlight quotes" />
      <ul>
        {quotes.map((q) => (
          <li data-testid="quote" style={{ "--speaker": "#123456" }}>
            “{q}” &lt;said&gt;
          </li>
        ))}
      </ul>
    </div>
  );
}

function keptView(): { view: StoredView; html: string } {
  const source = document.createElement("div");
  render(<Result quotes={["We sail at six", "Nobody slept"]} />, source);
  const tree = snapshotView(source)!;
  return { view: { readKey: "abc:1", settings: "null", highlights: true, tree }, html: source.innerHTML };
}

const vouching = { ok: true, version: "1", read: { key: "abc:1", unchanged: true } };

beforeEach(() => {
  document.body.innerHTML = `<div id="app"></div>`;
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).chrome;
  delete (globalThis as Record<string, unknown>)[EARLY_KEY];
});

describe("the popup's early script", () => {
  it("asks for the tab, the settings, the tab's result and view, and pings the page, under the popup's own keys", async () => {
    const { answers, asked } = runEarly({ session: {}, settings: { palette: [] }, ping: vouching });
    expect(answers).not.toBeNull();
    expect(await answers!.tab).toEqual(TAB);
    expect(await answers!.settings).toEqual({ [SETTINGS_KEY]: { palette: [] } });
    expect(await answers!.cached).toEqual({ keys: [sessionResultKey(TAB.id), sessionViewKey(TAB.id)], items: {} });
    expect(await answers!.ping).toEqual({ tabId: TAB.id, reply: vouching });
    expect(await answers!.painted).toBeNull();
    expect(asked).toContain(`lens:ping ${TAB.id}`);
  });

  it("does nothing at all for the bench's floor", () => {
    const { answers, asked } = runEarly({ session: {} }, `?tabId=${TAB.id}&bench-floor`);
    expect(answers).toBeNull();
    expect(asked).toEqual([]);
  });

  it("puts the kept view on screen, as rendered, when the page vouches for its read", async () => {
    const { view, html } = keptView();
    const result = { url: TAB.url, readKey: "abc:1", highlights: true };
    const { answers } = runEarly({ session: { [sessionResultKey(TAB.id)]: result, [sessionViewKey(TAB.id)]: view }, ping: vouching });
    expect(await answers!.painted).toEqual(expect.any(Number));
    const app = document.getElementById("app")!;
    // As rendered; the switch's state, a property Preact sets, drawn as the attribute.
    expect(app.innerHTML.replace(' checked=""', "")).toBe(html);
    expect(app.querySelector("input")!.checked).toBe(true);
    // The popup's own render then takes the same elements over.
    const title = app.querySelector("h1");
    render(<Result quotes={["We sail at six", "Nobody slept"]} />, app);
    expect(app.querySelector("h1")).toBe(title);
    expect(app.innerHTML.replace(' checked=""', "")).toBe(html);
    expect(app.querySelector("input")!.checked).toBe(true);
  });

  it("shows no kept view when the page changed, its script is another, the settings or the switch differ", async () => {
    const { view } = keptView();
    const result = { url: TAB.url, readKey: "abc:1", highlights: true };
    const cases: Page[] = [
      { session: { [sessionResultKey(TAB.id)]: result, [sessionViewKey(TAB.id)]: view }, ping: { ...vouching, read: { key: "abc:1", unchanged: false } } },
      { session: { [sessionResultKey(TAB.id)]: result, [sessionViewKey(TAB.id)]: view }, ping: { ...vouching, read: { key: "xyz:1", unchanged: true } } },
      { session: { [sessionResultKey(TAB.id)]: result, [sessionViewKey(TAB.id)]: view } },
      { session: { [sessionResultKey(TAB.id)]: result, [sessionViewKey(TAB.id)]: view }, ping: vouching, settings: { palette: ["#000000", "#ffffff"] } },
      { session: { [sessionResultKey(TAB.id)]: { ...result, highlights: false }, [sessionViewKey(TAB.id)]: view }, ping: vouching },
      { session: { [sessionResultKey(TAB.id)]: { ...result, url: "https://news.example.org/other" }, [sessionViewKey(TAB.id)]: view }, ping: vouching },
    ];
    for (const page of cases) {
      document.body.innerHTML = `<div id="app"></div>`;
      const { answers } = runEarly(page);
      expect(await answers!.painted).toBeNull();
      expect(document.getElementById("app")!.hasChildNodes()).toBe(false);
    }
  });
});

/**
 * The popup's first questions to the browser — which tab, the settings, the tab's cached result, and whether the
 * page's script still vouches for it (the ping, see ./controller) — asked by a tiny classic script that the HTML
 * parser runs before the popup's main bundle has even loaded (public/popup-early.js, listed first in index.html).
 * The browser answers them while it loads and compiles the main bundle, so a reopened popup finds its cached
 * result waiting the moment its code starts, and paints it as its first frame. The main bundle takes each answer
 * once (./browser-deps) and asks anew for anything else. When the page is to be read afresh, the script also injects
 * the content script (if none answered) and asks for the read, so the page is being read while the bundle loads.
 * test/popup/early.test.ts runs the script.
 */
export interface EarlyAnswers {
  /** The `?tabId=` the popup was opened for, or 0 for the active tab. */
  requestedTab: number;
  tab: Promise<{ id?: number; url?: string } | undefined>;
  /** `storage.sync.get(SETTINGS_KEY)`. */
  settings: Promise<Record<string, unknown>>;
  /** `storage.session.get([sessionResultKey(tab.id)])`, with the keys it asked for. */
  cached: Promise<{ keys: string[]; items: Record<string, unknown> } | null>;
  /** `lens:ping` to the tab, with the tab it went to; null when the tab is no web page. Rejects when no script answers. */
  ping: Promise<{ tabId: number; reply: unknown } | null>;
  /**
   * A fresh read started early, when the tab (a web page) has no cached result its page still vouches for:
   * `injected` is the injection of the content script when no script answered the ping (null when one did), `read`
   * the reply to `lens:read` (prefer "article"), asked for once the script is there. Null when no fresh read was
   * started (a reopen, or not a web page). The cached entry, a JSON string in storage, is handed on parsed.
   */
  fresh?: Promise<{ tabId: number; injected: Promise<unknown> | null; read: Promise<unknown> } | null>;
}

/** Where the script leaves its answers (null: it asked nothing, as in the bench's floor). */
export const EARLY_KEY = "__newsLensEarly";

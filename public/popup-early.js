// News Lens popup: its first questions to the browser, asked before the popup's main bundle has loaded (see
// src/popup/early.ts for what they are and why). A classic script, run by the HTML parser as soon as it is
// reached, with no imports: the bundler would otherwise fold it into the main bundle, which runs last.
(() => {
  "use strict";
  const scope = globalThis;
  // The content script's built file (src/popup/inject.ts; the build checks that it is there, see vite.config.ts).
  const CONTENT_SCRIPT = "/src/content/index.js";
  // The chunk with Readability (src/popup/judge.ts), which a fresh read needs as soon as the page's snapshot is in:
  // the build writes its path in here (vite.config.ts); left as it is, nothing is preloaded.
  const JUDGE_CHUNK = "__LENS_JUDGE_CHUNK__";
  scope.__newsLensEarly = null;
  try {
    const api = scope.browser && scope.browser.tabs ? scope.browser : scope.chrome;
    const query = new URLSearchParams(location.search);
    // The bench's floor (e2e builds) is this popup doing no work at all.
    if (!api || !api.tabs || query.has("bench-floor")) return;
    const requested = Number(query.get("tabId"));
    const requestedTab = Number.isInteger(requested) && requested > 0 ? requested : 0;
    const tab = (requestedTab
      ? api.tabs.get(requestedTab)
      : api.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0])
    ).catch(() => undefined);
    const settings = api.storage.sync.get("settings").catch(() => ({}));
    // A popup opened for a named tab need not wait for the tab's details to ask about it.
    const tabIdNow = requestedTab ? Promise.resolve({ id: requestedTab, url: "https:" }) : tab;
    const cached = tabIdNow.then(async (t) => {
      if (!t || t.id === undefined || !api.storage.session) return null;
      const keys = [`result:${t.id}`];
      return { keys, items: await api.storage.session.get(keys) };
    });
    cached.catch(() => undefined);
    // Only a web page can hold the lens's script; anything else (chrome:, about:, the stores) is never messaged.
    const ping = tabIdNow.then(async (t) => {
      if (!t || t.id === undefined || !/^(https?|file):/.test(t.url || "")) return null;
      return { tabId: t.id, reply: await api.tabs.sendMessage(t.id, { type: "lens:ping" }) };
    });
    ping.catch(() => undefined);
    // A fresh read starts here too, while the main bundle loads, when the tab (a web page) has no result its page
    // still vouches for (the same test as the popup's, src/popup/controller.ts). Without any cached result for the
    // page the content script is injected at once, beside the ping (injecting a script that is there already does
    // nothing: it installs itself once); with one, only when no script answered the ping. The read is asked for
    // once the script is there. The main bundle takes the injection and the read's first reply as its own
    // (src/popup/browser-deps.ts), and does each itself when this did not. Readability's chunk is preloaded meanwhile.
    const fresh = Promise.all([tab, cached]).then(async ([t, c]) => {
      if (!t || t.id === undefined || !/^https?:/.test(t.url || "")) return null;
      const raw = c && c.items[c.keys[0]];
      let entry = null;
      try {
        entry = typeof raw === "string" ? JSON.parse(raw) : raw;
      } catch {
        entry = null;
      }
      // Handed on parsed: the main bundle reads an object as it is.
      if (c && entry && typeof raw === "string") c.items[c.keys[0]] = entry;
      let scriptThere = false;
      if (entry && entry.url === t.url) {
        const p = await ping.catch(() => undefined);
        const reply = p && p.tabId === t.id ? p.reply : undefined;
        const read = reply && reply.ok === true ? reply.read : undefined;
        if (read && read.unchanged && read.key === entry.readKey) return null;
        scriptThere = !!(reply && reply.ok === true);
      }
      // Fetched and compiled, not run, by a preload link: a dynamic import() from this classic script was often
      // still loading 30-110 ms after the main bundle started (Chromium), a preload is in within 30 ms.
      if (JUDGE_CHUNK.charAt(0) === "/") {
        const link = document.createElement("link");
        link.rel = "modulepreload";
        link.href = JUDGE_CHUNK;
        document.head.appendChild(link);
      }
      const injected = scriptThere ? null : api.scripting.executeScript({ target: { tabId: t.id }, files: [CONTENT_SCRIPT] });
      const readReply = (injected || Promise.resolve()).then(() => api.tabs.sendMessage(t.id, { type: "lens:read", prefer: "article" }));
      if (injected) injected.catch(() => undefined);
      readReply.catch(() => undefined);
      return { tabId: t.id, injected, read: readReply };
    });
    fresh.catch(() => undefined);
    scope.__newsLensEarly = { requestedTab, tab, settings, cached, ping, fresh };
  } catch {
    // The main bundle asks everything itself.
  }
})();

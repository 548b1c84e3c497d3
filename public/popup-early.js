// News Lens popup: its first questions to the browser, asked before the popup's main bundle has loaded (see
// src/popup/early.ts for what they are and why). A classic script, run by the HTML parser as soon as it is
// reached, with no imports: the bundler would otherwise fold it into the main bundle, which runs last.
(() => {
  "use strict";
  const scope = globalThis;
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
    scope.__newsLensEarly = { requestedTab, tab, settings, cached, ping };
  } catch {
    // The main bundle asks everything itself.
  }
})();

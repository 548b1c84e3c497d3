// News Lens popup: its first questions to the browser, asked before the popup's main bundle has loaded, and a
// reopened popup's result shown from the view it left (see src/popup/early.ts and src/popup/view-snapshot.ts).
// A classic script at the end of <body>, run by the HTML parser as soon as it is reached, with no imports: the
// bundler would otherwise fold it into the main bundle, which runs last.
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
      const keys = [`result:${t.id}`, `view:${t.id}`];
      return { keys, items: await api.storage.session.get(keys) };
    });
    cached.catch(() => undefined);
    // Only a web page can hold the lens's script; anything else (chrome:, about:, the stores) is never messaged.
    const ping = tabIdNow.then(async (t) => {
      if (!t || t.id === undefined || !/^(https?|file):/.test(t.url || "")) return null;
      return { tabId: t.id, reply: await api.tabs.sendMessage(t.id, { type: "lens:ping" }) };
    });
    ping.catch(() => undefined);
    const early = { requestedTab, tab, settings, cached, ping, painted: null };
    scope.__newsLensEarly = early;

    // The view the last popup left, shown at once when the page still vouches for the read it was drawn from, with
    // the same settings and highlight switch; the popup's code takes these elements over when it runs.
    early.painted = Promise.all([tab, settings, cached, ping]).then(([t, stored, got, pinged]) => {
      const app = document.getElementById("app");
      if (!t || !got || !pinged || !app || app.hasChildNodes()) return null;
      const result = got.items[got.keys[0]];
      const view = got.items[got.keys[1]];
      const read = pinged.reply && pinged.reply.read;
      const fits =
        result && view && Array.isArray(view.tree) && read && read.unchanged === true &&
        read.key === view.readKey && result.readKey === view.readKey && result.url === t.url &&
        result.highlights === view.highlights && view.settings === JSON.stringify(stored.settings ?? null);
      if (!fits) return null;
      const build = (node) => {
        if (typeof node === "string") return document.createTextNode(node);
        const el = document.createElement(node[0]);
        for (const name of Object.keys(node[1])) el.setAttribute(name, node[1][name]);
        for (const child of node[2]) el.appendChild(build(child));
        return el;
      };
      const fragment = document.createDocumentFragment();
      for (const node of view.tree) fragment.appendChild(build(node));
      app.appendChild(fragment);
      // When the frame that shows it has been painted (the popup's clock), for the bench.
      return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
    }).catch(() => null);
  } catch {
    // The main bundle asks everything itself.
  }
})();

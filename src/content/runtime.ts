/**
 * The two extension calls the content script makes, without webextension-polyfill: the polyfill alone is
 * ~10 KB of the content script's 60 KB budget. `sendResponse` + `return true` is the one reply style that
 * Chrome and Firefox both accept, so no promise wrapping is needed.
 */
interface MinimalRuntime {
  getManifest(): { version: string };
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined): void;
  };
}

export function extensionRuntime(): MinimalRuntime | null {
  const scope = globalThis as { browser?: { runtime?: unknown }; chrome?: { runtime?: unknown } };
  // A page can clobber window.browser with named elements (<form id="browser"><input name="runtime">) and Chrome's
  // isolated world sees them: accept only an object that really is the extension runtime.
  for (const candidate of [scope.browser?.runtime, scope.chrome?.runtime]) if (isRuntime(candidate)) return candidate;
  return null;
}

function isRuntime(value: unknown): value is MinimalRuntime {
  if (typeof value !== "object" || value === null) return false;
  const r = value as { id?: unknown; getManifest?: unknown; onMessage?: { addListener?: unknown } | null };
  return typeof r.id === "string" && r.id !== "" && typeof r.getManifest === "function" && typeof r.onMessage?.addListener === "function";
}

/** Answers every message `accept` claims with the promise `handle` returns. */
export function listen<M>(accept: (message: unknown) => message is M & object, handle: (message: M) => Promise<unknown>): boolean {
  const runtime = extensionRuntime();
  if (!runtime) return false;
  runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!accept(message)) return undefined;
    handle(message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, reason: "error", message: String(error) }));
    return true;
  });
  return true;
}

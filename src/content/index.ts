/**
 * The content script, injected on demand when the user opens the popup. It may be injected more than once
 * into the same page, so it installs itself only the first time; it never lets an error reach the page.
 */
import { readArticleAsync } from "../page/read";
import { currentPhase } from "../page/steps";
import { askingVerdict } from "../page/snapshot";
import { isContentRequest, type ContentRequest } from "../shared/messages";
import { Lens } from "./lens";
import { logProblem } from "./log";
import { extensionRuntime, listen } from "./runtime";
import { noteStretch, TIMED } from "./stretches";

const INSTALLED = Symbol.for("news-lens.content-script");
const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  try {
    const lens = new Lens(document, {
      read: (doc, { prefer, ask }) =>
        // (The e2e builds name each stretch of the read by the work it ended in: see currentPhase.)
        readArticleAsync(doc, { prefer }, askingVerdict(ask), TIMED ? { onStretch: (ms) => noteStretch(`read:${currentPhase()}`, ms) } : {}),
      version: extensionRuntime()?.getManifest().version ?? "",
    });
    listen<ContentRequest>(isContentRequest, (message) =>
      lens.handle(message).catch((error: unknown) => {
        logProblem(`handling ${message.type} failed`, error);
        return { ok: false, reason: "error", message: String(error) };
      }),
    );
  } catch (error) {
    logProblem("could not start", error);
  }
}

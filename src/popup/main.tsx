import { render } from "preact";
import { App } from "./components/App";
import { browserDeps } from "./browser-deps";
import { PopupController } from "./controller";
import { mark, markPainted, TIMED, timedSync } from "./timeline";
import "../shared/profile/source-colors.css";
import "./popup.css";

/**
 * How long the first paint may wait for the flow to decide what to show: a reopened popup finds its cached
 * result in a few ms and paints it as its first frame; a fresh read paints its skeleton no later than this.
 */
const FIRST_SCREEN_WAIT_MS = 40;

mark("script-start");
const controller = new PopupController(browserDeps(window.location));
// The bench's floor (e2e builds only): the same popup opened with no work at all, to its first paint.
const floor = TIMED && new URLSearchParams(window.location.search).has("bench-floor");
if (!floor) {
  // Started before the first render: the analysis worker spins up while the first frame is drawn.
  void controller.start();
  await Promise.race([controller.firstScreen, new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]);
}
// Preact's first render is synchronous: its measure is the script's part of the first frame.
timedSync("render", () => render(<App controller={controller} />, document.getElementById("app")!));
markPainted("first-paint");

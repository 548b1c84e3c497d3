import { render } from "preact";
import { App } from "./components/App";
import { browserDeps } from "./browser-deps";
import { PopupController } from "./controller";
import { mark, markPainted, TIMED } from "./timeline";
import "../shared/profile/source-colors.css";
import "./popup.css";

mark("script-start");
const controller = new PopupController(browserDeps(window.location));
// The bench's floor (e2e builds only): the same popup opened with no work at all, to its first paint.
const floor = TIMED && new URLSearchParams(window.location.search).has("bench-floor");
// Started before the first render: the analysis worker spins up while the skeleton is drawn.
if (!floor) void controller.start();
render(<App controller={controller} />, document.getElementById("app")!);
markPainted("first-paint");

import { render } from "preact";
import { App } from "./components/App";
import { browserDeps } from "./browser-deps";
import { PopupController } from "./controller";
import "../shared/profile/source-colors.css";
import "./popup.css";

const controller = new PopupController(browserDeps(window.location));
render(<App controller={controller} />, document.getElementById("app")!);
void controller.start();

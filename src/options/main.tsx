import { render } from "preact";
import browser from "webextension-polyfill";
import { OptionsPage } from "./OptionsPage";
import "./options.css";

render(<OptionsPage area={browser.storage.sync} />, document.getElementById("app")!);

import { render } from "preact";
import browser from "webextension-polyfill";
import { openHistoryPage } from "../history/open";
import { OptionsPage } from "./OptionsPage";
import "./options.css";

render(<OptionsPage area={browser.storage.sync} local={browser.storage.local} openHistory={() => void openHistoryPage()} />, document.getElementById("app")!);

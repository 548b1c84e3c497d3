/**
 * The content script's built file name. @crxjs/vite-plugin turns the `?script&iife` import into the path of
 * one self-contained bundled script, which `scripting.executeScript` injects on demand (no content script runs on every page).
 */
import contentScriptPath from "../content/index.ts?script&iife";

export const CONTENT_SCRIPT_FILE: string = contentScriptPath;

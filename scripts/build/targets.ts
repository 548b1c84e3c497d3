/**
 * The builds made from one source: the shipped Chrome and Firefox extensions, their e2e variants, and the
 * local build `npm start` loads.
 * Vite's `--mode` picks the target, so `vite build --mode firefox` is all a script needs to say.
 */
export type BrowserName = "chrome" | "firefox";

export interface BuildTarget {
  mode: string;
  browser: BrowserName;
  /** Test builds may reach the local fixture server without a user gesture; shipped builds never can. */
  e2e: boolean;
  /**
   * Extra host permissions of a local-only build. `npm start` opens the popup for a tab by script, where no
   * click grants activeTab, so its build may read any http(s) page it is pointed at. Never shipped.
   */
  extraHosts?: string[];
  outDir: string;
}

export const BUILD_TARGETS: Record<string, BuildTarget> = {
  production: { mode: "production", browser: "chrome", e2e: false, outDir: "dist" },
  // `vite` without a mode (dev tooling) builds the shipped Chrome extension too.
  development: { mode: "development", browser: "chrome", e2e: false, outDir: "dist" },
  firefox: { mode: "firefox", browser: "firefox", e2e: false, outDir: "dist-firefox" },
  e2e: { mode: "e2e", browser: "chrome", e2e: true, outDir: "dist-e2e" },
  "firefox-e2e": { mode: "firefox-e2e", browser: "firefox", e2e: true, outDir: "dist-firefox-e2e" },
  start: { mode: "start", browser: "chrome", e2e: true, outDir: "dist-start", extraHosts: ["http://*/*", "https://*/*"] },
};

export function targetForMode(mode: string): BuildTarget {
  const target = BUILD_TARGETS[mode];
  if (!target) {
    const known = Object.keys(BUILD_TARGETS).join(", ");
    throw new Error(`Unknown build mode "${mode}". Use one of: ${known}.`);
  }
  return target;
}

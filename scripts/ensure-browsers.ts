/**
 * Makes sure the browsers the e2e tests and `npm start` drive are installed: Debian's `chromium` and
 * `firefox-esr`. Installs the missing ones with apt when running as root; otherwise says exactly what to run.
 */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { CHROMIUM_PATH, FIREFOX_PATH } from "./build/browsers";

interface RequiredBrowser {
  name: string;
  path: string;
  aptPackage: string;
}

const required: RequiredBrowser[] = [
  { name: "Chromium", path: CHROMIUM_PATH, aptPackage: "chromium" },
  { name: "Firefox ESR", path: FIREFOX_PATH, aptPackage: "firefox-esr" },
];

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal})`);
  }
}

function main(): void {
  const missing = required.filter((browser) => !existsSync(browser.path));
  if (missing.length === 0) return;

  const names = missing.map((browser) => `${browser.name} (${browser.path})`).join(" and ");
  const packages = missing.map((browser) => browser.aptPackage);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    console.error(
      `ensure-browsers: ${names} not found. The e2e tests need Debian's browsers: ` +
        (hasApt
          ? `run \`sudo apt-get install -y ${packages.join(" ")}\``
          : `install ${packages.join(" and ")}, or point CHROMIUM_PATH / FIREFOX_PATH at them`) +
        ", then try again.",
    );
    process.exit(1);
  }

  console.log(`ensure-browsers: installing ${packages.join(", ")} with apt-get…`);
  run("apt-get", ["update"]);
  run("apt-get", ["install", "-y", "--no-install-recommends", ...packages]);
  const stillMissing = missing.filter((browser) => !existsSync(browser.path));
  if (stillMissing.length > 0) {
    throw new Error(`installed, but ${stillMissing.map((browser) => browser.path).join(" and ")} still missing`);
  }
}

try {
  main();
} catch (error) {
  console.error(`ensure-browsers: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

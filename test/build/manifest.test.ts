import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { E2E_HOST_PERMISSION, extensionVersion, GECKO_ID, manifestFor, type SourceManifest } from "../../scripts/build/manifest";
import { BUILD_TARGETS, targetForMode } from "../../scripts/build/targets";

const source = JSON.parse(readFileSync(new URL("../../manifest.json", import.meta.url), "utf8")) as SourceManifest;

describe("manifest.json as shipped", () => {
  it("asks for exactly activeTab, scripting, storage and offscreen (the analysis worker's holder), and no host access", () => {
    expect(source.permissions).toEqual(["activeTab", "scripting", "storage", "offscreen"]);
    expect(source.host_permissions).toBeUndefined();
    expect(source.optional_permissions).toBeUndefined();
  });

  it("injects no content script on its own: the popup injects it on click", () => {
    expect(source.content_scripts).toBeUndefined();
    expect(source.web_accessible_resources).toBeUndefined();
  });

  it("has a popup, a shortcut for it, our icons and an options page", () => {
    const action = source.action as { default_popup: string; default_icon: Record<string, string> };
    expect(action.default_popup).toBe("src/popup/index.html");
    expect(Object.keys(action.default_icon)).toEqual(["16", "32", "48", "128"]);
    expect(Object.keys(source.icons as object)).toEqual(["16", "32", "48", "128"]);
    const commands = source.commands as Record<string, { suggested_key: { default: string } }>;
    expect(commands._execute_action.suggested_key.default).toMatch(/^(Alt|Ctrl)\+Shift\+[A-Z]$/);
    expect((source.options_ui as { page: string }).page).toBe("src/options/index.html");
  });

  it("keeps the default CSP (no override that could allow remote code)", () => {
    expect(source.content_security_policy).toBeUndefined();
  });
});

describe("manifestFor", () => {
  it("leaves the Chrome build as written", () => {
    expect(manifestFor(source, BUILD_TARGETS.production)).toEqual(source);
  });

  it("gives Firefox background scripts, a gecko id and a no-data-collection declaration", () => {
    const firefox = manifestFor(source, BUILD_TARGETS.firefox);
    expect(firefox.background).toEqual({ scripts: [source.background.service_worker], type: "module" });
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({
      id: GECKO_ID,
      data_collection_permissions: { required: ["none"] },
    });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    // Firefox has no offscreen documents (its background page holds the analysis worker) and would warn.
    expect(firefox.permissions).toEqual(source.permissions.filter((p) => p !== "offscreen"));
    expect(manifestFor(source, BUILD_TARGETS.production).permissions).toContain("offscreen");
    expect(firefox.host_permissions).toBeUndefined();
  });

  it("adds the local fixture host only to test builds", () => {
    expect(manifestFor(source, BUILD_TARGETS.e2e).host_permissions).toEqual([E2E_HOST_PERMISSION]);
    expect(manifestFor(source, BUILD_TARGETS["firefox-e2e"]).host_permissions).toEqual([E2E_HOST_PERMISSION]);
    expect(manifestFor(source, BUILD_TARGETS.firefox).host_permissions).toBeUndefined();
  });

  it("does not change the source object", () => {
    const before = JSON.stringify(source);
    manifestFor(source, BUILD_TARGETS["firefox-e2e"]);
    expect(JSON.stringify(source)).toBe(before);
  });
});

describe("targetForMode", () => {
  it("names the modes it knows when given another", () => {
    expect(() => targetForMode("safari")).toThrow(/Unknown build mode "safari".*production, .*firefox/);
  });

  it("writes each target to its own folder", () => {
    const dirs = Object.values(BUILD_TARGETS)
      .filter((target) => target.mode !== "development")
      .map((target) => target.outDir);
    expect(new Set(dirs).size).toBe(dirs.length);
  });
});

describe("the version", () => {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

  it("comes from package.json for every target", () => {
    for (const target of Object.values(BUILD_TARGETS)) {
      expect(manifestFor({ ...source, version: "9.9.9" }, target, pkg.version).version).toBe(pkg.version);
    }
  });

  it("must be one an extension store accepts", () => {
    expect(extensionVersion("1.2.3.4")).toBe("1.2.3.4");
    expect(() => extensionVersion("1.2.0-beta.1")).toThrow(/not an extension version/);
    expect(() => extensionVersion("01.2")).toThrow(/not an extension version/);
    expect(() => extensionVersion("0.0")).toThrow(/not all zero/);
    expect(() => extensionVersion("1.70000")).toThrow();
  });
});

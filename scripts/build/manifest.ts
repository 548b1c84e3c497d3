import type { BuildTarget } from "./targets";

interface ManifestCommon {
  manifest_version: 3;
  name: string;
  version: string;
  permissions: string[];
  host_permissions?: string[];
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko: Record<string, unknown> };
  /** Keys this module passes through untouched (action, icons, commands, options_ui, …). */
  [key: string]: unknown;
}

/** manifest.json as written: the Chrome form, with a module service worker. */
export interface SourceManifest extends ManifestCommon {
  background: { service_worker: string; type?: "module" };
}

export interface TargetManifest extends ManifestCommon {
  background: { service_worker: string; type?: "module" } | { scripts: string[]; type?: "module" };
}

/** Stable add-on id: Firefox keys storage and the extension's moz-extension:// UUID mapping on it. */
export const GECKO_ID = "news-lens@news-lens.local";
/**
 * Firefox 142 is the first release (desktop and Android) that knows `data_collection_permissions`; declaring
 * an older minimum makes addons-linter warn. Debian's ESR is 153.
 */
export const GECKO_MIN_VERSION = "142.0";
/** Where the e2e fixture server listens; Chrome and Firefox match patterns ignore the port. */
export const E2E_HOST_PERMISSION = "http://127.0.0.1/*";

/**
 * One manifest source, four outputs. Chrome wants a module service worker; Firefox MV3 wants background
 * scripts (crxjs rewrites the entry to its loader file), a gecko id and a data-collection declaration, and
 * knows nothing of `minimum_chrome_version` or the `offscreen` permission.
 */
export function manifestFor(source: SourceManifest, target: BuildTarget, version?: string): TargetManifest {
  const manifest: TargetManifest = structuredClone(source);
  if (version !== undefined) manifest.version = extensionVersion(version);
  if (target.e2e) {
    const hosts = [...(manifest.host_permissions ?? []), E2E_HOST_PERMISSION, ...(target.extraHosts ?? [])];
    manifest.host_permissions = [...new Set(hosts)];
  }
  if (target.browser === "firefox") {
    const { service_worker, type } = source.background;
    manifest.background = type ? { scripts: [service_worker], type } : { scripts: [service_worker] };
    delete manifest.minimum_chrome_version;
    // Firefox has no offscreen documents: its background page holds the analysis worker itself.
    manifest.permissions = manifest.permissions.filter((p) => p !== "offscreen");
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Nothing the extension reads ever leaves the browser.
        data_collection_permissions: { required: ["none"] },
      },
    };
  }
  return manifest;
}

/**
 * package.json's version is the one both packages carry. Browsers accept one to four dot-separated integers
 * (0–65535, no leading zeros), so "1.2.0-beta.1" is refused here, with the reason, rather than by a store.
 */
export function extensionVersion(version: string): string {
  const parts = version.split(".");
  const valid = parts.length >= 1 && parts.length <= 4 && parts.every((p) => /^(0|[1-9]\d{0,4})$/.test(p) && Number(p) <= 65535);
  if (!valid || !/[1-9]/.test(version)) {
    throw new Error(`package.json version "${version}" is not an extension version: use 1 to 4 numbers (0-65535) separated by dots, not all zero.`);
  }
  return version;
}

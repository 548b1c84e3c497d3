/**
 * Pages where the browser forbids extensions to run scripts. The popup recognises them up front and says so,
 * rather than letting the injection fail with a cryptic error.
 */

export interface Restriction {
  /** A sentence a reader understands. */
  message: string;
}

const BROWSER_PAGES = /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-search|chrome-untrusted|moz-extension|chrome-extension|extension|resource|jar|data|blob|javascript):/i;

const STORE_HOSTS: Array<[host: string, path: RegExp]> = [
  ["chrome.google.com", /^\/webstore/i],
  ["chromewebstore.google.com", /^\//],
  ["addons.mozilla.org", /^\//],
  ["microsoftedge.microsoft.com", /^\/addons/i],
];

export function restrictionFor(url: string | undefined, options: { fileAccess?: boolean } = {}): Restriction | null {
  if (!url) {
    return { message: "This tab has no web page the lens can read. Open a news article and try again." };
  }
  if (BROWSER_PAGES.test(url)) {
    return { message: "This is one of the browser's own pages. Extensions cannot read it — open a news article and try again." };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { message: "This tab's address is not a web page the lens can read." };
  }
  if (parsed.protocol === "file:") {
    if (/\.pdf$/i.test(parsed.pathname)) return pdfRestriction();
    if (!options.fileAccess) {
      return {
        message:
          "This is a file on your computer. To read local files, turn on “Allow access to file URLs” for this extension in the browser's extension settings.",
      };
    }
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { message: "The lens only reads web pages (http and https addresses)." };
  }
  const host = parsed.hostname.toLowerCase();
  for (const [storeHost, path] of STORE_HOSTS) {
    if (host === storeHost && path.test(parsed.pathname)) {
      return { message: "The browser does not let extensions run on its add-on store. Open a news article and try again." };
    }
  }
  if (/\.pdf$/i.test(parsed.pathname)) return pdfRestriction();
  return null;
}

function pdfRestriction(): Restriction {
  return { message: "This is a PDF shown by the browser's PDF viewer, which extensions cannot read. The lens works on web pages." };
}

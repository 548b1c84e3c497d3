/** What to call the site an article is from: the name the page gives, else the host name a reader recognises. */
export function siteOf(url: string, siteName: string): string {
  if (siteName.trim()) return siteName.trim();
  try {
    // "www.theglobeandmail.com" → "theglobeandmail.com"
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

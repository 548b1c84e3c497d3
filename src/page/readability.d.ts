/**
 * Readability's own module without the readerable check that its index bundles: the content script
 * imports it directly to stay small. Types come from the package's index.
 */
declare module "@mozilla/readability/Readability.js" {
  import type { Readability } from "@mozilla/readability";
  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}

/** Stamped on the page copy's elements so they can be found again after Readability rewrites or re-parses it. */
export const STAMP = "data-lens-n";

/**
 * The extraction baseline: @mozilla/readability on linkedom with its article HTML turned into text, which is
 * what a developer gets from the library with no further work. (compromise reads text, not pages, so for
 * extraction this is the peer.)
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export function readabilityText(html: string, htmlToText: (html: string) => string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  return article?.content ? htmlToText(article.content) : "";
}

import type { ArticleSnapshot } from "../../shared/messages";
import type { PopupView } from "../model";
import { siteOf } from "../../shared/site";

interface Props {
  article: ArticleSnapshot;
  counts: PopupView["counts"];
}

const STATS: Array<[keyof PopupView["counts"], string, string]> = [
  ["quotes", "quote", "quotes"],
  ["speakers", "speaker", "speakers"],
  ["people", "person", "people"],
  ["organizations", "org", "orgs"],
  ["countries", "country", "countries"],
];

export function Header({ article, counts }: Props) {
  const site = siteOf(article.url, article.siteName);
  return (
    <header class="header">
      <h1 class="title" data-testid="article-title" title={article.title}>
        {article.title || "Untitled article"}
      </h1>
      <p class="meta">
        {site && <span class="site">{site}</span>}
        <span>
          <span data-testid="word-count" data-value={article.wordCount}>{article.wordCount}</span> words
        </span>
        <span>
          <span data-testid="paragraph-count" data-value={article.paragraphCount}>{article.paragraphCount}</span>{" "}
          {article.paragraphCount === 1 ? "paragraph" : "paragraphs"}
        </span>
      </p>
      <ul class="stats" aria-label="What the article contains">
        {STATS.map(([key, one, many]) => (
          <li key={key} class="stat" data-stat={key}>
            <strong>{counts[key]}</strong>
            <span>{counts[key] === 1 ? one : many}</span>
          </li>
        ))}
      </ul>
    </header>
  );
}

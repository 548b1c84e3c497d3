/**
 * What the popup lists for each saved corpus page: `npx tsx scripts/ner/pages.ts [name …]` prints, per page of
 * ../shared/corpus/pages, the entities the analysis finds (type, name, how often, the forms written), the way
 * a reader sees them. Pages are extracted as the extension does and the article text is cached in
 * out/pages/<name>.txt, so later runs only tag. `--quick` skips the mention forms.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildDoc } from "../../src/analysis/text/sentences";
import { findEntities } from "../../src/analysis/entities";

const shared = process.env.NEWS_LENS_SHARED ?? path.resolve("..", "shared");
const dir = path.join(shared, "corpus", "pages");
const cache = path.resolve("out", "pages");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const names = args.filter((a) => !a.startsWith("--"));
if (!existsSync(dir)) {
  console.error(`no corpus pages at ${dir}`);
  process.exit(2);
}
mkdirSync(cache, { recursive: true });
for (const name of names.length ? names : readdirSync(dir).sort()) {
  const file = path.join(dir, name, "source.html");
  const cached = path.join(cache, `${name}.txt`);
  let text: string;
  if (existsSync(cached)) text = readFileSync(cached, "utf8");
  else {
    const { readHtml } = await import("../../src/page/server");
    const result = readHtml(readFileSync(file, "utf8"), pathToFileURL(file).href);
    text = "error" in result || result.article.source !== "article" ? "" : result.article.text;
    writeFileSync(cached, text);
  }
  console.log(`== ${name}`);
  if (!text.trim()) continue;
  for (const e of findEntities(buildDoc(text))) {
    const forms = [...new Set(e.mentions.map((m) => m.text))].join(" | ");
    console.log(`  ${e.type.padEnd(12)} ${e.name}${e.code ? ` (${e.code})` : ""} ×${e.mentions.length}${quick ? "" : `  ← ${forms}`}`);
  }
}

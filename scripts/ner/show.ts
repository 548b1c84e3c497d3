/**
 * Prints the entities found in a text (argument, file or stdin) one per line: a quick look while working on
 * the post-tagging rules. `npx tsx scripts/ner/show.ts "The Norwegian embassy in Lisbon said …"`
 * or `npx tsx scripts/ner/show.ts --file article.txt`; `--raw` also prints the tagger's own spans.
 */
import { readFileSync } from "node:fs";
import { buildDoc } from "../../src/analysis/text/sentences";
import { findEntities } from "../../src/analysis/entities";
import { spanText, tagDoc } from "../../src/analysis/entities/spans";

const args = process.argv.slice(2);
const raw = args.includes("--raw");
const fileAt = args.indexOf("--file");
const rest = args.filter((a, i) => !a.startsWith("--") && (fileAt < 0 || i !== fileAt + 1));
const text = fileAt >= 0 ? readFileSync(args[fileAt + 1], "utf8") : rest.length ? rest.join(" ") : readFileSync(0, "utf8");
if (!text.trim()) {
  console.error("usage: show.ts [--raw] (TEXT | --file PATH | < stdin)");
  process.exit(2);
}
const doc = buildDoc(text);
if (raw) for (const s of tagDoc(doc)) console.log(`  tagger ${s.type.padEnd(4)} ${spanText(doc, s)}`);
for (const e of findEntities(doc)) {
  const forms = [...new Set(e.mentions.map((m) => m.text))].join(" | ");
  console.log(`${e.type.padEnd(12)} ${e.name}${e.code ? ` (${e.code})` : ""}  ← ${forms}`);
}

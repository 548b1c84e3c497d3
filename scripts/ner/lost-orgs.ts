/**
 * Names the tagger reads as organizations that the entity pass does not list as one, over PolNeAR *train*
 * articles (no entity annotation there: read the list as a reader would, for patterns of rules that drop right
 * readings; never to fit anything to these texts).
 *   npx tsx scripts/ner/lost-orgs.ts [--every 4] [--offset 1] [--top 80]
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildDoc } from "../../src/analysis/text/sentences";
import { findEntities } from "../../src/analysis/entities/index";
import { tagDoc } from "../../src/analysis/entities/spans";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = path.resolve(repoRoot, "../shared/data/polnear/train");
function arg(name: string, dflt: string): number {
  const i = process.argv.indexOf(name);
  return Number(i >= 0 ? process.argv[i + 1] : dflt);
}
const every = arg("--every", "4");
const offset = arg("--offset", "1");
const top = arg("--top", "80");
/** With --show NAME, the article and the words around each lost reading of that name. */
const showAt = process.argv.indexOf("--show");
const show = showAt >= 0 ? process.argv[showAt + 1] : "";
if (!fs.existsSync(dir)) {
  console.log(`lost-orgs: no ${dir}; skipped.`);
  process.exit(0);
}
const lost = new Map<string, number>();
fs.readdirSync(dir).sort().forEach((d, i) => {
  if (i % every !== offset) return;
  const f = path.join(dir, d, "article.txt");
  if (!fs.existsSync(f)) return;
  const doc = buildDoc(fs.readFileSync(f, "utf8"));
  // Each character's listed type: a mention may drop a leading "The" or a title, so spans are compared by overlap.
  const listed = new Map<number, string>();
  for (const e of findEntities(doc)) for (const m of e.mentions) for (let c = m.start; c < m.end; c++) if (!listed.has(c) || e.type === "organization") listed.set(c, e.type);
  for (const s of tagDoc(doc)) {
    if (s.type !== "ORG") continue;
    const start = doc.tokens[s.first].start;
    const end = doc.tokens[s.last - 1].end;
    const text = doc.text.slice(start, end);
    let now = "—";
    for (let c = start; c < end; c++) {
      const type = listed.get(c);
      if (type && (now === "—" || type === "organization")) now = type;
    }
    if (now === "organization") continue;
    const key = `${text} → ${now}`;
    if (show && text === show) console.log(`${d}: …${doc.text.slice(Math.max(0, start - 120), end + 80).replace(/\n/g, " / ")}…`);
    lost.set(key, (lost.get(key) ?? 0) + 1);
  }
});
for (const [k, n] of [...lost].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(3)}  ${k}`);

/**
 * Entity misses and false alarms on the tune sets (seed+corpus gold and news-tune), with the eval's own
 * matching rules (scripts/eval/analysisScore.ts). The check set (news-check) is never listed here: its
 * errors must not steer the rules; `npm run eval` measures it.
 *   npx tsx scripts/ner/news-errors.ts [--sets gold,news-tune]
 */
import { analyze } from "../../src/analysis/index";
import { scoreAnalysis } from "../eval/analysisScore";
import { GOLD_SETS } from "../eval/gold";

const at = process.argv.indexOf("--sets");
const wanted = at >= 0 ? (process.argv[at + 1] ?? "").split(",") : ["news-tune"];
const tuneSets = GOLD_SETS.filter((s) => s.role === "tune" && wanted.includes(s.id));
if (tuneSets.length === 0) {
  console.error(`news-errors: only tune sets may be listed (${GOLD_SETS.filter((s) => s.role === "tune").map((s) => s.id).join(", ")})`);
  process.exit(2);
}
const ENTITY = new Set(["people", "organizations", "countries"]);
for (const set of tuneSets) {
  for (const d of set.load().docs) {
    if (d.gold.entitiesAnnotated === false) continue;
    const { findings } = scoreAnalysis(d.gold, analyze({ text: d.text }));
    const lines = findings.filter((f) => ENTITY.has(f.metric)).map((f) => `  ${f.metric.padEnd(13)} ${f.kind.padEnd(11)} ${f.detail}`);
    if (lines.length) console.log(`${set.id}/${d.name}\n${lines.join("\n")}`);
  }
}

/**
 * Every wrong speaker on PolNeAR train's tune part, grouped by how our speaker was mentioned (a pronoun, a
 * description, a name) and by how PolNeAR found its own (a name, a pronoun, a description via coreference), so
 * the resolution errors that recur can be told from one-off ones. The held-out quarter gives totals only.
 * PolNeAR has no licence: what this prints stays on the terminal, never in the repository.
 *
 *   npx tsx scripts/antecedents/polnear-speakers.ts                  # tune part: counts by group
 *   npx tsx scripts/antecedents/polnear-speakers.ts --show [GROUP]   # and each wrong speaker in context (GROUP: a
 *                                                                    # word of the group's label, e.g. "it")
 *   npx tsx scripts/antecedents/polnear-speakers.ts --held-out       # held-out quarter: totals only
 */
import { analyze } from "../../src/analysis";
import { matchQuotes, speakerIsRight } from "../eval/analysisScore";
import { foldPartialQuotes } from "../eval/conventions";
import type { GoldFile } from "../eval/gold";
import { polnearTrainSplit, readPolnearArticle } from "./polnearSplit";

const split = polnearTrainSplit(process.argv);
if (!split) process.exit(0);
const { names, heldOut, show } = split;
const showIndex = process.argv.indexOf("--show");
const only = showIndex >= 0 && process.argv[showIndex + 1] && !process.argv[showIndex + 1].startsWith("--") ? process.argv[showIndex + 1] : "";

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "who", "his", "her", "their", "its"]);

/** How our speaker was mentioned: the pronoun itself, "description" (lower-case words), "name", or "none". */
function mentionKind(mention: string, name: string): string {
  const m = mention.trim().toLowerCase();
  if (!m && !name) return "none";
  if (PRONOUNS.has(m)) return m;
  if (m && mention === m) return "description";
  if (/^(the|a|an|this|that)\s/.test(m)) return "description";
  return "name";
}

let right = 0;
let wrongTotal = 0;
const groups = new Map<string, number>();
const rightByKind = new Map<string, number>();
for (const name of names) {
  const article = readPolnearArticle(split, name);
  if (!article) continue;
  const { gold, text } = article;
  const analysis = foldPartialQuotes(analyze({ text }));
  const { pairs } = matchQuotes(gold.quotes, analysis.quotes);
  for (const [gi, pi] of pairs) {
    const g = gold.quotes[gi] as GoldFile["quotes"][number] & { speakerFrom?: string };
    if (g.unresolved) continue;
    const q = analysis.quotes[pi];
    const kind = mentionKind(q.speaker.mention, q.speaker.name);
    if (speakerIsRight(g, q)) {
      right++;
      rightByKind.set(kind, (rightByKind.get(kind) ?? 0) + 1);
      continue;
    }
    wrongTotal++;
    if (heldOut) continue;
    const from = (g.speakerFrom ?? "?").replace(/: \d of \d cues agree/, "");
    const label = `ours ${kind} / gold ${from}`;
    groups.set(label, (groups.get(label) ?? 0) + 1);
    if (!show || (only && !label.split(/[ /]+/).includes(only))) continue;
    const at = q.start;
    console.log(`## ${name} @${at} ${label}: gold ${JSON.stringify(g.speakerMatch)} ("${g.speaker}"), ours "${q.speaker.name}" / "${q.speaker.mention}" [${q.kind}]`);
    console.log(`   …${text.slice(Math.max(0, at - 600), at).replace(/\s*\n\s*/g, " ¶ ")}[[${text.slice(at, q.end).slice(0, 200)}]]${text.slice(q.end, q.end + 150).replace(/\s*\n\s*/g, " ¶ ")}…\n`);
  }
}
console.log(`${heldOut ? "held-out quarter" : "tune part"} of PolNeAR train: ${names.length} articles; matched resolved quotes: speaker right ${right}, wrong ${wrongTotal}`);
if (!heldOut) console.log(`right speakers by how ours was mentioned: ${[...rightByKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`);
for (const [label, n] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)} ${label}`);

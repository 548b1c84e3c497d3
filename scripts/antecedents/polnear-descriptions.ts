/**
 * Studies the definite descriptions of people the speaker pass weighs (src/analysis/quotes/personDescriptions.ts)
 * on PolNeAR train, split as the project splits it: the tune part (sorted index i % 4 !== 2) may be read; the
 * held-out quarter gives totals only. PolNeAR has no licence: what this prints stays on the terminal.
 *
 *   npx tsx scripts/antecedents/polnear-descriptions.ts            # tune part: counts
 *   npx tsx scripts/antecedents/polnear-descriptions.ts --show     # and each resolved or kept description in context
 *   npx tsx scripts/antecedents/polnear-descriptions.ts --held-out # held-out quarter: counts only
 *
 * Counted: descriptions resolved to a person, kept as themselves because people in view disagree, and, among
 * matched gold quotes whose speaker PolNeAR resolved through coreference to a name, how many now show that name.
 */
import { analyze } from "../../src/analysis";
import { observeDescriptions } from "../../src/analysis/quotes/personDescriptions";
import { matchQuotes, speakerIsRight } from "../eval/analysisScore";
import { foldPartialQuotes } from "../eval/conventions";
import type { GoldFile } from "../eval/gold";
import { polnearTrainSplit, readPolnearArticle } from "./polnearSplit";

const split = polnearTrainSplit(process.argv);
if (!split) process.exit(0);
const { names, heldOut, show } = split;

let resolved = 0;
let kept = 0;
let corefSpeakers = 0;
let corefRight = 0;
for (const name of names) {
  const article = readPolnearArticle(split, name);
  if (!article) continue;
  const { gold, text } = article;
  const seen = new Set<number>();
  observeDescriptions((start, end, person, keep) => {
    // (A quote's speaker can be resolved more than once; each description counts once.)
    if (seen.has(start) || (person === null && !keep)) return;
    seen.add(start);
    if (keep) kept++;
    else resolved++;
    if (show) console.log(`## ${name} @${start}: ${keep ? "kept" : person}\n   …${text.slice(Math.max(0, start - 400), start).replace(/\s*\n\s*/g, " ¶ ")}[[${text.slice(start, end)}]]\n`);
  });
  let analysis;
  try {
    analysis = foldPartialQuotes(analyze({ text }));
  } finally {
    observeDescriptions(null);
  }
  const { pairs } = matchQuotes(gold.quotes, analysis.quotes);
  for (const [gi, pi] of pairs) {
    const g = gold.quotes[gi] as GoldFile["quotes"][number] & { speakerFrom?: string };
    if (g.unresolved || g.speakerFrom !== "definite description via coref") continue;
    corefSpeakers++;
    const q = analysis.quotes[pi];
    if (speakerIsRight(g, q)) corefRight++;
    else if (show) console.log(`## ${name}: gold ${JSON.stringify(g.speakerMatch)} (from "${g.speaker}"), ours ${q.speaker.name} / ${q.speaker.mention}`);
  }
}
console.log(`${heldOut ? "held-out quarter" : "tune part"} of PolNeAR train: ${names.length} articles`);
console.log(`descriptions of people resolved ${resolved}, kept as themselves ${kept}`);
console.log(`gold speakers PolNeAR resolved from a description by coreference: ${corefSpeakers} matched, ${corefRight} right`);

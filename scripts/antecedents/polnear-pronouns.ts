/**
 * Measures the "he"/"she" speakers on PolNeAR train, split as the project splits it: the tune part (every file
 * but those with sorted index i % 4 === 2) may be read to study errors; the held-out quarter is measured for
 * totals only. PolNeAR has no licence: what this prints stays on the terminal, never in the repository.
 *
 *   npx tsx scripts/antecedents/polnear-pronouns.ts                 # tune part: counts by kind of error
 *   npx tsx scripts/antecedents/polnear-pronouns.ts --show > .scratch/misses.txt   # and each wrong pronoun in context
 *   npx tsx scripts/antecedents/polnear-pronouns.ts --held-out      # the held-out quarter: totals only
 *
 * For every gold quote matched by a quote whose speaker is a pronoun, the ranking that chose it is found as the
 * trainer finds it (events.ts), and a wrong speaker is put in one of three kinds: the right person is a
 * candidate but ranks lower, no candidate is the right person, or there was no ranking with candidates.
 */
import { scoreCandidate, ANTECEDENT_FEATURES } from "../../src/analysis/quotes/antecedents";
import { ANTECEDENT_MODEL } from "../../src/analysis/quotes/model/antecedent-weights";
import { addDocCounts, emptyDocCounts, matchQuotes, scoreAnalysis, speakerIsRight } from "../eval/analysisScore";
import { foldPartialQuotes } from "../eval/conventions";
import { polnearTrainSplit, readPolnearArticle } from "./polnearSplit";
import { analyzeWithRankings, nearestRanking, SPEAKER_PRONOUNS } from "./events";

const split = polnearTrainSplit(process.argv);
if (!split) process.exit(0);
const { names, heldOut, show } = split;

const total = emptyDocCounts();
let pronounSpeakers = 0;
let right = 0;
const wrong = { lower: 0, noCandidate: 0, noRanking: 0 };
const f1 = (c: { tp: number; fp: number; fn: number }): string => ((2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn)).toFixed(4);

for (const name of names) {
  const article = readPolnearArticle(split, name);
  if (!article) continue;
  const { gold, text } = article;
  const { analysis, events } = analyzeWithRankings(text);
  addDocCounts(total, scoreAnalysis(gold, foldPartialQuotes(analysis)).counts);
  if (heldOut) continue;
  const { pairs } = matchQuotes(gold.quotes, analysis.quotes);
  for (const [gi, pi] of pairs) {
    const g = gold.quotes[gi];
    const q = analysis.quotes[pi];
    const mention = q.speaker.mention.toLowerCase();
    if (g.unresolved || !SPEAKER_PRONOUNS.has(mention)) continue;
    pronounSpeakers++;
    if (speakerIsRight(g, q)) {
      right++;
      continue;
    }
    const e = nearestRanking(events, text, mention, q);
    const candidates = e >= 0 ? events[e].candidates : [];
    const match = g.speakerMatch.map((s) => s.toLowerCase());
    const hit = candidates.findIndex((c) => match.every((s) => c.name.toLowerCase().includes(s)));
    const kind = candidates.length === 0 ? "noRanking" : hit < 0 ? "noCandidate" : "lower";
    wrong[kind]++;
    if (!show) continue;
    const at = e >= 0 ? events[e].at : q.start;
    console.log(`## ${name} @${at} ${kind}: gold ${JSON.stringify(g.speakerMatch)}, ours ${q.speaker.name}`);
    for (const c of candidates) {
      const f = Array.from(c.features, (x, i) => (x ? `${ANTECEDENT_FEATURES[i]}=${+x.toFixed(2)}` : "")).filter(Boolean).join(" ");
      console.log(`   ${scoreCandidate(ANTECEDENT_MODEL.weights, { person: -1, features: c.features }).toFixed(2)} ${c.name}: ${f}`);
    }
    console.log(`   …${text.slice(Math.max(0, at - 700), at).replace(/\s*\n\s*/g, " ¶ ")}[[${text.slice(at, at + 3)}]]${text.slice(at + 3, at + 120).replace(/\s*\n\s*/g, " ¶ ")}…\n`);
  }
}

console.log(`${heldOut ? "held-out quarter" : "tune part"} of PolNeAR train: ${names.length} articles, attribution F1 ${f1(total.attribution)} (${JSON.stringify(total.attribution)})`);
if (!heldOut) {
  const w = wrong.lower + wrong.noCandidate + wrong.noRanking;
  console.log(`pronoun speakers matched to gold quotes: ${pronounSpeakers}, right ${right}, wrong ${w}`);
  console.log(`  right person ranks lower ${wrong.lower}, right person no candidate ${wrong.noCandidate}, no candidates ${wrong.noRanking}`);
}

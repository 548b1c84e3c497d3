/**
 * Labelling aid: prints every "he"/"she" speaker ranking with two or more candidates that labels.jsonl does
 * not label yet, with the text before the pronoun and the candidates, for a person to read and label.
 *
 *   npx tsx scripts/antecedents/dump.ts [--limit N] > out/antecedent-contexts.txt
 *
 * Each entry opens with the JSON line to append to labels.jsonl once its "gold" is filled in (a lower-case
 * part of the right candidate's name, or null when none of the candidates is the referent). The printed text
 * stays out of the repository: labels.jsonl holds names and offsets only.
 */
import { loadSources, readLabels } from "./sources";
import { pronounChoices } from "./events";
import { scoreCandidate } from "../../src/analysis/quotes/antecedents";
import { ANTECEDENT_MODEL } from "../../src/analysis/quotes/model/antecedent-weights";

const limitAt = process.argv.indexOf("--limit");
const limit = limitAt >= 0 ? Number(process.argv[limitAt + 1]) : Infinity;
const labelled = new Set(readLabels().map((l) => `${l.source}|${l.doc}|${l.at}`));
let printed = 0;
for (const d of await loadSources()) {
  if (printed >= limit) break;
  const { choices } = pronounChoices(d.text);
  for (const c of choices) {
    if (c.candidates.length < 2 || labelled.has(`${d.source}|${d.key}|${c.at}`) || printed >= limit) continue;
    printed++;
    const before = d.text.slice(Math.max(0, c.at - 600), c.at).replace(/\s*\n\s*/g, " ¶ ");
    const after = d.text.slice(c.at + c.pronoun.length, c.at + c.pronoun.length + 100).replace(/\s*\n\s*/g, " ¶ ");
    console.log(JSON.stringify({ source: d.source, doc: d.key, at: c.at, pronoun: c.pronoun, gold: "?" }));
    const scores = c.candidates.map((x) => scoreCandidate(ANTECEDENT_MODEL.weights, { person: -1, features: x.features }));
    const ours = scores.indexOf(Math.max(...scores));
    console.log(`  candidates, nearest first (* ours): ${c.candidates.map((x, i) => (i === ours ? "*" : "") + x.name).join(" | ")}`);
    console.log(`  …${before}[[${d.text.slice(c.at, c.at + c.pronoun.length)}]]${after}…\n`);
  }
}
console.error(`${printed} unlabelled rankings`);

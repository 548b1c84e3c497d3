/**
 * A CPU profile of the full analysis on the corpus pages (the texts `npm run bench` times), for finding where the
 * time goes:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profileAnalysis.ts [--passes N]
 *   npx tsx scripts/bench/profileSummary.ts /tmp/prof/*.cpuprofile
 */
import { analyze } from "../../src/analysis/index";
import { loadPageTools } from "../eval/engines";
import { loadCorpus } from "./texts";

const at = process.argv.indexOf("--passes");
const passes = at >= 0 ? Number(process.argv[at + 1]) : 20;
const texts = loadCorpus(await loadPageTools()).pages.map((p) => p.text);
for (const t of texts) analyze({ text: t }); // warm-up
const t0 = performance.now();
for (let p = 0; p < passes; p++) for (const t of texts) analyze({ text: t });
console.log(`${passes} passes over ${texts.length} texts: ${((performance.now() - t0) / passes).toFixed(1)} ms a pass`);

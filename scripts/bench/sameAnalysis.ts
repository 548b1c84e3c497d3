/**
 * npx tsx scripts/bench/sameAnalysis.ts write DIR | compare DIR [--every N] [--corpus]
 *
 * A guard for work on the analysis's speed that must not change its answers: `write` saves what analyze()
 * returns (and what its early look at the quotes hands over) for the gold texts and every N-th PolNeAR training
 * article, one JSON file a text; `compare` runs the analysis again and names every text whose output differs
 * from the saved one. Run `write` before the change and `compare` after it. `--corpus` adds the corpus pages as
 * our extraction reads them (the texts `npm run bench` times) and every N-th PolNeAR dev article.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../../src/analysis/index";
import type { Quote } from "../../src/analysis/types";
import { sharedPath } from "../eval/paths";
import { loadPageTools } from "../eval/engines";
import { loadCorpus } from "./texts";

interface Text {
  name: string;
  text: string;
}

async function texts(every: number, corpus: boolean): Promise<Text[]> {
  const out: Text[] = [];
  const dir = (d: string): string[] => (existsSync(d) ? readdirSync(d).sort() : []);
  for (const f of dir(sharedPath("gold/text"))) out.push({ name: `gold-${f}`, text: readFileSync(sharedPath(`gold/text/${f}`), "utf8") });
  for (const f of dir(sharedPath("gold/news/text"))) out.push({ name: `news-${f}`, text: readFileSync(sharedPath(`gold/news/text/${f}`), "utf8") });
  for (const f of dir(sharedPath("seed"))) out.push({ name: `seed-${f}`, text: readFileSync(sharedPath(`seed/${f}`), "utf8") });
  const train = dir(sharedPath("data/polnear/train"));
  for (let i = 0; i < train.length; i += every) {
    const file = sharedPath(`data/polnear/train/${train[i]}/article.txt`);
    if (existsSync(file)) out.push({ name: `polnear-${train[i]}`, text: readFileSync(file, "utf8") });
  }
  if (!corpus) return out;
  const dev = dir(sharedPath("data/polnear/dev"));
  for (let i = 0; i < dev.length; i += every) {
    const file = sharedPath(`data/polnear/dev/${dev[i]}/article.txt`);
    if (existsSync(file)) out.push({ name: `polnear-dev-${dev[i]}`, text: readFileSync(file, "utf8") });
  }
  for (const p of loadCorpus(await loadPageTools()).pages) out.push({ name: `corpus-${p.name}`, text: p.text });
  return out;
}

/** The analysis of one text, with the early quotes it hands over first, as the JSON saved for it. */
function outputOf(t: Text): string {
  let early: readonly Quote[] = [];
  const analysis = analyze({ title: t.name, text: t.text }, (q) => (early = q));
  const plain = analyze({ title: t.name, text: t.text });
  const spans = early.map((q) => [q.start, q.end, q.kind]);
  return `${JSON.stringify({ analysis, spans, sameWithoutEarly: JSON.stringify(plain) === JSON.stringify(analysis) }, null, 1)}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [mode, dir] = argv;
  const everyAt = argv.indexOf("--every");
  const every = everyAt >= 0 ? Number(argv[everyAt + 1]) : 10;
  if ((mode !== "write" && mode !== "compare") || !dir || !(every >= 1)) {
    console.error("usage: tsx scripts/bench/sameAnalysis.ts write|compare DIR [--every N] [--corpus]");
    return 2;
  }
  const all = await texts(every, argv.includes("--corpus"));
  if (mode === "write") mkdirSync(dir, { recursive: true });
  let differ = 0;
  for (const t of all) {
    const out = outputOf(t);
    const file = path.join(dir, `${t.name}.json`);
    if (mode === "write") writeFileSync(file, out);
    else if (!existsSync(file) || readFileSync(file, "utf8") !== out) {
      differ++;
      console.log(`differs: ${t.name}`);
    }
  }
  console.log(mode === "write" ? `wrote ${all.length} analyses to ${dir}` : `${all.length - differ} of ${all.length} analyses identical`);
  return differ === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));

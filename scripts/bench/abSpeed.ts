/**
 * npx tsx scripts/bench/abSpeed.ts --base DIR [--passes N] [--stage full|entities|quotes|pos] [--texts corpus|news]
 *
 * Speed of this tree's analysis against another copy of src/analysis (DIR, e.g. the code at the start of a
 * round: `git archive REV src/analysis | tar -x -C /tmp/x`, then DIR=/tmp/x/src/analysis), in ONE process,
 * alternating the two per article, so the machine's load (shared cores, other sessions) hits both alike. Run-to-run
 * spread of `npm run bench` is larger than most single changes; the ratio of interleaved pairs is not.
 * Prints the median and range of the per-pass ratios (old time / new time: above 1 is faster) by wall clock and
 * by CPU time, and words per second of each.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadPageTools } from "../eval/engines";
import { sharedPath } from "../eval/paths";
import { wordTokens } from "../eval/score";
import { loadCorpus } from "./texts";
import { median } from "./timing";

type Run = (text: string) => void;

interface Side {
  run: Run;
  wall: number[];
  cpu: number[];
}

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** The function a stage times, from a src/analysis folder. */
async function stageOf(dir: string, stage: string): Promise<Run> {
  const load = async (file: string) => (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
  if (stage === "full") {
    const { analyze } = (await load("index.ts")) as { analyze: (i: { text: string }) => unknown };
    return (text) => void analyze({ text });
  }
  const { buildDoc } = (await load("text/sentences.ts")) as { buildDoc: (t: string) => unknown };
  if (stage === "pos") {
    // The part-of-speech tagger alone, on each sentence's words (the documents built once, outside the timing).
    const { tagPos } = (await load("syntax/tagger.ts")) as { tagPos: (w: string[]) => Uint8Array };
    type D = { tokens: { text: string }[]; sentences: { firstToken: number; endToken: number }[] };
    const sentences = new Map<string, string[][]>();
    return (text) => {
      let ss = sentences.get(text);
      if (!ss) {
        const d = buildDoc(text) as D;
        sentences.set(text, (ss = d.sentences.map((s) => d.tokens.slice(s.firstToken, s.endToken).map((t) => t.text))));
      }
      for (const w of ss) tagPos(w);
    };
  }
  const { findEntities } = (await load("entities/index.ts")) as { findEntities: (d: unknown) => unknown[] };
  if (stage === "entities") return (text) => void findEntities(buildDoc(text));
  const { findQuotes } = (await load("quotes/index.ts")) as { findQuotes: (d: unknown, e: unknown[]) => unknown };
  const entities = new Map<string, unknown[]>();
  return (text) => {
    let e = entities.get(text);
    if (!e) entities.set(text, (e = findEntities(buildDoc(text))));
    findQuotes(buildDoc(text), e);
  };
}

async function textsOf(which: string): Promise<string[]> {
  if (which === "news") {
    const dir = sharedPath("gold/news/text");
    return existsSync(dir) ? readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f), "utf8")) : [];
  }
  return loadCorpus(await loadPageTools()).pages.map((p) => p.text);
}

function time(side: Side, text: string, at: number): void {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  side.run(text);
  side.wall[at] += performance.now() - t0;
  const c = process.cpuUsage(c0);
  side.cpu[at] += (c.user + c.system) / 1000;
}

async function main(): Promise<void> {
  const base = path.resolve(arg("--base", ""));
  const passes = Number(arg("--passes", "15"));
  const stage = arg("--stage", "full");
  if (!existsSync(path.join(base, "index.ts"))) throw new Error(`--base ${base}: no src/analysis copy there`);
  const texts = await textsOf(arg("--texts", "corpus"));
  const words = texts.reduce((n, t) => n + wordTokens(t).length, 0);
  const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../src/analysis");
  const old: Side = { run: await stageOf(base, stage), wall: [], cpu: [] };
  const now: Side = { run: await stageOf(here, stage), wall: [], cpu: [] };
  for (const t of texts) (old.run(t), now.run(t)); // warm-up: models, JIT
  for (let p = 0; p < passes; p++) {
    for (const s of [old, now]) (s.wall.push(0), s.cpu.push(0));
    texts.forEach((t, i) => {
      // Alternate which side goes first, so neither always follows the other's garbage.
      const [a, b] = (i + p) % 2 === 0 ? [old, now] : [now, old];
      time(a, t, p);
      time(b, t, p);
    });
  }
  const ratios = (k: "wall" | "cpu") => old[k].map((o, i) => o / now[k][i]);
  const fmt = (xs: number[]) => `${median(xs).toFixed(3)} [${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}]`;
  const wps = (ms: number[]) => `${Math.round((words / median(ms)) * 1000).toLocaleString("en")}`;
  console.log(`${stage}: ${texts.length} texts, ${words} words, ${passes} interleaved passes`);
  console.log(`  wall ms/pass old ${median(old.wall).toFixed(1)} new ${median(now.wall).toFixed(1)}; ratio ${fmt(ratios("wall"))}; words/s ${wps(old.wall)} → ${wps(now.wall)}`);
  console.log(`  cpu  ms/pass old ${median(old.cpu).toFixed(1)} new ${median(now.cpu).toFixed(1)}; ratio ${fmt(ratios("cpu"))}; words/s ${wps(old.cpu)} → ${wps(now.cpu)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

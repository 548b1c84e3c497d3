/**
 * The whole entity pass (tagger and rules) on CoNLL-2003 *train* articles, against their ORG annotation: which
 * organizations it misses or lists wrongly there, counted by surface form. The tagger was trained on this text,
 * so what differs is mostly what the rules do to right tags — rules that would do the same on unseen news.
 *   npx tsx scripts/ner/conll-rules.ts [--docs N] [--type ORG] [--top 40]
 * Articles are cut at datelines ("BRUSSELS 1996-08-22"), the headline before it opening the article. Sports
 * results (mostly numbers) are skipped: CoNLL names a club by its town there, which news prose rarely does.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildDoc } from "../../src/analysis/text/sentences";
import { findEntities } from "../../src/analysis/entities/index";
import { loadModel, tagWords } from "../../src/analysis/entities/tagger";
import { parseConll, spansFromTags, type TaggedSentence } from "../eval/ner";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const file = path.resolve(repoRoot, "../shared/data/ner/conll2003/train.txt");
const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const maxDocs = Number(arg("--docs", "400"));
const want = arg("--type", "ORG");
const top = Number(arg("--top", "40"));
/** With --show FORM, the lines around each miss or false alarm of that form. */
const showForm = arg("--show", "");
const OUR_TYPE: Record<string, string> = { person: "PER", organization: "ORG", location: "LOC", country: "LOC" };

if (!fs.existsSync(file)) {
  console.log(`conll-rules: no ${file}; skipped.`);
  process.exit(0);
}
const sentences = parseConll(fs.readFileSync(file, "utf8"));
const DATE = /^(?:19|20)\d\d-\d\d-\d\d$/;
const docs: TaggedSentence[][] = [];
let cur: TaggedSentence[] = [];
for (let i = 0; i < sentences.length; i++) {
  const next = sentences[i + 1];
  if (next && next.words.some((w) => DATE.test(w)) && cur.length) {
    docs.push(cur);
    cur = [];
  }
  cur.push(sentences[i]);
}
if (cur.length) docs.push(cur);

const isSports = (d: TaggedSentence[]): boolean => {
  const words = d.flatMap((s) => s.words);
  return words.filter((w) => /^\d/.test(w)).length > words.length * 0.15;
};

const misses = new Map<string, number>();
const alarms = new Map<string, number>();
let gold = 0, found = 0, right = 0, used = 0, taggerRight = 0, lostByRules = 0;
for (const d of docs) {
  if (used >= maxDocs) break;
  if (isSports(d)) continue;
  used++;
  let text = "";
  const goldRanges: Array<{ start: number; end: number; type: string }> = [];
  const taggerAt = new Map<string, string>();
  for (const s of d) {
    const offs: number[] = [];
    s.words.forEach((w, i) => {
      if (i) text += " ";
      offs.push(text.length);
      text += w;
    });
    for (const sp of spansFromTags(tagWords(loadModel(), s.words))) taggerAt.set(`${offs[sp.start]}:${offs[sp.end - 1] + s.words[sp.end - 1].length}`, sp.type);
    for (const sp of spansFromTags(s.tags)) goldRanges.push({ start: offs[sp.start], end: offs[sp.end - 1] + s.words[sp.end - 1].length, type: sp.type });
    text += "\n";
  }
  const ours = new Map<string, string>();
  for (const e of findEntities(buildDoc(text))) for (const m of e.mentions) ours.set(`${m.start}:${m.end}`, OUR_TYPE[e.type] ?? e.type);
  const goldAt = new Map(goldRanges.map((g) => [`${g.start}:${g.end}`, g.type]));
  for (const g of goldRanges) {
    if (g.type !== want) continue;
    gold++;
    const k = `${g.start}:${g.end}`;
    const t = ours.get(k);
    if (taggerAt.get(k) === want) taggerRight++;
    if (t === want) right++;
    else {
      if (taggerAt.get(k) === want) lostByRules++;
      const key = `${text.slice(g.start, g.end)}  → ${t ?? "—"}`;
      if (showForm && text.slice(g.start, g.end) === showForm) console.log(`miss: …${text.slice(Math.max(0, g.start - 150), g.end + 100).replace(/\n/g, " / ")}…`);
      misses.set(key, (misses.get(key) ?? 0) + 1);
    }
  }
  for (const [k, t] of ours) {
    if (t !== want) continue;
    found++;
    if (goldAt.get(k) === want) continue;
    const [a, b] = k.split(":").map(Number);
    const key = `${text.slice(a, b)}  (gold ${goldAt.get(k) ?? "—"})`;
    if (showForm && text.slice(a, b) === showForm) console.log(`false alarm: …${text.slice(Math.max(0, a - 150), b + 100).replace(/\n/g, " / ")}…`);
    alarms.set(key, (alarms.get(key) ?? 0) + 1);
  }
}
const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`).join("\n");
console.log(`${used} articles (of ${docs.length}; sports results skipped), ${want} mentions: gold ${gold}, ours ${found}, exact ${right}: R ${(right / gold).toFixed(3)} P ${(right / found).toFixed(3)}`);
console.log(`the tagger alone had ${taggerRight} right; the rules lost ${lostByRules} of those`);
console.log(`misses (our type at that span):\n${list(misses)}`);
console.log(`false alarms (gold type at that span):\n${list(alarms)}`);

/** Reading the CoNLL-style corpora of ../shared/data/ner and scoring exact-span P/R/F1. */
import fs from "node:fs";

export interface Sentence {
  words: string[];
  tags: string[];
}

/** One `token<TAB>tag` per line, one blank line after every sentence (see ../shared/data/ner/README.md). */
export function readConll(file: string): Sentence[] {
  const text = fs.readFileSync(file, "utf8");
  const out: Sentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    const l = line.replace(/\r$/, "");
    if (l === "") {
      if (words.length) out.push({ words, tags });
      words = [];
      tags = [];
      continue;
    }
    const tab = l.lastIndexOf("\t");
    if (tab <= 0) throw new Error(`${file}:${lineNo}: expected "token<TAB>tag", got ${JSON.stringify(l.slice(0, 60))}`);
    words.push(l.slice(0, tab));
    tags.push(l.slice(tab + 1));
  }
  if (words.length) out.push({ words, tags });
  return out;
}

export interface SpanTriple {
  type: string;
  start: number;
  end: number;
}

/** Entity spans of an IOB2 sequence; a stray I-X starts a new entity (conlleval's convention). */
export function spans(tags: readonly string[]): SpanTriple[] {
  const out: SpanTriple[] = [];
  let cur: SpanTriple | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : "O";
    const type = t === "O" ? "" : t.slice(2);
    const begins = t.startsWith("B-") || (t.startsWith("I-") && (!cur || cur.type !== type));
    if (cur && (t === "O" || begins)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (begins) cur = { type, start: i, end: i + 1 };
  }
  return out;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export type Scores = Record<string, PRF>;

/** Exact-span scores per type and "overall" (all types the gold uses). */
export function scoreSpans(gold: readonly string[][], pred: readonly string[][], types = ["PER", "ORG", "LOC", "MISC"]): Scores {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of [...types, "overall"]) counts[t] = { tp: 0, fp: 0, fn: 0 };
  for (let s = 0; s < gold.length; s++) {
    const g = spans(gold[s]).filter((x) => types.includes(x.type));
    const p = spans(pred[s]).filter((x) => types.includes(x.type));
    const key = (x: SpanTriple) => `${x.type}:${x.start}:${x.end}`;
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const x of p) {
      const hit = gs.has(key(x));
      counts[x.type][hit ? "tp" : "fp"]++;
      counts.overall[hit ? "tp" : "fp"]++;
    }
    for (const x of g) {
      if (!ps.has(key(x))) {
        counts[x.type].fn++;
        counts.overall.fn++;
      }
    }
  }
  const out: Scores = {};
  for (const [t, c] of Object.entries(counts)) {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    out[t] = { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  return out;
}

export function formatScores(name: string, s: Scores): string {
  const rows = Object.entries(s).map(
    ([t, x]) => `  ${t.padEnd(8)} P ${(x.p * 100).toFixed(2).padStart(6)}  R ${(x.r * 100).toFixed(2).padStart(6)}  F1 ${(x.f1 * 100).toFixed(2).padStart(6)}`,
  );
  return `${name}\n${rows.join("\n")}`;
}

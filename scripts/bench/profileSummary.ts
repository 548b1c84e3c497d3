/**
 * Self and total time per function of a V8 .cpuprofile (node --cpu-prof), the heaviest first:
 *   npx tsx scripts/bench/profileSummary.ts FILE.cpuprofile [--top N] [--under NAME]
 * `--under analyze` counts only the time spent inside functions of that name (the loading of the texts aside).
 */
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}

const file = process.argv[2];
const at = process.argv.indexOf("--top");
const top = at >= 0 ? Number(process.argv[at + 1]) : 60;
const prof = JSON.parse(readFileSync(file, "utf8")) as { nodes: Node[] };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const key = (n: Node) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
// Total time: a function's hits and its descendants', each function counted once per stack (recursion).
function walk(n: Node, onStack: Set<string>): number {
  let sum = n.hitCount;
  const k = key(n);
  const first = !onStack.has(k);
  if (first) onStack.add(k);
  for (const c of n.children ?? []) sum += walk(byId.get(c)!, onStack);
  if (first) {
    onStack.delete(k);
    total.set(k, (total.get(k) ?? 0) + sum);
  }
  self.set(k, (self.get(k) ?? 0) + n.hitCount);
  all += n.hitCount;
  return sum;
}
const underAt = process.argv.indexOf("--under");
const under = underAt >= 0 ? process.argv[underAt + 1] : "";
// The outermost calls of the function named by --under (or the root).
function roots(n: Node): Node[] {
  if (!under || n.callFrame.functionName === under) return [n];
  return (n.children ?? []).flatMap((c) => roots(byId.get(c)!));
}
for (const r of roots(prof.nodes[0])) walk(r, new Set());
const pct = (x: number) => ((100 * x) / all).toFixed(1).padStart(5);
console.log("self%  total%  function");
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${pct(total.get(k) ?? 0)}  ${k}`);
console.log("\nby total:");
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${pct(self.get(k) ?? 0)}  ${k}`);

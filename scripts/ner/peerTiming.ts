/**
 * How long compromise takes to list people, organizations and places in some texts: the peer that the entity
 * scripts (speed.ts, eval-dev.ts) report our throughput against. Median of `runs` timed passes, in ms.
 */
import nlp from "compromise";

export function compromiseEntityMs(texts: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const a = performance.now();
    for (const t of texts) {
      const d = nlp(t);
      d.people().out("array");
      d.organizations().out("array");
      d.places().out("array");
    }
    times.push(performance.now() - a);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

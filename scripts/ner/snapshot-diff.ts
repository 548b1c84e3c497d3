/**
 * What a rule change does to the lists: the entities (type and name) that two snapshots of scripts/ner/snapshot.ts
 * list differently, text by text.
 *   npx tsx scripts/ner/snapshot-diff.ts out/ents-before.json out/ents-after.json
 */
import fs from "node:fs";

interface Listed { type: string; name: string; mentions: unknown[] }
const [a, b] = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, "utf8")) as Record<string, Listed[]>);
let changed = 0;
for (const name of Object.keys(a)) {
  const key = (e: Listed) => `${e.type} ${e.name} ×${e.mentions.length}`;
  const before = new Set((a[name] ?? []).map(key));
  const after = new Set((b[name] ?? []).map(key));
  const gone = [...before].filter((k) => !after.has(k));
  const added = [...after].filter((k) => !before.has(k));
  if (!gone.length && !added.length) continue;
  changed++;
  console.log(name);
  for (const k of gone) console.log(`  - ${k}`);
  for (const k of added) console.log(`  + ${k}`);
}
console.log(`${changed} of ${Object.keys(a).length} texts list differently`);

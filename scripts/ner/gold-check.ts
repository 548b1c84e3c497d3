/**
 * Entity recall/precision of the entity pass against ../shared/gold (seed and corpus files), with the gold
 * README's matching rule: same type, predicted name equal to or containing the gold name or an alias;
 * countries by ISO code; optional entries neither required nor false alarms.
 *   npx tsx scripts/ner/gold-check.ts [--verbose]
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildDoc } from "../../src/analysis/text/sentences";
import { findEntities } from "../../src/analysis/entities";
import type { Entity } from "../../src/analysis/types";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shared = path.resolve(repoRoot, "../shared");
const verbose = process.argv.includes("--verbose");

interface GoldEntity {
  name: string;
  aliases?: string[];
  optional?: boolean;
  code?: string;
}

function textFor(doc: string): string {
  if (doc.startsWith("seed/")) return fs.readFileSync(path.join(shared, doc), "utf8");
  const name = doc.replace("corpus/pages/", "corpus-") + ".txt";
  return fs.readFileSync(path.join(shared, "gold/text", name), "utf8");
}

const matches = (e: Entity, g: GoldEntity): boolean => {
  if (e.type === "country") return e.code === g.code;
  const n = e.name.toLowerCase();
  return [g.name, ...(g.aliases ?? [])].some((a) => n === a.toLowerCase() || n.includes(a.toLowerCase()));
};

if (!fs.existsSync(path.join(shared, "gold"))) {
  console.log(`gold-check: no gold annotations at ${shared}/gold; nothing to check.`);
  process.exit(0);
}
const totals: Record<string, { found: number; required: number; fp: number; predicted: number }> = {};
for (const file of fs.readdirSync(path.join(shared, "gold")).filter((f) => f.endsWith(".json")).sort()) {
  const gold = JSON.parse(fs.readFileSync(path.join(shared, "gold", file), "utf8"));
  const entities = findEntities(buildDoc(textFor(gold.doc)));
  const kinds: [string, Entity["type"]][] = [["people", "person"], ["organizations", "organization"], ["countries", "country"]];
  const lines: string[] = [];
  for (const [key, type] of kinds) {
    const g: GoldEntity[] = gold[key] ?? [];
    const pred = entities.filter((e) => e.type === type);
    const t = (totals[type] ??= { found: 0, required: 0, fp: 0, predicted: 0 });
    for (const x of g.filter((x) => !x.optional)) {
      t.required++;
      if (pred.some((e) => matches(e, x))) t.found++;
      else lines.push(`  miss ${type}: ${x.name}`);
    }
    for (const e of pred) {
      t.predicted++;
      if (!g.some((x) => matches(e, x))) {
        t.fp++;
        lines.push(`  false ${type}: ${e.name}${e.code ? " " + e.code : ""}`);
      }
    }
  }
  console.log(`${file}${verbose ? "\n" + lines.join("\n") : ""}`);
}
for (const [type, t] of Object.entries(totals)) {
  console.log(
    `${type.padEnd(13)} recall ${t.found}/${t.required} = ${((100 * t.found) / Math.max(1, t.required)).toFixed(1)}%  precision ${t.predicted - t.fp}/${t.predicted} = ${((100 * (t.predicted - t.fp)) / Math.max(1, t.predicted)).toFixed(1)}%`,
  );
}

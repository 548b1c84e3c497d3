/**
 * Run in a fresh process by the bench: how long the entity model takes to become usable from nothing.
 * Prints one JSON line: importMs (loading the tagger and model modules), loadMs (decoding the model),
 * firstTagMs (the first sentence tagged).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = process.argv[2];
const t0 = performance.now();
const mod = (await import(pathToFileURL(path.join(root, "src/analysis/entities/tagger.ts")).href)) as {
  loadModel: () => unknown;
  tagWords: (model: unknown, words: string[]) => string[];
};
const t1 = performance.now();
const model = mod.loadModel();
const t2 = performance.now();
mod.tagWords(model, ["Ilse", "Varga", "sailed", "to", "Oslo", "."]);
const t3 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, firstTagMs: t3 - t2 }));

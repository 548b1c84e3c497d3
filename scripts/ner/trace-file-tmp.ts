import fs from "node:fs";
import { execFileSync } from "node:child_process";
const [f, w] = process.argv.slice(2);
const t = fs.readFileSync(f, "utf8");
console.log(execFileSync("npx", ["tsx", "scripts/ner/trace.ts", t, w], { encoding: "utf8", maxBuffer: 1e8 }).split("\n").map((l) => l.slice(0, 600)).join("\n"));

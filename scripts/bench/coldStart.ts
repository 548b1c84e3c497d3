/**
 * Cold start: the model's load time measured in fresh Node processes (nothing cached in memory), median of
 * several. The import time includes compiling the model module; tsx's transform cache is warmed by the
 * first, unmeasured, process so TypeScript compilation does not count.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../eval/paths";
import { median } from "./timing";

const run = promisify(execFile);

export interface ColdStart {
  available: boolean;
  reason?: string;
  importMs?: number;
  loadMs?: number;
  firstTagMs?: number;
  processes?: number;
}

export async function measureColdStart(processes: number): Promise<ColdStart> {
  if (!existsSync(path.join(repoRoot, "src/analysis/entities/tagger.ts"))) {
    return { available: false, reason: "src/analysis/entities/tagger.ts does not exist yet" };
  }
  const child = path.join(repoRoot, "scripts/bench/coldStartChild.ts");
  const samples: { importMs: number; loadMs: number; firstTagMs: number }[] = [];
  try {
    for (let i = 0; i <= processes; i++) {
      const { stdout } = await run(process.execPath, ["--import", "tsx", child, repoRoot], {
        cwd: repoRoot,
        timeout: 60_000,
      });
      if (i > 0) samples.push(JSON.parse(stdout.trim().split("\n").pop() ?? "{}"));
    }
  } catch (err) {
    const msg = (err as { stderr?: string }).stderr?.trim().split("\n").slice(-1)[0] ?? (err as Error).message;
    return { available: false, reason: `loading the model failed: ${msg}` };
  }
  return {
    available: true,
    importMs: median(samples.map((s) => s.importMs)),
    loadMs: median(samples.map((s) => s.loadMs)),
    firstTagMs: median(samples.map((s) => s.firstTagMs)),
    processes,
  };
}

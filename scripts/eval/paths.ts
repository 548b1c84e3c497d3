import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: two levels above this file (scripts/eval/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Shared, read-only material lives beside the repo and is never copied into it.
 * NEWS_LENS_SHARED lets CI point elsewhere without editing code.
 */
export const sharedDir = path.resolve(repoRoot, process.env.NEWS_LENS_SHARED ?? "../shared");

export function sharedPath(...parts: string[]): string {
  return path.join(sharedDir, ...parts);
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

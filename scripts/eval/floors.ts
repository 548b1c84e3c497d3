/**
 * Floors: the figures CI enforces, in one small file (scripts/eval/floors.json, `figure key → minimum`).
 * They start at what is really achieved and only go up; `npm run eval -- --print-floors` prints the
 * current figures in the same format so raising them is a copy-paste.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./paths";

export const FLOORS_FILE = path.join(repoRoot, "scripts/eval/floors.json");

export type Floors = Record<string, number>;

export function readFloors(file = FLOORS_FILE): Floors {
  if (!existsSync(file)) throw new Error(`floors file ${path.relative(repoRoot, file)} not found`);
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const floors: Floors = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("$")) continue; // "$comment" and similar
    if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
      throw new Error(`floor ${key} in ${path.relative(repoRoot, file)} must be a number between 0 and 1`);
    }
    floors[key] = value;
  }
  return floors;
}

export interface FloorCheck {
  failures: string[];
  /** Floors that could not be checked because their data is absent (../shared missing). */
  skipped: string[];
  passed: number;
}

/**
 * Compares figures with floors. A figure that is absent because its section was skipped for lack of
 * shared data is reported, not failed; a figure absent for any other reason (an engine that no longer
 * loads) fails, since that is exactly the regression floors exist to catch.
 */
export function checkFloors(
  floors: Floors,
  figures: Record<string, number>,
  skippedPrefixes: readonly string[],
): FloorCheck {
  const check: FloorCheck = { failures: [], skipped: [], passed: 0 };
  for (const [key, floor] of Object.entries(floors)) {
    const value = figures[key];
    if (value === undefined) {
      if (skippedPrefixes.some((p) => key.startsWith(p))) check.skipped.push(key);
      else check.failures.push(`${key} was not measured (floor ${floor})`);
    } else if (value + 1e-9 < floor) {
      check.failures.push(`${key} = ${value.toFixed(3)} is below its floor ${floor}`);
    } else check.passed++;
  }
  return check;
}

/** Current figures as a floors file: rounded down to 3 decimals so the same run passes its own floors. */
export function floorsText(figures: Record<string, number>, keys: readonly string[]): string {
  const out: Record<string, string | number> = {
    $comment:
      "Minimum figures npm run eval enforces (CI). Only raise them; a commit that lowers one says why. Raise with: npm run eval -- --raise-floors (or --print-floors to see the achieved figures)",
  };
  for (const key of keys) if (figures[key] !== undefined) out[key] = Math.floor(figures[key] * 1000) / 1000;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * Raises floors to the achieved figures, never lowering one (a lowered floor is a decision a person makes
 * and explains in the commit message). Returns the keys that went up.
 */
export function raiseFloors(
  current: Floors,
  figures: Record<string, number>,
  keys: readonly string[],
  file = FLOORS_FILE,
): string[] {
  const raised: string[] = [];
  const next: Record<string, number> = { ...current };
  for (const key of keys) {
    if (figures[key] === undefined) continue;
    const achieved = Math.floor(figures[key] * 1000) / 1000;
    if (next[key] === undefined || achieved > next[key]) {
      next[key] = achieved;
      raised.push(key);
    }
  }
  const ordered: Record<string, number> = {};
  for (const key of [...keys, ...Object.keys(next)]) if (next[key] !== undefined) ordered[key] = next[key];
  const text = floorsText(ordered, Object.keys(ordered));
  writeFileSync(file, text);
  return raised;
}

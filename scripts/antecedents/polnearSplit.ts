/**
 * The PolNeAR train articles the study scripts read: the tune part (every article but each fourth from the third),
 * or with `--held-out` that quarter, whose totals alone are printed. PolNeAR has no licence: it is read to study
 * and measure, never to fit anything that ships.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readTwoApostropheQuotes } from "../eval/conventions";
import type { GoldFile } from "../eval/gold";
import { sharedPath } from "../eval/paths";

export interface PolnearSplit {
  dir: string;
  names: string[];
  heldOut: boolean;
  /** Whether per-article details may be printed (never for the held-out quarter). */
  show: boolean;
}

/** The split the command line asks for, or null (with a message) when ../shared has no PolNeAR train. */
export function polnearTrainSplit(argv: readonly string[]): PolnearSplit | null {
  const heldOut = argv.includes("--held-out");
  const dir = sharedPath("data", "polnear", "train");
  if (!existsSync(dir)) {
    console.log(`${dir} not found`);
    return null;
  }
  const names = readdirSync(dir)
    .sort()
    .filter((_, i) => (i % 4 === 2) === heldOut);
  return { dir, names, heldOut, show: argv.includes("--show") && !heldOut };
}

/** One article of the split: its gold (its ''…'' quotes read as quotes) and its text, or null when a file is missing. */
export function readPolnearArticle(split: PolnearSplit, name: string): { gold: GoldFile; text: string } | null {
  const goldFile = path.join(split.dir, name, "gold.json");
  const textFile = path.join(split.dir, name, "article.txt");
  if (!existsSync(goldFile) || !existsSync(textFile)) return null;
  return { gold: readTwoApostropheQuotes(JSON.parse(readFileSync(goldFile, "utf8")) as GoldFile), text: readFileSync(textFile, "utf8") };
}

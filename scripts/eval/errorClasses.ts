/**
 * `npm run eval -- --errors`: what went wrong, grouped by the six kinds of mistake issue #12 names, so a
 * change can be aimed at a pattern that recurs across articles rather than at one sentence.
 */
import type { Finding } from "./analysisScore";
import { speakerFragment } from "./fragments";

export const ERROR_CLASSES = [
  "1 direct quote missed",
  "2 reported speech missed",
  "3 speaker is a fragment",
  "4 named speaker not resolved",
  "5 wrong person or organization",
  "6 false quote",
] as const;

export type ErrorClass = (typeof ERROR_CLASSES)[number];

/** The class of one quote finding ("all" and "attribution" findings; "direct" ones repeat "all"). */
export function classify(f: Finding): ErrorClass | null {
  if (f.metric === "all" && f.kind === "miss") return f.gold?.kind === "direct" ? ERROR_CLASSES[0] : ERROR_CLASSES[1];
  if (f.metric === "all" && f.kind === "false alarm") return ERROR_CLASSES[5];
  if (f.metric !== "attribution" || !f.pred || !f.gold) return null;
  if (speakerFragment(f.pred)) return ERROR_CLASSES[2];
  // Gold names someone, we named no one: a description ("the company"), a pronoun or nothing was left unresolved.
  if (f.gold.speakerType !== "anonymous" && !f.pred.speaker.name) return ERROR_CLASSES[3];
  return ERROR_CLASSES[4];
}

export interface ClassifiedError {
  doc: string;
  detail: string;
}

/** Findings grouped by class, documents in order; findings of no class (entities) are left out. */
export function groupErrors(findingsByDoc: Record<string, Finding[]>): Map<ErrorClass, ClassifiedError[]> {
  const groups = new Map<ErrorClass, ClassifiedError[]>(ERROR_CLASSES.map((c) => [c, []]));
  for (const [doc, findings] of Object.entries(findingsByDoc)) {
    for (const f of findings) {
      const c = classify(f);
      if (c) groups.get(c)!.push({ doc, detail: f.detail });
    }
  }
  return groups;
}

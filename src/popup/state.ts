import type { Analysis } from "../analysis/types";
import type { ArticleSnapshot } from "../shared/messages";

/** Every screen the popup can show. Each has its own design; none is a blank panel. */
export type PopupState =
  | { kind: "loading"; step: "connecting" | "reading" | "analyzing" }
  | { kind: "restricted"; message: string }
  | { kind: "no-article"; message: string; selectionHint?: string }
  | { kind: "error"; message: string; details: string }
  | { kind: "result"; article: ArticleSnapshot; analysis: Analysis; fromCache: boolean };

export interface ExportFeedback {
  format: "json" | "markdown";
  ok: boolean;
}

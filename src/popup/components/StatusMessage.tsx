import type { ComponentChildren } from "preact";

interface Props {
  tone: "info" | "warning" | "error";
  title: string;
  children?: ComponentChildren;
  /** Compact notes sit inside the result; full messages take the popup's body. */
  compact?: boolean;
}

const ICONS: Record<Props["tone"], string> = { info: "i", warning: "!", error: "×" };

export function StatusMessage({ tone, title, children, compact }: Props) {
  return (
    <div
      class={`status status-${tone}${compact ? " compact" : ""}`}
      data-testid="status-message"
      data-tone={tone}
      role={tone === "error" ? "alert" : "status"}
    >
      <span class="status-icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <div class="status-body">
        <p class="status-title">{title}</p>
        {children}
      </div>
    </div>
  );
}

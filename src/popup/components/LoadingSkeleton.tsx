const STEPS = {
  connecting: "Connecting to the page…",
  reading: "Reading the article…",
  analyzing: "Finding quotes, people and places…",
} as const;

/** Placeholders shaped like the result, so the popup never flashes blank and nothing jumps when it lands. */
export function LoadingSkeleton({ step }: { step: keyof typeof STEPS }) {
  return (
    <div class="skeleton" aria-busy="true">
      <p class="sr-only" role="status">
        {STEPS[step]}
      </p>
      <div class="header">
        <div class="bone bone-title" />
        <div class="bone bone-title short" />
        <div class="bone bone-meta" />
        <div class="stats">
          {[0, 1, 2, 3, 4].map((i) => (
            <div key={i} class="stat bone-stat" />
          ))}
        </div>
      </div>
      <p class="skeleton-step" aria-hidden="true">
        {STEPS[step]}
      </p>
      {[0, 1, 2].map((i) => (
        <div key={i} class="bone-group">
          <div class="bone bone-speaker" />
          <div class="bone bone-line" />
          <div class="bone bone-line" />
          <div class="bone bone-line short" />
        </div>
      ))}
    </div>
  );
}

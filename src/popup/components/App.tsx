import { useLayoutEffect, useReducer, useRef } from "preact/hooks";
import type { PopupController } from "../controller";
import { LoadingSkeleton } from "./LoadingSkeleton";
import { ResultView } from "./ResultView";
import { StatusMessage } from "./StatusMessage";

export function App({ controller }: { controller: PopupController }) {
  const [, rerender] = useReducer((n: number, _: void) => n + 1, 0);
  const update = () => rerender();
  const state = controller.state;
  const rendered = useRef(state);
  rendered.current = state;
  useLayoutEffect(() => {
    const unsubscribe = controller.subscribe(update);
    // The flow may have moved on between the first render and this subscription. (Rendering again when it has
    // not would lay out a reopened result twice before its first paint.)
    if (controller.state !== rendered.current) update();
    return unsubscribe;
  }, [controller]);

  return (
    <div class="popup" data-state={state.kind}>
      {state.kind === "loading" && <LoadingSkeleton step={state.step} />}

      {state.kind === "restricted" && (
        <div class="full-status">
          <Brand />
          <StatusMessage tone="warning" title="The lens can't read this page">
            <p>{state.message}</p>
          </StatusMessage>
        </div>
      )}

      {state.kind === "no-article" && (
        <div class="full-status">
          <Brand />
          <StatusMessage tone="info" title="No article found">
            <p>{state.message}</p>
            {state.selectionHint && <p class="muted">{state.selectionHint}</p>}
          </StatusMessage>
          <button type="button" class="primary" data-testid="analyze-selection" onClick={() => void controller.analyzeSelection()}>
            Analyze selection
          </button>
        </div>
      )}

      {state.kind === "error" && (
        <div class="full-status">
          <Brand />
          <StatusMessage tone="error" title={state.message}>
            <details class="details">
              <summary>Details</summary>
              <pre>{state.details}</pre>
            </details>
          </StatusMessage>
          <button type="button" class="primary" onClick={() => void controller.retry()}>
            Try again
          </button>
        </div>
      )}

      {state.kind === "result" && (
        <ResultView
          article={state.article}
          analysis={controller.visibleAnalysis(state.analysis)}
          colors={controller.speakerColors}
          highlights={controller.highlights}
          indirectHidden={!controller.settings.showIndirect && state.analysis.quotes.some((q) => q.kind === "indirect")}
          feedback={controller.exportFeedback}
          missed={controller.highlightMissed}
          focus={controller.focus}
          onFocus={(filter) => void controller.setFocus(filter)}
          onHighlights={(on) => void controller.setHighlights(on)}
          onReveal={(start, end) => void controller.reveal(start, end)}
          onExport={(format) => void controller.exportAs(format)}
          onOptions={() => controller.openOptions()}
          deferLists
        />
      )}

      <footer class="footer">
        <span class="muted">Runs entirely in your browser.</span>
        {state.kind === "result" && (
          <button
            type="button"
            class="link"
            title="Select the story's text on the page first"
            onClick={() => void controller.analyzeSelection()}
          >
            Analyze selection
          </button>
        )}
        <button type="button" class="link" data-testid="open-history" onClick={() => controller.openHistory()}>
          My sources
        </button>
        <button type="button" class="link" onClick={() => controller.openOptions()}>
          Options
        </button>
      </footer>
    </div>
  );
}

function Brand() {
  return (
    <p class="brand" aria-hidden="true">
      News Lens
    </p>
  );
}

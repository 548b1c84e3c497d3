/** The content script runs inside someone else's page: it reports its own problems quietly, under its own name. */
const PREFIX = "[news-lens]";

export function logProblem(context: string, error: unknown): void {
  try {
    console.warn(PREFIX, context, error instanceof Error ? error.message : error);
  } catch {
    // A page that replaced console must not make us throw.
  }
}

/** Runs `fn`, never letting an exception escape into the page's event loop. */
export function guarded<A extends unknown[]>(context: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      logProblem(context, error);
    }
  };
}

/**
 * One read of the page as an exchange with the popup: the read runs in the page in slices and, when it needs
 * Readability, sends the popup a snapshot and waits for the verdict, possibly more than once (a page that
 * changed under the read is read again). The popup drives it: each of its messages gets the read's next
 * step as the answer, either a snapshot to judge or the read's end.
 */
import type { ReadabilityVerdict } from "../page/readability-verdict";
import type { ReadResult } from "../page/types";

export type ReadOutcome = ReadResult | { error: string; message: string };

/** Hands the page snapshot to the extension for Readability's verdict (see ../page/snapshot). */
export type AskVerdict = (html: string) => Promise<ReadabilityVerdict | null>;

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

type NextStep = { snapshot: string } | { result: ReadOutcome };

export class Conversation {
  /** The snapshot waiting for a verdict; "" when none is. */
  snapshot = "";
  private asked = deferred<string>();
  private answer: ((verdict: ReadabilityVerdict | null) => void) | null = null;
  private readonly done: Promise<ReadOutcome>;

  constructor(
    readonly id: number,
    run: (ask: AskVerdict) => ReadOutcome | Promise<ReadOutcome>,
  ) {
    this.done = Promise.resolve().then(() => run((html) => this.ask(html)));
  }

  get waiting(): boolean {
    return this.answer !== null;
  }

  /** The read's next step: a snapshot for the popup to judge, or its end. Rejects when the read failed. */
  async next(): Promise<NextStep> {
    return Promise.race([this.done.then((result) => ({ result })), this.asked.promise.then((snapshot) => ({ snapshot }))]);
  }

  /** Answers the question the read is waiting on; false when it is waiting on none. */
  answerWith(verdict: ReadabilityVerdict | null): boolean {
    const answer = this.answer;
    if (!answer) return false;
    this.answer = null;
    this.snapshot = "";
    answer(verdict);
    return true;
  }

  private ask(html: string): Promise<ReadabilityVerdict | null> {
    return new Promise((resolve) => {
      this.snapshot = html;
      this.answer = resolve;
      const asked = this.asked;
      this.asked = deferred<string>();
      asked.resolve(html);
    });
  }
}

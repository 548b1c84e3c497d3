/** The popup's side of the analysis worker: shared where the browser has shared workers, replies matched by id. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAnalyzer, type ReadyTimes } from "../../src/worker/client";
import { WORKER_NAME, type FromWorker, type ToWorker } from "../../src/shared/messages";
import { sampleAnalysis } from "../shared/sample-analysis";

type Listener = (event: MessageEvent<FromWorker>) => void;

class FakeSharedWorker extends EventTarget {
  static made: FakeSharedWorker[] = [];
  readonly sent: ToWorker[] = [];
  closed = false;
  private listeners = new Set<Listener>();
  readonly port = {
    start: () => undefined,
    close: () => void (this.closed = true),
    postMessage: (message: ToWorker) => void this.sent.push(message),
    addEventListener: (_type: string, listener: Listener) => void this.listeners.add(listener),
    removeEventListener: (_type: string, listener: Listener) => void this.listeners.delete(listener),
  };
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeSharedWorker.made.push(this);
  }
  reply(message: FromWorker): void {
    for (const listener of [...this.listeners]) listener({ data: message } as MessageEvent<FromWorker>);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeSharedWorker.made = [];
});

describe("the analysis worker's client", () => {
  it("connects once to the shared worker, by its name, and matches replies to requests by id", async () => {
    vi.stubGlobal("SharedWorker", FakeSharedWorker);
    const analyzer = createAnalyzer();
    analyzer.prepare();
    analyzer.prepare();
    expect(FakeSharedWorker.made).toHaveLength(1);
    const worker = FakeSharedWorker.made[0];
    expect(worker.options).toMatchObject({ type: "module", name: WORKER_NAME });
    expect(worker.url.pathname).toMatch(/analysis\.worker\.ts$/);

    const first = analyzer.analyze({ title: "", text: "one" });
    const second = analyzer.analyze({ title: "", text: "two" });
    const [a, b] = worker.sent as { id: number }[];
    const analysis = sampleAnalysis();
    worker.reply({ id: b.id, ok: false, message: "no" });
    worker.reply({ id: a.id, ok: true, analysis });
    await expect(first).resolves.toBe(analysis);
    await expect(second).rejects.toThrow("no");
    // A failed request drops the connection (the page's port only: a shared worker lives on for the others).
    expect(worker.closed).toBe(true);
  });

  it("says the worker is ready for this page once both its models and this connection were there", () => {
    vi.stubGlobal("SharedWorker", FakeSharedWorker);
    const heard: ReadyTimes[] = [];
    createAnalyzer((times) => heard.push(times)).prepare();
    const origin = performance.timeOrigin;
    FakeSharedWorker.made[0].reply({ ready: true, startedAt: origin - 5000, modulesAt: origin - 4900, bytesAt: origin - 4890, at: origin - 4800, connectedAt: origin + 40, warm: true });
    expect(heard).toHaveLength(1);
    expect(heard[0].warm).toBe(true);
    expect(heard[0].at).toBeCloseTo(40, 5);
    expect(heard[0].startedAt).toBeCloseTo(-5000, 5);
  });

  it("asks for the quotes' spans early only when told where to send them, and hands them on before the analysis", async () => {
    vi.stubGlobal("SharedWorker", FakeSharedWorker);
    const analyzer = createAnalyzer();
    const heard: number[][] = [];
    const plain = analyzer.analyze({ title: "", text: "one" });
    const stepped = analyzer.analyze({ title: "", text: "two" }, (spans) => heard.push(spans));
    const worker = FakeSharedWorker.made[0];
    const [a, b] = worker.sent as { id: number; early?: boolean }[];
    expect(a.early).toBeUndefined();
    expect(b.early).toBe(true);
    const analysis = sampleAnalysis();
    worker.reply({ id: b.id, early: true, quotes: [0, 3, 0] });
    expect(heard).toEqual([[0, 3, 0]]);
    worker.reply({ id: a.id, ok: true, analysis });
    worker.reply({ id: b.id, ok: true, analysis });
    await expect(plain).resolves.toBe(analysis);
    await expect(stepped).resolves.toBe(analysis);
  });
});

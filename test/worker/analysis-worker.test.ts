/**
 * The analysis worker as a shared worker: each page that connects gets the ready message (warm once the models
 * were decoded before it connected) and its own replies; the models come from the packed asset it fetches itself.
 */
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { analyze } from "../../src/analysis";
import type { AnalysisReply, FromWorker, ToWorker, WorkerReady } from "../../src/shared/messages";
import { MODEL_URL } from "../../src/shared/messages";
import { packCommittedModels } from "../../scripts/build/modelAsset";

class FakePort {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null = null;
  received: FromWorker[] = [];
  postMessage(message: FromWorker): void {
    this.received.push(message);
  }
  send(message: ToWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<ToWorker>);
  }
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done()).toBe(true);
};

let asset: Uint8Array;
beforeAll(() => {
  asset = packCommittedModels(path.resolve(__dirname, "../.."));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function startSharedWorker(fetchImpl: typeof fetch) {
  const scope: { onconnect: ((event: MessageEvent) => void) | null } = { onconnect: null };
  vi.stubGlobal("self", scope);
  vi.stubGlobal("fetch", fetchImpl);
  await import("../../src/worker/analysis.worker");
  const connect = () => {
    const port = new FakePort();
    scope.onconnect?.({ ports: [port] } as unknown as MessageEvent);
    return port;
  };
  return connect;
}

describe("the shared analysis worker", () => {
  it("reads its models itself, answers each page on its own port, and tells a late page it found them warm", async () => {
    const fetched: string[] = [];
    const connect = await startSharedWorker((async (url: string) => {
      fetched.push(url);
      return new Response(asset.slice());
    }) as unknown as typeof fetch);
    const holder = connect();
    await until(() => holder.received.some((m) => "ready" in m));
    expect(fetched).toEqual([MODEL_URL]);
    expect((holder.received[0] as WorkerReady).warm).toBe(false);

    const popup = connect();
    const text = "“We will sail on Monday,” said Ilse Varga of the Harbour Authority.";
    popup.send({ id: 7, input: { title: "", text } });
    await until(() => popup.received.some((m) => "id" in m));
    const ready = popup.received.find((m): m is WorkerReady => "ready" in m)!;
    expect(ready.warm).toBe(true);
    expect(ready.connectedAt).toBeGreaterThanOrEqual(ready.at);
    const reply = popup.received.find((m): m is AnalysisReply => "id" in m)!;
    expect(reply).toEqual({ id: 7, ok: true, analysis: analyze({ title: "", text }) });
    // Nothing of the popup's reached the holder's port.
    expect(holder.received.some((m) => "id" in m)).toBe(false);
    // A warm-up asked for by the holder changes nothing a page sees.
    holder.send({ warmUp: true });
    popup.send({ id: 8, input: { title: "", text } });
    await until(() => popup.received.some((m) => "id" in m && m.id === 8));
    expect(popup.received.find((m) => "id" in m && m.id === 8)).toEqual({ ...reply, id: 8 });
  });

  it("fails every request with a message when its models cannot be read", async () => {
    const connect = await startSharedWorker((async () => new Response("", { status: 404 })) as unknown as typeof fetch);
    const popup = connect();
    popup.send({ id: 1, input: { title: "", text: "Hello." } });
    await until(() => popup.received.some((m) => "id" in m));
    expect(popup.received.find((m) => "id" in m)).toEqual({ id: 1, ok: false, message: "The lens could not load its models: HTTP 404" });
  });
});

/** `storage.local` in memory, as the history uses it; `data` is what is stored, for tests to inspect or spoil. */
import type { LocalArea } from "../../src/history/store";

export function memoryLocal(initial: Record<string, unknown> = {}): LocalArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys) {
      const wanted = keys === null ? Object.keys(data) : typeof keys === "string" ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
    async remove(keys) {
      for (const k of typeof keys === "string" ? [keys] : keys) delete data[k];
    },
  };
}

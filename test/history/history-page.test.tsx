// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { HistoryPage } from "../../src/history/HistoryPage";
import { historyKey } from "../../src/history/store";
import { SETTINGS_KEY, type SyncArea } from "../../src/shared/settings";
import { memoryLocal } from "./memory-area";
import { NOW, threeReads } from "./reads";

afterEach(cleanup);

const q = (id: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
const text = (id: string) => q(id)[0]?.textContent ?? "";

function open(extra: Record<string, unknown> = {}, keepHistory = true) {
  const local = memoryLocal({ ...Object.fromEntries(threeReads().map((e) => [historyKey(e.url), e])), ...extra });
  const sync: SyncArea = { get: async () => ({ [SETTINGS_KEY]: { keepHistory } }), set: async () => {} };
  const downloads: Array<[string, string]> = [];
  render(<HistoryPage local={local} sync={sync} now={() => NOW} download={(n, t) => void downloads.push([n, t])} openOptions={() => {}} />);
  return { local, downloads };
}

describe("the My sources page", () => {
  it("shows the last 30 days by default: articles, anonymous share, voices, names and outlets", async () => {
    open();
    await waitFor(() => expect(text("history-articles")).toBe("3"));
    expect(text("history-quotes")).toBe("11");
    expect(text("history-anonymous")).toBe("27 %");
    expect(q("period-30d")[0].getAttribute("aria-pressed")).toBe("true");
    expect(q("history-voice").map((v) => v.dataset.name)).toEqual(["Ingrid Halvorsen", "Tomas Reyes", "Fishermen's Cooperative", "Lena Berg"]);
    expect(q("history-voice")[0].textContent).toContain("2 articles · 3 quotes");
    expect(q("history-org")[0].dataset.name).toBe("Coastal Resilience Fund");
    expect(q("history-country").map((c) => c.dataset.name)).toEqual(["Norway", "France", "Denmark"]);
    expect(q("history-outlet").map((o) => [o.dataset.outlet, within(o).getByTestId("outlet-anonymous").textContent])).toEqual([
      ["Lens Wire", "30 %"],
      ["northpost.example", "0 %"],
    ]);
    expect(screen.getByRole("img", { name: /^Lens Wire: Named people 5 \(50 %\), Organizations 1/ })).toBeTruthy();
    expect(q("history-entry")).toHaveLength(3);
  });

  it("narrows to the last 7 days and widens to all", async () => {
    open();
    await waitFor(() => expect(text("history-articles")).toBe("3"));
    fireEvent.click(q("period-7d")[0]);
    expect(text("history-articles")).toBe("1");
    expect(q("history-outlet").map((o) => o.dataset.outlet)).toEqual(["Lens Wire"]);
    fireEvent.click(q("period-all")[0]);
    expect(text("history-articles")).toBe("3");
  });

  it("skips a corrupt entry with a message and shows the rest", async () => {
    open({ "history:https://x.example/bad": { v: 1, url: "https://x.example/bad" } });
    await waitFor(() => expect(text("history-skipped")).toMatch(/One stored entry could not be read and was skipped/));
    expect(text("history-skipped")).toContain(`Skipped “https://x.example/bad”: "outlet" is not text.`);
    expect(text("history-articles")).toBe("3");
  });

  it("exports CSV, one row per article", async () => {
    const { downloads } = open();
    await waitFor(() => expect(text("history-articles")).toBe("3"));
    fireEvent.click(q("export-csv")[0]);
    expect(downloads).toHaveLength(1);
    expect(downloads[0][0]).toBe("news-lens-history.csv");
    expect(downloads[0][1].trimEnd().split("\r\n")).toHaveLength(4);
  });

  it("deletes everything after one confirmation, corrupt entries included", async () => {
    const { local } = open({ "history:https://x.example/bad": 7, settings: "not ours" });
    await waitFor(() => expect(text("history-articles")).toBe("3"));
    fireEvent.click(q("delete-history")[0]);
    expect(text("delete-history")).toBe("");
    fireEvent.click(q("confirm-delete")[0]);
    await waitFor(() => expect(text("history-notice")).toMatch(/^Deleted 4 entries\./));
    expect(local.data).toEqual({ settings: "not ours" });
    await waitFor(() => expect(text("history-articles")).toBe("0"));
    expect((q("delete-history")[0] as HTMLButtonElement).disabled).toBe(true);
  });

  it("says when the history is off", async () => {
    open({}, false);
    await waitFor(() => expect(text("history-off")).toMatch(/history is off; these are reads from before/));
  });
});

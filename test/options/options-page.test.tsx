// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { OptionsPage } from "../../src/options/OptionsPage";
import { DEFAULT_PALETTE } from "../../src/shared/palette";
import { SETTINGS_KEY, type Settings, type SyncArea } from "../../src/shared/settings";
import { historyKey } from "../../src/history/store";
import { memoryLocal } from "../history/memory-area";
import { threeReads } from "../history/reads";

afterEach(cleanup);

function memoryArea(initial?: Partial<Settings>) {
  const data: Record<string, unknown> = initial ? { [SETTINGS_KEY]: initial } : {};
  const area: SyncArea = {
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
  return { area, stored: () => data[SETTINGS_KEY] as Settings | undefined };
}

const q = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)!;

describe("options page", () => {
  it("shows the stored preferences", async () => {
    const { area } = memoryArea({ highlightOnOpen: false, showIndirect: false });
    render(<OptionsPage area={area} local={memoryLocal()} openHistory={() => {}} />);
    await waitFor(() => expect(q("highlight-on-demand")).toBeTruthy());
    expect(q<HTMLInputElement>("highlight-on-demand").checked).toBe(true);
    expect(q<HTMLInputElement>("show-indirect").checked).toBe(false);
    expect(document.querySelectorAll("[data-testid='palette-color']")).toHaveLength(DEFAULT_PALETTE.length);
  });

  it("saves each change to sync storage at once", async () => {
    const { area, stored } = memoryArea();
    render(<OptionsPage area={area} local={memoryLocal()} openHistory={() => {}} />);
    await waitFor(() => expect(q("show-indirect")).toBeTruthy());
    fireEvent.click(q("show-indirect"));
    await waitFor(() => expect(stored()?.showIndirect).toBe(false));
    fireEvent.click(q("highlight-on-demand"));
    await waitFor(() => expect(stored()?.highlightOnOpen).toBe(false));
    const [firstColor] = Array.from(document.querySelectorAll<HTMLInputElement>("[data-testid='palette-color']"));
    fireEvent.input(firstColor, { target: { value: "#123456" } });
    await waitFor(() => expect(stored()?.palette[0]).toBe("#123456"));
    await waitFor(() => expect(document.body.textContent).toContain("Saved."));
  });

  it("restores the default colours", async () => {
    const { area, stored } = memoryArea({ palette: ["#000000", "#111111"] });
    render(<OptionsPage area={area} local={memoryLocal()} openHistory={() => {}} />);
    await waitFor(() => expect(document.querySelectorAll("[data-testid='palette-color']")).toHaveLength(2));
    fireEvent.click(Array.from(document.querySelectorAll("button")).find((b) => b.textContent === "Restore default colours")!);
    await waitFor(() => expect(stored()?.palette).toEqual([...DEFAULT_PALETTE]));
  });

  describe("reading history", () => {
    const withHistory = () => {
      const local = memoryLocal({ unrelated: 1, ...Object.fromEntries(threeReads().map((e) => [historyKey(e.url), e])) });
      const opened: number[] = [];
      return { local, opened, openHistory: () => void opened.push(1) };
    };

    it("is off until turned on, and saves the choice", async () => {
      const { area, stored } = memoryArea();
      const { local, openHistory, opened } = withHistory();
      render(<OptionsPage area={area} local={local} openHistory={openHistory} />);
      await waitFor(() => expect(q("keep-history")).toBeTruthy());
      expect(q<HTMLInputElement>("keep-history").checked).toBe(false);
      fireEvent.click(q("keep-history"));
      await waitFor(() => expect(stored()?.keepHistory).toBe(true));
      expect(document.querySelector("[data-testid='delete-on-off']")).toBeNull();
      fireEvent.click(q("options-open-history"));
      expect(opened).toHaveLength(1);
    });

    it("asks whether to delete the history when it is turned off, and deletes only on yes", async () => {
      const { area, stored } = memoryArea({ keepHistory: true });
      const { local, openHistory } = withHistory();
      render(<OptionsPage area={area} local={local} openHistory={openHistory} />);
      await waitFor(() => expect(q<HTMLInputElement>("keep-history").checked).toBe(true));
      fireEvent.click(q("keep-history"));
      await waitFor(() => expect(q("delete-on-off").textContent).toContain("still holds 3 articles"));
      expect(stored()?.keepHistory).toBe(false);
      fireEvent.click(q("delete-history-too"));
      await waitFor(() => expect(q("history-note").textContent).toBe("Reading history deleted."));
      expect(local.data).toEqual({ unrelated: 1 });
    });

    it("keeps the history when the reader says so", async () => {
      const { area } = memoryArea({ keepHistory: true });
      const { local, openHistory } = withHistory();
      render(<OptionsPage area={area} local={local} openHistory={openHistory} />);
      await waitFor(() => expect(q<HTMLInputElement>("keep-history").checked).toBe(true));
      fireEvent.click(q("keep-history"));
      await waitFor(() => expect(q("delete-on-off")).toBeTruthy());
      fireEvent.click(Array.from(document.querySelectorAll("button")).find((b) => b.textContent === "Keep it")!);
      await waitFor(() => expect(document.querySelector("[data-testid='delete-on-off']")).toBeNull());
      expect(Object.keys(local.data)).toHaveLength(4);
    });
  });
});

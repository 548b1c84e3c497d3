// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/popup/components/App";
import { SourcingStrip } from "../../src/popup/components/SourcingStrip";
import { PopupController } from "../../src/popup/controller";
import { sourcingProfile } from "../../src/shared/profile";
import { sampleAnalysis } from "../shared/sample-analysis";
import { fakeDeps } from "./fake-deps";

afterEach(cleanup);

const byTestId = (id: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
const listedSpeakers = () => byTestId("speaker-group").map((g) => g.querySelector("h3")!.textContent);

async function open() {
  const fake = fakeDeps();
  const controller = new PopupController(fake.deps);
  render(<App controller={controller} />);
  await controller.start();
  return { fake, controller };
}

describe("the sourcing profile strip", () => {
  it("shows voices, one bar of kinds of source with counts, direct vs reported and the quoted share", async () => {
    await open();
    const strip = byTestId("sourcing-profile")[0];
    expect(byTestId("sourcing-summary")[0].textContent).toBe("4 voices · 7 quotes · 57 % of the words quoted");
    expect(byTestId("source-type").map((b) => [b.dataset.type, b.textContent])).toEqual([
      ["person", "4"],
      ["organization", "1"],
      ["anonymous", "1"],
      ["unattributed", "1"],
    ]);
    expect(byTestId("quote-form").map((b) => b.textContent)).toEqual(["Direct 43 %", "Reported 57 %"]);
    expect(within(strip).getByRole("group", { name: "Quotes by kind of source" })).toBeTruthy();
    // Screen readers hear what each part is and what pressing it does.
    expect(screen.getByRole("button", { name: /^Anonymous: 1 quote\. Show only these quotes\.$/ })).toBeTruthy();
  });

  it("lists the top voices by words quoted, with role and kind", async () => {
    await open();
    const voices = byTestId("top-voice");
    // The top three: enough to see who dominates, few enough to keep the quotes in view.
    expect(voices.map((v) => v.querySelector(".voice-name")!.textContent)).toEqual(["Tomas Reyes", "Ingrid Halvorsen", "Fishermen's Cooperative"]);
    expect(voices[0].textContent).toContain("Engineer");
    expect(voices[0].textContent).toContain("Person");
    expect(voices[0].querySelector(".voice-words")!.textContent).toBe("60");
    expect(voices[2].textContent).toContain("Organization");
  });

  it("filters the list and the page's highlights by a part, and clears on a second click", async () => {
    const { fake, controller } = await open();
    const anonymous = byTestId("source-type").find((b) => b.dataset.type === "anonymous")!;
    fireEvent.click(anonymous);
    await Promise.resolve();
    expect(listedSpeakers()).toEqual(["Two officials at the Ministry of Transport"]);
    expect(anonymous.getAttribute("aria-pressed")).toBe("true");
    expect(byTestId("focus-note")[0].textContent).toContain("Showing only: Anonymous");
    await expectHighlightFocus(fake, { by: "type", type: "anonymous" });
    // The header's counts are still the article's.
    expect(document.querySelector('[data-stat="quotes"] strong')!.textContent).toBe("7");

    fireEvent.click(anonymous);
    expect(controller.focus).toBeNull();
    expect(listedSpeakers()).toHaveLength(5);
    expect(anonymous.getAttribute("aria-pressed")).toBe("false");
    await expectHighlightFocus(fake, null);
  });

  it("filters by a voice and by reported speech; “Show all” clears", async () => {
    await open();
    fireEvent.click(byTestId("top-voice")[0]);
    expect(listedSpeakers()).toEqual(["Tomas Reyes"]);
    fireEvent.click(byTestId("quote-form").find((b) => b.dataset.form === "indirect")!);
    expect(byTestId("quote").every((q) => q.dataset.kind === "indirect")).toBe(true);
    expect(byTestId("quote")).toHaveLength(4);
    fireEvent.click(screen.getByRole("button", { name: "Show all" }));
    expect(byTestId("quote")).toHaveLength(7);
  });

  it("is made of native buttons, so Tab reaches every part", () => {
    render(<SourcingStrip profile={sourcingProfile(sampleAnalysis())} focus={null} onFocus={() => {}} />);
    const parts = [...byTestId("source-type"), ...byTestId("quote-form"), ...byTestId("top-voice")];
    expect(parts).toHaveLength(4 + 2 + 3);
    for (const part of parts) {
      expect(part.tagName).toBe("BUTTON");
      expect(part.getAttribute("aria-pressed")).toBe("false");
      expect(part.getAttribute("aria-label")!.length).toBeGreaterThan(10);
    }
  });

  it("is not shown for an article without quotes", () => {
    render(<SourcingStrip profile={sourcingProfile({ text: "Quiet day.", quotes: [] })} focus={null} onFocus={() => {}} />);
    expect(byTestId("sourcing-profile")).toHaveLength(0);
  });
});

/** The last highlight request the popup sent carries this focus. */
async function expectHighlightFocus(fake: ReturnType<typeof fakeDeps>, focus: unknown) {
  for (let i = 0; i < 20; i++) {
    const last = fake.sent.filter((r) => r.type === "lens:highlight").at(-1);
    if (last && "settings" in last && JSON.stringify(last.settings.focus ?? null) === JSON.stringify(focus)) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no highlight request with focus ${JSON.stringify(focus)}`);
}

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/popup/components/App";
import { PopupController } from "../../src/popup/controller";
import { sampleAnalysis, sampleArticle } from "../shared/sample-analysis";
import { fakeDeps } from "./fake-deps";

afterEach(cleanup);

async function open(page: Parameters<typeof fakeDeps>[0] = {}) {
  const fake = fakeDeps(page);
  const controller = new PopupController(fake.deps);
  const view = render(<App controller={controller} />);
  await controller.start();
  return { fake, controller, view };
}

const byTestId = (id: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));

describe("popup states", () => {
  it("shows a skeleton while it works, never a blank panel", async () => {
    const fake = fakeDeps({ analysis: new Promise(() => {}) });
    const controller = new PopupController(fake.deps);
    render(<App controller={controller} />);
    expect(document.querySelector(".skeleton[aria-busy='true']")).not.toBeNull();
    void controller.start();
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/Finding quotes/));
    expect(document.querySelectorAll(".bone-group")).toHaveLength(3);
    expect(byTestId("quote")).toHaveLength(0);
  });

  it("shows the article, its counts, quotes by speaker and the entities", async () => {
    await open();
    expect(byTestId("article-title")[0].textContent).toBe(sampleArticle().title);
    expect(byTestId("word-count")[0].textContent).toBe(String(sampleArticle().wordCount));
    expect(byTestId("paragraph-count")[0].textContent).toBe("8");
    const stat = (k: string) => document.querySelector(`[data-stat="${k}"] strong`)!.textContent;
    expect([stat("quotes"), stat("speakers"), stat("people"), stat("organizations"), stat("countries")]).toEqual(["7", "4", "2", "3", "3"]);
    expect(byTestId("quote")).toHaveLength(7);
    expect(byTestId("entity").map((e) => e.dataset.type)).toEqual([
      "person", "person", "organization", "organization", "organization", "country", "country", "country",
    ]);
    expect(byTestId("status-message")).toHaveLength(0);
    expect(screen.getByText("news.example.org")).toBeTruthy();
  });

  it("groups quotes by speaker with role, badge and count; unknown speakers last", async () => {
    await open();
    const groups = byTestId("speaker-group");
    expect(groups.map((g) => g.querySelector("h3")!.textContent)).toEqual([
      "Ingrid Halvorsen", "Tomas Reyes", "Two officials at the Ministry of Transport", "Fishermen's Cooperative", "Unknown speaker",
    ]);
    const first = within(groups[0]);
    expect(first.getByText("Mayor")).toBeTruthy();
    expect(first.getByText("Person")).toBeTruthy();
    expect(within(groups[2]).getByText("Anonymous")).toBeTruthy();
    expect(within(groups[3]).getByText("Organization")).toBeTruthy();
    const quotes = groups[0].querySelectorAll<HTMLElement>("[data-testid='quote']");
    expect(Array.from(quotes).map((q) => [q.dataset.speaker, q.dataset.kind])).toEqual([
      ["Ingrid Halvorsen", "direct"],
      ["Ingrid Halvorsen", "indirect"],
    ]);
    // Direct quotes carry quotation marks; reported speech does not.
    expect(quotes[0].querySelector(".quote-text")!.textContent).toMatch(/^“We cannot.*February”$/);
    expect(quotes[1].querySelector(".quote-text")!.textContent).toMatch(/^the council/);
  });

  it("collapses long quotes behind “more”", async () => {
    await open();
    const long = byTestId("quote").find((q) => q.textContent!.includes("long quotation"))!;
    expect(long.querySelector(".quote-text")!.textContent).toMatch(/…”$/);
    const more = within(long).getByRole("button", { name: "more" });
    expect(more.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(more);
    expect(long.querySelector(".quote-text")!.textContent).toMatch(/for the record”$/);
    expect(within(long).getByRole("button", { name: "less" }).getAttribute("aria-expanded")).toBe("true");
  });

  it("shows country flags with names and mention counts", async () => {
    await open();
    const france = byTestId("entity").find((e) => e.dataset.name === "France")!;
    expect(france.textContent).toContain("🇫🇷");
    expect(france.textContent).toContain("2×");
  });

  it("filters quotes, speakers and entities as you type", async () => {
    await open();
    const input = byTestId("filter-input")[0] as HTMLInputElement;
    fireEvent.input(input, { target: { value: "reyes" } });
    expect(byTestId("speaker-group").map((g) => g.querySelector("h3")!.textContent)).toEqual(["Tomas Reyes"]);
    expect(byTestId("quote")).toHaveLength(2);
    expect(byTestId("entity").map((e) => e.dataset.name)).toEqual(["Tomas Reyes"]);

    fireEvent.input(input, { target: { value: "ferry" } });
    expect(byTestId("quote").map((q) => q.dataset.speaker)).toEqual(["Two officials at the Ministry of Transport"]);

    fireEvent.input(input, { target: { value: "zzz" } });
    expect(screen.getByText(/Nothing matches/)).toBeTruthy();
    fireEvent.keyDown(input, { key: "Escape" });
    expect(byTestId("quote")).toHaveLength(7);
  });

  it("clicking a quote or stepping through an entity's mentions reveals them on the page", async () => {
    const { fake } = await open();
    fireEvent.click(byTestId("quote")[0].querySelector("button")!);
    const q = sampleAnalysis().quotes[0];
    await waitFor(() => expect(fake.sent.at(-1)).toEqual({ type: "lens:reveal", start: q.start, end: q.end }));
    const france = byTestId("entity").find((e) => e.dataset.name === "France")!;
    const next = within(france).getByRole("button", { name: /Next/ });
    const mentions = sampleAnalysis().entities.find((e) => e.name === "France")!.mentions;
    fireEvent.click(next);
    await waitFor(() => expect(fake.sent.at(-1)).toMatchObject({ start: mentions[0].start }));
    fireEvent.click(next);
    await waitFor(() => expect(fake.sent.at(-1)).toMatchObject({ start: mentions[1].start }));
    expect(france.textContent).toContain("2/2");
  });

  it("switches the page's highlights off and on", async () => {
    const { fake } = await open();
    const toggle = byTestId("highlight-toggle")[0] as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(toggle.getAttribute("role")).toBe("switch");
    fireEvent.click(toggle);
    await waitFor(() => expect(fake.sent.at(-1)).toEqual({ type: "lens:clear" }));
    expect((byTestId("highlight-toggle")[0] as HTMLInputElement).checked).toBe(false);
    fireEvent.click(byTestId("highlight-toggle")[0]);
    await waitFor(() => expect(fake.sent.at(-1)!.type).toBe("lens:highlight"));
  });

  it("exports JSON and Markdown and says so", async () => {
    const { fake } = await open();
    fireEvent.click(byTestId("export-json")[0]);
    await waitFor(() => expect(screen.getByText("Copied as JSON.")).toBeTruthy());
    expect(JSON.parse(fake.copied[0]).quotes).toHaveLength(7);
    fireEvent.click(byTestId("export-markdown")[0]);
    await waitFor(() => expect(screen.getByText("Copied as Markdown.")).toBeTruthy());
    expect(fake.copied[1]).toContain("### Ingrid Halvorsen — Mayor");
  });

  it("explains a restricted page", async () => {
    await open({ tab: { id: 1, url: "https://chromewebstore.google.com/detail/abc" } });
    const [message] = byTestId("status-message");
    expect(message.textContent).toMatch(/can't read this page/);
    expect(message.textContent).toMatch(/add-on store/);
    expect(byTestId("quote")).toHaveLength(0);
  });

  it("explains a page without an article and offers the selection", async () => {
    const { fake } = await open({ read: { ok: false, reason: "no-text", message: "This page has no readable text." } });
    expect(byTestId("status-message")[0].textContent).toMatch(/No article found.*no readable text/);
    fake.state.read = { ok: true, article: sampleArticle({ source: "selection" }) };
    fireEvent.click(byTestId("analyze-selection")[0]);
    await waitFor(() => expect(byTestId("quote")).toHaveLength(7));
    expect(byTestId("source-note")[0].textContent).toMatch(/text you selected/);
  });

  it("shows an error in plain words with the details on demand", async () => {
    await open({ tab: { id: 3 }, injectError: new Error("Frame with ID 0 was removed.") });
    const [message] = byTestId("status-message");
    expect(message.getAttribute("role")).toBe("alert");
    expect(message.querySelector(".status-title")!.textContent).toMatch(/could not connect/);
    const details = message.querySelector("details")!;
    expect(details.open).toBe(false);
    expect(details.querySelector("pre")!.textContent).toBe("Frame with ID 0 was removed.");
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("notes a page that is not in English, above the result", async () => {
    await open({ read: { ok: true, article: sampleArticle({ lang: "fr" }) } });
    expect(byTestId("status-message")[0].textContent).toMatch(/does not look like English/);
    expect(byTestId("quote")).toHaveLength(7);
  });

  it("renders page text as text, never as markup", async () => {
    const analysis = sampleAnalysis();
    analysis.quotes[0].text = "<img src=x onerror=alert(1)>";
    analysis.quotes[0].speaker = { ...analysis.quotes[0].speaker, name: "<b>Mallory</b>", entity: null };
    await open({ analysis });
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("b")).toBeNull();
    // In the quote list (and in the profile's top voices when among the first three), always as text.
    expect(screen.getAllByText("<b>Mallory</b>").length).toBeGreaterThan(0);
  });

  it("moves between quotes and names with the arrow keys", async () => {
    await open();
    const buttons = Array.from(document.querySelectorAll<HTMLElement>("[data-nav]"));
    buttons[0].focus();
    fireEvent.keyDown(buttons[0], { key: "ArrowDown" });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1], { key: "ArrowUp" });
    expect(document.activeElement).toBe(buttons[0]);
  });
});

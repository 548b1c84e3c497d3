import { describe, expect, it } from "vitest";
import { yieldToPage } from "../../src/content/chunk";
import { nextTask } from "../../src/page/steps";

describe("pauses for the page (nextTask, yieldToPage)", () => {
  it("each resolves in a later task, and a timer of the page's that is due runs within two of them", async () => {
    for (let round = 0; round < 5; round++) {
      let pageTimer = false;
      setTimeout(() => (pageTimer = true), 0);
      let microtask = false;
      void Promise.resolve().then(() => (microtask = true));
      await nextTask();
      expect(microtask).toBe(true);
      await yieldToPage();
      expect(pageTimer).toBe(true);
    }
  });
});

describe("a pause after a timer the browser held", () => {
  it("still resolves in a later task", async () => {
    const held = nextTask();
    const until = performance.now() + 6;
    while (performance.now() < until);
    await held;
    let microtask = false;
    void Promise.resolve().then(() => (microtask = true));
    await nextTask();
    expect(microtask).toBe(true);
    await nextTask();
  });
});

import { describe, expect, it } from "vitest";
import { stageOf, TIMED, timed, timedSync } from "../../src/popup/timeline";

describe("the bench's stage timeline", () => {
  it("is off outside the e2e builds, and timing work changes nothing of its result", async () => {
    expect(TIMED).toBe(false);
    expect(timedSync("readability", () => 42)).toBe(42);
    await expect(timed("analysis", async () => "done")).resolves.toBe("done");
    expect(performance.getEntries().filter((e) => e.name.startsWith("lens:"))).toEqual([]);
  });

  it("puts each message to the page in its stage", () => {
    expect(stageOf({ type: "lens:read", prefer: "article" })).toBe("snapshot");
    expect(stageOf({ type: "lens:text", readId: 1, part: "snapshot", from: 0 })).toBe("transfer");
    expect(stageOf({ type: "lens:text", readId: 1, part: "article", from: 0 })).toBe("text");
    expect(stageOf({ type: "lens:verdict", readId: 1, verdict: null })).toBe("verdict");
    expect(stageOf({ type: "lens:clear" })).toBeNull();
  });
});

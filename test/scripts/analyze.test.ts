import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main, type Io } from "../../scripts/analyze";
import { repoRoot } from "../page/helpers";

const fixture = (name: string) => path.join(repoRoot, "test/fixtures/pages", name);
const scratch = mkdtempSync(path.join(tmpdir(), "analyze-test-"));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(scratch, name);
  writeFileSync(p, content);
  return p;
};

async function run(argv: string[], stdin = ""): Promise<{ code: number; out: string; err: string[] }> {
  let out = "";
  const err: string[] = [];
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void err.push(t), readStdin: async () => Buffer.from(stdin) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe("analyze CLI", () => {
  it("prints the contract JSON for an HTML page, read like the extension reads it", async () => {
    const { code, out, err } = await run([fixture("news-article.html")]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toMatch(/^\{\n  "title": /);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["title", "text", "quotes", "entities"]);
    expect(json.title).toBe("Harbour council approves tidal barrier after stormy debate");
    expect(json.text).toMatch(/^PORT ELLWYN — The harbour council voted/);
    expect(json.text).not.toContain("Editing by");
    expect(Array.isArray(json.quotes) && Array.isArray(json.entities)).toBe(true);
    for (const q of json.quotes) expect(json.text.slice(q.start, q.end)).toBe(q.text);
  });

  it("takes a text file or standard input as the article itself", async () => {
    const story = "The harbour council voted on Tuesday.\n\n“We have waited long enough,” said Odile Fenwick.\n";
    const fromFile = await run([file("story.txt", story)]);
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.out)).toMatchObject({ title: "", text: story });
    const fromStdin = await run(["-"], story.replace(/\n/g, "\r\n"));
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.out).text).toBe(story);
  });

  it.each([
    ["no arguments", [], /no input given; usage:/],
    ["two arguments", ["a.html", "b.html"], /expected one input, got 2/],
    ["a missing file", ["/no/such/story.html"], /\/no\/such\/story\.html: no such file/],
    ["a directory", [repoRoot], /is a directory/],
  ])("refuses %s with one line and a non-zero exit", async (_what, argv, message) => {
    const { code, out, err } = await run(argv as string[]);
    expect(code).not.toBe(0);
    expect(out).toBe("");
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toMatch(/\n|\bat .*:\d+/);
  });

  it.each([
    ["an empty file", () => file("empty.txt", ""), /is empty/],
    ["a blank file", () => file("blank.txt", "  \n\n "), /is empty/],
    ["a binary file", () => file("photo.html", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2])), /binary/],
    ["a file in another encoding", () => file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e])), /not UTF-8/],
    ["a page with no text", () => fixture("empty-page.html"), /no readable text/],
    ["a page that is not an article", () => fixture("no-article.html"), /no article found on this page/],
    ["text with no words", () => file("numbers.txt", "12 34 -- 56"), /no words/],
  ])("refuses %s with one clear line", async (_what, make, message) => {
    const { code, out, err } = await run([make()]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^analyze: /);
    expect(err[0]).toMatch(message);
  });

  it("refuses empty standard input", async () => {
    const { code, err } = await run(["-"], "");
    expect(code).toBe(1);
    expect(err[0]).toMatch(/standard input: is empty/);
  });

  it("works as a real process: JSON on stdout, exit 0; one stderr line and exit 1 on bad input", { timeout: 60_000 }, () => {
    const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
    const ok = spawnSync(tsx, ["scripts/analyze.ts", fixture("odd-markup.html")], { cwd: repoRoot, encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).title).toBe("Lighthouse keeper retires after forty winters");
    const bad = spawnSync(tsx, ["scripts/analyze.ts", "/no/such/file.html"], { cwd: repoRoot, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toEqual(["analyze: /no/such/file.html: no such file"]);
  });
});

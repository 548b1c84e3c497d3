/**
 * npm run --silent analyze -- <file.html | file.txt | ->
 *
 * Prints the analysis contract's JSON (../shared/spec/analysis-output.md) for one article. HTML is read with
 * the extension's own article extraction (src/page on a server-side DOM); text files and standard input are
 * the article as they are. Bad input gets one line on stderr and a non-zero exit, never a stack trace.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { analyze, type Analysis } from "../src/analysis/index";
import { readHtml } from "../src/page/server";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Buffer>;
}

const USAGE = "usage: npm run --silent analyze -- <file.html|file.txt|->";
const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".shtml"]);
const MAX_BYTES = 50 * 1024 * 1024;

/** An input problem the user can fix; its message is the whole error line. */
class InputError extends Error {}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  if (argv.length !== 1 || argv[0] === "") {
    io.stderr(argv.length === 0 ? `analyze: no input given; ${USAGE}` : `analyze: expected one input, got ${argv.length}; ${USAGE}`);
    return 2;
  }
  const arg = argv[0];
  if (arg === "-h" || arg === "--help") {
    io.stdout(`${USAGE}\nPrints who said what and which people, organizations and countries appear, as JSON.\n`);
    return 0;
  }
  try {
    const analysis = arg === "-" ? fromText(decode(await io.readStdin(), "standard input"), "standard input") : await fromFile(arg);
    io.stdout(`${JSON.stringify(analysis, null, 2)}\n`);
    return 0;
  } catch (err) {
    const message = err instanceof InputError ? err.message : `unexpected failure: ${err instanceof Error ? err.message : String(err)}`;
    io.stderr(`analyze: ${message.replace(/\s+/g, " ").trim()}`);
    return 1;
  }
}

async function fromFile(file: string): Promise<Analysis> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (info.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
  if (!info.isFile()) throw new InputError(`${file}: not a regular file`);
  if (info.size > MAX_BYTES) throw new InputError(`${file}: too large (${Math.round(info.size / 1048576)} MB; the limit is 50 MB)`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const content = decode(bytes, file);
  const ext = path.extname(file).toLowerCase();
  const isHtml = HTML_EXTENSIONS.has(ext) || (ext !== ".txt" && looksLikeHtml(content));
  return isHtml ? fromHtml(content, file) : fromText(content, file);
}

function fromHtml(html: string, name: string): Analysis {
  const result = readHtml(html, pathToFileURL(path.resolve(name)).href);
  if ("error" in result) throw new InputError(`${name}: ${lowerFirst(result.message)}`);
  if (result.article.source !== "article") {
    throw new InputError(`${name}: no article found on this page (only ${result.article.wordCount} words of other page text)`);
  }
  return analyze({ title: result.article.title, text: result.article.text });
}

function fromText(content: string, name: string): Analysis {
  const text = content.replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new InputError(`${name}: is empty`);
  if (!/\p{L}/u.test(text)) throw new InputError(`${name}: has no words, so it is not an article`);
  return analyze({ title: "", text });
}

/** UTF-8 text or a clear refusal: binary files (NUL bytes, invalid UTF-8) are not articles. */
function decode(bytes: Buffer, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${name}: is a binary file, not HTML or text`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name}: is not UTF-8 text (binary, or another encoding)`);
  }
}

function looksLikeHtml(content: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(content) || /<(?:p|div|article)[\s>][\s\S]*<\/(?:p|div|article)>/i.test(content.slice(0, 20000));
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(`${text}\n`),
    readStdin: async () => {
      if (process.stdin.isTTY) throw new InputError("standard input is a terminal; pipe an article in, or give a file");
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`analyze: unexpected failure: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

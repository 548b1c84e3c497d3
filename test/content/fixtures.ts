/**
 * Test pages for the content script: an invented story whose quotes cross links, emphasis and a paragraph
 * break, plus a plain TextMap over its text nodes (the real one lives in src/page and has its own tests).
 */
import type { Analysis, Quote } from "../../src/analysis/types";
import type { TextMap } from "../../src/page/types";
import type { ReadFn } from "../../src/content/lens";
import type { ArticleSnapshot } from "../../src/shared/messages";

export const STORY_HTML = `<header><nav><a href="/">Home</a></nav></header>
<article>
  <h1>Ferry strike ends after night talks</h1>
  <p>“We reached a deal <a href="/deal">at four in the morning</a>, and nobody <em>slept</em>,” said union leader Marta Ruiz.</p>
  <p>The operator's chief, Leon Okafor, said the timetable would return to normal by Friday.</p>
  <p>“The first boats leave at six.</p>
  <p>Passengers should check the website,” Okafor told reporters.</p>
</article>
<footer>© Lens Wire</footer>`;

/** Text nodes of the article, in order, with their offsets in the concatenated text. */
export function plainTextMap(root: Element): { text: string; map: TextMap } {
  const doc = root.ownerDocument;
  const nodes: Array<{ node: Text; start: number }> = [];
  let text = "";
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
  }
  const locate = (offset: number, preferEnd: boolean) => {
    for (const entry of nodes) {
      const end = entry.start + entry.node.data.length;
      if (offset < end || (preferEnd && offset === end)) return { node: entry.node, offset: offset - entry.start };
    }
    return null;
  };
  const map: TextMap = {
    toRange(start, end) {
      const a = locate(start, false);
      const b = locate(end, true);
      if (!a || !b) return null;
      const range = doc.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },
    toRanges(start, end) {
      const range = map.toRange(start, end);
      return range ? [range] : [];
    },
    fromRange() {
      return null;
    },
  };
  return { text, map };
}

export function storyAnalysis(text: string): Analysis {
  const at = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`not in story: ${s}`);
    return { start, end: start + s.length };
  };
  const q = (kind: Quote["kind"], s: string, cue: string, name: string, entity: string, role: string): Quote => ({
    kind,
    text: s,
    ...at(s),
    cue,
    speaker: { name, type: "person", entity, mention: name, role },
  });
  const firstQuote = "We reached a deal at four in the morning, and nobody slept";
  // The third quote runs over a paragraph break: the test map has the whitespace text node between the <p>s.
  const spanning = text.slice(at("The first boats").start, at("check the website").end);
  return {
    title: "Ferry strike ends after night talks",
    text,
    quotes: [
      q("direct", firstQuote, "said", "Marta Ruiz", "p1", "union leader"),
      q("indirect", "the timetable would return to normal by Friday", "said", "Leon Okafor", "p2", "the operator's chief"),
      q("direct", spanning, "told", "Leon Okafor", "p2", "the operator's chief"),
    ],
    entities: [
      { id: "p1", type: "person", name: "Marta Ruiz", mentions: [{ ...at("Marta Ruiz"), text: "Marta Ruiz" }] },
      { id: "p2", type: "person", name: "Leon Okafor", mentions: [{ ...at("Leon Okafor"), text: "Leon Okafor" }, { ...at("Okafor told"), end: at("Okafor told").start + 6, text: "Okafor" }] },
    ],
  };
}

/** A stand-in for `CSS.highlights` that records what was registered. */
export class FakeHighlights {
  readonly registry = new Map<string, { ranges: Range[]; priority: number }>();
  readonly api = {
    registry: {
      set: (name: string, highlight: unknown) => this.registry.set(name, highlight as { ranges: Range[]; priority: number }),
      delete: (name: string) => this.registry.delete(name),
    },
    create: (ranges: Range[], priority: number) => ({ ranges, priority }),
  };

  rangesText(prefix: string): string[] {
    return [...this.registry.entries()].filter(([n]) => n.startsWith(prefix)).flatMap(([, h]) => h.ranges.map((r) => r.toString()));
  }
}

/** A reader for STORY_HTML: the article element's text as the page side would snapshot it. */
export function storyReader(): ReadFn {
  return (doc) => {
    const { text, map } = plainTextMap(doc.querySelector("article")!);
    const article: ArticleSnapshot = {
      url: "http://127.0.0.1/story",
      title: "Ferry strike ends after night talks",
      byline: "",
      siteName: "",
      lang: "en",
      text,
      wordCount: text.split(/\s+/).filter(Boolean).length,
      paragraphCount: 4,
      source: "article",
    };
    return { article, map };
  };
}

/**
 * Scores one analysis (the contract object) against one gold file, with exactly the matching rules of
 * ../shared/gold/README.md:
 * - quotes: lower-cased word tokens overlap by ≥ half of the gold quote's tokens and ≥ a quarter of the
 *   predicted quote's tokens; each gold quote matches at most one prediction (and vice versa);
 * - attribution: the matched prediction's speaker (name, mention and role joined, lower-cased) contains
 *   every `speakerMatch` string;
 * - entities: a predicted entity of the same type whose name is (or contains) the gold name or an alias;
 *   optional gold entities are neither required nor counted against precision; countries match by code.
 */
import type { Analysis, Entity, EntityType, Quote } from "../../src/analysis/types";
import type { GoldCountry, GoldFile, GoldNamed, GoldQuote } from "./gold";
import { addCounts, assignPairs, type Counts, emptyCounts, overlapCount, wordTokens } from "./score";

export const QUOTE_METRICS = ["direct", "all", "attribution"] as const;
export const ENTITY_METRICS = ["people", "organizations", "countries"] as const;
export type QuoteMetric = (typeof QUOTE_METRICS)[number];
export type EntityMetric = (typeof ENTITY_METRICS)[number];
export type Metric = QuoteMetric | EntityMetric;

/** One line of the `--verbose` listing. */
export interface Finding {
  metric: Metric;
  kind: "miss" | "false alarm" | "wrong speaker";
  detail: string;
  /** The quotes behind a quote finding, so `--errors` can tell what kind of mistake it is. */
  gold?: GoldQuote;
  pred?: Quote;
}

export type DocCounts = Record<Metric, Counts>;

export interface DocScore {
  counts: DocCounts;
  findings: Finding[];
}

export function emptyDocCounts(): DocCounts {
  return {
    direct: emptyCounts(),
    all: emptyCounts(),
    attribution: emptyCounts(),
    people: emptyCounts(),
    organizations: emptyCounts(),
    countries: emptyCounts(),
  };
}

export function addDocCounts(into: DocCounts, more: DocCounts): DocCounts {
  for (const m of [...QUOTE_METRICS, ...ENTITY_METRICS]) addCounts(into[m], more[m]);
  return into;
}

// ---------- quotes ----------

/** The admissibility rule for a gold/predicted quote pair; returns a score to rank pairs, or null. */
export function quoteMatchScore(goldTokens: readonly string[], predTokens: readonly string[]): number | null {
  if (goldTokens.length === 0 || predTokens.length === 0) return null;
  const shared = overlapCount(goldTokens, predTokens);
  const ofGold = shared / goldTokens.length;
  const ofPred = shared / predTokens.length;
  if (shared === 0 || ofGold < 0.5 || ofPred < 0.25) return null;
  return ofGold + ofPred;
}

export function speakerText(q: Quote): string {
  const s = q.speaker;
  return normalizeForSpeaker([s.name, s.mention, s.role].join(" "));
}

function normalizeForSpeaker(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ");
}

export function speakerIsRight(gold: GoldQuote, pred: Quote): boolean {
  const said = speakerText(pred);
  return gold.speakerMatch.every((m) => said.includes(normalizeForSpeaker(m)));
}

function clip(text: string, max = 90): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function describePredQuote(q: Quote): string {
  const who = q.speaker.name || q.speaker.mention || "?";
  return `[${q.kind}] “${clip(q.text)}” — ${who}`;
}

function describeGoldQuote(q: GoldQuote): string {
  return `[${q.kind}] “${clip(q.text)}” — ${q.speaker}`;
}

interface QuoteMatch {
  counts: Counts;
  pairs: Map<number, number>;
}

/** Gold quote index → predicted quote index, by the gold matching rule (training scripts use it too). */
export function matchQuotes(gold: readonly GoldQuote[], pred: readonly Quote[]): QuoteMatch {
  const g = gold.map((q) => wordTokens(q.text));
  const p = pred.map((q) => wordTokens(q.text));
  const pairs = assignPairs(g.length, p.length, (i, j) => quoteMatchScore(g[i], p[j]));
  return { pairs, counts: { tp: pairs.size, fp: pred.length - pairs.size, fn: gold.length - pairs.size } };
}

function scoreQuotes(gold: readonly GoldQuote[], pred: readonly Quote[], findings: Finding[]): Pick<DocCounts, QuoteMetric> {
  const goldDirect = gold.filter((q) => q.kind === "direct");
  const predDirect = pred.filter((q) => q.kind === "direct");
  const direct = matchQuotes(goldDirect, predDirect);
  report("direct", goldDirect, predDirect, direct.pairs, findings);

  const all = matchQuotes(gold, pred);
  report("all", gold, pred, all.pairs, findings);

  // A gold speaker its annotators could not settle (PolNeAR's unresolved pronouns) is left out of
  // attribution: neither the gold quote nor the prediction it matched counts either way.
  let right = 0;
  let unsettledPairs = 0;
  const unsettled = gold.filter((q) => q.unresolved === true).length;
  for (const [gi, pi] of all.pairs) {
    if (gold[gi].unresolved) unsettledPairs++;
    else if (speakerIsRight(gold[gi], pred[pi])) right++;
    else {
      const got = [pred[pi].speaker.name, pred[pi].speaker.mention, pred[pi].speaker.role].filter(Boolean).join(" | ");
      findings.push({
        metric: "attribution",
        kind: "wrong speaker",
        gold: gold[gi],
        pred: pred[pi],
        detail: `“${clip(gold[gi].text, 60)}”: expected ${JSON.stringify(gold[gi].speakerMatch)}, got “${got || "(none)"}”`,
      });
    }
  }
  const attribution = { tp: right, fp: pred.length - unsettledPairs - right, fn: gold.length - unsettled - right };
  return { direct: direct.counts, all: all.counts, attribution };
}

function report(
  metric: QuoteMetric,
  gold: readonly GoldQuote[],
  pred: readonly Quote[],
  pairs: Map<number, number>,
  findings: Finding[],
): void {
  const matchedPred = new Set(pairs.values());
  gold.forEach((q, i) => {
    if (!pairs.has(i)) findings.push({ metric, kind: "miss", detail: describeGoldQuote(q), gold: q });
  });
  pred.forEach((q, i) => {
    if (!matchedPred.has(i)) findings.push({ metric, kind: "false alarm", detail: describePredQuote(q), pred: q });
  });
}

// ---------- entities ----------

/** Name as a token sequence joined by spaces: case, punctuation and possessive marks do not matter. */
function nameKey(name: string): string {
  return wordTokens(name.replace(/['\u2019]s\b/gi, "")).join(" ");
}

/** Exact name = 2; the predicted name contains the gold form as whole words = 1 + how much of it. */
export function entityNameScore(goldForms: readonly string[], predName: string): number | null {
  const pred = nameKey(predName);
  if (!pred) return null;
  let best: number | null = null;
  for (const form of goldForms) {
    const g = nameKey(form);
    if (!g) continue;
    let s: number | null = null;
    if (g === pred) s = 2;
    else if (` ${pred} `.includes(` ${g} `)) s = 1 + g.length / pred.length;
    if (s !== null && (best === null || s > best)) best = s;
  }
  return best;
}

interface GoldEntity {
  label: string;
  optional: boolean;
  score(pred: Entity): number | null;
}

function namedGold(items: readonly GoldNamed[] | undefined): GoldEntity[] {
  return (items ?? []).map((g) => {
    const forms = [g.name, ...(g.aliases ?? [])];
    return { label: g.name, optional: g.optional === true, score: (p: Entity) => entityNameScore(forms, p.name) };
  });
}

function countryGold(items: readonly GoldCountry[] | undefined): GoldEntity[] {
  return (items ?? []).map((g) => ({
    label: `${g.name} (${g.code})`,
    optional: g.optional === true,
    score: (p: Entity) => (p.code && p.code.toUpperCase() === g.code.toUpperCase() ? 1 : null),
  }));
}

function scoreEntityType(
  metric: EntityMetric,
  gold: readonly GoldEntity[],
  predAll: readonly Entity[],
  type: EntityType,
  findings: Finding[],
): Counts {
  const pred = predAll.filter((e) => e.type === type);
  const pairs = assignPairs(gold.length, pred.length, (i, j) => gold[i].score(pred[j]));
  const counts = emptyCounts();
  const matchedPred = new Set<number>();
  for (const [gi, pi] of pairs) {
    matchedPred.add(pi);
    if (!gold[gi].optional) counts.tp++;
  }
  gold.forEach((g, i) => {
    if (!g.optional && !pairs.has(i)) {
      counts.fn++;
      findings.push({ metric, kind: "miss", detail: g.label });
    }
  });
  pred.forEach((p, j) => {
    if (matchedPred.has(j)) return;
    const fits = gold.filter((g) => g.score(p) !== null);
    // A second entity for an optional referent is not held against precision; for a required one it is
    // a duplicate, which breaks "one entity per referent".
    if (fits.length > 0 && fits.every((g) => g.optional)) return;
    counts.fp++;
    const label = p.code ? `${p.name} (${p.code})` : p.name;
    findings.push({
      metric,
      kind: "false alarm",
      detail: fits.length > 0 ? `${label} (a second entity for ${fits[0].label})` : label,
    });
  });
  return counts;
}

// ---------- whole document ----------

export function scoreAnalysis(gold: GoldFile, analysis: Analysis): DocScore {
  const findings: Finding[] = [];
  const quotes = scoreQuotes(gold.quotes, analysis.quotes, findings);
  const people = scoreEntityType("people", namedGold(gold.people), analysis.entities, "person", findings);
  const organizations = scoreEntityType(
    "organizations",
    namedGold(gold.organizations),
    analysis.entities,
    "organization",
    findings,
  );
  const countries = scoreEntityType("countries", countryGold(gold.countries), analysis.entities, "country", findings);
  return { counts: { ...quotes, people, organizations, countries }, findings };
}

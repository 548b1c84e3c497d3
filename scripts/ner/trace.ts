/**
 * Which pass of the entity pass gives a name its type: the spans over the words you name, after every pass up to
 * harmonizeTypes (the order of index.ts findEntities; keep the two in step), then the listed entities.
 *   npx tsx scripts/ner/trace.ts "Invented text …" "Word"
 * Prints a line only where the spans over the word change.
 */
import { buildDoc, type Doc } from "../../src/analysis/text/sentences";
import { findEntities } from "../../src/analysis/entities/index";
import * as O from "../../src/analysis/entities/orgs";
import * as S from "../../src/analysis/entities/spans";
import * as W from "../../src/analysis/entities/works";
import { settleForms } from "../../src/analysis/entities/forms";
import { markPersonCues, trimModifierWords } from "../../src/analysis/entities/people";
import { splitGlued } from "../../src/analysis/entities/glued";
import { dropFurniture, settleHeadings } from "../../src/analysis/entities/headings";
import { GOLD_SETS } from "../eval/gold";
import { markTitledPersons, repairTaggedSpans, splitAtInnerWords } from "../../src/analysis/entities/repair";

type Pass = [string, (d: Doc, s: S.NameSpan[]) => S.NameSpan[]];
const PASSES: Pass[] = [
  ["repairTaggedSpans", repairTaggedSpans], ["settleHeadings", settleHeadings], ["markHonorifics", S.markHonorifics], ["markBrands", S.markBrands], ["settleForms", settleForms],
  ["trimSpans", S.trimSpans], ["markTeams", O.markTeams], ["splitGlued", splitGlued], ["markTheTitles", W.markTheTitles], ["markQuotedWorks", W.markQuotedWorks],
  ["markCaseNames", W.markCaseNames], ["markNamedWorks", W.markNamedWorks], ["markThings", W.markThings], ["markListedThings", W.markListedThings],
  ["markInstitutions", S.markInstitutions], ["markBusinessPossessives", O.markBusinessPossessives], ["markPossessiveOffices", O.markPossessiveOffices], ["markGroups", O.markGroups],
  ["joinOfNames", O.joinOfNames], ["joinTerritories", O.joinTerritories], ["joinAndNames", O.joinAndNames], ["joinForeignAnd", O.joinForeignAnd], ["joinFieldLists", O.joinFieldLists], ["markStateBodies", O.markStateBodies],
  ["markHeadedRuns", O.markHeadedRuns], ["markCountryTitles", O.markCountryTitles], ["joinPlaceNames", O.joinPlaceNames],
  ["joinCampusNames", O.joinCampusNames], ["markListedOrgs", O.markListedOrgs], ["dropDepartments", O.dropDepartments],
  ["fixCreditNames", S.fixCreditNames], ["splitAtLineBreaks", S.splitAtLineBreaks], ["markPersonCues", markPersonCues],
  ["trimModifierWords", trimModifierWords], ["markDealTargets", O.markDealTargets], ["markItsOpeners", O.markItsOpeners],
  ["markDescribedBodies", O.markDescribedBodies], ["dropFurniture", dropFurniture], ["markTitledPersons", markTitledPersons], ["harmonizeTypes", S.harmonizeTypes],
];

// `--doc NAME Word` reads a tune-set article (gold/news ids starting with a digit, seed, corpus pages); never the
// check set, whose errors must not steer the rules.
const args = process.argv.slice(2);
let [text, word] = args;
if (text === "--doc") {
  const name = args[1];
  word = args[2];
  const found = GOLD_SETS.filter((g) => g.role === "tune" && (g.id === "gold" || g.id === "news-tune"))
    .flatMap((g) => g.load().docs)
    .find((d) => d.name === name);
  if (!found) {
    console.log(`trace: no tune-set document ${name}`);
    process.exit(1);
  }
  text = found.text;
  const at = text.indexOf(word);
  for (let k = at, n = 0; k >= 0 && n < 4; k = text.indexOf(word, k + 1), n++) console.log(`… ${text.slice(Math.max(0, k - 120), k + 120).replace(/\s+/g, " ")} …`);
}
if (!text || !word) {
  console.log('usage: npx tsx scripts/ner/trace.ts "text" "Word" | --doc NAME "Word" (a tune-set article)');
  process.exit(1);
}
const doc = buildDoc(text);
const show = (spans: S.NameSpan[]): string =>
  spans
    .filter((s) => doc.tokens.slice(s.first, s.last).some((t) => t.text === word))
    .map((s) => `${s.type}${s.cued ? "*" : ""}[${doc.tokens.slice(s.first, s.last).map((t) => t.text).join(" ")}]`)
    .join(" ");
let spans = splitAtInnerWords(doc, S.tagDoc(doc));
let last = show(spans);
console.log(`tagDoc: ${last}`);
for (const [name, pass] of PASSES) {
  spans = pass(doc, spans);
  const now = show(spans);
  if (now !== last) console.log(`${name}: ${now}`);
  last = now;
}
for (const e of findEntities(doc)) if (e.mentions.some((m) => m.text.includes(word))) console.log(`listed: ${e.type} ${e.name} ×${e.mentions.length}`);

/**
 * The part-of-speech classes the quote pass needs: enough to tell a noun phrase (who speaks) from a verb
 * (the cue) and from the words that join clauses. The Penn Treebank tags of the training data are folded
 * into them, so the model stays small and each class has plenty of examples.
 */
export const POS = [
  "NOUN", // common noun: the head of a description ("the agency", "two sources")
  "PROPN", // proper noun
  "PRON", // personal pronoun, "there"
  "POSS", // possessive: "his", "their", the clitic 's
  "DET", // determiner, predeterminer
  "ADJ",
  "NUM",
  "VFIN", // finite verb or modal: a clause's own verb ("said", "says", "will")
  "VBASE", // base form ("to say", "will say")
  "VPART", // past participle ("has said", "was told")
  "VGER", // -ing form ("saying")
  "ADV",
  "ADP", // preposition, subordinating "that", particle
  "TO",
  "CONJ",
  "WH", // who, which, what, where …
  "PUNCT",
  "OTHER",
] as const;

export type Pos = (typeof POS)[number];
export const NUM_POS = POS.length;
export const POS_INDEX: Record<Pos, number> = Object.fromEntries(POS.map((t, i) => [t, i])) as Record<Pos, number>;

const PTB: Record<string, Pos> = {
  NN: "NOUN", NNS: "NOUN", NNP: "PROPN", NNPS: "PROPN", PRP: "PRON", EX: "PRON", "PRP$": "POSS", POS: "POSS",
  "WP$": "WH", DT: "DET", PDT: "DET", JJ: "ADJ", JJR: "ADJ", JJS: "ADJ", CD: "NUM", VBD: "VFIN", VBZ: "VFIN",
  VBP: "VFIN", MD: "VFIN", VB: "VBASE", VBN: "VPART", VBG: "VGER", RB: "ADV", RBR: "ADV", RBS: "ADV", IN: "ADP",
  RP: "ADP", TO: "TO", CC: "CONJ", WDT: "WH", WP: "WH", WRB: "WH", ".": "PUNCT", ",": "PUNCT", ":": "PUNCT",
  "``": "PUNCT", "''": "PUNCT", "(": "PUNCT", ")": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", $: "OTHER",
  "#": "OTHER", HYPH: "PUNCT", NFP: "PUNCT", '"': "PUNCT", SYM: "OTHER", FW: "OTHER", UH: "OTHER", LS: "OTHER",
  AFX: "ADJ", ADD: "OTHER", GW: "OTHER", XX: "OTHER",
};

/** The class of a Penn Treebank tag; undefined for a tag this table does not know (the corpus reader says so). */
export function fromPennTag(tag: string): Pos | undefined {
  return PTB[tag];
}

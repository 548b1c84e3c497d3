/**
 * Speech cues: the verbs and phrases that report what someone said or wrote.
 * Looked up by lower-cased token text in one Map, so the scan costs one hash lookup per token.
 */

export const enum CueFlags {
  None = 0,
  /** Can introduce a reported clause ("said that …"). */
  Clause = 1,
  /** May take a listener or target object before the clause ("told lawmakers that", "accused Huawei of"). */
  Object = 2,
  /** A participle that borrows the subject of its main clause ("…, saying it would"). */
  Participle = 4,
  /** The -s / base form is also a common noun ("reports", "claims", "notes"): needs a clear subject. */
  NounLike = 8,
  /** Introduces quoted words but not a reported clause ("discussed “…”", "described as “…”"). */
  DirectOnly = 16,
  /** Present-tense or base form (says, say, tells): used to keep the cue text as written. */
  Present = 32,
  /** The whole complement is the content ("accused X of …", "vowed to …", "urged X to …"). */
  WholeComplement = 64,
  /** Also a verb of doing ("maintains cables", "confirmed the deal"): reports only with "that" or after the clause. */
  NeedsThat = 128,
  /** Names its object ("called the ruling a landmark judgment"): the content starts at the object. */
  Naming = 256,
  /** Reports a gerund too ("denied having …", "admitted lying"); "recalls asking" is a memory, not speech. */
  Gerund = 512,
}

const C = CueFlags.Clause;
const O = CueFlags.Object;
const P = CueFlags.Participle;
const N = CueFlags.NounLike;
const D = CueFlags.DirectOnly;
const W = CueFlags.WholeComplement;
const T = CueFlags.NeedsThat;
const G = CueFlags.Gerund;

/** lemma → [flags, forms…]; forms are base, 3rd person, past, participle (-ing). */
const VERBS: [number, string[]][] = [
  [C, ["say", "says", "said"]],
  [C | O, ["tell", "tells", "told"]],
  [C, ["add", "adds", "added"]],
  [C | O | W, ["warn", "warns", "warned"]],
  [C | O | W, ["accuse", "accuses", "accused"]],
  [C | T | G, ["deny", "denies", "denied"]],
  [C, ["argue", "argues", "argued"]],
  [C | N, ["claim", "claims", "claimed"]],
  [C, ["insist", "insists", "insisted"]],
  [C | N, ["note", "notes", "noted"]],
  [C | T, ["indicate", "indicates", "indicated"]],
  [C | O | W, ["urge", "urges", "urged"]],
  [C | T, ["announce", "announces", "announced"]],
  [C | T | G, ["confirm", "confirms", "confirmed"]],
  [C | T, ["write", "writes", "wrote"]],
  [C | N, ["tweet", "tweets", "tweeted"]],
  [C | N, ["state", "states", "stated"]],
  [C | T, ["explain", "explains", "explained"]],
  [C | N | T | G, ["report", "reports", "reported"]],
  [C | T | G, ["acknowledge", "acknowledges", "acknowledged"]],
  [C | T | G, ["admit", "admits", "admitted"]],
  [C | W, ["vow", "vows", "vowed"]],
  [C | O | W | N, ["promise", "promises", "promised"]],
  [C | W | N, ["pledge", "pledges", "pledged"]],
  [C | N, ["stress", "stresses", "stressed"]],
  [C, ["emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"]],
  [C | T, ["declare", "declares", "declared"]],
  [C | N, ["reply", "replies", "replied"]],
  [C | T, ["respond", "responds", "responded"]],
  [C | T, ["assert", "asserts", "asserted"]],
  [C | T, ["maintain", "maintains", "maintained"]],
  [C | T | G, ["suggest", "suggests", "suggested"]],
  [C | T, ["reveal", "reveals", "revealed"]],
  [C | T, ["disclose", "discloses", "disclosed"]],
  [C, ["allege", "alleges", "alleged"]],
  [C | T, ["predict", "predicts", "predicted"]],
  [C | T, ["agree", "agrees", "agreed"]],
  [C, ["complain", "complains", "complained"]],
  [C | T, ["concede", "concedes", "conceded"]],
  [C | T, ["recall", "recalls", "recalled"]],
  [C | T, ["boast", "boasts", "boasted"]],
  [C | N, ["demand", "demands", "demanded"]],
  [C | O | D, ["ask", "asks", "asked"]],
  [C | N, ["answer", "answers", "answered"]],
  [C, ["testify", "testifies", "testified"]],
  [C, ["contend", "contends", "contended"]],
  [C | N, ["counter", "counters", "countered"]],
  [C | O | W, ["caution", "cautions", "cautioned"]],
  [C | N, ["remark", "remarks", "remarked"]],
  [C | T, ["observe", "observes", "observed"]],
  [C | N, ["comment", "comments", "commented"]],
  [C | O, ["assure", "assures", "assured"]],
  [C | O, ["inform", "informs", "informed"]],
  [C | O, ["remind", "reminds", "reminded"]],
  [C | T, ["mention", "mentions", "mentioned"]],
  [C | T, ["lament", "laments", "lamented"]],
  [C | N | T, ["estimate", "estimates", "estimated"]],
  [C | T, ["specify", "specifies", "specified"]],
  [C | T, ["reiterate", "reiterates", "reiterated"]],
  [C | T, ["concluded", "concludes", "conclude"]],
  // Published findings are statements of their source ("the study found that …").
  [C | T, ["find", "finds", "found"]],
  [C | T, ["hint", "hints", "hinted"]],
  [D, ["discuss", "discusses", "discussed"]],
  [D, ["describe", "describes", "described"]],
  [D, ["continue", "continues", "continued"]],
  [D, ["quip", "quips", "quipped"]],
  [D, ["joke", "jokes", "joked"]],
  [D, ["shout", "shouts", "shouted"]],
  [D, ["chant", "chants", "chanted"]],
  [D, ["yell", "yells", "yelled"]],
  [D, ["post", "posts", "posted"]],
  // Mined from the cue words of PolNeAR train's direct quotes (never its text): speech that only frames a quote.
  [D, ["exclaim", "exclaims", "exclaimed"]],
  [D, ["muse", "muses", "mused"]],
  [D, ["recount", "recounts", "recounted"]],
  [D, ["elaborate", "elaborates", "elaborated"]],
  [D, ["interject", "interjects", "interjected"]],
  [D, ["vent", "vents", "vented"]],
  [D, ["surmise", "surmises", "surmised"]],
];

const PARTICIPLES: [number, string][] = [
  [C | P, "saying"], [C | P | O, "telling"], [C | P, "adding"], [C | P | O | W, "warning"], [C | P, "noting"],
  [C | P, "arguing"], [C | P, "insisting"], [C | P, "claiming"], [C | P | O | W, "urging"], [C | P | T, "explaining"],
  [C | P, "stressing"], [C | P, "declaring"], [C | P | T, "announcing"], [C | P | T, "confirming"], [C | P | T, "denying"],
  [C | P | O | W, "accusing"], [C | P, "writing"], [C | P | T, "acknowledging"], [C | P | T, "admitting"],
  [C | P | W, "vowing"], [C | P | W, "promising"], [C | P | T, "suggesting"], [C | P | T, "asserting"], [C | P | T, "agreeing"],
  [C | P, "reporting"], [C | P, "tweeting"], [C | P, "demanding"], [C | P, "replying"], [C | P | T, "responding"],
  [C | P | T, "indicating"], [C | P, "emphasizing"], [C | P, "emphasising"], [C | P | T, "revealing"], [C | P | T, "boasting"],
  [C | P, "complaining"], [C | P | T, "predicting"], [C | P | T, "hinting"], [C | P, "alleging"], [C | P | T, "maintaining"],
];

export interface CueInfo {
  flags: number;
  lemma: string;
}

/**
 * Phrasal cues: the verb counts only with one of its particles ("pointed out", "called for a ban", "called on
 * the council to act"). "call" alone names ("called it a disgrace") and is read by the direct pass as such.
 */
const PHRASAL: [number, string[], string[]][] = [
  [C | T, ["point", "points", "pointed", "pointing"], ["out"]],
  [C | W, ["call", "calls", "called", "calling"], ["for", "on"]],
  // "“…,” Cruz shot back", "she fired back: “…”", "he went on: “…”".
  [D, ["shoot", "shoots", "shot"], ["back"]],
  [D, ["fire", "fires", "fired"], ["back"]],
  [D, ["go", "goes", "went"], ["on"]],
];

const CUES = new Map<string, CueInfo>();
const PARTICLES = new Map<string, readonly string[]>();
for (const [flags, forms, particles] of PHRASAL) {
  for (const f of forms) {
    CUES.set(f, { flags: f.endsWith("ing") ? flags | CueFlags.Participle : flags, lemma: forms[0] });
    PARTICLES.set(f, particles);
  }
}

/** The particles a phrasal cue needs right after it, if any. */
export function particlesOf(lower: string): readonly string[] | undefined {
  return PARTICLES.get(lower);
}

/** The cue stands with a particle it needs, or needs none: "pointed out", not "pointed at". */
export function particleFits(lower: string, next: string): boolean {
  const particles = PARTICLES.get(lower);
  return particles === undefined || particles.includes(next);
}

/**
 * Subjects that make a statement generic or negated ("Anyone … will tell you", "Few would argue", "no group
 * claimed"), or that name no speaker at all ("There have been telling signs").
 */
export const GENERIC_SUBJECTS = new Set(["there", "anyone", "anybody", "everyone", "everybody", "few", "no", "nobody", "none", "whoever", "someone", "somebody", "one"]);
for (const [flags, forms] of VERBS) {
  const lemma = forms[0];
  for (let i = 0; i < forms.length; i++) {
    // Base and -s forms of noun-like verbs are the ambiguous ones; the past tense is clearly a verb.
    const f = i < 2 ? flags | CueFlags.Present : flags & ~CueFlags.NounLike;
    CUES.set(forms[i], { flags: f, lemma });
  }
}
for (const [flags, form] of PARTICIPLES) CUES.set(form, { flags, lemma: form });
// The -ing form of every other speech verb, by the regular spelling rule ("pledging", "demanding",
// "complaining"): a participle after a comma ("…, pledging to …"), or a progressive after "is"/"are"
// ("is pledging to …"), which the indirect pass reads as finite.
for (const [flags, forms] of VERBS) {
  const ing = ingForm(forms[0]);
  if (!CUES.has(ing)) CUES.set(ing, { flags: (flags & ~(CueFlags.NounLike | CueFlags.Present)) | CueFlags.Participle, lemma: forms[0] });
}

/** "pledge" → "pledging", "testify" → "testifying", "demand" → "demanding" (doubled consonants are listed above). */
function ingForm(base: string): string {
  if (base.endsWith("ie")) return base.slice(0, -2) + "ying";
  if (base.endsWith("e") && !base.endsWith("ee")) return base.slice(0, -1) + "ing";
  return base + "ing";
}

export function cueOf(lower: string): CueInfo | undefined {
  return CUES.get(lower);
}

/** Words that may stand between a subject and its speech verb ("has also said", "on Monday said"). */
export const AUXILIARIES = new Set([
  "has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "later", "again", "then", "previously",
  "repeatedly", "reportedly", "publicly", "privately", "once", "recently", "already", "further", "earlier", "today",
  "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "last",
  "week", "just", "initially", "quickly", "flatly", "firmly", "openly", "separately", "subsequently", "since",
  "been", "being", "did", "does", "do", "even", "often", "frequently", "still", "now", "had", "clearly", "strongly",
  "effectively", "simply", "finally", "first", "herself", "himself", "themselves", "itself", "only", "both", "all",
  "quoted", "as", "may", "might", "could", "should", "can", "must", "too", "similarly", "likewise", "once",
]);

/** Adverbials that may follow a speech verb before its clause ("said on Monday that", "said in a statement"). */
export const TRAILING_STARTERS = new Set([
  "in", "on", "at", "during", "after", "before", "last", "earlier", "late", "yesterday", "today", "tonight",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "via", "through", "from", "according",
  "by", "when", "while", "shortly", "recently", "previously", "again", "also", "repeatedly", "separately", "privately",
  "publicly", "late", "early", "afterwards", "later", "then", "over", "under", "without", "with", "of", "about",
  "to", "for", "told", "and", "but", "as", "per", "who", "which", "where", "whose", "up", "out", "back", "too",
  "next", "overnight", "weeks", "days", "months", "hours", "minutes",
]);

/** Words that negate a speech act: a denial that is not made, a refusal to comment. */
export const NEGATIONS = new Set(["not", "n't", "never", "no", "neither", "nor", "cannot", "declined", "refused", "failed"]);

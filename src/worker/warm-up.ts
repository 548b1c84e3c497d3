/**
 * Text of our own (written for this file, about nobody real) that the long-lived analysis worker runs through
 * the analysis while it is idle: V8 compiles the hot paths (tokenizer, both taggers, the quote and entity
 * passes) only after they have run a while, and a first article analysed by cold code takes several times as
 * long as the same article later. Each paragraph is one piece of work, small enough (a few ms) that a real
 * request arriving meanwhile hardly waits. Varied on purpose: direct and reported speech, pronouns, roles,
 * organizations, countries and demonyms, so that every pass sees its common cases.
 */
export const WARM_UP_PARAGRAPHS: readonly string[] = [
  "“We are ready,” said Ann Lee of the United Nations in Paris on Monday.",
  "The harbour authority said on Tuesday that the new barrier would be finished by the spring. “It has taken longer than anyone hoped,” its director, Tomas Brandt, told reporters in Rotterdam.",
  "According to two officials familiar with the talks, the German and French delegations met twice last week. Neither government would comment.",
  "Maria Okafor, a spokesperson for the Northern Water Company, said the company had warned the council in March. She added that repairs “cannot wait another winter.”",
  "“This is not about money,” the mayor said. “It is about whether people can get to work.” He declined to say when the bridge would reopen.",
  "Washington opposes the plan, the ministry said in a statement, while Canadian officials welcomed it. Japan’s ambassador, Kenji Sato, called it “a sensible first step.”",
  "A study by the Institute for Coastal Research found that flooding had doubled since 2010. Dr. Helen Price, who led the study, said the figures surprised her team.",
  "Police said a 34-year-old man had been arrested. “We will not tolerate this,” said Chief Inspector Paul Reyes of the Metropolitan Police.",
];

/** How many times the paragraphs are run: enough for the optimizing compiler to pick up the hot loops. */
export const WARM_UP_ROUNDS = 4;

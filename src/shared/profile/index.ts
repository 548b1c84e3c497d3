/** The sourcing profile of one article (./profile) and the filters its parts stand for (./filter). */
export * from "./profile";
export * from "./filter";
export { countWords, wordsInSpans } from "./words";

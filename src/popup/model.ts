/** What the popup lists, derived from the analysis and the filter text. Pure, so it is tested on its own. */
import type { Analysis, Entity } from "../analysis/types";
import { sortByMentions } from "../shared/markdown";
import { matchesFilter, type SourcingFilter } from "../shared/profile";
import { groupQuotesBySpeaker, type SpeakerGroup } from "../shared/speakers";

export interface PopupView {
  groups: SpeakerGroup[];
  people: Entity[];
  organizations: Entity[];
  countries: Entity[];
  places: Entity[];
  counts: { quotes: number; speakers: number; people: number; organizations: number; countries: number };
  /** True when a filter is set and nothing at all matches it. */
  empty: boolean;
}

/** `focus`, a part of the sourcing profile, narrows the quote list; the counts stay the article's. */
export function buildView(analysis: Analysis, filter = "", focus: SourcingFilter | null = null): PopupView {
  const allGroups = groupQuotesBySpeaker(analysis.quotes);
  const focused = focus ? groupQuotesBySpeaker(analysis.quotes.filter((q) => matchesFilter(q, focus))) : allGroups;
  const byType = (type: Entity["type"]) => sortByMentions(analysis.entities.filter((e) => e.type === type));
  const counts = {
    quotes: analysis.quotes.length,
    speakers: allGroups.filter((g) => g.key !== "unknown").length,
    people: byType("person").length,
    organizations: byType("organization").length,
    countries: byType("country").length,
  };

  const needle = normalize(filter);
  const matches = (text: string) => normalize(text).includes(needle);
  const groups = needle
    ? focused
        .map((group) => {
          // A match on the speaker keeps all their quotes; otherwise only the quotes that match.
          if (matches(group.label) || matches(group.role)) return group;
          return { ...group, quotes: group.quotes.filter((q) => matches(q.text) || matches(q.cue)) };
        })
        .filter((group) => group.quotes.length > 0)
    : focused;
  const keep = (entities: Entity[]) =>
    needle ? entities.filter((e) => matches(e.name) || e.mentions.some((m) => matches(m.text)) || (e.code ? normalize(e.code) === needle : false)) : entities;

  const view = {
    groups,
    people: keep(byType("person")),
    organizations: keep(byType("organization")),
    countries: keep(byType("country")),
    places: keep(byType("location")),
    counts,
  };
  const empty =
    !!needle && view.groups.length + view.people.length + view.organizations.length + view.countries.length + view.places.length === 0;
  return { ...view, empty };
}

/** Case-, accent- and quote-style-insensitive, so "quebec" finds "Québec" and ’ matches '. */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function isEnglish(lang: string): boolean {
  return lang === "" || /^en\b/i.test(lang);
}

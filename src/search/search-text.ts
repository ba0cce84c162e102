/** The search page's words, shared by its script and its tests. */
import { countLabel } from "../content-model/strings.ts";

/** `Nessun risultato per «x»`, `1 risultato per «x»`, `4 risultati per «x»`. */
export function resultSummary(count: number, query: string): string {
  const what = count === 0 ? "Nessun risultato" : countLabel(count, "risultato", "risultati");
  return query ? `${what} per «${query}»` : what;
}

/** Pagefind's filter object: any of the ticked values within a group, every group applies. */
export function searchFilters(groups: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(groups)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
}

/**
 * The names of the filter groups, as they appear in the index and in the search page's URL.
 * `who` lists who an article is about: the service that went dark, the account that posted
 * (a brand, or people such as Chiara Ferragni e Fedez, who are not one), every one a dossier
 * covers. So the group is «Protagonisti», not «Marchio». `whoKind` is what they are (a
 * streaming service, a sports club, an influencer), `year` the years of the events told (not
 * of publication), `platform` where the posts appeared.
 */
export const FILTER = {
  kind: "tipo",
  who: "protagonisti",
  whoKind: "tipo-protagonista",
  year: "anno",
  platform: "piattaforma",
} as const;

/** Each filter group's legend on the search form, in the order the form shows them. */
export const FILTER_LEGENDS: Array<[(typeof FILTER)[keyof typeof FILTER], string]> = [
  [FILTER.kind, "Tipo"],
  [FILTER.year, "Anno"],
  [FILTER.platform, "Piattaforma del post"],
  [FILTER.whoKind, "Tipo di protagonista"],
  [FILTER.who, "Protagonisti"],
];

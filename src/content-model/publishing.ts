/**
 * Whether an entry is shown to readers: the single rule that keeps drafts and scheduled
 * entries out of production. Pages, lists, feeds and every other output read the catalog,
 * which applies this rule once.
 */
import { formatWhen, whenSpan, type When } from "./time.ts";

export type PublicationStatus = "draft" | "scheduled" | "live";

export interface Publishable {
  draft?: boolean;
  /** Brands have no publication date: they are live as soon as they exist. */
  published?: When;
}

/**
 * The words `npm run new` leaves where the author still has to write: an entry that still
 * holds them cannot be published (see the content check).
 */
export const PLACEHOLDER_MARK = "DA COMPLETARE";

/** The moment an entry goes live: its minute, or the start of its day in Rome. */
export function goesLiveAt(data: Publishable): Date | undefined {
  return data.published ? new Date(whenSpan(data.published).from) : undefined;
}

/** A draft never goes live; a `published` date still to come is scheduled. */
export function publicationStatus(data: Publishable, now: Date): PublicationStatus {
  if (data.draft === true) return "draft";
  const live = goesLiveAt(data);
  return live && live.getTime() > now.getTime() ? "scheduled" : "live";
}

/**
 * In development every entry renders, so an author can preview a draft or a scheduled page;
 * a production build keeps only what is live at the moment it runs.
 */
export function isPublished(data: Publishable, mode: { production: boolean; now: Date }): boolean {
  return !mode.production || publicationStatus(data, mode.now) === "live";
}

/** What the banner of a page that readers cannot see yet says, in development. */
export function publicationNotice(data: Publishable, now: Date): string | undefined {
  switch (publicationStatus(data, now)) {
    case "draft":
      return "Bozza: questa pagina non sarà pubblicata finché `draft` è `true`.";
    case "scheduled":
      return `Programmato per il ${formatWhen(data.published!)}: fino ad allora la pagina non è pubblicata.`;
    case "live":
      return undefined;
  }
}

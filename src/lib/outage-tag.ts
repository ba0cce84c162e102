/**
 * How the site names an outage in labels, charts and captions. Its hashtag when a source
 * reports one that people used; otherwise plain words, so that no hashtag is ever made up.
 */
interface Tagged {
  hashtag?: string | undefined;
}

/** A short name for a label or a chart row: «#Raidown», or «Blackout». */
export const outageTag = (outage: Tagged): string => outage.hashtag ?? "Blackout";

/** «#Raidown», or «il blackout di Facebook»: the outage as the object of a sentence. */
export const outageMention = (outage: Tagged, brandName: string): string =>
  outage.hashtag ?? `il blackout di ${brandName}`;

/** «In risposta a #Raidown», or «In risposta al blackout di Facebook». */
export const inResponseToOutage = (outage: Tagged, brandName: string): string =>
  outage.hashtag ? `In risposta a ${outage.hashtag}` : `In risposta al blackout di ${brandName}`;

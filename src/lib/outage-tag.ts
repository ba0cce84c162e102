import { whenRange, type When } from "./time";

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

/**
 * A post's card line about the outage it commented on, no stronger than the two times
 * prove: «Durante …» only when the post's whole span lies inside the outage's, «Dopo …»
 * when it starts after the outage ended, and «Su …» (about it) when the times cannot say.
 * An approximate minute proves nothing to the minute, so it counts as unknown.
 */
export function postOnOutage(
  outage: Tagged,
  brandName: string,
  times: { post: When; start: When; end?: When | undefined },
): string {
  const mention = outageMention(outage, brandName);
  const post = whenRange(times.post);
  const start = whenRange(times.start);
  const end = times.end && whenRange(times.end);
  const exact = (when: When) => when.precision !== "minute" || !when.approx;
  if (end && exact(times.end!) && post.from >= end.to) return `Dopo ${mention}`;
  if (
    end &&
    exact(times.start) &&
    exact(times.end!) &&
    post.from >= start.to &&
    post.to <= end.from
  )
    return `Durante ${mention}`;
  return outage.hashtag ? `Su ${mention}` : `Sul ${mention.replace(/^il /, "")}`;
}

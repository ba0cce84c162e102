import { ofDay, whenSpan, type When } from "./time.ts";

/**
 * How the site names an outage in labels, charts and captions. Its hashtag when a source
 * reports one that people used; otherwise the day it began («il blackout del 4 ottobre
 * 2021»), true of every post about it whichever of its services the post was about, and so
 * that no hashtag is ever made up.
 */
interface Tagged {
  hashtag?: string | undefined;
  start: When;
}

/** A short name for a label or a chart row: «#Raidown», or «Blackout». */
export const outageTag = (outage: Pick<Tagged, "hashtag">): string => outage.hashtag ?? "Blackout";

/** «#Raidown», or «il blackout del 4 ottobre 2021»: the outage as the object of a sentence. */
export const outageMention = (outage: Tagged): string =>
  outage.hashtag ?? `il blackout ${ofDay(new Date(whenSpan(outage.start).from))}`;

/** «In risposta a #Raidown», or «In risposta al blackout del 4 ottobre 2021». */
export const inResponseToOutage = (outage: Tagged): string =>
  outage.hashtag
    ? `In risposta a ${outage.hashtag}`
    : `In risposta al ${outageMention(outage).replace(/^il /, "")}`;

/**
 * A post's card line about the outage it commented on, no stronger than the two times
 * prove: «Durante …» only when the post's whole span lies inside the outage's, «Dopo …»
 * when it starts after the outage ended, and «Su …» (about it) when the times cannot say.
 * An approximate minute proves nothing to the minute, so it counts as unknown.
 */
export function postOnOutage(outage: Tagged & { end?: When | undefined }, post: When): string {
  const mention = outageMention(outage);
  const posted = whenSpan(post);
  const start = whenSpan(outage.start);
  const end = outage.end && whenSpan(outage.end);
  const exact = (when: When) => when.precision !== "minute" || !when.approx;
  if (end && exact(outage.end!) && posted.from >= end.to) return `Dopo ${mention}`;
  if (
    end &&
    exact(outage.start) &&
    exact(outage.end!) &&
    posted.from >= start.to &&
    posted.to <= end.from
  )
    return `Durante ${mention}`;
  return outage.hashtag ? `Su ${mention}` : `Sul ${mention.replace(/^il /, "")}`;
}

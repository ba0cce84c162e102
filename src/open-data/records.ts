/**
 * The records of the open data files (`/dati/`): every published outage, case and brand of the
 * catalog as plain JSON values, with the field names of `json-schema.ts`. A moment keeps
 * exactly the precision the site states; an optional field the content leaves out is left out
 * here too, never filled with a guess.
 */
import type { Brand, Case, Catalog, Outage } from "../catalog/catalog.ts";
import type { RepostData, TranslationData } from "../content-model/post-schema.ts";
import type { SourceData, StatementData } from "../content-model/schema.ts";
import { formatWhen, isoOf, type When } from "../content-model/time.ts";
import { absoluteUrl, entryPath } from "../content-model/urls.ts";

/** Drops the keys whose value is `undefined`, so a JSON file never carries `null` for «unknown». */
function defined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** A moment as the files give it: its precision, the page's `datetime`, the site's words. */
export function momentRecord(when: When) {
  const approx = "approx" in when ? when.approx : false;
  const base = { precision: when.precision, datetime: isoOf(when), approx };
  switch (when.precision) {
    case "part":
      return { ...base, part: when.part, label: formatWhen(when) };
    case "span":
      return {
        ...base,
        from: when.from.toISOString(),
        to: when.to.toISOString(),
        label: formatWhen(when),
      };
    case "period":
      return { ...base, from: when.from, to: when.to, label: formatWhen(when) };
    default:
      return { ...base, label: formatWhen(when) };
  }
}
export type MomentRecord = ReturnType<typeof momentRecord>;

/** An Italian translation as an outlet printed it. */
function translationRecord(translation: TranslationData | undefined) {
  return (
    translation && defined({ text: translation.text, by: translation.by, url: translation.url })
  );
}

export function sourceRecord(source: SourceData) {
  return defined({
    title: source.title,
    publisher: source.publisher,
    author: source.author,
    url: source.url,
    date: source.date,
  });
}

export function statementRecord(statement: StatementData) {
  return defined({
    who: statement.who,
    text: statement.text,
    lang: statement.lang,
    translation: translationRecord(statement.translation),
    when: statement.when && momentRecord(statement.when),
    source: statement.source,
  });
}

/** The fields every article shares. */
function articleRecord(entry: Outage | Case, section: "outages" | "cases") {
  const { data } = entry;
  return {
    slug: entry.id,
    url: absoluteUrl(entryPath(section, entry.id)),
    title: data.title,
    description: data.description,
  };
}

function articleEnd(entry: Outage | Case) {
  const { data } = entry;
  return {
    sources: data.sources.map(sourceRecord),
    tags: data.tags,
    published: isoOf(data.published),
    updated: data.updated && isoOf(data.updated),
  };
}

export function outageRecord(entry: Outage) {
  const { data } = entry;
  return defined({
    ...articleRecord(entry, "outages"),
    brand: data.brand.id,
    // `services` is written only when more than the brand went dark.
    services: data.services ? data.services.map((service) => service.id) : [data.brand.id],
    hashtag: data.hashtag,
    start: momentRecord(data.start),
    end: data.end && momentRecord(data.end),
    downtime: data.downtime,
    scope: data.scope,
    regions: data.regions,
    symptoms: data.symptoms,
    cause: data.cause,
    statements: data.statements.map(statementRecord),
    ...articleEnd(entry),
  });
}
export type OutageRecord = ReturnType<typeof outageRecord>;

type Post = NonNullable<Case["data"]["post"]>;

function repostRecord(repost: RepostData) {
  return defined({
    account: repost.account,
    handle: repost.handle,
    kind: repost.kind,
    media: repost.media,
    text: repost.text,
    lang: repost.lang,
    translation: translationRecord(repost.translation),
  });
}

/** A post as the sources report it; its screenshot is the page's, not data. */
export function postRecord(post: Post) {
  return defined({
    account: post.account,
    handle: post.handle,
    accountUrl: post.accountUrl,
    role: post.role,
    kind: post.kind,
    media: post.media,
    text: post.text,
    lang: post.lang,
    translation: translationRecord(post.translation),
    url: post.url,
    repost: post.repost && repostRecord(post.repost),
  });
}

/**
 * A case. `outage` and `inResponseTo` name published articles only, so every slug they hold
 * is a record of the other file.
 */
export function caseRecord(entry: Case, published: Pick<Catalog, "outages" | "cases">) {
  const { data } = entry;
  const outage = data.outage && published.outages.has(data.outage.id) ? data.outage.id : undefined;
  const answered = data.inResponseTo?.id;
  return defined({
    ...articleRecord(entry, "cases"),
    brand: data.brand.id,
    platform: data.platform,
    date: momentRecord(data.date),
    event: data.event,
    outage,
    inResponseTo: answered && published.cases.has(answered) ? answered : undefined,
    post: data.post && postRecord(data.post),
    ...articleEnd(entry),
  });
}
export type CaseRecord = ReturnType<typeof caseRecord>;

export function brandRecord(entry: Brand) {
  const { data } = entry;
  return defined({
    slug: entry.id,
    url: absoluteUrl(entryPath("brands", entry.id)),
    name: data.name,
    kind: data.kind,
    website: data.website,
    description: data.description,
  });
}
export type BrandRecord = ReturnType<typeof brandRecord>;

/** Every record of each file, in the site's order: newest first, brands by name. */
export function openDataRecords(catalog: Catalog) {
  return {
    outage: [...catalog.outages.values()].map(outageRecord),
    case: [...catalog.cases.values()].map((entry) => caseRecord(entry, catalog)),
    // As `/marchi/` lists them.
    brand: [...catalog.brands.values()]
      .sort((a, b) => a.data.name.localeCompare(b.data.name, "it"))
      .map(brandRecord),
  };
}

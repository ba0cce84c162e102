/**
 * The content model: one Zod schema per collection, shared by Astro's content layer
 * (`src/content.config.ts`) and by the content validator (`src/lib/content-check.ts`), so a
 * rule is written once and reported the same way everywhere.
 *
 * References are built by the caller: Astro passes its `reference()`, the validator passes
 * a plain slug reader and checks afterwards that every slug exists.
 */
import { z } from "astro/zod";
import { DAY_PARTS, isWhen, type When } from "./time";

export const COLLECTIONS = ["brands", "outages", "cases", "dossier"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Every reference resolves to this shape, whoever builds it. */
export interface EntryReference<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}
export type ReferenceFactory = <C extends CollectionName>(
  collection: C,
) => z.ZodType<EntryReference<C>>;

export const BRAND_KINDS = ["streaming", "social", "broadcaster", "other"] as const;
export const SCOPES = ["global", "national", "local"] as const;
export const PLATFORMS = ["twitter", "instagram", "facebook", "tiktok", "other"] as const;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_ONLY = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?/;
const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

function isRealDay(day: string): boolean {
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A day, written `2018-06-12`. YAML turns an unquoted day into a Date at UTC midnight, which
 * is read back as the same day.
 */
const month = z
  .string({ error: "expected a month written YYYY-MM, such as 2018-05" })
  .regex(MONTH_ONLY, { error: "expected a month written YYYY-MM, such as 2018-05" });

const day = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: "custom", message: "expected a real calendar day such as 2018-06-12" });
      return z.NEVER;
    }
    return value.toISOString().slice(0, 10);
  }
  if (!DATE_ONLY.test(value) || !isRealDay(value)) {
    ctx.addIssue({
      code: "custom",
      message: `expected a real calendar day written YYYY-MM-DD, such as 2018-06-12`,
    });
    return z.NEVER;
  }
  return value;
});

/** An instant known to the minute, with its UTC offset. */
const instant = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value;
  } else if (DATE_TIME.test(value) && OFFSET.test(value)) {
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime()) && isRealDay(value.slice(0, 10))) return parsed;
  } else if (DATE_TIME.test(value)) {
    ctx.addIssue({
      code: "custom",
      message:
        "expected a time with its UTC offset, such as 2018-06-12T20:25:00+02:00 (Rome in summer)",
    });
    return z.NEVER;
  }
  ctx.addIssue({
    code: "custom",
    message: "expected a real date and time such as 2018-06-12T20:25:00+02:00",
  });
  return z.NEVER;
});

const isUtcMidnight = (d: Date) =>
  d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;

/**
 * A moment with honest precision. Accepted forms:
 * - `2018-06-12T20:25:00+02:00`: known to the minute;
 * - `{ at: 2018-06-12T17:30:00+02:00, approx: true }`: about that minute;
 * - `2018-06-12`: only the day is known;
 * - `{ day: 2018-06-11, part: evening }`: only the part of the day (morning, afternoon,
 *   evening, night) is known;
 * - `2018-05`: only the month is known;
 * - `{ from: 2018-03, to: 2018-06 }`: only a span of months is known.
 */
export const when = z
  .union(
    [
      z.string(),
      z.date(),
      z.strictObject({ at: instant, approx: z.boolean().default(false) }),
      z.strictObject({
        day,
        part: z.enum(DAY_PARTS, {
          error: `expected one of ${DAY_PARTS.join(", ")}`,
        }),
      }),
      z.strictObject({ from: month, to: month }).refine((value) => value.from < value.to, {
        error: "expected `from` to be a month before `to`",
      }),
    ],
    {
      error:
        "expected a moment: 2018-06-12T20:25:00+02:00, 2018-06-12, 2018-05, { at: …, approx: true }, { day: …, part: evening } or { from: 2018-03, to: 2018-06 }",
    },
  )
  .transform((value, ctx): When => {
    if (typeof value === "string" && MONTH_ONLY.test(value)) {
      return { precision: "month", month: value };
    } else if (typeof value === "string" && DATE_ONLY.test(value)) {
      const parsed = day.safeParse(value);
      if (parsed.success) return { precision: "day", day: parsed.data };
    } else if (value instanceof Date && isUtcMidnight(value)) {
      return { precision: "day", day: value.toISOString().slice(0, 10) };
    } else if (typeof value === "string" || value instanceof Date) {
      const parsed = instant.safeParse(value);
      if (parsed.success) return { precision: "minute", instant: parsed.data, approx: false };
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    } else if ("at" in value) {
      return { precision: "minute", instant: value.at, approx: value.approx };
    } else if ("from" in value) {
      return { precision: "period", from: value.from, to: value.to };
    } else {
      return { precision: "part", day: value.day, part: value.part };
    }
    ctx.addIssue({
      code: "custom",
      message: "expected a real calendar day written YYYY-MM-DD, such as 2018-06-12",
    });
    return z.NEVER;
  });

/** A publication date: a day or a minute, never a rougher moment. */
const publicationDate = when.refine(
  (value) => value.precision === "day" || value.precision === "minute",
  { error: "expected a day (2018-06-13) or a time with its offset, not a rougher moment" },
);

const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what} (text)` })
    .trim()
    .min(1, { error: `expected ${what}, found an empty value` });

const httpUrl = z.url({
  protocol: /^https?$/,
  error: "expected a full http(s) URL such as https://…",
});

export const sourceSchema = z.strictObject({
  title: nonEmpty("the source's title"),
  publisher: nonEmpty("the publisher's name").optional(),
  author: nonEmpty("the author's name").optional(),
  url: httpUrl.optional(),
  date: day.optional(),
});

export const statementSchema = z.strictObject({
  who: nonEmpty("who made the statement"),
  text: nonEmpty("the statement's words"),
  when: when.optional(),
  source: httpUrl.optional(),
});

const tags = z.array(nonEmpty("a tag")).default([]);

/** A dated note that says what an article got wrong and what it says now. */
export const correctionSchema = z.strictObject({
  date: day,
  text: nonEmpty("what was corrected"),
});

const articleBase = {
  title: nonEmpty("a title"),
  description: nonEmpty("a one-sentence description"),
  published: publicationDate,
  updated: publicationDate.optional(),
  sources: z
    .array(sourceSchema, { error: "expected a list of sources" })
    .min(1, { error: "expected at least one source" }),
  tags,
  draft: z.boolean().default(false),
  /** Corrections made after publication, each with its day; shown on the page and in JSON-LD. */
  corrections: z.array(correctionSchema, { error: "expected a list of corrections" }).optional(),
};

export const brandSchema = z.strictObject({
  name: nonEmpty("the brand's name"),
  kind: z.enum(BRAND_KINDS, { error: `expected one of ${BRAND_KINDS.join(", ")}` }),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "expected a hex colour such as #E50914" }),
  website: httpUrl,
  description: nonEmpty("a description").optional(),
});

export function createSchemas(reference: ReferenceFactory) {
  const outage = z.strictObject({
    ...articleBase,
    brand: reference("brands"),
    hashtag: z.string().regex(/^#[\p{L}\p{N}_]+$/u, {
      error: "expected a hashtag that starts with # and has no spaces, such as #NetflixDown",
    }),
    start: when,
    end: when.optional(),
    /**
     * How long the service was really out, in words, when that is not the span from `start`
     * to `end`: out on and off, or only part of the time.
     */
    downtime: nonEmpty("how long the service was really out").optional(),
    scope: z.enum(SCOPES, { error: `expected one of ${SCOPES.join(", ")}` }),
    regions: z.array(nonEmpty("a region")).default([]),
    symptoms: z.array(nonEmpty("a symptom")).default([]),
    cause: nonEmpty("the cause").optional(),
    statements: z.array(statementSchema).default([]),
  });

  /** What the post showed; the source may not report its words or its address. */
  const post = z.strictObject({
    account: nonEmpty("the account that posted"),
    media: nonEmpty("a description of what the post showed"),
    text: nonEmpty("the post's words").optional(),
    url: httpUrl.optional(),
  });

  const caseStudy = z
    .strictObject({
      ...articleBase,
      brand: reference("brands"),
      platform: z.enum(PLATFORMS, { error: `expected one of ${PLATFORMS.join(", ")}` }),
      date: when,
      outage: reference("outages").optional(),
      event: nonEmpty("the event that triggered the post").optional(),
      inResponseTo: reference("cases").optional(),
      post: post.optional(),
    })
    .refine((data) => data.outage !== undefined || data.event !== undefined, {
      error: "expected a trigger: an `outage` (slug) or an `event` (text), or both",
      path: ["outage"],
    });

  const dossier = z.strictObject({
    ...articleBase,
    outages: z.array(reference("outages")).default([]),
    cases: z.array(reference("cases")).default([]),
  });

  return { brands: brandSchema, outages: outage, cases: caseStudy, dossier };
}

export type Schemas = ReturnType<typeof createSchemas>;
export type BrandData = z.output<Schemas["brands"]>;
export type OutageData = z.output<Schemas["outages"]>;
export type CaseData = z.output<Schemas["cases"]>;
export type DossierData = z.output<Schemas["dossier"]>;
export type SourceData = z.output<typeof sourceSchema>;
export type StatementData = z.output<typeof statementSchema>;
export type CorrectionData = z.output<typeof correctionSchema>;

/** A moment as an author writes it, in frontmatter or in an MDX component's props. */
export type WhenInput = z.input<typeof when>;

/**
 * A moment as a component receives it: already parsed from frontmatter, or written by an
 * author in MDX (`"2018-06-12T20:25:00+02:00"`, `{ day: "2018-06-11", part: "evening" }`).
 * A malformed one stops the build with what was expected.
 */
export function toWhen(value: When | WhenInput, where = "a component"): When {
  if (isWhen(value)) return value;
  const parsed = when.safeParse(value);
  if (parsed.success) return parsed.data;
  const reasons = parsed.error.issues.map((issue) => issue.message).join("; ");
  throw new Error(`${where}: found ${JSON.stringify(value)}; ${reasons}`);
}

/**
 * The content model: one Zod schema per collection, shared by Astro's content layer
 * (`src/content.config.ts`) and by the content validator (`src/content-check/content-check.ts`), so a
 * rule is written once and reported the same way everywhere. Built from the field rules
 * beside it: moments (`when-schema.ts`), text (`text-schema.ts`), a dossier's replies
 * (`reply-schema.ts`), a case's post and the translations of quoted words (`post-schema.ts`).
 *
 * References are built by the caller: Astro passes its `reference()`, the validator passes
 * a plain slug reader and checks afterwards that every slug exists.
 */
import { z } from "astro/zod";
import { sourceId, repliesProblems, replySchema } from "./reply-schema.ts";
import { slugify } from "./strings.ts";
import { lang, LANG_RULE, MEDIA_RULE, postFields, translationSchema } from "./post-schema.ts";
import { httpUrl, nonEmpty, paragraph, textProblem } from "./text-schema.ts";
import { whenSpan } from "./time.ts";
import { day, MONTH_ONLY, publicationDate, when } from "./when-schema.ts";

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

/**
 * What the schemas need from their caller: Astro passes its `reference()` and `image()`
 * (a relative path resolved and optimised through `astro:assets`); the content check passes
 * a slug reader and a path reader, and checks afterwards that slugs and files exist.
 */
export interface SchemaHelpers<Image extends z.ZodType = z.ZodType> {
  reference: ReferenceFactory;
  image: () => Image;
}

export { POST_KINDS } from "./post-schema.ts";

/**
 * `influencer` is a person (or a couple) who posts as themselves: their posts are personal
 * branding, and the site must not call them a company's. `messaging` is a chat app (WhatsApp,
 * Messenger), not a social network. `club` is a sports club (Torino, Real Madrid).
 */
export const BRAND_KINDS = [
  "streaming",
  "social",
  "messaging",
  "broadcaster",
  "other",
  "influencer",
  "club",
] as const;
/** The kinds of brand that are a digital service, which can go dark. */
export const SERVICE_KINDS: ReadonlyArray<(typeof BRAND_KINDS)[number]> = [
  "streaming",
  "social",
  "messaging",
  "broadcaster",
];
export const SCOPES = ["global", "national", "local"] as const;
/**
 * Where a post appeared. `twitter` for posts before the rename (July 2023), `x` after;
 * `unknown` when the sources do not say where, which the site then says in words.
 */
export const PLATFORMS = [
  "twitter",
  "x",
  "instagram",
  "facebook",
  "tiktok",
  "other",
  "unknown",
] as const;
/**
 * When a source was published: its day, or only its month when the page shows no more
 * (`2021-10`, printed «ottobre 2021»).
 */
const SOURCE_DATE_EXPECTED =
  "atteso una data vera nel formato AAAA-MM-GG, come 2021-10-05, oppure solo il mese, AAAA-MM, come 2021-10";
const sourceDate = z
  .union([z.string(), z.date()], { error: SOURCE_DATE_EXPECTED })
  .transform((value, ctx) => {
    if (typeof value === "string" && MONTH_ONLY.test(value)) return value;
    const parsed = day.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: "custom", message: SOURCE_DATE_EXPECTED });
    return z.NEVER;
  });

export const sourceSchema = z.strictObject({
  /** Only when a reply cites it: unique within the article. */
  id: sourceId.optional(),
  title: nonEmpty("il titolo della fonte"),
  publisher: nonEmpty("il nome della testata o dell’editore").optional(),
  author: nonEmpty("il nome dell’autore").optional(),
  url: httpUrl.optional(),
  date: sourceDate.optional(),
});

export const statementSchema = z.strictObject({
  who: nonEmpty("chi ha fatto la dichiarazione"),
  text: paragraph("le parole della dichiarazione"),
  /** The language of `text` when it is not Italian, only when known. */
  lang: lang.optional(),
  translation: translationSchema.optional(),
  when: when.optional(),
  source: httpUrl.optional(),
});

/** A tag becomes an address (`/tag/<slug>/`), so it needs a letter or a digit. */
const tags = z
  .array(
    nonEmpty("un tag").refine((label) => slugify(label) !== "", {
      error:
        "atteso un tag con almeno una lettera o una cifra: diventa l’indirizzo della pagina del tag",
    }),
  )
  .default([]);

/** A dated note that says what an article got wrong and what it says now. */
export const correctionSchema = z.strictObject({
  date: day,
  text: paragraph("che cosa è stato corretto"),
});

const articleBase = {
  title: nonEmpty("un titolo"),
  description: paragraph("una descrizione di una frase"),
  published: publicationDate,
  updated: publicationDate.optional(),
  sources: z
    .array(sourceSchema, { error: "atteso un elenco di fonti, una `- title: …` per voce" })
    .min(1, { error: "atteso almeno una fonte" })
    .superRefine((sources, ctx) => {
      const seen = new Set<string>();
      sources.forEach((source, index) => {
        if (source.id === undefined) return;
        if (seen.has(source.id)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "id"],
            message: `atteso un \`id\` diverso da quello delle altre fonti: ${source.id} è già usato`,
          });
        }
        seen.add(source.id);
      });
    }),
  tags,
  draft: z.boolean().default(false),
  /** Corrections made after publication, each with its day; shown on the page and in JSON-LD. */
  corrections: z.array(correctionSchema, { error: "atteso un elenco di correzioni" }).optional(),
};

export const brandSchema = z.strictObject({
  name: nonEmpty("il nome del marchio"),
  kind: z.enum(BRAND_KINDS, { error: `atteso uno di questi valori: ${BRAND_KINDS.join(", ")}` }),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: "atteso un colore in esadecimale, come #E50914" }),
  website: httpUrl,
  description: paragraph("una descrizione").optional(),
});

/** A case's fields that need neither `image()` nor `reference()`: built once. */
const caseFields = {
  ...articleBase,
  platform: z.enum(PLATFORMS, {
    error: `atteso uno di questi valori: ${PLATFORMS.join(", ")}`,
  }),
  date: when,
  event: paragraph("l’evento che ha innescato il post").optional(),
};

/**
 * A case's schema alone: the only one that uses `image()`, which Astro gives each entry its
 * own of, so `src/content.config.ts` builds it per entry (from the fields above, built once)
 * and the others once.
 */
export function caseSchema<Image extends z.ZodType>({ reference, image }: SchemaHelpers<Image>) {
  /**
   * What the post showed; the source may not report its words or its address. `image` is a
   * screenshot beside the article (`./immagini/post.png`), always with its description.
   */
  const post = z
    .strictObject({ ...postFields, image: image().optional() })
    .refine((value) => value.image === undefined || value.alt !== undefined, {
      error: "atteso `alt`, una descrizione dello screenshot, accanto a `image`",
      path: ["alt"],
    })
    .refine(MEDIA_RULE.check, { error: MEDIA_RULE.postError, path: MEDIA_RULE.path })
    .refine(LANG_RULE.check, { error: LANG_RULE.error, path: LANG_RULE.path });

  return z
    .strictObject({
      ...caseFields,
      brand: reference("brands"),
      outage: reference("outages").optional(),
      inResponseTo: reference("cases").optional(),
      post: post.optional(),
    })
    .refine((data) => data.outage !== undefined || data.event !== undefined, {
      error:
        "atteso che cosa ha innescato il post: un `outage` (il suo slug) o un `event` (un testo), o tutti e due",
      path: ["outage"],
    });
}

export function createSchemas<Image extends z.ZodType>({ reference, image }: SchemaHelpers<Image>) {
  const outage = z
    .strictObject({
      ...articleBase,
      brand: reference("brands"),
      /**
       * The services that went dark, when they are not just `brand`: one company's outage
       * can take down several of its services at once (Facebook, Instagram, WhatsApp).
       */
      services: z
        .array(reference("brands"), {
          error: "atteso un elenco di slug di marchi, un `- slug` per riga, come `- instagram`",
        })
        .optional(),
      /** Only when a source reports the hashtag people used: never one made up. */
      hashtag: z
        .string()
        .regex(/^#[\p{L}\p{N}_]+$/u, {
          error: "atteso un hashtag che inizia con # e non ha spazi, come #NetflixDown",
        })
        .max(140, { error: "atteso un hashtag di al massimo 140 caratteri" })
        // Hangul fillers are letters to Unicode, and print nothing.
        .refine((tag) => textProblem(tag.slice(1), "un hashtag") === undefined, {
          error: "atteso un hashtag con almeno un carattere visibile dopo #",
        })
        .optional(),
      start: when,
      end: when.optional(),
      /**
       * How long the service was really out, in words, when that is not the span from `start`
       * to `end`: out on and off, or only part of the time.
       */
      downtime: paragraph("per quanto tempo il servizio è rimasto davvero fermo").optional(),
      scope: z.enum(SCOPES, { error: `atteso uno di questi valori: ${SCOPES.join(", ")}` }),
      regions: z.array(nonEmpty("una zona geografica")).default([]),
      symptoms: z.array(nonEmpty("un sintomo")).default([]),
      cause: paragraph("la causa").optional(),
      statements: z.array(statementSchema).default([]),
    })
    .refine((data) => !data.end || whenSpan(data.end).to >= whenSpan(data.start).from, {
      error:
        "atteso un `end` non precedente a `start`: il blackout non può finire prima di cominciare",
      path: ["end"],
    });

  const caseStudy = caseSchema({ reference, image });

  const dossier = z
    .strictObject({
      ...articleBase,
      outages: z.array(reference("outages")).default([]),
      cases: z.array(reference("cases")).default([]),
      /** The editors' choice to lead the front page (`src/catalog/front-page.ts`). */
      inPrimoPiano: z.boolean({ error: "atteso `true` o `false`" }).optional(),
      replies: z
        .array(replySchema, {
          error: "atteso un elenco di risposte, una `- account: …` per voce",
        })
        .default([]),
    })
    .superRefine((data, ctx) => {
      for (const problem of repliesProblems(data)) ctx.addIssue({ code: "custom", ...problem });
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

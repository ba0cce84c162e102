/**
 * The content model: one Zod schema per collection, shared by Astro's content layer
 * (`src/content.config.ts`) and by the content validator (`src/content-check/content-check.ts`), so a
 * rule is written once and reported the same way everywhere.
 *
 * References are built by the caller: Astro passes its `reference()`, the validator passes
 * a plain slug reader and checks afterwards that every slug exists.
 */
import { z } from "astro/zod";
import { closestMatches, slugify } from "./strings.ts";
import { DAY_PARTS, isWhen, whenSpan, type When } from "./time.ts";

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

/**
 * `influencer` is a person (or a couple) who posts as themselves: their posts are personal
 * branding, and the site must not call them a company's. `messaging` is a chat app (WhatsApp,
 * Messenger), not a social network.
 */
export const BRAND_KINDS = [
  "streaming",
  "social",
  "messaging",
  "broadcaster",
  "other",
  "influencer",
] as const;
export const SCOPES = ["global", "national", "local"] as const;
export const PLATFORMS = ["twitter", "instagram", "facebook", "tiktok", "other"] as const;
/**
 * What a post was: words only, a picture, a video, or `media` when the sources say what it
 * showed but not in what form. Its card draws it so (`src/mdx-components/PostCard.astro`).
 */
export const POST_KINDS = ["text", "image", "video", "media"] as const;
/** A handle as platforms print it: `@` and up to 30 letters, digits, `_` or `.`. */
export const POST_HANDLE = /^@[A-Za-z0-9_.]{1,30}$/;

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
  .string({ error: "atteso un mese nel formato AAAA-MM, come 2018-05" })
  .regex(MONTH_ONLY, { error: "atteso un mese nel formato AAAA-MM, come 2018-05" });

const day = z
  .union([z.string(), z.date()], {
    error: "atteso una data nel formato AAAA-MM-GG, come 2018-06-12",
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({
          code: "custom",
          message: "atteso un giorno che esiste nel calendario, come 2018-06-12",
        });
        return z.NEVER;
      }
      return value.toISOString().slice(0, 10);
    }
    if (!DATE_ONLY.test(value) || !isRealDay(value)) {
      ctx.addIssue({
        code: "custom",
        message: "atteso una data vera nel formato AAAA-MM-GG, come 2018-06-12",
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
        "atteso l’ora con il suo fuso orario, come 2018-06-12T20:25:00+02:00 (+02:00 è l’ora italiana d’estate, +01:00 quella d’inverno)",
    });
    return z.NEVER;
  }
  ctx.addIssue({
    code: "custom",
    message: "atteso una data e un’ora vere, come 2018-06-12T20:25:00+02:00",
  });
  return z.NEVER;
});

/**
 * A YAML timestamp as written (YAML turns an unquoted `2018-06-12T20:25:00+02:00` into a
 * Date and forgets the offset, reading a time without one as UTC): the same forms the
 * schema accepts as text, or why not. The content check applies it to the text of every
 * timestamp, so quoted or not, a time means the same.
 */
export function timestampProblem(text: string): string | undefined {
  if (DATE_ONLY.test(text)) {
    return isRealDay(text)
      ? undefined
      : "atteso una data vera nel formato AAAA-MM-GG, come 2018-06-12";
  }
  if (!DATE_TIME.test(text)) {
    return "atteso una data e un’ora scritte come 2018-06-12T20:25:00+02:00 (con la T, senza spazi)";
  }
  if (!OFFSET.test(text)) {
    return "atteso l’ora con il suo fuso orario, come 2018-06-12T20:25:00+02:00 (+02:00 è l’ora italiana d’estate, +01:00 quella d’inverno)";
  }
  return isRealDay(text.slice(0, 10))
    ? undefined
    : "atteso una data e un’ora vere, come 2018-06-12T20:25:00+02:00";
}

const isUtcMidnight = (d: Date) =>
  d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;

/**
 * A moment with honest precision. Accepted forms:
 * - `2018-06-12T20:25:00+02:00`: known to the minute;
 * - `{ at: 2018-06-12T17:30:00+02:00, approx: true }`: about that minute;
 * - `2018-06-12`: only the day is known;
 * - `{ day: 2018-06-11, part: evening }`: only the part of the day (morning, afternoon,
 *   evening, night) is known;
 * - `{ from: 2018-06-12T17:30:00+02:00, to: 2018-06-12T21:00:00+02:00, approx: true }`: only
 *   the two minutes it lies between are known (a post out during an outage of known times);
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
          error: `atteso uno di questi valori: ${DAY_PARTS.join(", ")}`,
        }),
      }),
      z.strictObject({ from: month, to: month }).refine((value) => value.from < value.to, {
        error: "atteso in `from` un mese precedente a quello in `to`",
      }),
      z
        .strictObject({ from: instant, to: instant, approx: z.boolean().default(false) })
        .refine((value) => value.from < value.to, {
          error: "atteso in `from` un’ora precedente a quella in `to`",
        }),
    ],
    {
      error:
        "atteso un momento scritto in una di queste forme: 2018-06-12T20:25:00+02:00, 2018-06-12, 2018-05, { at: …, approx: true }, { day: …, part: evening }, { from: 2018-03, to: 2018-06 } oppure { from: 2018-06-12T17:30:00+02:00, to: 2018-06-12T21:00:00+02:00 }",
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
    } else if ("approx" in value) {
      return { precision: "span", from: value.from, to: value.to, approx: value.approx };
    } else if ("from" in value) {
      return { precision: "period", from: value.from, to: value.to };
    } else {
      return { precision: "part", day: value.day, part: value.part };
    }
    ctx.addIssue({
      code: "custom",
      message: "atteso una data vera nel formato AAAA-MM-GG, come 2018-06-12",
    });
    return z.NEVER;
  });

/** A publication date: a day or a minute, never a rougher moment. */
const publicationDate = when.refine(
  (value) => value.precision === "day" || value.precision === "minute",
  {
    error:
      "atteso un giorno (2018-06-13) o un’ora con il fuso orario (2018-06-13T09:00:00+02:00), non un momento più vago",
  },
);

/** Length limits, generous for real editorial text: a title, a name, a tag; a paragraph. */
export const TEXT_LIMITS = { line: 300, paragraph: 3000 } as const;

/** Bidirectional controls: they reorder what readers see (and what a reviewer saw). */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Half of a UTF-16 pair, alone (with `u`, a whole pair is one character and never matches). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** Characters that print nothing: spaces, format characters, fillers, variation selectors. */
const INVISIBLE =
  /[\s\p{Cf}\p{Zs}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;

/**
 * What is wrong with a text field's value, said for its author, or nothing: every text field
 * of every collection goes through it (`text` below).
 */
export function textProblem(
  value: string,
  what: string,
  max: number = TEXT_LIMITS.line,
): string | undefined {
  if (value.length === 0) return `atteso ${what}, non un valore vuoto`;
  if (value.length > max) {
    return `atteso ${what} di al massimo ${max} caratteri (qui sono ${value.length})`;
  }
  if (BIDI_CONTROL.test(value)) {
    return `atteso ${what} senza caratteri di controllo della direzione del testo (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F): cambiano l’ordine in cui si legge`;
  }
  if (CONTROL.test(value)) return `atteso ${what} senza caratteri di controllo`;
  if (LONE_SURROGATE.test(value)) return `atteso ${what} senza mezzi caratteri (\\uD800–\\uDFFF)`;
  if (value.replace(INVISIBLE, "") === "") {
    return `atteso ${what} con almeno un carattere visibile, non solo spazi o caratteri invisibili`;
  }
  return undefined;
}

/** A text field: trimmed, visible, without bidi or control characters, within its limit. */
const nonEmpty = (what: string, max: number = TEXT_LIMITS.line) =>
  z
    .string({ error: `atteso ${what} (un testo)` })
    .trim()
    .superRefine((value, ctx) => {
      const problem = textProblem(value, what, max);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
/** A text field of a few sentences. */
const paragraph = (what: string) => nonEmpty(what, TEXT_LIMITS.paragraph);

const httpUrl = z
  .url({
    protocol: /^https?$/,
    error: "atteso un indirizzo web completo che inizia con https:// (o http://), come https://…",
  })
  .max(2000, { error: "atteso un indirizzo web di al massimo 2000 caratteri" });

/** A source's short label, for the replies that cite it (`replies[].sources`): `N18`, `IE`. */
export const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,23}$/;
const sourceId = z.string({ error: "atteso l’`id` di una fonte, come N18" }).regex(SOURCE_ID, {
  error:
    "atteso un’etichetta breve di lettere e cifre, senza spazi, come N18 o IE (al massimo 24 caratteri)",
});

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

/** A reply's `id`, for a reply that answers it: a slug, like an article's. */
const REPLY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reply that has no article of its own, kept as data on the dossier of its day so that the
 * day's thread can draw it (`src/charts/thread.ts`): who wrote it, its words as the sources print
 * them, what it answers, when (only if known), and which of the dossier's sources report it.
 */
export const replySchema = z.strictObject({
  /** Only when another reply answers this one. */
  id: z
    .string({ error: "atteso un `id` breve, come nuggets" })
    .regex(REPLY_ID, {
      error: "atteso un `id` di sole lettere minuscole, cifre e trattini, come risposta-utenti",
    })
    .optional(),
  account: nonEmpty("chi ha risposto: il nome dell’account, o per esempio «Alcuni utenti»"),
  handle: z
    .string()
    .regex(POST_HANDLE, {
      error: "atteso un nome come @Twitter (una @ e fino a 30 lettere, cifre, _ o .)",
    })
    .optional(),
  text: paragraph("le parole della risposta, esattamente come le riportano le fonti"),
  inResponseTo: nonEmpty(
    "a che cosa risponde: lo slug di un caso o di un blackout del dossier, o l’`id` di un’altra risposta",
  ),
  when: when.optional(),
  sources: z
    .array(sourceId, {
      error: "atteso un elenco di `id` di fonti del dossier, come [N18, IE]",
    })
    .min(1, { error: "atteso almeno una fonte, con il suo `id`, come [N18]" }),
});
export type ReplyData = z.output<typeof replySchema>;

interface RepliesProblem {
  path: PropertyKey[];
  message: string;
}

/**
 * What is wrong with a dossier's replies against the rest of its frontmatter: a source id
 * the dossier does not have, a reply id used twice, a reply that answers nothing in the
 * dossier or, following its answers, comes back to itself.
 */
export function repliesProblems(data: {
  sources: ReadonlyArray<{ id?: string }>;
  cases: ReadonlyArray<{ id: string }>;
  outages: ReadonlyArray<{ id: string }>;
  replies: readonly ReplyData[];
}): RepliesProblem[] {
  const problems: RepliesProblem[] = [];
  const sourceIds = [...new Set(data.sources.flatMap((source) => source.id ?? []))];
  const stories = [...data.cases, ...data.outages].map((ref) => ref.id);
  const replyIds = new Map<string, number>();
  data.replies.forEach((reply, index) => {
    if (reply.id === undefined) return;
    if (replyIds.has(reply.id) || stories.includes(reply.id)) {
      problems.push({
        path: ["replies", index, "id"],
        message: `atteso un \`id\` che non sia già di un’altra risposta, né lo slug di un caso o di un blackout del dossier: ${reply.id} lo è`,
      });
    } else replyIds.set(reply.id, index);
  });
  data.replies.forEach((reply, index) => {
    reply.sources.forEach((id, at) => {
      if (sourceIds.includes(id)) return;
      problems.push({
        path: ["replies", index, "sources", at],
        message: sourceIds.length
          ? `atteso l’\`id\` di una fonte del dossier (${sourceIds.join(", ")}), o una fonte nuova in \`sources\` con \`id: ${id}\``
          : `atteso l’\`id\` di una fonte del dossier: aggiungi \`id: ${id}\` alla fonte in \`sources\``,
      });
    });
    const target = reply.inResponseTo;
    if (!stories.includes(target) && !replyIds.has(target)) {
      const known = [...stories, ...replyIds.keys()];
      const closest = closestMatches(target, known);
      problems.push({
        path: ["replies", index, "inResponseTo"],
        message: `atteso lo slug di un caso o di un blackout elencato in \`cases\` o \`outages\` di questo dossier, o l’\`id\` di un’altra risposta in \`replies\`${
          closest.length ? ` (forse: ${closest.join(", ")})` : ""
        }: una risposta deve rispondere a un post che esiste`,
      });
      return;
    }
    // Follow the answers up: a reply cannot, however far up, answer itself.
    const seen = new Set<number>([index]);
    let up = replyIds.get(target);
    while (up !== undefined) {
      if (seen.has(up)) {
        problems.push({
          path: ["replies", index, "inResponseTo"],
          message:
            "atteso un post a cui rispondere: seguendo `inResponseTo` di risposta in risposta, questa risposta torna a sé stessa",
        });
        break;
      }
      seen.add(up);
      up = replyIds.get(data.replies[up].inResponseTo);
    }
  });
  return problems;
}

/** A post's fields that need neither `image()` nor `reference()`: built once. */
const postFields = {
  account: nonEmpty("l’account che ha pubblicato il post"),
  handle: z
    .string()
    .regex(POST_HANDLE, {
      error: "atteso un nome come @NetflixIT (una @ e fino a 30 lettere, cifre, _ o .)",
    })
    .optional(),
  accountUrl: httpUrl.optional(),
  kind: z
    .enum(POST_KINDS, { error: `atteso uno di questi valori: ${POST_KINDS.join(", ")}` })
    .optional(),
  media: paragraph("una descrizione di che cosa mostrava il post").optional(),
  text: paragraph("le parole del post").optional(),
  url: httpUrl.optional(),
  alt: paragraph("una descrizione dello screenshot per chi non può vederlo").optional(),
};

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
    .refine((value) => value.kind === "text" || value.media !== undefined, {
      error:
        "atteso `media`, che cosa mostrava il post, oppure `kind: text` per un post di solo testo",
      path: ["media"],
    });

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
  throw new Error(`${where}: trovato ${JSON.stringify(value)}; ${reasons}`);
}

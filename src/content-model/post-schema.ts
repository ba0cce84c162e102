/**
 * A case's post, and the words around it: who posted it (and in what role), what it showed,
 * its words and their Italian translation as an outlet printed it, and the post it shared
 * when it reposted someone else's. An outage's statements take the same translation.
 */
import { z } from "astro/zod";
import { httpUrl, nonEmpty, paragraph, POST_HANDLE } from "./text-schema.ts";

/**
 * What a post was: words only, a picture, a video, or `media` when the sources say what it
 * showed but not in what form. Its card draws it so (`src/mdx-components/PostCard.astro`).
 */
export const POST_KINDS = ["text", "image", "video", "media"] as const;

/** A language tag as `lang` takes it: `en`, `es`, `pt-BR`. */
export const LANG_TAG = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** The language the original words are in, when it is not Italian and known: never guessed. */
export const lang = z
  .string({ error: "atteso il codice della lingua delle parole originali, come en o es" })
  .regex(LANG_TAG, {
    error: "atteso il codice della lingua delle parole originali, come en, es o pt-BR",
  });

/**
 * Words printed in another language, translated into Italian by an outlet: `text` as the
 * outlet printed it, `by` the outlet's name (a name, not a source's `id`), `url` its page.
 */
export const translationSchema = z.strictObject(
  {
    text: paragraph("la traduzione italiana, come l’ha pubblicata chi l’ha fatta"),
    by: nonEmpty(
      "chi ha pubblicato la traduzione: il nome della testata, come Corriere della Sera",
    ),
    url: httpUrl.optional(),
  },
  {
    error:
      "atteso una traduzione come gruppo di campi: `text` (la traduzione) e `by` (chi l’ha pubblicata) e, se c’è, `url` (la sua pagina)",
  },
);
export type TranslationData = z.output<typeof translationSchema>;

const handle = z.string({ error: "atteso un nome come @NetflixIT (un testo)" }).regex(POST_HANDLE, {
  error: "atteso un nome come @NetflixIT (una @ e fino a 30 lettere, cifre, _ o .)",
});
const postKind = z.enum(POST_KINDS, {
  error: `atteso uno di questi valori: ${POST_KINDS.join(", ")}`,
});

/**
 * A post says what it showed, unless it was words only (`kind: text`) or only shared someone
 * else's post (`repost`, which says what that one showed): the rule of a post and of a repost.
 */
export const MEDIA_RULE = {
  check: (value: { kind?: string; media?: string; repost?: unknown }) =>
    value.kind === "text" || value.media !== undefined || value.repost !== undefined,
  error: "atteso `media`, che cosa mostrava il post, oppure `kind: text` per un post di solo testo",
  /** A post's own words for it: it may also be a repost. */
  postError:
    "atteso `media`, che cosa mostrava il post, oppure `kind: text` per un post di solo testo, o `repost` per un post che ne condivide un altro",
  path: ["media"],
};

/** Words' language says which words: `lang` without `text` would mark nothing. */
export const LANG_RULE = {
  check: (value: { lang?: string; text?: string }) =>
    value.lang === undefined || value.text !== undefined,
  error: "atteso `text`, le parole originali, accanto a `lang`, la loro lingua",
  path: ["lang"],
};

/**
 * The post that a post shared, when it reposted someone else's: its words as printed, or
 * only their translation when that is all the sources give.
 */
export const repostSchema = z
  .strictObject(
    {
      account: nonEmpty("l’account del post condiviso"),
      handle: handle.optional(),
      kind: postKind.optional(),
      media: paragraph("una descrizione di che cosa mostrava il post condiviso").optional(),
      text: paragraph("le parole del post condiviso").optional(),
      lang: lang.optional(),
      translation: translationSchema.optional(),
    },
    {
      error:
        "atteso il post condiviso come gruppo di campi: almeno `account` e `text` (o `translation`)",
    },
  )
  .refine((value) => value.text !== undefined || value.translation !== undefined, {
    error:
      "atteso `text`, le parole del post condiviso, oppure `translation`, la loro traduzione come l’ha pubblicata una testata",
    path: ["text"],
  })
  .refine(MEDIA_RULE.check, { error: MEDIA_RULE.error, path: MEDIA_RULE.path })
  .refine(LANG_RULE.check, { error: LANG_RULE.error, path: LANG_RULE.path });
export type RepostData = z.output<typeof repostSchema>;

/** A post's fields that need neither `image()` nor `reference()`: built once. */
export const postFields = {
  account: nonEmpty("l’account che ha pubblicato il post"),
  /** The person's role at the brand, when they post for the company they run. */
  role: nonEmpty("il ruolo di chi ha pubblicato il post, come proprietario di X").optional(),
  handle: handle.optional(),
  accountUrl: httpUrl.optional(),
  kind: postKind.optional(),
  media: paragraph("una descrizione di che cosa mostrava il post").optional(),
  text: paragraph("le parole del post").optional(),
  lang: lang.optional(),
  translation: translationSchema.optional(),
  repost: repostSchema.optional(),
  url: httpUrl.optional(),
  alt: paragraph("una descrizione dello screenshot per chi non può vederlo").optional(),
};

/**
 * The components an author writes in an article's MDX, and the props each one takes, as
 * Zod schemas: the content check (plain TypeScript, run before Astro) validates every prop
 * an article writes against them, and `src/mdx-components/component-map.ts` proves at type level that each
 * component accepts whatever they accept, so the two cannot drift.
 *
 * They need no import (the article pages pass them to `<Content components={…} />`); an
 * article may still import one from its listed path, and nothing else.
 *
 * PostCard's props live here, in `postCardProps`: a new prop of the card is added there.
 */
import type { ImageMetadata } from "astro";
import { z } from "astro/zod";
import { PLATFORMS, POST_KINDS, SCOPES } from "../content-model/schema.ts";
import { lang, LANG_RULE, repostSchema, translationSchema } from "../content-model/post-schema.ts";
import { POST_HANDLE, textProblem } from "../content-model/text-schema.ts";
import { when } from "../content-model/when-schema.ts";
import { isSafeUrl, URL_RULE } from "../content-model/safe-url.ts";

/**
 * A picture imported at the top of the article (`import shot from "./immagini/post.png"`):
 * what the content check puts where a prop names it. In the page it is Astro's metadata.
 */
export class ImportedPicture {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

/** A text prop: the rule of every text field of the schema (`textProblem`), trimmed. */
const text = (max: number) =>
  z.string({ error: "atteso un testo tra virgolette" }).superRefine((value, ctx) => {
    const problem = textProblem(value.trim(), "un testo", max);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const address = z
  .string({ error: "atteso un indirizzo tra virgolette" })
  .max(2000, { error: "atteso un indirizzo di al massimo 2000 caratteri" })
  .refine(isSafeUrl, { error: `atteso ${URL_RULE}` });

/** The id of a component's heading: an address fragment the site does not use itself. */
const ownId = z
  .string({ error: "atteso un id tra virgolette" })
  .regex(/^[a-z][a-z0-9-]{0,63}$/, {
    error: "atteso un id di lettere minuscole, cifre e trattini, come scheda-rai",
  })
  .refine((id) => !isSiteId(id), { error: "atteso un id che il sito non usa già" });

const picture = z.custom<ImageMetadata>((value) => value instanceof ImportedPicture, {
  error: "atteso il nome di un’immagine importata in cima all’articolo, come {post}",
});

const moment = when;

export const timelineProps = z.strictObject({
  events: z
    .array(
      z.strictObject({
        when: moment,
        text: text(500),
        href: address.optional(),
      }),
      { error: 'atteso un elenco di eventi: [{ when: …, text: "…" }]' },
    )
    .min(1, { error: "atteso almeno un evento" })
    .max(100, { error: "atteso al massimo 100 eventi" }),
  title: text(200).optional(),
});

export const statementProps = z.strictObject({
  who: text(200),
  text: text(2000),
  lang: lang.optional(),
  translation: translationSchema.optional(),
  when: moment.optional(),
  source: address.optional(),
});

/** A post as the card draws it: `kind` says what it was; only a text post needs no `media`. */
export const postCardProps = z
  .strictObject({
    account: text(200),
    role: text(200).optional(),
    handle: z
      .string()
      .regex(POST_HANDLE, {
        error: "atteso un nome come @NetflixIT (una @ e fino a 30 lettere, cifre, _ o .)",
      })
      .optional(),
    accountUrl: address.optional(),
    platform: z.enum(PLATFORMS, { error: `atteso uno di questi valori: ${PLATFORMS.join(", ")}` }),
    kind: z
      .enum(POST_KINDS, { error: `atteso uno di questi valori: ${POST_KINDS.join(", ")}` })
      .optional(),
    date: moment,
    media: text(1000).optional(),
    text: text(2000).optional(),
    lang: lang.optional(),
    translation: translationSchema.optional(),
    repost: repostSchema.optional(),
    url: address.optional(),
    image: picture.optional(),
    alt: text(1000).optional(),
  })
  .refine((props) => !props.image || props.alt !== undefined, {
    error: "atteso `alt`, la descrizione dello screenshot, insieme a `image`",
    path: ["alt"],
  })
  .refine((props) => props.kind === "text" || props.media !== undefined || !!props.repost, {
    error:
      'atteso `media`, che cosa mostrava il post, oppure `kind="text"` per un post di solo testo, o `repost` per un post che ne condivide un altro',
    path: ["media"],
  })
  .refine(LANG_RULE.check, { error: LANG_RULE.error, path: LANG_RULE.path });

export const factBoxProps = z.strictObject({
  services: z
    .array(z.strictObject({ name: text(200), href: address }))
    .max(20, { error: "atteso al massimo 20 servizi" })
    .optional(),
  start: moment,
  end: moment.optional(),
  downtime: text(200).optional(),
  scope: z.enum(SCOPES, { error: `atteso uno di questi valori: ${SCOPES.join(", ")}` }),
  regions: z.array(text(200)).max(50, { error: "atteso al massimo 50 regioni" }).optional(),
  cause: text(1000).optional(),
  title: text(200).optional(),
  id: ownId.optional(),
});

export const sourceNoteProps = z.strictObject({
  title: text(200).optional(),
  id: ownId.optional(),
});

/** Each component, the props it takes and the one path it may be imported from. */
export const AUTHOR_COMPONENTS = {
  Timeline: { props: timelineProps, path: "@components/Timeline.astro" },
  Statement: { props: statementProps, path: "@components/Statement.astro" },
  PostCard: { props: postCardProps, path: "@components/PostCard.astro" },
  FactBox: { props: factBoxProps, path: "@components/FactBox.astro" },
  SourceNote: { props: sourceNoteProps, path: "@components/SourceNote.astro" },
} as const;

export type MdxComponentName = keyof typeof AUTHOR_COMPONENTS;
export const MDX_COMPONENTS = Object.keys(AUTHOR_COMPONENTS) as MdxComponentName[];

/** What an article may write as the props of each component (before the component's own parsing). */
export type MdxComponentProps = {
  [Name in MdxComponentName]: z.input<(typeof AUTHOR_COMPONENTS)[Name]["props"]>;
};

/**
 * `true` when a component takes every prop its schema accepts, each with a compatible type;
 * each component states `true satisfies TakesSchemaProps<Props, "Name">`, so astro check
 * fails when the schema and the component drift apart.
 */
export type TakesSchemaProps<Props, Name extends MdxComponentName> = [
  Exclude<keyof MdxComponentProps[Name], keyof Props>,
] extends [never]
  ? MdxComponentProps[Name] extends Props
    ? true
    : false
  : false;

export function isAuthorComponent(name: string): name is MdxComponentName {
  return Object.hasOwn(AUTHOR_COMPONENTS, name);
}

/**
 * Ids the site's layouts and components give their own elements: an article's heading or
 * element with one of them would take the site's anchor (`#fonti`, `#correzioni`) or hide
 * it. tests/unit/mdx-check.test.ts checks that every literal `id="…"` in src/ is listed.
 */
export const SITE_IDS = new Set([
  ...["argomenti", "blackout-collegati", "blackout-marchio", "calendario", "casi"],
  ...["casi-collegati", "casi-marchio", "che-cosa", "condividi", "contatti", "contenuto"],
  ...["contesto", "correlati", "correzioni", "cronologia", "date-e-ore", "dichiarazioni"],
  ...["dove-andare", "due-giornate", "fonti", "fonti-e-fatti", "giornata", "giornata-grafico"],
  ...["giornate", "indice", "ingredienti", "la-nostra-lettura", "licenza", "limiti"],
  ...["nota-sulle-fonti"],
  ...["primo-piano", "q", "reazioni", "risposta", "scheda", "sintomi", "ultimi"],
]);

/** An id the site uses, or one of its numbered variants (`fonti-1`, `scheda-2`). */
export function isSiteId(id: string): boolean {
  return SITE_IDS.has(id.toLowerCase().replace(/-\d+$/, "")) || SITE_IDS.has(id.toLowerCase());
}

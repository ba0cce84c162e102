/**
 * What `npm run new` asks for each kind of entry: the questions, where each answer goes in
 * the frontmatter, which are required, and what is written when one is left empty.
 */
import { PLACEHOLDER_MARK } from "../../src/content-model/publishing.ts";
import {
  BRAND_KINDS,
  PLATFORMS,
  SCOPES,
  type CollectionName,
} from "../../src/content-model/schema.ts";

export const ENTRY_KINDS = {
  case: "cases",
  outage: "outages",
  brand: "brands",
  dossier: "dossier",
} as const satisfies Record<string, CollectionName>;
export type EntryKind = keyof typeof ENTRY_KINDS;

export function isEntryKind(value: string): value is EntryKind {
  return Object.hasOwn(ENTRY_KINDS, value);
}

/** What an answer holds: a list of slugs, a moment, or text. */
export type Format = "text" | "plain" | "when" | "list";

export interface Question {
  /** The command-line flag, without `--`. */
  flag: string;
  /**
   * Where the answer goes: a frontmatter field, `sources.0.title` for the first source,
   * `post.text` for the post's card; none for an answer that only shapes the draft's body.
   */
  field?: string;
  /** The question, in Italian. */
  label: string;
  format: Format;
  /** Needed on the command line unless there is a fallback; in a terminal it must be answered. */
  required: boolean;
  /** Asked in a terminal; `false` only for what the command sets by itself. */
  ask?: boolean;
  /** The collection whose slugs are the possible answers. */
  reference?: CollectionName;
  /** The possible answers. */
  options?: readonly string[];
  /** Questions asked again together when one of them is refused. */
  group?: string;
  /** Written when nothing is given. */
  fallback?: (today: string) => string;
  /** Why a fallback must be checked: written beside it as a "DA COMPLETARE" note. */
  hint?: string;
}

/** The forms of an honest time, as a reminder in the questions. */
const WHEN_HINT = "2018-06-12T20:25:00+02:00, 2018-06-12, { day: 2018-06-12, part: evening }";

const title: Question = {
  flag: "title",
  field: "title",
  label: "Titolo",
  format: "text",
  required: true,
};
const description: Question = {
  flag: "description",
  field: "description",
  label: "Descrizione: una frase che riassume l’articolo",
  format: "text",
  required: false,
  fallback: () => `${PLACEHOLDER_MARK}: una frase che riassume l’articolo`,
};
const published: Question = {
  flag: "published",
  field: "published",
  label: "Data di pubblicazione (oggi, se non la indichi; una data futura la programma)",
  format: "when",
  required: false,
  ask: false,
  fallback: (today) => today,
};
const brand: Question = {
  flag: "brand",
  field: "brand",
  label: "Marchio",
  format: "plain",
  required: true,
  reference: "brands",
};
const sourceTitle: Question = {
  flag: "source",
  field: "sources.0.title",
  label: "Prima fonte: il titolo com’è stato pubblicato, o la testata se il titolo non è noto",
  format: "text",
  required: false,
  fallback: () => `${PLACEHOLDER_MARK}: il titolo della fonte com’è stato pubblicato, o la testata`,
};
const sourceUrl: Question = {
  flag: "source-url",
  field: "sources.0.url",
  label: "Prima fonte: indirizzo (facoltativo)",
  format: "plain",
  required: false,
};

/**
 * What is known of a case, asked as questions: each answer may be empty, because "not known"
 * is a true answer. The post's answers fill its card; the others shape the body.
 */
const CASE_KNOWLEDGE: Question[] = [
  {
    flag: "account",
    field: "post.account",
    label:
      "Chi ha pubblicato il post? Il nome dell’account come lo danno le fonti (vuoto se non si sa)",
    format: "text",
    required: false,
  },
  {
    flag: "post-text",
    field: "post.text",
    label: "Le parole del post, come le riporta una fonte (vuoto se nessuna le riporta)",
    format: "text",
    required: false,
  },
  {
    flag: "post-media",
    field: "post.media",
    label: "Che cosa mostrava il post, oltre alle parole? (vuoto se le fonti non lo dicono)",
    format: "text",
    required: false,
  },
  {
    flag: "moment",
    label: "Che cosa si sa del momento: l’ora, che cosa stava succedendo (vuoto se solo la data)",
    format: "text",
    required: false,
  },
  {
    flag: "reception",
    label: "Che cosa si sa di come è stato accolto: numeri, risposte, giudizi (vuoto se non si sa)",
    format: "text",
    required: false,
  },
];

export const QUESTIONS: Record<EntryKind, Question[]> = {
  case: [
    title,
    description,
    published,
    brand,
    {
      flag: "platform",
      field: "platform",
      label:
        "Dove è apparso il post: twitter prima di luglio 2023, x dopo, unknown se le fonti non lo dicono",
      format: "plain",
      required: true,
      options: PLATFORMS,
    },
    {
      flag: "date",
      field: "date",
      label: `Quando è apparso il post (${WHEN_HINT})`,
      format: "when",
      required: false,
      fallback: (today) => today,
      hint: "quando è apparso il post, con la precisione che danno le fonti",
    },
    {
      flag: "outage",
      field: "outage",
      label: "Il blackout che l’ha innescato (facoltativo se indichi un evento)",
      format: "plain",
      required: false,
      reference: "outages",
      group: "trigger",
    },
    {
      flag: "event",
      field: "event",
      label: "L’evento che l’ha innescato (facoltativo se indichi un blackout)",
      format: "text",
      required: false,
      group: "trigger",
    },
    {
      flag: "in-response-to",
      field: "inResponseTo",
      label: "Il caso a cui risponde (facoltativo)",
      format: "plain",
      required: false,
      reference: "cases",
    },
    ...CASE_KNOWLEDGE,
    sourceTitle,
    sourceUrl,
  ],
  outage: [
    title,
    description,
    published,
    brand,
    {
      flag: "hashtag",
      field: "hashtag",
      label: "Hashtag, con il # (solo se una fonte lo riporta)",
      format: "text",
      required: false,
    },
    {
      flag: "start",
      field: "start",
      label: `Quando è iniziato (${WHEN_HINT})`,
      format: "when",
      required: false,
      fallback: (today) => today,
      hint: "quando è iniziato, con la precisione che danno le fonti",
    },
    {
      flag: "scope",
      field: "scope",
      label: "Portata",
      format: "plain",
      required: false,
      options: SCOPES,
      fallback: () => "national",
      hint: `la portata (${SCOPES.join(", ")})`,
    },
    sourceTitle,
    sourceUrl,
  ],
  brand: [
    { flag: "name", field: "name", label: "Nome del marchio", format: "text", required: true },
    {
      flag: "kind",
      field: "kind",
      label: "Tipo",
      format: "plain",
      required: true,
      options: BRAND_KINDS,
    },
    {
      flag: "color",
      field: "color",
      label: "Colore del marchio, in esadecimale (#E50914)",
      format: "text",
      required: true,
    },
    {
      flag: "website",
      field: "website",
      label: "Sito ufficiale (https://…)",
      format: "plain",
      required: true,
    },
    {
      flag: "description",
      field: "description",
      label: "Descrizione (facoltativa)",
      format: "text",
      required: false,
    },
  ],
  dossier: [
    title,
    description,
    published,
    {
      flag: "outages",
      field: "outages",
      label: "I blackout di cui parla, separati da virgole (facoltativo)",
      format: "list",
      required: false,
      reference: "outages",
    },
    {
      flag: "cases",
      field: "cases",
      label: "I casi di cui parla, separati da virgole (facoltativo)",
      format: "list",
      required: false,
      reference: "cases",
    },
    sourceTitle,
    sourceUrl,
  ],
};

export function questionsFor(kind: EntryKind): Question[] {
  return QUESTIONS[kind];
}

/** The answers given, by flag. */
export type Answers = Partial<Record<string, string>>;

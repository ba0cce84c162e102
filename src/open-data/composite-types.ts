/**
 * The values made of other fields that several records share: a moment, a translation, a
 * source, a statement, a post and the post it reposted. Part of the schema of `json-schema.ts`.
 */
import { LANG_TAG, POST_KINDS } from "../content-model/post-schema.ts";
import { POST_HANDLE } from "../content-model/text-schema.ts";
import { DAY_PARTS } from "../content-model/time.ts";
import {
  DAY,
  INSTANT,
  MONTH,
  object,
  oneOf,
  ref,
  text,
  url,
  type SchemaNode,
} from "./schema-nodes.ts";

/** The language of the original words, when it is not Italian and known. */
const lang: SchemaNode = {
  type: "string",
  pattern: LANG_TAG.source,
  description:
    "La lingua delle parole originali, quando non è l’italiano ed è nota: un codice come en o es.",
  examples: ["en"],
};

export const PRECISIONS = ["minute", "day", "part", "span", "month", "period"] as const;

/** A moment with exactly the precision the site states, never more (`src/content-model/time.ts`). */
export const moment = object(
  "Un momento, con la precisione con cui lo conosciamo e mai di più.",
  {
    precision: oneOf(
      PRECISIONS,
      "Che cosa se ne sa: minute (il minuto), day (solo il giorno), part (solo la parte del giorno), span (solo tra quali ore), month (solo il mese), period (solo tra quali mesi).",
    ),
    datetime: {
      type: "string",
      pattern: `^(${INSTANT}|${DAY}|${MONTH})$`,
      description:
        "Il valore dell’attributo datetime della pagina: un istante in UTC per minute, il giorno (ora italiana) per day, part e span, il mese per month, il primo mese per period.",
      examples: ["2021-10-04T15:30:00.000Z", "2018-06-12", "2018-05"],
    },
    approx: {
      type: "boolean",
      description: "true quando le fonti danno l’ora come approssimativa («verso le», «circa»).",
      examples: [false],
    },
    part: oneOf(
      DAY_PARTS,
      "Solo per part: morning (6–12), afternoon (12–18), evening (18–24), night (0–6), in ora italiana.",
    ),
    from: {
      type: "string",
      pattern: `^(${INSTANT}|${MONTH})$`,
      description:
        "Solo per span (un istante in UTC) e period (un mese): l’inizio dell’intervallo.",
      examples: ["2018-06-12T15:30:00.000Z"],
    },
    to: {
      type: "string",
      pattern: `^(${INSTANT}|${MONTH})$`,
      description: "Solo per span e period: la fine dell’intervallo.",
      examples: ["2018-06-12T19:00:00.000Z"],
    },
    label: text(
      "Il momento come lo scrive il sito, in ora italiana.",
      "4 ottobre 2021, verso le 17:30",
    ),
  },
  ["precision", "datetime", "approx", "label"],
);

export const translation = object(
  "Una traduzione in italiano come l’ha pubblicata una testata.",
  {
    text: text(
      "Il testo tradotto.",
      "Siamo al corrente dei problemi che alcune persone stanno incontrando con WhatsApp al momento.",
    ),
    by: text("Chi ha tradotto: la testata.", "Blitz Quotidiano"),
    url: url("La pagina della traduzione.", "https://www.example.com/articolo"),
  },
  ["text", "by"],
);

export const source = object(
  "Una fonte dell’articolo.",
  {
    title: text("Il titolo, o la testata quando il titolo non è noto.", "Il Cirotano"),
    publisher: text("La testata o l’editore.", "Today.it"),
    author: text("L’autore.", "Giuseppe Latorraca"),
    url: url("L’indirizzo, quando è noto.", "https://www.example.com/articolo"),
    date: {
      type: "string",
      pattern: `^(${DAY}|${MONTH})$`,
      description: "Il giorno di pubblicazione, o solo il mese quando la pagina non dice di più.",
      examples: ["2021-10-04", "2021-10"],
    },
  },
  ["title"],
);

export const statement = object(
  "Una dichiarazione sul blackout, con le parole com’è stata pubblicata.",
  {
    who: text("Chi l’ha fatta, e dove.", "Facebook, su Twitter"),
    text: text("Le parole, nella lingua in cui sono state pubblicate.", "We're aware that…"),
    lang,
    translation: ref("translation", "La traduzione in italiano, quando una testata l’ha data."),
    when: ref("moment", "Quando, se è noto."),
    source: url("La pagina che la riporta.", "https://www.example.com/articolo"),
  },
  ["who", "text"],
);

const postBody = {
  account: text("L’account che ha pubblicato.", "Netflix Italia"),
  handle: { ...text("Il nome utente, con la @.", "@NetflixIT"), pattern: POST_HANDLE.source },
  kind: oneOf(
    POST_KINDS,
    "Che cosa era: text, image, video, o media quando non si sa in che forma.",
  ),
  media: text("Che cosa mostrava, a parole.", "La risposta di Instagram al saluto di Twitter."),
  text: text("Le parole, nella lingua in cui sono state pubblicate.", "Hi and happy Monday"),
  lang,
  translation: ref("translation", "La traduzione in italiano, quando una testata l’ha data."),
};

export const repost = object("Il post altrui che questo post ricondivideva.", postBody, [
  "account",
]);

export const post = object(
  "Il post, come lo riportano le fonti.",
  {
    account: postBody.account,
    handle: postBody.handle,
    accountUrl: url("La pagina dell’account.", "https://www.example.com/account"),
    role: text(
      "Il ruolo di chi ha scritto, quando una persona scrive per l’azienda che guida.",
      "proprietario di X",
    ),
    kind: postBody.kind,
    media: postBody.media,
    text: postBody.text,
    lang,
    translation: postBody.translation,
    url: url("L’indirizzo del post.", "https://www.example.com/post"),
    repost: ref("repost", "Il post ricondiviso, se lo era."),
  },
  ["account"],
);

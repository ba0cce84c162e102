/**
 * The JSON Schema (draft 2020-12) of the open data files of `/dati/`, and the one place their
 * fields are named and explained: the CSV columns (`csv.ts`) and the tables of `/dati/`
 * (`field-docs.ts`) are read off it, so a field is described once. Field names are English
 * camelCase, as in the content model (`inResponseTo`); descriptions are Italian, for readers.
 *
 * Only a small part of the standard is used (see `SchemaNode`), so that a reader's tool and
 * the build test's validator (`tests/support/json-schema-validator.ts`) read it the same way.
 */
import { BRAND_KINDS, PLATFORMS, SCOPES } from "../content-model/schema.ts";
import { absoluteUrl, sitePath } from "../content-model/urls.ts";
import { moment, post, repost, source, statement, translation } from "./composite-types.ts";
import {
  DAY,
  INSTANT,
  list,
  object,
  oneOf,
  ref,
  slug,
  text,
  url,
  type SchemaNode,
} from "./schema-nodes.ts";

export type { SchemaNode } from "./schema-nodes.ts";

/** The fields every article begins with; examples from one article of the kind. */
const articleStart = (section: string, slugExample: string, title: string, summary: string) => ({
  slug: slug("L’identificativo: l’ultima parte dell’indirizzo della pagina.", slugExample),
  url: url("La pagina sul sito.", absoluteUrl(sitePath(`/${section}/${slugExample}/`))),
  title: text("Il titolo dell’articolo.", title),
  description: text("Il sommario dell’articolo, in una o due frasi.", summary),
});
/** The fields every article's record has: the first of `articleStart`, the last of `articleEnd`. */
const ARTICLE_FIRST = ["slug", "url", "title", "description"];
const ARTICLE_LAST = ["sources", "tags", "published"];
const articleEnd = {
  sources: list(
    ref("source", "Una fonte."),
    "Le fonti dell’articolo, nell’ordine della pagina.",
    1,
  ),
  tags: list(text("Un argomento.", "ottobre 2021"), "Gli argomenti dell’articolo."),
  published: {
    type: "string",
    pattern: `^(${INSTANT}|${DAY})$`,
    description: "Il giorno (o l’istante, in UTC) di pubblicazione.",
    examples: ["2026-11-30"],
  } satisfies SchemaNode,
  updated: {
    type: "string",
    pattern: `^(${INSTANT}|${DAY})$`,
    description: "Il giorno (o l’istante) dell’ultimo aggiornamento, se c’è stato.",
    examples: ["2026-12-07"],
  } satisfies SchemaNode,
};

const outage = object(
  "Un blackout.",
  {
    ...articleStart(
      "blackout",
      "netflix-down-giugno-2018",
      "#NetflixDown: la sera in cui Netflix è diventata nera",
      "L’11 giugno 2018, in serata, Netflix ha smesso di funzionare…",
    ),
    brand: slug("Il marchio o l’azienda del servizio (uno slug di marchi.json).", "facebook"),
    services: list(
      slug("Un marchio.", "instagram"),
      "I servizi che si sono spenti (slug di marchi.json); il solo brand quando è l’unico.",
      1,
    ),
    hashtag: text("L’hashtag usato da chi ne parlava, se le fonti lo riportano.", "#NetflixDown"),
    start: ref("moment", "Quando è cominciato."),
    end: ref("moment", "Quando è finito, se è noto."),
    downtime: text(
      "Quanto è durato davvero, a parole, quando non è l’intervallo da start a end.",
      "circa sei ore",
    ),
    scope: oneOf(SCOPES, "La portata: global (mondiale), national (nazionale), local (locale)."),
    regions: list(text("Una zona.", "Italia"), "Le zone colpite, come le nominano le fonti."),
    symptoms: list(
      text("Un sintomo.", "il feed di Instagram non si aggiornava"),
      "Che cosa vedeva chi usava il servizio.",
    ),
    cause: text("La causa, se è nota.", "Durante una manutenzione ordinaria, un comando…"),
    statements: list(
      ref("statement", "Una dichiarazione."),
      "Le dichiarazioni dei diretti interessati.",
    ),
    ...articleEnd,
  },
  [
    ...ARTICLE_FIRST,
    "brand",
    "services",
    "start",
    "scope",
    "regions",
    "symptoms",
    "statements",
    ...ARTICLE_LAST,
  ],
);

const caseStudy = object(
  "Un caso di instant marketing: un post e il suo contesto.",
  {
    ...articleStart(
      "instant-marketing",
      "netflix-festa-della-mamma",
      "Netflix Italia e la festa della mamma",
      "Anche la festa della mamma, domenica 13 maggio 2018, è stata…",
    ),
    brand: slug("Chi ha pubblicato il post (uno slug di marchi.json).", "netflix"),
    platform: oneOf(
      PLATFORMS,
      "Dove: twitter (prima del luglio 2023), x (dopo), instagram, facebook, tiktok, other, unknown (le fonti non lo dicono).",
    ),
    date: ref("moment", "Quando è uscito il post."),
    event: text(
      "Che cosa l’ha innescato, quando non è (solo) un blackout.",
      "La festa della mamma, domenica 13 maggio 2018",
    ),
    outage: slug(
      "Il blackout a cui rispondeva (uno slug di blackout.json).",
      "instagram-down-giugno-2018",
    ),
    inResponseTo: slug(
      "Il post a cui rispondeva (uno slug di instant-marketing.json).",
      "twitter-saluta-letteralmente-tutti",
    ),
    post: ref("post", "Il post, se le fonti ne riportano qualcosa."),
    ...articleEnd,
  },
  [...ARTICLE_FIRST, "brand", "platform", "date", ...ARTICLE_LAST],
);

const brand = object(
  "Un marchio, un’azienda o una persona di cui il sito racconta blackout o post.",
  {
    slug: slug("L’identificativo, usato da brand, services e outage negli altri file.", "netflix"),
    url: url("La pagina del marchio sul sito.", absoluteUrl(sitePath("/marchi/netflix/"))),
    name: text("Il nome.", "Netflix"),
    kind: oneOf(
      BRAND_KINDS,
      "Che cosa è: streaming, social, messaging, broadcaster, club (una società sportiva), influencer (una persona), other.",
    ),
    website: url("Il sito ufficiale.", "https://www.netflix.com/it/"),
    description: text("Una descrizione, se c’è.", "Servizio di streaming di serie e film…"),
  },
  ["slug", "url", "name", "kind", "website"],
);

const DEFS = {
  moment,
  translation,
  source,
  statement,
  repost,
  post,
  outage,
  case: caseStudy,
  brand,
};
export type RecordKind = "outage" | "case" | "brand";
type DefName = keyof typeof DEFS;

/** The fields made of other fields, by their Italian names (one, many), in the order `/dati/` explains them. */
export const DEF_NAMES = {
  moment: ["momento", "momenti"],
  statement: ["dichiarazione", "dichiarazioni"],
  translation: ["traduzione", "traduzioni"],
  source: ["fonte", "fonti"],
  post: ["post", "post"],
  repost: ["post ricondiviso", "post ricondivisi"],
} as const satisfies Partial<Record<DefName, readonly [one: string, many: string]>>;
export type CompositeType = keyof typeof DEF_NAMES;

/** The composite type a node refers to, if any. */
export function defOf(node: SchemaNode): CompositeType | undefined {
  const name = node.$ref?.replace(/^#\/\$defs\//, "");
  return name !== undefined && Object.hasOwn(DEF_NAMES, name) ? (name as CompositeType) : undefined;
}

/** The schema of a composite type, for its table on `/dati/`. */
export const compositeSchema = (name: CompositeType): SchemaNode => DEFS[name];

/** What every file says first: its licence and where it comes from. */
const header = {
  $schema: url(
    "L’indirizzo dello schema che descrive il file.",
    absoluteUrl(sitePath("/dati/blackout.schema.json")),
  ),
  license: object(
    "La licenza dei dati.",
    {
      name: text("Il nome.", "CC BY 4.0"),
      url: url("Il testo.", "https://creativecommons.org/licenses/by/4.0/deed.it"),
    },
    ["name", "url"],
  ),
  source: object(
    "Da dove vengono: chi citare.",
    {
      name: text("Il sito.", "Schermo Nero"),
      url: url("La pagina che spiega i dati.", absoluteUrl(sitePath("/dati/"))),
    },
    ["name", "url"],
  ),
};

/** The schema of one file: its header, then `records`, every item of one kind. */
export function fileSchema(kind: RecordKind, id: string, title: string): SchemaNode {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: id,
    title,
    type: "object",
    properties: {
      ...header,
      records: list(
        ref(kind, "Una voce."),
        kind === "brand"
          ? "Tutte le voci, per nome, come nella pagina dei marchi."
          : "Tutte le voci, dalla più recente, come nella pagina della sezione.",
      ),
    },
    required: ["license", "source", "records"],
    additionalProperties: false,
    $defs: DEFS,
  };
}

/** A node with its `$ref` followed, and the description of the reference kept. */
export function resolved(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace(/^#\/\$defs\//, "");
  const target: SchemaNode | undefined = Object.hasOwn(DEFS, name)
    ? DEFS[name as keyof typeof DEFS]
    : undefined;
  if (!target) throw new Error(`open data schema: ${node.$ref} is not defined`);
  return { ...target, description: node.description ?? target.description };
}

/** The schema of one kind of record, as `records` holds it. */
export function recordSchema(kind: RecordKind): SchemaNode {
  return DEFS[kind];
}

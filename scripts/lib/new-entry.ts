/**
 * What `npm run new` writes: a new content file that passes the content check, from a few
 * answers. The command (`scripts/new.ts`) only asks and writes; every rule lives here.
 *
 * An article is always created as a draft, with "DA COMPLETARE" notes where the author has
 * still to write: the content check refuses to publish a page that keeps one. A case is not
 * given a fixed list of headings: the command asks what is known of the post, of its moment
 * and of its reception, and the draft's sections follow from the answers (no «Le reazioni»
 * when nobody knows how the post was received, but a sentence that says so).
 */
import { CORE_SCHEMA, dump, load, timestampTag, type DumpOptions } from "js-yaml";
import {
  checkContent,
  COLLECTION_EXTENSIONS,
  formatProblem,
  type ContentFile,
} from "../../src/content-check/content-check.ts";
import { PLACEHOLDER_MARK } from "../../src/content-model/publishing.ts";
import {
  BRAND_KINDS,
  PLATFORMS,
  SCOPES,
  type CollectionName,
} from "../../src/content-model/schema.ts";
import { slugify } from "../../src/content-model/strings.ts";
import { romeDay } from "../../src/content-model/time.ts";
import { absoluteUrl, entryPath } from "../../src/content-model/urls.ts";

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
type Format = "text" | "plain" | "when" | "list";

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

const QUESTIONS: Record<EntryKind, Question[]> = {
  case: [
    title,
    description,
    published,
    brand,
    {
      flag: "platform",
      field: "platform",
      label: "Social network del post",
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

/** Headings of the body of an outage and of a dossier, each with what to write under it. */
const BODY: Record<"outage" | "dossier", Array<[heading: string, hint: string]>> = {
  outage: [
    [
      "",
      "due o tre frasi: che cosa si è fermato, quando e per chi. I sintomi vanno in `symptoms` e le dichiarazioni in `statements`: la pagina li mostra da sola, non ripeterli qui",
    ],
    ["Come è andata", "la cronologia, con gli orari che danno le fonti"],
    ["Il ritorno", "la fine del guasto e la causa, se nota"],
  ],
  dossier: [
    ["", "due o tre frasi: il filo che lega i fatti di questo dossier"],
    ["I fatti", "i blackout e i casi, in ordine di tempo"],
    ["Il filo comune", "che cosa hanno in comune e che cosa li distingue"],
    ["Che cosa resta", "che cosa insegnano a chi fa comunicazione"],
  ],
};

/** A note for the author, in an MDX comment: an answer quoted in it cannot close it early. */
function note(hint: string): string {
  const safe = hint
    .replaceAll("*/", "* /")
    .replace(/[{}]/g, (brace) => (brace === "{" ? "(" : ")"));
  return `{/* ${PLACEHOLDER_MARK}: ${safe}. */}`;
}

/**
 * A case's body, shaped by what is known. The card above the text shows the post's words, so
 * a section about the post exists only when something of it is known; a section about its
 * reception only when something is known of it, and otherwise one plain sentence says that it
 * is not. A case of which little is known stays short.
 */
export function caseBody(answers: Answers): string {
  const given = (flag: string) => answers[flag]?.trim() ?? "";
  const [text, media, moment, reception] = ["post-text", "post-media", "moment", "reception"].map(
    given,
  );
  const parts = [
    note("due o tre frasi: chi ha pubblicato che cosa, e perché vale la pena leggerne"),
  ];
  if (moment) {
    parts.push(
      "## Il momento",
      note(
        `che cosa stava succedendo quando è uscito il post. Dalle tue risposte: «${moment}». Il riquadro in testa alla pagina dà già il blackout o l’evento: qui racconta il resto`,
      ),
    );
  }
  if (text || media) {
    parts.push(
      text ? "## Che cosa diceva" : "## Che cosa mostrava",
      note(
        text
          ? "commenta le parole del post: la scheda del post le mostra già, qui di’ che cosa fanno, a chi parlano, che cosa lasciano capire"
          : "commenta quello che il post mostrava; le parole non sono note, e la scheda del post lo dice",
      ),
    );
  } else {
    parts.push(
      "Le fonti non riportano il post: non se ne conoscono né le parole né le immagini.",
      note(
        "racconta lo spunto e perché si prestava all’instant marketing. Di questo post si sa poco: l’articolo resta breve",
      ),
    );
  }
  if (reception) {
    parts.push(
      "## Come è stato accolto",
      note(
        `quello che le fonti dicono dell’accoglienza, a nome di chi lo dice. Dalle tue risposte: «${reception}»`,
      ),
    );
  } else {
    parts.push(
      "Come sia stato accolto il post non si sa: le fonti non lo dicono.",
      note(
        "non scrivere che il post ha funzionato: di’ che cosa rende il caso degno di essere letto",
      ),
    );
  }
  parts.push(
    "<SourceNote>",
    note("che cosa riportano le fonti e che cosa non si sa: l’ora, le parole, l’accoglienza"),
    "</SourceNote>",
  );
  return parts.join("\n\n");
}

export function questionsFor(kind: EntryKind): Question[] {
  return QUESTIONS[kind];
}

export type Answers = Partial<Record<string, string>>;

export interface NewEntryContext {
  /** Every file of the content folder, as `readContentFiles` returns them. */
  files: ContentFile[];
  /** The moment of writing: sets today's date (in Rome) and what is scheduled. */
  now: Date;
  /** How the content folder is named in messages: `content`. */
  root?: string;
}

export interface NewEntryProblem {
  /** The question the problem is about, when there is one. */
  flag?: string;
  message: string;
}

export type NewEntryPlan =
  | {
      ok: true;
      collection: CollectionName;
      slug: string;
      file: ContentFile;
      /** Where readers will find the page. */
      url: string;
      /** The flags given no value, whose fallback the author must check. */
      pending: string[];
    }
  | { ok: false; problems: NewEntryProblem[] };

/** The slugs in use in one collection. */
export function slugsIn(files: ContentFile[], collection: CollectionName): string[] {
  const extension = COLLECTION_EXTENSIONS[collection];
  return files
    .map((file) => file.path.split("/"))
    .filter(([folder, name, rest]) => folder === collection && !rest && name.endsWith(extension))
    .map(([, name]) => name.slice(0, -extension.length))
    .sort();
}

/**
 * YAML as the content check reads it: a string that would read as something else (`#RaiDown`,
 * `true`, `123`) is quoted; one line per field, a moment or a list inline. Dates and moments
 * stay plain (`2018-06-12`), as authors write them.
 */
const FIELD_YAML: DumpOptions = {
  schema: CORE_SCHEMA,
  lineWidth: -1,
  flowLevel: 1,
  quoteStyle: "double",
};

/** For words: Astro reads `2018-06-12` as a date, so a text that looks like one is quoted. */
const TEXT_YAML: DumpOptions = { ...FIELD_YAML, schema: CORE_SCHEMA.withTags([timestampTag]) };

/** An answer as the value it stands for: a list is split at commas, a moment may be a mapping. */
function answerValue(answer: string, format: Format): unknown {
  if (format === "list") {
    return answer
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean);
  }
  // A moment may be a flow mapping such as `{ day: 2018-06-11, part: evening }`; if it is not
  // valid YAML, it stays text, and the content check says what a moment looks like.
  if (format === "when" && answer.startsWith("{")) {
    try {
      return load(answer, { schema: CORE_SCHEMA, maxAliases: 0 });
    } catch {
      return answer;
    }
  }
  return answer;
}

function frontmatterOf(kind: EntryKind, answers: Answers, today: string) {
  const lines: string[] = [];
  const source: Record<string, unknown> = {};
  const pending: string[] = [];
  const post: Record<string, unknown> = {};
  for (const question of QUESTIONS[kind]) {
    if (!question.field) continue;
    const given = answers[question.flag]?.trim();
    const value = given || question.fallback?.(today);
    if (!value) continue;
    if (!given && (question.hint || value.startsWith(PLACEHOLDER_MARK))) {
      pending.push(question.flag);
    }
    const key = question.field.split(".").at(-1)!;
    if (question.field.startsWith("sources.0.")) {
      source[key] = value;
      continue;
    }
    if (question.field.startsWith("post.")) {
      post[key] = value;
      continue;
    }
    const note = !given && question.hint ? ` # ${PLACEHOLDER_MARK}: ${question.hint}` : "";
    const yaml = question.format === "when" || question.format === "plain" ? FIELD_YAML : TEXT_YAML;
    lines.push(dump({ [key]: answerValue(value, question.format) }, yaml).trimEnd() + note);
  }
  if (Object.keys(post).length) {
    // Something of the post is known: its card needs the account and what it showed.
    const missing = {
      account: "l’account che ha pubblicato il post",
      media: "che cosa mostrava il post, o che le fonti non lo descrivono",
    };
    for (const [key, hint] of Object.entries(missing)) {
      if (post[key] !== undefined) continue;
      post[key] = `${PLACEHOLDER_MARK}: ${hint}`;
      pending.push(key === "account" ? "account" : "post-media");
    }
    const { account, text, media } = post;
    lines.push(
      dump(
        { post: { account, ...(text ? { text } : {}), media } },
        { ...TEXT_YAML, flowLevel: -1 },
      ).trimEnd(),
    );
  }
  if (Object.keys(source).length) {
    lines.push(dump({ sources: [source] }, { ...FIELD_YAML, flowLevel: -1 }).trimEnd());
  }
  return { lines, pending };
}

function bodyOf(kind: Exclude<EntryKind, "brand">, answers: Answers): string {
  if (kind === "case") return caseBody(answers);
  return BODY[kind]
    .map(([heading, hint]) => {
      return heading ? `## ${heading}\n\n${note(hint)}` : note(hint);
    })
    .join("\n\n");
}

/**
 * Plans the new file: its path, its text and its URL, or every reason it cannot be written.
 * Nothing is written here; the generated file is checked together with the whole corpus,
 * so an unknown brand is reported exactly as the build would report it.
 */
export function planEntry(
  kind: EntryKind,
  answers: Answers,
  context: NewEntryContext,
): NewEntryPlan {
  const collection = ENTRY_KINDS[kind];
  const problems: NewEntryProblem[] = [];
  for (const [flag, value] of Object.entries(answers)) {
    if (value?.includes("\n")) problems.push({ flag, message: `--${flag}: una riga sola` });
  }
  for (const question of QUESTIONS[kind]) {
    if (question.required && !answers[question.flag]?.trim()) {
      problems.push({
        flag: question.flag,
        message: `manca --${question.flag}: ${question.label.toLowerCase()}`,
      });
    }
  }
  if (problems.length) return { ok: false, problems };

  const named = kind === "brand" ? answers.name : answers.title;
  const slug = answers.slug?.trim() || slugify(named ?? "");
  const root = context.root ?? "content";
  const extension = COLLECTION_EXTENSIONS[collection];
  const path = `${collection}/${slug}${extension}`;
  if (!slug) {
    return {
      ok: false,
      problems: [
        { flag: "slug", message: "il titolo non contiene lettere o cifre: indica --slug" },
      ],
    };
  }
  if (slugsIn(context.files, collection).includes(slug)) {
    return {
      ok: false,
      problems: [
        {
          flag: "slug",
          message: `${root}/${path} esiste già: scegli un altro titolo o indica un altro --slug`,
        },
      ],
    };
  }

  const today = romeDay(context.now);
  const { lines, pending } = frontmatterOf(kind, answers, today);
  let text: string;
  if (kind === "brand") {
    text = `${lines.join("\n")}\n`;
  } else {
    lines.push("draft: true # togli questa riga quando l’articolo è pronto");
    text = `---\n${lines.join("\n")}\n---\n\n${bodyOf(kind, answers)}\n`;
    pending.push("testo");
  }
  const file = { path, text };

  const checked = checkContent([...context.files, file], { now: context.now });
  const own = checked.problems.filter((problem) => problem.file === path);
  if (own.length) {
    return {
      ok: false,
      problems: own.map((problem) => ({
        flag: QUESTIONS[kind].find((q) => q.field && problem.field?.startsWith(q.field))?.flag,
        message: formatProblem(problem, root),
      })),
    };
  }
  return {
    ok: true,
    collection,
    slug,
    file,
    url: absoluteUrl(entryPath(collection, slug)),
    pending,
  };
}

/**
 * The text `npm run new` writes from the answers: frontmatter as YAML the content check
 * reads back unchanged, and a body of headings with notes ("DA COMPLETARE") where the author
 * still has to write. A case's body follows from what is known of it (`caseBody`).
 */
import { CORE_SCHEMA, dump, load, timestampTag, type DumpOptions } from "js-yaml";
import { PLACEHOLDER_MARK } from "../../src/content-model/publishing.ts";
import { QUESTIONS, type Answers, type EntryKind, type Format } from "./new-entry-questions.ts";

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

/** The frontmatter's lines, and the flags whose fallback the author must check. */
export function frontmatterOf(kind: EntryKind, answers: Answers, today: string) {
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

/** The body of a new article: its headings, each with a note of what to write. */
export function bodyOf(kind: Exclude<EntryKind, "brand">, answers: Answers): string {
  if (kind === "case") return caseBody(answers);
  return BODY[kind]
    .map(([heading, hint]) => {
      return heading ? `## ${heading}\n\n${note(hint)}` : note(hint);
    })
    .join("\n\n");
}

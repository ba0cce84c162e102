/**
 * What `npm run new` writes: a new content file that passes the content check, from a few
 * answers. The command (`scripts/new.ts`) only asks and writes; the rules live here, the
 * questions in `new-entry-questions.ts` and the text in `new-entry-draft.ts`.
 *
 * An article is always created as a draft, with "DA COMPLETARE" notes where the author has
 * still to write: the content check refuses to publish a page that keeps one. A case is not
 * given a fixed list of headings: the command asks what is known of the post, of its moment
 * and of its reception, and the draft's sections follow from the answers (no «Le reazioni»
 * when nobody knows how the post was received, but a sentence that says so).
 */
import {
  checkContent,
  formatProblem,
  type ContentFile,
} from "../../src/content-check/content-check.ts";
import { COLLECTION_EXTENSIONS } from "../../src/content-check/entry-file-names.ts";
import type { CollectionName } from "../../src/content-model/schema.ts";
import { slugify } from "../../src/content-model/strings.ts";
import { romeDay } from "../../src/content-model/time.ts";
import { absoluteUrl, entryPath } from "../../src/content-model/urls.ts";
import { bodyOf, frontmatterOf } from "./new-entry-draft.ts";
import { ENTRY_KINDS, QUESTIONS, type Answers, type EntryKind } from "./new-entry-questions.ts";

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

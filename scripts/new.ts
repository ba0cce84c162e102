/**
 * `npm run new -- <case|outage|brand|dossier> [--title … --brand …]`: writes a new content
 * file that passes the content check. Without flags, in a terminal, it asks for each field
 * and, for a case, what is known of the post, of its moment and of its reception (each may be
 * left empty: "not known" is an answer); the draft's sections follow from those answers.
 * The rules live in `scripts/lib/new-entry.ts`; this file only asks, writes and prints.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { createInterface, type Interface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { checkContent } from "../src/content-check/content-check.ts";
import { contentDir, readContentFiles } from "../src/content-check/content-files.ts";
import { planEntry, slugsIn } from "./lib/new-entry.ts";
import {
  ENTRY_KINDS,
  isEntryKind,
  questionsFor,
  type Answers,
  type EntryKind,
  type Question,
} from "./lib/new-entry-questions.ts";
import { PLACEHOLDER_MARK } from "../src/content-model/publishing.ts";
import { closestMatches } from "../src/content-model/strings.ts";
import { romeDay } from "../src/content-model/time.ts";

const KINDS = Object.keys(ENTRY_KINDS) as EntryKind[];

function usage(kind?: EntryKind): string {
  const kinds = kind ? [kind] : KINDS;
  return kinds
    .map((k) => {
      const flags = questionsFor(k)
        .map((q) => (q.required ? `--${q.flag} …` : `[--${q.flag} …]`))
        .join(" ");
      return `  npm run new -- ${k} ${flags} [--slug …]`;
    })
    .join("\n");
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [first, ...rest] = process.argv.slice(2);
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const root = contentDir();
const shownRoot = relative(process.cwd(), root) || ".";
const files = await readContentFiles(root).catch(() => []);

/** Slug and title (or name) of every valid entry, for the choices shown in a terminal. */
const labels = new Map(
  checkContent(files).entries.map((entry) => [
    `${entry.collection}/${entry.id}`,
    String(entry.data.title ?? entry.data.name ?? ""),
  ]),
);

function choicesFor(question: Question): Array<{ value: string; label: string }> {
  if (question.options) return question.options.map((value) => ({ value, label: "" }));
  if (!question.reference) return [];
  const collection = question.reference;
  return slugsIn(files, collection).map((value) => ({
    value,
    label: labels.get(`${collection}/${value}`) ?? "",
  }));
}

/** Asks one question until the answer is acceptable; an empty answer is fine if optional. */
async function ask(rl: Interface, question: Question): Promise<string> {
  const choices = choicesFor(question);
  if (choices.length) {
    console.log(`\n${question.label}:`);
    choices.forEach((choice, i) =>
      console.log(`  ${i + 1}) ${choice.value}${choice.label ? ` — ${choice.label}` : ""}`),
    );
  }
  // A placeholder is never offered as an answer: only real values such as today's date.
  const fallback = question.fallback?.(romeDay(new Date()));
  const shownDefault = fallback && !fallback.startsWith(PLACEHOLDER_MARK) ? ` [${fallback}]` : "";
  for (;;) {
    const prompt = choices.length ? "Scelta (numero o slug)" : question.label;
    const answer = (await rl.question(`${prompt}${shownDefault}: `)).trim();
    if (!answer) {
      if (shownDefault) return fallback!;
      if (!question.required) return "";
      console.log("  Serve una risposta.");
      continue;
    }
    if (!choices.length) return answer;
    const values = choices.map((choice) => choice.value);
    const picked = (question.format === "list" ? answer.split(",") : [answer]).map((item) => {
      const trimmed = item.trim();
      const index = Number(trimmed);
      return Number.isInteger(index) && index >= 1 && index <= values.length
        ? values[index - 1]
        : trimmed;
    });
    const unknown = picked.filter((item) => !values.includes(item));
    if (unknown.length === 0) return picked.join(", ");
    for (const item of unknown) {
      const closest = closestMatches(item, values);
      console.log(
        `  «${item}» non è tra le scelte${closest.length ? `; forse: ${closest.join(", ")}` : ""}.`,
      );
    }
  }
}

async function askKind(rl: Interface): Promise<EntryKind> {
  const names: Record<EntryKind, string> = {
    case: "un caso di instant marketing",
    outage: "un blackout",
    brand: "un marchio",
    dossier: "un dossier",
  };
  console.log("Che cosa vuoi aggiungere?");
  KINDS.forEach((k, i) => console.log(`  ${i + 1}) ${k} — ${names[k]}`));
  for (;;) {
    const answer = (await rl.question("Scelta: ")).trim();
    const kind = KINDS[Number(answer) - 1] ?? answer;
    if (isEntryKind(kind)) return kind;
  }
}

const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : null;
// Ctrl-C between questions: say that nothing was written, instead of the stack of the
// question it interrupted.
const interrupted = () => {
  console.log("\nInterrotto: nessun file creato.");
  process.exit(130);
};
rl?.on("SIGINT", interrupted);
try {
  let kind: EntryKind;
  if (first && isEntryKind(first)) kind = first;
  else if (!first && rl) kind = await askKind(rl);
  else fail(`Indica che cosa creare: ${KINDS.join(", ")}.\n\nUso:\n${usage()}`);

  const questions = questionsFor(kind);
  let answers: Answers;
  try {
    const parsed = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: Object.fromEntries(
        [...questions.map((q) => q.flag), "slug"].map((flag) => [flag, { type: "string" }]),
      ),
    });
    answers = parsed.values as Answers;
  } catch (error) {
    const known = [...questions.map((q) => q.flag), "slug"];
    const unknown = rest
      .filter((arg) => arg.startsWith("--"))
      .map((arg) => arg.slice(2).split("=")[0])
      .filter((flag) => !known.includes(flag));
    const hints = unknown.map((flag) => {
      const closest = closestMatches(flag, known).map((c) => `--${c}`);
      return `Opzione sconosciuta --${flag}${closest.length ? ` (forse ${closest.join(", ")})` : ""}.`;
    });
    fail(
      `${hints.join("\n") || `Opzioni non valide: ${(error as Error).message}`}\n\nUso:\n${usage(kind)}`,
    );
  }

  // In a terminal, every question not answered by a flag is asked; with some flags given,
  // only what cannot be filled in by itself.
  const noFlags = rest.length === 0;
  if (rl) {
    for (const question of questions) {
      const missing = !answers[question.flag];
      const askable = question.ask !== false && (noFlags || (question.required && missing));
      if (missing && askable) answers[question.flag] = await ask(rl, question);
    }
  }

  for (;;) {
    const plan = planEntry(kind, answers, { files, now: new Date(), root: shownRoot });
    if (plan.ok) {
      const target = join(root, plan.file.path);
      await mkdir(dirname(target), { recursive: true });
      // `wx` never overwrites, even if the file appeared since the folder was read.
      await writeFile(target, plan.file.text, { flag: "wx" });
      console.log(`\nCreato ${relative(process.cwd(), target)}`);
      console.log(`La pagina sarà su ${plan.url}`);
      if (kind !== "brand") {
        console.log(
          `È una bozza (draft: true): la vedi con npm run dev, non finisce nel sito pubblicato.`,
        );
      }
      if (plan.pending.length) {
        console.log(`Da completare (cerca «DA COMPLETARE»): ${plan.pending.join(", ")}.`);
      }
      console.log("Guida: AUTHORING.md · verifica: npm run check");
      break;
    }
    for (const problem of plan.problems) console.error(`  ${problem.message}`);
    const flags = new Set(plan.problems.map((p) => p.flag));
    const again = questions.filter(
      (q) =>
        flags.has(q.flag) ||
        questions.some((o) => o.group && o.group === q.group && flags.has(o.flag)),
    );
    if (!rl || (again.length === 0 && !flags.has("slug"))) {
      fail(`\nNessun file scritto.${rl ? "" : `\n\nUso:\n${usage(kind)}`}`);
    }
    if (flags.has("slug")) answers.slug = await rl.question("Un altro slug (lettere, cifre e -): ");
    for (const question of again) answers[question.flag] = await ask(rl, question);
  }
} catch (error) {
  // Ctrl-D closes the input, and the question waiting on it rejects.
  if ((error as { code?: string }).code === "ABORT_ERR") interrupted();
  throw error;
} finally {
  rl?.close();
}

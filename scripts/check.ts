/**
 * `npm run check`: validates every content file, one line per problem, in about a second.
 * Exit code 1 on any problem. Type-checking the code is `npm run typecheck` (`astro check`,
 * half a minute), which `npm test` and CI run.
 *
 *   npm run check                    → `file:line:column: field: trovato …; atteso …`
 *   npm run check -- --format github → the same problems as GitHub annotations on the file
 */
import { relative } from "node:path";
import { parseArgs } from "node:util";
import {
  checkContent,
  formatGithubAnnotation,
  formatProblem,
  problemsSummary,
} from "../src/content-check/content-check.ts";
import { contentDir, readContentFiles } from "../src/content-check/content-files.ts";

const { values } = parseArgs({ options: { format: { type: "string", default: "text" } } });
if (values.format !== "text" && values.format !== "github") {
  console.error(`--format: trovato ${values.format}; atteso text o github`);
  process.exit(1);
}
const format = values.format === "github" ? formatGithubAnnotation : formatProblem;

const root = contentDir();
const shown = relative(process.cwd(), root) || ".";

const files = await readContentFiles(root).catch((error: NodeJS.ErrnoException) => {
  console.error(`${shown}/: cartella dei contenuti non leggibile (${error.code ?? error.message})`);
  process.exit(1);
});
const { entries, problems } = checkContent(files);

if (problems.length > 0) {
  for (const problem of problems) console.error(format(problem, shown));
  console.error(`\n${problemsSummary(problems.length, shown)}`);
  process.exit(1);
}
console.log(`Contenuti: ${entries.length} file in ${shown}/, nessun problema.`);

/**
 * `npm run check`: validates every content file, one line per problem, then type-checks the
 * code with `astro check`. Exit code 1 on any problem.
 *
 * The content check runs first and alone when it finds problems: `astro check` loads the
 * content too, so it would stop on the same problems and only repeat them, less readably.
 */
import { spawnSync } from "node:child_process";
import { relative } from "node:path";
import { checkContent, formatProblem } from "../src/lib/content-check.ts";
import { contentDir, readContentFiles } from "../src/lib/content-files.ts";

const root = contentDir();
const shown = relative(process.cwd(), root) || ".";

const files = await readContentFiles(root).catch((error: NodeJS.ErrnoException) => {
  console.error(`${shown}/: cartella dei contenuti non leggibile (${error.code ?? error.message})`);
  process.exit(1);
});
const { entries, problems } = checkContent(files);

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem, shown));
  console.error(
    `\n${problems.length} ${problems.length === 1 ? "problema" : "problemi"} nei contenuti di ${shown}/. ` +
      "Correggili e rilancia npm run check (astro check parte quando i contenuti sono a posto).",
  );
  process.exit(1);
}
console.log(`Contenuti: ${entries.length} file in ${shown}/, nessun problema.`);

const astro = spawnSync("npx", ["--no-install", "astro", "check"], { stdio: "inherit" });
process.exit(astro.status ?? 1);

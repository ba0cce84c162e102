import type { AstroConfig, AstroIntegration } from "astro";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { checkContent, formatProblem, problemsSummary } from "./content-check.ts";
import { contentDir, readContentFiles } from "./content-files.ts";
import { moduleGraphDigest } from "../caching/module-digest.ts";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { CheckedContent } from "../share-images/integration.ts";

/**
 * Validates the whole content folder before Astro reads it, and stops the build with one
 * line per problem: Astro alone would stop at the first bad file and cannot tell an unknown
 * reference from a known one.
 *
 * It also clears Astro's content store after a schema change (`forgetStoreOfOldSchema`),
 * and tells the pages whether drafts are shown: only under `astro dev`, whatever
 * NODE_ENV says, so a production build can never publish a draft by accident.
 *
 * `onChecked` receives the checked entries: the share images start drawing from them, on a
 * second core, while Astro syncs and bundles on the first.
 */
/**
 * Astro clears its content store when `content.config.ts` changes, not when a module it
 * imports does: after a change to `src/content-model/schema.ts`, a build would read entries the old
 * schema parsed (a new field missing, its default never applied). The store is dropped
 * whenever the config's module graph differs from the one that filled it.
 */
async function forgetStoreOfOldSchema(config: AstroConfig) {
  const digest = moduleGraphDigest(fileURLToPath(new URL("content.config.ts", config.srcDir)));
  // A build keeps its store in the cache folder, `astro dev` in `.astro/`.
  for (const folder of [config.cacheDir, new URL(".astro/", config.root)]) {
    const stamp = new URL("content-schema-digest", folder);
    if ((await readFile(stamp, "utf8").catch(() => undefined)) === digest) continue;
    await rm(new URL("data-store.json", folder), { force: true });
    await mkdir(folder, { recursive: true });
    await writeFile(stamp, digest);
  }
}

export function contentCheck({
  onChecked,
}: { onChecked?: (content: CheckedContent) => void } = {}): AstroIntegration {
  return {
    name: "schermo-nero:content-check",
    hooks: {
      "astro:config:setup": async ({ config, logger, command, updateConfig }) => {
        updateConfig({
          vite: {
            define: {
              "import.meta.env.SHOW_DRAFTS": JSON.stringify(command === "dev"),
            },
          },
        });
        await forgetStoreOfOldSchema(config);
        const root = contentDir();
        const { entries, problems } = checkContent(await readContentFiles(root));
        const shown = relative(process.cwd(), root) || ".";
        if (problems.length > 0) {
          for (const problem of problems) logger.error(formatProblem(problem, shown));
          // The lines above are the report; the build stops without a stack trace.
          logger.error(problemsSummary(problems.length, shown));
          process.exit(1);
        }
        logger.info(`${entries.length} content files checked in ${shown}/`);
        onChecked?.({ entries, contentRoot: root, projectRoot: fileURLToPath(config.root) });
      },
    },
  };
}

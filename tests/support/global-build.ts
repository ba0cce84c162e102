import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cacheRoot } from "../../src/caching/build-cache.ts";
import { writeExtremeCorpus } from "./extreme-corpus.ts";
import { writeAuthorsCopy } from "./authors-copy.ts";
import { buildCorpus, corpusOutput, run, type BuildResult } from "./build.ts";
import { builtWith, buildKey, recordBuild } from "./build-key.ts";
import { BUILDS_DONE } from "./builds-done.ts";
import {
  AUTHORS_COPY,
  authorsContentDir,
  contentRoot,
  distDir,
  EDITORIAL_FIXTURE,
  editorialFixtureDir,
  EXTREME_CORPUS,
  extremeContentDir,
  outputDir,
  TWO_DAYS_FIXTURE,
  twoDaysFixtureDir,
  VALID_FIXTURE,
  validFixtureDir,
} from "./paths.ts";

/**
 * Builds, once for every project that reads them:
 *
 * - the site itself, with a real `npm run build` as a reader runs it (the README's command,
 *   under Node's permission model), into `dist/`;
 * - the fixture corpora whose exact sentences the tests may assert (the live content changes
 *   whenever an author writes): the editorial set, the same with a second day, the small
 *   valid corpus; the author's copy of `content/` (`authors-copy.ts`) and the extreme but
 *   valid corpus (`extreme-corpus.ts`). These build in this process with Astro's `build()`,
 *   one after the other, after the site's.
 *
 * A build whose corpus and sources are unchanged since the last run is skipped
 * (`build-key.ts`), so a second `npm test` starts testing at once.
 *
 * The builds run in the background: vitest starts the unit tests at once, beside them, and
 * every file of the projects that read builds first waits for `builds-done.ts`'s record.
 */
export default function globalBuild() {
  // Every project lists this setup; vitest runs them in one process.
  const state = globalThis as { [BUILDING]?: Promise<void> };
  state[BUILDING] ??= buildEverything();
  // Vitest awaits each teardown at the end of the run.
  return () => state[BUILDING];
}

const BUILDING = Symbol.for("schermo-nero.global-build");

async function buildEverything() {
  const started = performance.now();
  await mkdir(outputDir, { recursive: true });
  await rm(BUILDS_DONE, { force: true });
  let failures: string[];
  try {
    // One Astro at a time: builds of one project share its `.astro/` folder, where the
    // content layer writes the module map of the corpus it reads (`content-modules.mjs`).
    failures = [...(await buildSite({ ...process.env })), ...(await buildFixtures())];
  } catch (error) {
    failures = [error instanceof Error ? (error.stack ?? error.message) : String(error)];
  }
  await writeFile(BUILDS_DONE, JSON.stringify({ failures }));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    failures.length === 0
      ? `global setup: builds ready in ${seconds} s`
      : `global setup: builds failed in ${seconds} s`,
  );
}

/** `npm run build` of the site into dist/; the problem, if it failed. */
async function buildSite(env: NodeJS.ProcessEnv): Promise<string[]> {
  // The environment as it was before any in-process build.
  const key = await buildKey(contentRoot);
  if (await builtWith(distDir, key)) return [];
  await recordBuild(distDir, undefined);
  const result = await run(
    "npm",
    ["run", "build", "--", "--outDir", distDir],
    { CONTENT_DIR: contentRoot },
    env,
  );
  if (result.code !== 0) {
    return [`npm run build failed (exit ${result.code}):\n${result.output.slice(-6000)}`];
  }
  await recordBuild(distDir, key);
  return [];
}

/**
 * Share images are cached by what they show (src/share-images/cache.ts), so corpora may share
 * a cache: the fixtures share one, and the author's copy draws only its new case's image
 * beside the site's.
 */
const FIXTURE_IMAGES = join(outputDir, "og");
const SITE_IMAGES = process.env.OG_CACHE_DIR || join(cacheRoot(), "og");

/** The corpora built in this process, each written first when it is generated. */
const FIXTURES: Array<{
  name: string;
  content: string;
  write?: () => Promise<unknown>;
  /** Built with the site's share images. */
  sharesSiteImages?: true;
}> = [
  { name: EDITORIAL_FIXTURE, content: editorialFixtureDir },
  { name: TWO_DAYS_FIXTURE, content: twoDaysFixtureDir },
  { name: VALID_FIXTURE, content: validFixtureDir },
  {
    name: EXTREME_CORPUS,
    content: extremeContentDir,
    write: async () => {
      await rm(extremeContentDir, { recursive: true, force: true });
      await writeExtremeCorpus(extremeContentDir);
    },
  },
  {
    name: AUTHORS_COPY,
    content: authorsContentDir,
    write: () => writeAuthorsCopy(contentRoot, authorsContentDir),
    sharesSiteImages: true,
  },
];

async function buildFixtures(): Promise<string[]> {
  const failures: string[] = [];
  for (const fixture of FIXTURES) {
    await fixture.write?.();
    const key = await buildKey(fixture.content);
    const { outDir } = corpusOutput(fixture.name);
    if (await builtWith(outDir, key)) continue;
    await recordBuild(outDir, undefined);
    const result: BuildResult = await buildCorpus(fixture.name, fixture.content, {
      OG_CACHE_DIR: fixture.sharesSiteImages ? SITE_IMAGES : FIXTURE_IMAGES,
    });
    if (result.code !== 0) {
      failures.push(`the corpus ${fixture.name} did not build:\n${result.output.slice(-6000)}`);
      continue;
    }
    await recordBuild(result.outDir, key);
  }
  return failures;
}

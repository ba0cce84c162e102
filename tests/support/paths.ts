import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * What the suite builds and reads. `CONTENT_DIR` points the whole suite at another content
 * folder (a copy with more articles, say). The `authors` and `extreme` projects of
 * vitest.config.ts run the property tests again on other builds: `CONTENT_DIR` and
 * `SCHERMO_NERO_DIST` name the corpus and its build for them.
 */
const env = process.env;
export const contentRoot = resolve(env.CONTENT_DIR || join(projectRoot, "content"));
export const distDir = resolve(env.SCHERMO_NERO_DIST || join(projectRoot, "dist"));
export const fixturesDir = join(projectRoot, "tests/fixtures");
/** Scratch space for fixture builds; ignored by git. */
export const outputDir = resolve(env.SCHERMO_NERO_OUTPUT || join(projectRoot, "tests/.output"));

/**
 * A frozen copy of the first editorial set, built beside the site by the global setup: tests
 * of exact sentences, slugs and times read this build, never the live content.
 */
export const EDITORIAL_FIXTURE = "corpus-editorial";
export const editorialFixtureDir = join(fixturesDir, EDITORIAL_FIXTURE);
export const editorialDist = join(outputDir, EDITORIAL_FIXTURE, "dist");

/**
 * The June 2018 set plus made-up days in later years (`Servizio X`: October 2021 with its
 * dossier, October 2022 and March 2024 without one, a club's post on X): what the site makes
 * of several days over seven years, asserted with exact slugs and dates. Named for its first
 * two days.
 */
export const TWO_DAYS_FIXTURE = "corpus-two-days";
export const twoDaysFixtureDir = join(fixturesDir, TWO_DAYS_FIXTURE);
export const twoDaysDist = join(outputDir, TWO_DAYS_FIXTURE, "dist");

/** The fixture corpus of `tests/fixtures/corpus-valid/`: one of each kind, and a draft. */
export const VALID_FIXTURE = "corpus-valid";
export const validFixtureDir = join(fixturesDir, VALID_FIXTURE);
export const validDist = join(outputDir, VALID_FIXTURE, "dist");

/**
 * The site's content as an author leaves it after adding a case with a screenshot and
 * retiring an article (`tests/support/authors-copy.ts`), and its build.
 */
export const AUTHORS_COPY = "authors-path";
export const authorsContentDir = join(outputDir, AUTHORS_COPY, "content");
export const authorsDist = join(outputDir, AUTHORS_COPY, "dist");

/**
 * Valid articles at the edges of what the schema accepts (`tests/support/extreme-corpus.ts`),
 * and their build: the layout and axe tests read it at every width and theme.
 */
export const EXTREME_CORPUS = "extreme";
export const extremeContentDir = join(outputDir, EXTREME_CORPUS, "content");
export const extremeDist = join(outputDir, EXTREME_CORPUS, "dist");

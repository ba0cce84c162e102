import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * What the suite builds and reads. The authors' path test (`authors-path.test.ts`) runs the
 * content tests again on a changed copy of `content/`: `CONTENT_DIR`, `SCHERMO_NERO_DIST` and
 * `SCHERMO_NERO_OUTPUT` point that run elsewhere, so it never touches this run's files.
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
 * The June 2018 set plus a made-up second day in another year (`Servizio X`, October 2021):
 * what the site makes of more than one day, asserted with exact slugs and dates.
 */
export const TWO_DAYS_FIXTURE = "corpus-two-days";
export const twoDaysFixtureDir = join(fixturesDir, TWO_DAYS_FIXTURE);
export const twoDaysDist = join(outputDir, TWO_DAYS_FIXTURE, "dist");

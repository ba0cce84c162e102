import { buildCorpus, run } from "./build.ts";
import {
  distDir,
  EDITORIAL_FIXTURE,
  editorialFixtureDir,
  TWO_DAYS_FIXTURE,
  twoDaysFixtureDir,
} from "./paths.ts";

/**
 * Runs the site's real production build once, as `npm run build` does for a reader, and
 * one build of each fixture corpus whose exact sentences the tests may assert (the live
 * content changes whenever an author writes): the editorial set, and the same with a second
 * day. The build and browser projects
 * both list this setup; vitest runs global setups in one process, so the flag below keeps
 * `npm test` to a single pair of builds.
 */
export default async function globalBuild() {
  if (process.env.SCHERMO_NERO_BUILT === "1") return;
  const site = await run("npm", ["run", "build", "--", "--outDir", distDir]);
  if (site.code !== 0) {
    throw new Error(`npm run build failed (exit ${site.code}):\n${site.output.slice(-6000)}`);
  }
  for (const [name, dir] of [
    [EDITORIAL_FIXTURE, editorialFixtureDir],
    [TWO_DAYS_FIXTURE, twoDaysFixtureDir],
  ]) {
    const fixture = await buildCorpus(name, dir);
    if (fixture.code !== 0) {
      throw new Error(
        `the fixture ${name} did not build (exit ${fixture.code}):\n${fixture.output.slice(-6000)}`,
      );
    }
  }
  process.env.SCHERMO_NERO_BUILT = "1";
}

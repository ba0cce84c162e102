import { run } from "./build";

/**
 * Runs the site's real production build once, as `npm run build` does for a reader. The
 * build and browser projects both list this setup; vitest runs global setups in one process,
 * so the flag below keeps `npm test` to a single build.
 */
export default async function globalBuild() {
  if (process.env.SCHERMO_NERO_BUILT === "1") return;
  const { code, output } = await run("npm", ["run", "build"]);
  if (code !== 0) {
    throw new Error(`npm run build failed (exit ${code}):\n${output.slice(-6000)}`);
  }
  process.env.SCHERMO_NERO_BUILT = "1";
}

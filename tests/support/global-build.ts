import { run } from "./build";

/** Runs the site's real production build once, as `npm run build` does for a reader. */
export default async function globalBuild() {
  const { code, output } = await run("npm", ["run", "build"]);
  if (code !== 0) {
    throw new Error(`npm run build failed (exit ${code}):\n${output.slice(-6000)}`);
  }
}

/**
 * `npm run build`: Astro's static build, then Pagefind's index of the same folder. One
 * command for readers, CI, tests and benchmarks, so every one of them builds the same site.
 *
 *   npm run build                      → dist/
 *   npm run build -- --outDir /tmp/x   → another folder (tests, benchmarks)
 *
 * Exits non-zero when either step fails, so a site without its search index never ships.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { outDir: { type: "string", default: "dist" } } });
const outDir = resolve(values.outDir);

const bin = fileURLToPath(new URL("../node_modules/.bin/", import.meta.url));

function step(command: string, args: string[]) {
  const result = spawnSync(join(bin, command), args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step("astro", ["build", "--outDir", outDir]);
step("pagefind", ["--site", outDir]);

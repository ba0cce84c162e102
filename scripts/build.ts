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

/**
 * resvg and sharp draw share images on libuv's threads, and glibc gives each thread its own
 * malloc arena, which keeps the freed pixel buffers as resident memory. At most two arenas:
 * about 80 MB less peak RSS in a cold build of 1000 articles, for the same CPU time. Other
 * C libraries ignore it.
 */
const MALLOC_ARENA_MAX = "2";

function step(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(join(bin, command), args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step("astro", ["build", "--outDir", outDir], {
  ...process.env,
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? MALLOC_ARENA_MAX,
});
step("pagefind", ["--site", outDir]);

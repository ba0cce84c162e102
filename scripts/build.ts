/**
 * `npm run build`: Astro's static build (Pagefind's index is one of its integrations). One
 * command for readers, CI, tests and benchmarks, so every one of them builds the same site.
 *
 *   npm run build                      → dist/
 *   npm run build -- --outDir /tmp/x   → another folder (tests, benchmarks)
 *
 * Exits non-zero when either step fails, so a site without its search index never ships.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { cacheRoot } from "../src/caching/build-cache.ts";
import { permissionFlags } from "./support/permissions.ts";

const { values } = parseArgs({ options: { outDir: { type: "string", default: "dist" } } });
const outDir = resolve(values.outDir);
const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "node_modules/.bin");

/**
 * resvg and sharp draw share images on libuv's threads, and glibc gives each thread its own
 * malloc arena, which keeps the freed pixel buffers as resident memory. At most two arenas:
 * about 80 MB less peak RSS in a cold build of 1000 articles, for the same CPU time. Other
 * C libraries ignore it.
 */
const MALLOC_ARENA_MAX = "2";

/**
 * resvg's allocator (mimalloc) hands freed memory back to the system 10 ms after each image
 * and faults it in again for the next: about 1000 page faults an image. With a second's
 * delay, memory freed while images are being drawn is reused instead: about 10% less CPU an
 * image, most of it system time, for about 70 MiB more peak RSS. Keeping it for good (-1)
 * was no faster and raised the peak further.
 */
const MIMALLOC_PURGE_DELAY = "1000";

// Measured again for issue 17 (src/share-images/), cold builds of 1000 articles on two
// shared cores, alternating: without both settings a build took 89–93 CPU-seconds instead
// of 66–71 (+30%; system time ×2, page faults) and 98–121 s instead of 64–95 s, for about
// the same peak RSS; hence kept.

async function step(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  await run(join(bin, command), args, env);
}

async function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { stdio: "inherit", env });
  const code = await new Promise<number | null>((done) => child.on("close", done));
  if (code !== 0) process.exit(code ?? 1);
}

/**
 * Astro empties the output folder before it builds, one file at a time, on the thread that
 * then bundles: about a second for the 3000 files of a thousand-article site. Renamed
 * aside, the last build is deleted by this process instead, beside Astro's single-threaded
 * start. A folder holding `.git` (a deploy checkout) is left to Astro, which keeps `.git`.
 */
async function setAside(folder: string): Promise<string | undefined> {
  if (!existsSync(folder) || existsSync(join(folder, ".git"))) return undefined;
  const previous = `${folder}.previous-${process.pid}`;
  await rename(folder, previous);
  return previous;
}

/**
 * Astro runs under Node's permission model (`scripts/support/permissions.ts`): it reads the
 * project and writes only the output, the caches and the temporary folder. What it can
 * and cannot stop is in docs/architecture.md ("A second wall").
 */
async function astroBuild() {
  // Astro's generated types, and Vite's pre-bundled dependencies (rebuilt when its config changes).
  const caches = [cacheRoot(), join(root, ".astro"), join(root, "node_modules/.vite")];
  // Granted folders must exist when Node starts, or the grant does not cover what is in them.
  await Promise.all([outDir, ...caches].map((folder) => mkdir(folder, { recursive: true })));
  const flags = permissionFlags({
    root,
    // The content folder, as `contentDir()` resolves it (CONTENT_DIR moves it elsewhere).
    reads: [resolve(process.env.CONTENT_DIR || "content"), outDir],
    writes: [outDir, ...caches],
  });
  await run(
    process.execPath,
    [...flags, join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir],
    {
      ...process.env,
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? MALLOC_ARENA_MAX,
      MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? MIMALLOC_PURGE_DELAY,
      // Astro's telemetry keeps its settings in the home folder, outside the granted ones.
      ASTRO_TELEMETRY_DISABLED: "1",
    },
  );
}

const previous = await setAside(outDir);
await Promise.all([previous && rm(previous, { recursive: true, force: true }), astroBuild()]);

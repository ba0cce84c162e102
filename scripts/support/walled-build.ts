/**
 * What `npm run build` (`node scripts/node-floor.mjs --walled astro build`) adds to the
 * environment of `astro build`: Node's permission model, as `NODE_OPTIONS`, and two
 * allocator settings whose gain was measured.
 *
 * The wall (`permissions.ts`): Astro reads the project, the content folder and the output,
 * and writes only the output, the caches and the temporary folder. What it can and cannot
 * stop is in docs/architecture.md ("A second wall").
 */
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheRoot } from "../../src/caching/build-cache.ts";
import { asNodeOptions, permissionFlags } from "./permissions.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

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

/** The output folder Astro will write: `--outDir <folder>` or `--outDir=<folder>`, else dist/. */
export function outDirOf(args: string[]): string {
  const at = args.findIndex((arg) => arg === "--outDir" || arg.startsWith("--outDir="));
  const value = at < 0 ? "dist" : args[at].includes("=") ? args[at].slice(9) : args[at + 1];
  return resolve(value ?? "dist");
}

export async function walledBuildEnvironment(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<NodeJS.ProcessEnv> {
  const outDir = outDirOf(args);
  // Astro's generated types, and Vite's pre-bundled dependencies (rebuilt when its config changes).
  const caches = [cacheRoot(env), join(root, ".astro"), join(root, "node_modules/.vite")];
  // Granted folders must exist when Node starts, or the grant does not cover what is in them.
  await Promise.all([outDir, ...caches].map((folder) => mkdir(folder, { recursive: true })));
  const flags = permissionFlags({
    root,
    // The content folder, as `contentDir()` resolves it (CONTENT_DIR moves it elsewhere).
    reads: [resolve(env.CONTENT_DIR || "content")],
    writes: [outDir, ...caches],
  });
  return {
    NODE_OPTIONS: asNodeOptions(flags, env.NODE_OPTIONS),
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? MALLOC_ARENA_MAX,
    MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? MIMALLOC_PURGE_DELAY,
    // Astro's telemetry keeps its settings in the home folder, outside the granted ones.
    ASTRO_TELEMETRY_DISABLED: "1",
  };
}

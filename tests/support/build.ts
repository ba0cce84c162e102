import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { build } from "astro";
import { withAstroLock } from "./astro-lock.ts";
import { outputDir, projectRoot } from "./paths.ts";

export interface BuildResult {
  code: number | null;
  /** What the build printed, stdout and stderr together, as a person would read them. */
  output: string;
  outDir: string;
}

/** Where a fixture corpus's build and its caches go: `tests/.output/<name>/`. */
export const corpusOutput = (name: string) => ({
  outDir: join(outputDir, name, "dist"),
  cacheDir: join(outputDir, name, "cache"),
});

/**
 * The environment a build runs with: the content folder and the cache of one corpus, and no
 * trace of vitest (it sets NODE_ENV=test and exposes its own import.meta.env in process.env),
 * so a build in a test is a reader's build.
 */
function buildEnv(
  env: NodeJS.ProcessEnv,
  corpus: Record<string, string>,
  { subprocess = false } = {},
): NodeJS.ProcessEnv {
  const testOnly = new Set(["NODE_ENV", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "TEST"]);
  // A child process must not believe it runs inside vitest; this process does.
  const kept = ([name]: [string, unknown]) =>
    !testOnly.has(name) && !(subprocess && name.startsWith("VITEST"));
  return {
    ...Object.fromEntries(Object.entries(env).filter(kept)),
    ASTRO_TELEMETRY_DISABLED: "1",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    ...corpus,
  };
}

/** One in-process build at a time: the environment and the output streams are the process's. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Builds another corpus (through `CONTENT_DIR`) into its own folder with its own Astro
 * cache, in this process with Astro's `build()`: the same integrations, content check,
 * share images and search index as `npm run build`, without starting Node and loading
 * Astro again for each build (a few seconds each on two busy cores).
 *
 * Astro reads `CONTENT_DIR` and `ASTRO_CACHE_DIR` when it loads `astro.config.mjs`, which
 * it does afresh for every build, so the variables are set for the build and restored
 * after it. A corpus that the content check refuses ends the process (`process.exit`), so
 * failing builds run with `buildCorpusProcess`.
 */
export function buildCorpus(
  name: string,
  contentDir: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  const run = queue.then(() => withAstroLock(() => buildInProcess(name, contentDir, env)));
  queue = run.catch(() => undefined);
  return run;
}

async function buildInProcess(
  name: string,
  contentDir: string,
  env: Record<string, string>,
): Promise<BuildResult> {
  const { outDir, cacheDir } = corpusOutput(name);
  await mkdir(outDir, { recursive: true });
  const savedEnv = process.env;
  const writes = { out: process.stdout.write, err: process.stderr.write };
  let output = "";
  // Without colours, as a terminal-less reader gets it: Astro's colours are chosen once per
  // process (they are on under CI=true), and tests read the log's lines.
  const capture = (chunk: string | Uint8Array) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    output += stripVTControlCharacters(text);
    return true;
  };
  process.env = buildEnv(savedEnv, { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir, ...env });
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  const cwd = process.cwd();
  try {
    process.chdir(projectRoot);
    await build({ root: projectRoot, outDir, logLevel: "info" });
    return { code: 0, output, outDir };
  } catch (error) {
    return {
      code: 1,
      output: `${output}\n${error instanceof Error ? error.stack : error}`,
      outDir,
    };
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    process.env = savedEnv;
    process.chdir(cwd);
  }
}

/**
 * A real `npm run build` of another corpus, as a separate process: what an author runs,
 * and the only way to watch a build that the content check stops (it exits the process).
 */
export async function buildCorpusProcess(name: string, contentDir: string): Promise<BuildResult> {
  const { outDir, cacheDir } = corpusOutput(name);
  await mkdir(outDir, { recursive: true });
  const result = await withAstroLock(() =>
    run("npm", ["run", "build", "--", "--outDir", outDir], {
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: cacheDir,
    }),
  );
  return { ...result, outDir };
}

/** Runs a command of the project, as an author would, without vitest's environment. */
export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  base: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: buildEnv(base, env, { subprocess: true }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

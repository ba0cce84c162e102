import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { outputDir, projectRoot } from "./paths.ts";

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, as a person would read them in a terminal. */
  output: string;
  outDir: string;
}

/**
 * Runs a real `npm run build` of another corpus (through `CONTENT_DIR`) into its own folder,
 * with its own Astro cache so it never disturbs the site's build.
 */
export async function buildCorpus(name: string, contentDir: string): Promise<BuildResult> {
  const outDir = join(outputDir, name, "dist");
  await mkdir(outDir, { recursive: true });
  return run("npm", ["run", "build", "--", "--outDir", outDir], {
    CONTENT_DIR: contentDir,
    ASTRO_CACHE_DIR: join(outputDir, name, "cache"),
  }).then((result) => ({ ...result, outDir }));
}

export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: {
        ...withoutTestEnv(process.env),
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
        FORCE_COLOR: "0",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** A build runs as a reader's would: without the NODE_ENV=test that vitest sets. */
function withoutTestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // Vitest also exposes its own import.meta.env (DEV, PROD, MODE…) through process.env.
  const testOnly = new Set(["NODE_ENV", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "TEST"]);
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !testOnly.has(name) && !name.startsWith("VITEST")),
  );
}

import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { lockAstro } from "./astro-lock.ts";
import { outputDir, projectRoot } from "./paths.ts";

export interface DevServer {
  origin: string;
  /** What the server printed so far, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `astro dev` on another corpus (through `CONTENT_DIR`), as an author runs `npm run dev`. */
export async function startDevServer(name: string, contentDir: string): Promise<DevServer> {
  // Held while the server runs: it reads the project's .astro/ on every request.
  const release = await lockAstro();
  const port = await freePort();
  const { NODE_ENV: _nodeEnv, VITEST: _vitest, ...env } = process.env;
  const child: ChildProcess = spawn(
    process.execPath,
    [join(projectRoot, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(port)],
    {
      cwd: projectRoot,
      env: {
        ...env,
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: join(outputDir, name, "cache"),
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await release();
      throw new Error(`astro dev stopped:\n${output}`);
    }
    const ready = await fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill();
      await release();
      throw new Error(`astro dev did not answer within a minute:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    output: () => output,
    close: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill();
      });
      await release();
    },
  };
}

/**
 * `npm test`: vitest, and beside it the lint, failing when any fails. Vitest's output streams
 * as it goes; each other command's is printed whole when it ends, so their lines never
 * interleave. The other commands run one after another; those after `--after-builds` wait
 * until vitest's global setup has built everything.
 *
 *   node tests/support/side-by-side.mjs "vitest run" "prettier --check ." \
 *     --after-builds "astro check --noSync"
 *
 * Prettier reads only the sources, so it runs while the global setup builds, on the core
 * the builds leave idle. A plain `astro check` would first sync the site's content into the
 * project's `.astro/` folder, where the builds write theirs (tests/support/astro-lock.ts):
 * with `--noSync` it reads only the types those builds wrote, which are the same for every
 * corpus (they come from the collections' schemas), and so it needs no lock, once they are
 * written. Plain JavaScript with no dependency.
 */
import { spawn } from "node:child_process";

const [main, ...rest] = process.argv.slice(2);
if (!main || rest.at(-1) === "--after-builds") {
  console.error(
    'usage: node tests/support/side-by-side.mjs "<command>" ["<command>"…] [--after-builds "<command>"…]',
  );
  process.exit(2);
}
const afterBuilds = rest.indexOf("--after-builds");
const others = rest
  .filter((arg) => arg !== "--after-builds")
  .map((command, index) => ({ command, waits: afterBuilds >= 0 && index >= afterBuilds }));
/** What the global setup prints when the builds are ready (tests/support/global-build.ts). */
const READY = "global setup: builds ready";
const seconds = (started) => ((performance.now() - started) / 1000).toFixed(1);

/** Runs a command in a shell, its output kept; resolves with its exit code. */
function runQuietly(command) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, { shell: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code, signal) => {
      process.stdout.write(
        `\n── ${command} (${seconds(started)} s, exit ${code ?? signal}) ──\n${output}`,
      );
      resolve(code ?? 1);
    });
  });
}

let startOthers;
const othersMayStart = new Promise((resolve) => (startOthers = resolve));
const othersDone = (async () => {
  const codes = [];
  for (const { command, waits } of others) {
    if (waits) await othersMayStart;
    codes.push(await runQuietly(command));
  }
  return codes;
})();

const started = performance.now();
const child = spawn(main, {
  shell: true,
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: "1" } : {}) },
});
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (String(chunk).includes(READY)) startOthers();
});
const mainCode = await new Promise((resolve) =>
  child.on("close", (code, signal) => {
    console.log(`\n── ${main}: ${seconds(started)} s, exit ${code ?? signal}`);
    startOthers();
    resolve(code ?? 1);
  }),
);
const codes = [mainCode, ...(await othersDone)];
process.exit(codes.find((code) => code !== 0) ?? 0);

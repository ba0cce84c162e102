/**
 * `npm test`: runs its commands at the same time and fails when any of them fails. The first
 * streams its output as it goes; the others' output is printed whole when each ends, so the
 * lines of two commands never interleave. Formatting and type checking (`npm run lint`, mostly
 * `astro check` on one core) then take no wall time of their own beside vitest.
 *
 *   node tests/support/side-by-side.mjs "vitest run" "npm run --silent lint"
 *
 * Plain JavaScript with no dependency: it starts before anything is compiled.
 */
import { spawn } from "node:child_process";

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node tests/support/side-by-side.mjs "<command>" ["<command>"…]');
  process.exit(2);
}

/** Runs one command in a shell; resolves with its exit code. */
function start(command, streamed) {
  const started = performance.now();
  const child = spawn(command, {
    shell: true,
    stdio: streamed ? "inherit" : ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (!streamed) {
        process.stdout.write(
          `\n── ${command} (${seconds} s, exit ${code ?? signal}) ──\n${output}`,
        );
      } else {
        console.log(`\n── ${command}: ${seconds} s, exit ${code ?? signal}`);
      }
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(commands.map((command, index) => start(command, index === 0)));
process.exit(codes.find((code) => code !== 0) ?? 0);

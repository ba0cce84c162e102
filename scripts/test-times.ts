/**
 * Where the last `vitest run` spent its time, per project and per file, slowest first: the
 * figures that tests/support/time-reporter.ts recorded in `.cache/test-times.json`. So a
 * figure in the docs is measured, not guessed.
 *
 *   npm test                     (or npx vitest run, any projects)
 *   node scripts/test-times.ts   [.cache/test-times.json]
 *
 * A file's time runs from its start in its worker to its end: its import and top-level
 * awaits, its hooks (a `beforeAll` that builds or drives the browser) and its tests. Files of
 * one project run side by side where the project allows it, so a project's sum of file
 * times can exceed the wall time. The global setup's builds (the site and fixture corpora)
 * run beside the unit tests; the files of the other projects wait for them, and that wait is
 * part of their time.
 */
import { readFileSync } from "node:fs";
import type { SuiteTimes } from "../tests/support/time-reporter.ts";

const path = process.argv[2] ?? ".cache/test-times.json";
const times = JSON.parse(readFileSync(path, "utf8")) as SuiteTimes;
const s = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
const tests = times.files.reduce((sum, file) => sum + file.count, 0);

console.log(
  `vitest: ${s(times.wall).trim()} wall, ${tests} tests, ${times.failed} failed (${path})`,
);
console.log(
  `until the first test that reads a build (the global setup's builds; the unit tests run beside them): ${s(times.untilBuildsRead).trim()}`,
);
console.log("\nproject        files  tests   sum of file times");
const projects = [...new Set(times.files.map((file) => file.project))];
for (const project of projects) {
  const own = times.files.filter((file) => file.project === project);
  const sum = own.reduce((total, file) => total + file.wall, 0);
  const count = own.reduce((total, file) => total + file.count, 0);
  console.log(
    `${project.padEnd(14)} ${String(own.length).padStart(5)}  ${String(count).padStart(5)}   ${s(sum)}`,
  );
}
console.log("\nslowest files (wall = import + hooks + tests)");
for (const file of [...times.files].sort((a, b) => b.wall - a.wall).slice(0, 20)) {
  console.log(
    `${s(file.wall)}  (import ${s(file.collect).trim()})  ${file.project.padEnd(8)} ${file.file} (${file.count})`,
  );
}

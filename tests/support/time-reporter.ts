/**
 * A vitest reporter that records where the suite's time goes: per project and per file, a
 * file's whole cost (its import, top-level awaits and hooks included, where its builds and
 * browser visits happen), and the global setup's builds. It writes the figures to
 * `.cache/test-times.json`; `node scripts/test-times.ts` prints them.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { Reporter, TestCase, TestModule } from "vitest/node";
import { projectRoot } from "./paths.ts";

export interface FileTime {
  project: string;
  file: string;
  /** Milliseconds from the start of the run to the file's start in its worker. */
  start: number;
  /** Milliseconds from the file's start in its worker to its end. */
  wall: number;
  /** Its parts: importing it (with its top-level awaits), then its tests and hooks. */
  collect: number;
  tests: number;
  count: number;
}

export interface SuiteTimes {
  /** From the start of the run to its end, in milliseconds. */
  wall: number;
  /** From the start of the run to the first test of a project that has a global setup. */
  untilBuildsRead: number;
  files: FileTime[];
  failed: number;
}

export const TIMES_FILE = join(projectRoot, ".cache/test-times.json");

export default class TimeReporter implements Reporter {
  private started = 0;
  private firstBuildRead = Infinity;
  private starts = new Map<string, number>();
  private ends = new Map<string, number>();

  onTestRunStart() {
    this.started = performance.now();
  }

  onTestModuleStart(module: TestModule) {
    this.starts.set(module.id, performance.now());
  }

  /** A test of a project with a global setup starts only once its builds are done. */
  onTestCaseReady(test: TestCase) {
    if (test.project.config.globalSetup.length > 0) {
      this.firstBuildRead = Math.min(this.firstBuildRead, performance.now());
    }
  }

  onTestModuleEnd(module: TestModule) {
    this.ends.set(module.id, performance.now());
  }

  async onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const files: FileTime[] = modules.map((module) => {
      const diagnostic = module.diagnostic();
      const tests = [...module.children.allTests()];
      return {
        project: module.project.name,
        file: relative(projectRoot, module.moduleId),
        start: (this.starts.get(module.id) ?? this.started) - this.started,
        wall:
          (this.ends.get(module.id) ?? 0) - (this.starts.get(module.id) ?? 0) ||
          diagnostic.collectDuration + diagnostic.duration,
        collect: diagnostic.collectDuration,
        tests: diagnostic.duration,
        count: tests.length,
      };
    });
    const times: SuiteTimes = {
      wall: performance.now() - this.started,
      untilBuildsRead: Number.isFinite(this.firstBuildRead)
        ? this.firstBuildRead - this.started
        : 0,
      files,
      failed: modules.reduce(
        (sum, module) =>
          sum + [...module.children.allTests()].filter((t) => t.result().state === "failed").length,
        0,
      ),
    };
    await mkdir(dirname(TIMES_FILE), { recursive: true });
    await writeFile(TIMES_FILE, JSON.stringify(times, null, 2));
  }
}

import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { projectRoot } from "./paths.ts";

/**
 * The order vitest starts files in: the slowest first, whatever their project, so the two
 * workers finish together instead of one running the longest file alone at the end. Vitest's
 * own order runs the projects one after another, alphabetically, and only within a project
 * the longest first.
 *
 * A file's time is its last run's, from vitest's cache. A file with no time yet (a clean
 * clone) is ranked by what it does: driving the browser takes longest, building next, a
 * unit test least.
 */
const GUESS: Array<[folder: string, milliseconds: number]> = [
  ["tests/browser/", 30_000],
  ["tests/build/", 5_000],
  ["tests/unit/", 500],
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Vitest's order breaks ties: within a project, its own rules (larger files first).
    const vitestOrder = await super.sort(files);
    const time = (spec: TestSpecification) => {
      const last = this.ctx.cache.getTestSpecificationResult(spec);
      if (last) return last.duration;
      const path = relative(projectRoot, spec.moduleId);
      return GUESS.find(([folder]) => path.startsWith(folder))?.[1] ?? 0;
    };
    const times = new Map(vitestOrder.map((spec) => [spec, time(spec)]));
    return vitestOrder.toSorted((a, b) => times.get(b)! - times.get(a)!);
  }
}

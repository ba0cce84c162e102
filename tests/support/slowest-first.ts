import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { projectRoot } from "./paths.ts";

/**
 * The order vitest starts files in, so the two workers stay busy and finish together:
 *
 * 1. the unit tests, which run while the global setup builds (the other files wait for it);
 * 2. the files that drive the browser, alternating with the files that run Astro, each the
 *    longest first: Astro runs one at a time (`astro-lock.ts`), so two of them in a row
 *    would leave a worker waiting, and a browser file between them keeps it busy;
 * 3. the rest, project by project as vitest orders them (within a project, the longest
 *    first): vitest hands a worker on to the next file only within one project, and a new
 *    worker imports the site's modules again.
 *
 * A file's time is its last run's, from vitest's cache; with none (a clean clone), vitest's
 * own order stands in (the larger file first).
 */
export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const vitestOrder = await super.sort(files);
    const time = (spec: TestSpecification) =>
      this.ctx.cache.getTestSpecificationResult(spec)?.duration ?? 0;
    const longestFirst = (specs: TestSpecification[]) =>
      specs.toSorted((a, b) => time(b) - time(a));
    const astro = await filterAsync(vitestOrder, runsAstro);
    const browser = vitestOrder.filter(drivesBrowser);
    const unit = vitestOrder.filter((spec) => spec.project.config.globalSetup.length === 0);
    const rest = vitestOrder.filter(
      (spec) => !unit.includes(spec) && !browser.includes(spec) && !astro.includes(spec),
    );
    return [...unit, ...alternate(longestFirst(browser), longestFirst(astro)), ...rest];
  }
}

function drivesBrowser(spec: TestSpecification): boolean {
  return relative(projectRoot, spec.moduleId).startsWith("tests/browser/");
}

/** Files that build or run `astro dev` import the helpers that take the Astro lock. */
async function runsAstro(spec: TestSpecification): Promise<boolean> {
  const source = await readFile(spec.moduleId, "utf8");
  return /import \{[^}]*\b(buildCorpus\w*|startDevServer)\b[^}]*\} from "\.\.\/support\//.test(
    source,
  );
}

async function filterAsync<T>(items: T[], test: (item: T) => Promise<boolean>): Promise<T[]> {
  const keep = await Promise.all(items.map(test));
  return items.filter((_, index) => keep[index]);
}

function alternate<T>(first: T[], second: T[]): T[] {
  return Array.from({ length: Math.max(first.length, second.length) }, (_, index) => [
    ...(index < first.length ? [first[index]!] : []),
    ...(index < second.length ? [second[index]!] : []),
  ]).flat();
}

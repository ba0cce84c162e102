/**
 * `npm run bench:og -- [--articles N] [--runs N]`
 *
 * Measures the drawing of share images alone, in this process, on the images a build of the
 * benchmark's synthetic corpus (`scripts/lib/synthetic-corpus.ts`, as `npm run bench`
 * builds it) would draw, planned as the build plans them: cold (an empty cache) `--runs`
 * times, then warm. `npm run bench` measures whole builds.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { catalogOf, type Collections } from "../src/catalog/catalog.ts";
import { checkContent, formatProblem } from "../src/content-check/content-check.ts";
import { planShareImages } from "../src/share-images/share-image-plan.ts";
import { drawImages, msPerImage, summaryLine } from "../src/share-images/cache.ts";
import { generateCorpus } from "./lib/synthetic-corpus.ts";
import { median } from "./lib/measure.ts";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "200" }, runs: { type: "string", default: "3" } },
});
const articles = Number(values.articles);
const runs = Number(values.runs);

const files = generateCorpus({ articles }).map(({ path, text }) => ({ path, text }));
const { entries, problems } = checkContent(files);
if (problems.length > 0) throw new Error(`synthetic corpus: ${formatProblem(problems[0])}`);
const collections: Collections = { brands: [], outages: [], cases: [], dossier: [] };
for (const { collection, id, file, data } of entries) {
  (collections[collection] as unknown[]).push({ collection, id, data, filePath: file });
}
const images = planShareImages(catalogOf(collections, { production: true, now: new Date() }));

console.log(`share images of the synthetic corpus: ${articles} articles, ${images.length} images`);
console.log(
  `machine: ${availableParallelism()} cores, ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ` +
    `load average ${loadavg()[0].toFixed(2)}; Node ${process.version}\n`,
);

const dir = await mkdtemp(join(tmpdir(), "schermo-nero-bench-og-"));
const colds: number[] = [];
for (let run = 1; run <= runs; run++) {
  await rm(dir, { recursive: true, force: true });
  const cpu = process.cpuUsage();
  const summary = await drawImages(images, dir);
  const used = process.cpuUsage(cpu);
  colds.push(msPerImage(summary));
  const cpuPerImage = (used.user + used.system) / 1000 / images.length;
  console.log(`cold ${run}: ${summaryLine(summary)}; CPU ${cpuPerImage.toFixed(1)} ms per image`);
}
const warm = await drawImages(images, dir);
console.log(`warm:   ${summaryLine(warm)}${warm.drawn === 0 ? "" : " (EXPECTED NONE DRAWN)"}`);
console.log(`median cold: ${median(colds).toFixed(1)} ms per image`);
await rm(dir, { recursive: true, force: true });

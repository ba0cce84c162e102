/**
 * `npm run bench`: builds generated corpora of N articles through CONTENT_DIR and prints
 * cold build, warm rebuild, rebuild after one edit, ms per page, ms per share image, peak
 * RSS and dist size, as medians of several runs. `--json` prints the same figures as JSON.
 * `--peer` also builds the same corpus, cold and warm, with a plain Astro + satori site
 * (`scripts/bench-peer/`), each run right after Schermo Nero's, and prints the ratios: the
 * speed targets are ratios against it, which a shared machine's drift leaves alone.
 *
 *   npm run bench -- --sizes 100,1000 --runs 3 [--peer] [--json]
 */
import { mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "./lib/synthetic-corpus.ts";
import { measure, median, type Measured } from "./lib/measure.ts";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000" },
    runs: { type: "string", default: "3" },
    json: { type: "boolean", default: false },
    peer: { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);

async function folderSize(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function countPages(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((name) => name.endsWith(".html")).length;
}

/** `share images: 1046 drawn, 0 reused in 21.30 s (20.4 ms per image, …)` */
function msPerShareImage(output: string): number {
  const summary = /share images: \d+ drawn, \d+ reused in [\d.]+ s \(([\d.]+) ms per image/.exec(
    output,
  );
  if (!summary) throw new Error(`no share-image summary in a cold build's log:\n${output}`);
  return Number(summary[1]);
}

/** How many share images a build drew, from its summary line. */
function imagesDrawn(output: string): number {
  const summary = /share images: (\d+) drawn/.exec(output);
  if (!summary) throw new Error(`no share-image summary in a build's log:\n${output}`);
  return Number(summary[1]);
}

interface Figures {
  articles: number;
  pages: number;
  coldSeconds: number;
  warmSeconds: number;
  /** After a new title in one article: every keyed page renders again (src/catalog/page-keys.ts). */
  editSeconds: number;
  /** After a new paragraph in one article: only its page renders again. */
  proseEditSeconds: number;
  msPerPage: number;
  /** Share images drawn by the warm rebuild (0: every image reused). */
  warmImagesDrawn: number;
  /** …after the title edit (1: only the image that shows that title). */
  titleEditImagesDrawn: number;
  proseEditImagesDrawn: number;
  /** Wall time of a cold build's share images ÷ images drawn, from the build log. */
  msPerShareImage: number;
  peakRssMiB: number;
  distMiB: number;
  runs: number;
  /** The peer's cold and warm builds of the same corpus (`--peer`), medians. */
  peer?: { coldSeconds: number; warmSeconds: number };
}

function log(message: string) {
  if (!values.json) console.error(message);
}

async function benchSize(articles: number): Promise<Figures> {
  const root = await mkdtemp(join(tmpdir(), `schermo-nero-bench-${articles}-`));
  const content = join(root, "content");
  for (const file of generateCorpus({ articles })) {
    const path = join(content, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
  const outDir = join(root, "dist");
  const cacheDir = join(root, "cache");
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    ASTRO_CACHE_DIR: join(cacheDir, "astro"),
    ASTRO_TELEMETRY_DISABLED: "1",
    NO_COLOR: "1",
  };
  const build = async (label: string): Promise<Measured> => {
    const result = await measure("npm", ["run", "build", "--", "--outDir", outDir], {
      cwd: projectRoot,
      env,
    });
    if (result.code !== 0)
      throw new Error(`${label} build of ${articles} failed:\n${result.output}`);
    log(
      `  ${label}: ${result.seconds.toFixed(2)} s, peak ${(result.peakRss / 2 ** 20).toFixed(0)} MiB`,
    );
    return result;
  };

  const peerOut = join(root, "peer");
  const buildPeer = async (label: string): Promise<Measured> => {
    const result = await measure(
      join(projectRoot, "node_modules/.bin/astro"),
      ["build", "--root", "scripts/bench-peer", "--outDir", join(peerOut, "dist")],
      { cwd: projectRoot, env: { ...env, ASTRO_CACHE_DIR: join(peerOut, "cache") } },
    );
    if (result.code !== 0) throw new Error(`peer's ${label} build failed:\n${result.output}`);
    log(`  peer ${label}: ${result.seconds.toFixed(2)} s`);
    return result;
  };

  const edited = join(content, "cases", "caso-0001.mdx");
  const original = await readFile(edited, "utf8");
  const cold: Measured[] = [];
  const warm: Measured[] = [];
  const edit: Measured[] = [];
  const proseEdit: Measured[] = [];
  const peerCold: Measured[] = [];
  const peerWarm: Measured[] = [];
  for (let run = 1; run <= runs; run++) {
    log(`N=${articles}, run ${run}/${runs}`);
    await rm(outDir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
    cold.push(await build("cold"));
    warm.push(await build("warm"));
    // Each edit builds on the last: the prose edit leaves the frontmatter as it was.
    const withParagraph = `${original}\nUn paragrafo aggiunto per il benchmark.\n`;
    await writeFile(edited, withParagraph);
    proseEdit.push(await build("one prose edit"));
    await writeFile(edited, withParagraph.replace(/^title: "/m, 'title: "Modificato: '));
    edit.push(await build("one title edit"));
    await writeFile(edited, original);
    if (values.peer) {
      await rm(peerOut, { recursive: true, force: true });
      peerCold.push(await buildPeer("cold"));
      peerWarm.push(await buildPeer("warm"));
    }
  }
  const pages = await countPages(outDir);
  const figures: Figures = {
    articles,
    pages,
    coldSeconds: median(cold.map((m) => m.seconds)),
    warmSeconds: median(warm.map((m) => m.seconds)),
    editSeconds: median(edit.map((m) => m.seconds)),
    proseEditSeconds: median(proseEdit.map((m) => m.seconds)),
    msPerPage: (median(cold.map((m) => m.seconds)) * 1000) / pages,
    warmImagesDrawn: Math.max(...warm.map((m) => imagesDrawn(m.output))),
    titleEditImagesDrawn: Math.max(...edit.map((m) => imagesDrawn(m.output))),
    proseEditImagesDrawn: Math.max(...proseEdit.map((m) => imagesDrawn(m.output))),
    msPerShareImage: median(cold.map((m) => msPerShareImage(m.output))),
    peakRssMiB:
      Math.max(...[...cold, ...warm, ...edit, ...proseEdit].map((m) => m.peakRss)) / 2 ** 20,
    distMiB: (await folderSize(outDir)) / 2 ** 20,
    runs,
    peer: values.peer
      ? {
          coldSeconds: median(peerCold.map((m) => m.seconds)),
          warmSeconds: median(peerWarm.map((m) => m.seconds)),
        }
      : undefined,
  };
  await rm(root, { recursive: true, force: true });
  return figures;
}

const results: Figures[] = [];
for (const size of sizes) results.push(await benchSize(size));

if (values.json) {
  console.log(JSON.stringify({ results }, null, 2));
} else {
  const rows = results.map((r) =>
    [
      r.articles,
      r.pages,
      r.coldSeconds.toFixed(1),
      r.warmSeconds.toFixed(1),
      r.editSeconds.toFixed(1),
      r.proseEditSeconds.toFixed(1),
      r.msPerPage.toFixed(1),
      r.msPerShareImage.toFixed(1),
      `${r.warmImagesDrawn}/${r.titleEditImagesDrawn}/${r.proseEditImagesDrawn}`,
      r.peakRssMiB.toFixed(0),
      r.distMiB.toFixed(1),
    ].join("\t"),
  );
  console.log(
    [
      "N\tpages\tcold s\twarm s\ttitle edit s\tprose edit s\tms/page\tms/image\timages redrawn warm/title/prose\tpeak MiB\tdist MiB",
      ...rows,
    ].join("\n"),
  );
  for (const { articles, coldSeconds, warmSeconds, peer } of results) {
    if (!peer) continue;
    console.log(
      `N=${articles}, against the plain Astro + satori peer: cold ${coldSeconds.toFixed(1)} s ` +
        `vs ${peer.coldSeconds.toFixed(1)} s (×${(coldSeconds / peer.coldSeconds).toFixed(2)}), ` +
        // The peer has no incremental build: a warm build is measured against its cold one.
        `warm ${warmSeconds.toFixed(1)} s (×${(warmSeconds / peer.coldSeconds).toFixed(2)} of ` +
        `its cold build; its warm build ${peer.warmSeconds.toFixed(1)} s)`,
    );
  }
  const [first, last] = [results[0], results.at(-1)!];
  if (results.length > 1) {
    console.log(
      `growth ${first.articles}→${last.articles} articles: ×${(last.articles / first.articles).toFixed(0)} ` +
        `articles, ×${(last.coldSeconds / first.coldSeconds).toFixed(2)} cold time, ` +
        `×${(last.msPerPage / first.msPerPage).toFixed(2)} ms per page (medians of ${runs} runs)`,
    );
  }
}

/**
 * `npm run bench:og -- [--pages N] [--no-build] [--sample N] [--keep]`
 *
 * Measures share images on a generated set of N pages (default 200):
 *
 * 1. Drawing alone, in this process: every image of the set, cold (empty cache) and warm,
 *    the way a build draws them (`ShareImageBatch`, several at once); then a sample drawn one
 *    at a time through each PNG pipeline (resvg+sharp, sharp alone, resvg alone).
 * 2. A real `astro build` of the generated corpus, cold and warm, for the share of build
 *    time spent on images (skipped with `--no-build`).
 *
 * Runs on Node's own TypeScript support: `src/og/` imports with `.ts` extensions for this.
 */
import { spawnSync } from "node:child_process";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ShareImage, ShareImageProps } from "../src/lib/share-image.ts";
import { templateHash } from "../src/lib/share-image-key.ts";
import { ShareImageBatch, median, msPerImage, type Summary } from "../src/og/batch.ts";
import { ImageCache } from "../src/og/cache.ts";
import { getRenderer, type Pipeline } from "../src/og/render.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = join(root, "tests/.output/bench-og");

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 10)
    throw new Error(`--${name} expects a whole number ≥ 10`);
  return value;
}
const pages = option("pages", 200);
const sampleSize = option("sample", 60);
const withBuild = !process.argv.includes("--no-build");
/** Keeps the generated corpus, its builds and caches in tests/.output/bench-og/. */
const keep = process.argv.includes("--keep");

// ── The generated set ────────────────────────────────────────────────────────────────────

const BRANDS = [
  ["netflix", "Netflix", "streaming", "#E50914"],
  ["instagram", "Instagram", "social", "#C13584"],
  ["rai", "Rai", "broadcaster", "#0B4EA2"],
  ["spotify", "Spotify", "streaming", "#1DB954"],
  ["whatsapp", "WhatsApp", "social", "#25D366"],
] as const;

const HEADLINES = [
  "la sera in cui lo schermo è diventato nero",
  "dieci minuti di nero su tre reti, in pieno telegiornale",
  "“Stiamo riscontrando difficoltà”: il messaggio che nessuno voleva leggere",
  "l’abbraccio ironico — e studiato — di un marchio al rivale in difficoltà",
  "perché un errore 504 è diventato il tema del giorno «sui social» 🤔",
  "tre ore di silenzio, poi le scuse: la cronologia di un guasto globale che ha fermato milioni di persone in Europa e negli Stati Uniti, raccontata minuto per minuto",
];

function headline(i: number): string {
  return `${HEADLINES[i % HEADLINES.length].replace(/^./, (c) => c.toUpperCase())} (n. ${i + 1})`;
}
const day = (i: number) =>
  `2018-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
const ITALIAN_MONTHS = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
];
const italianDay = (i: number) => `${1 + (i % 28)} ${ITALIAN_MONTHS[i % 12]} 2018`;

interface Generated {
  files: Record<string, string>;
  images: ShareImage[];
  counts: Record<string, number>;
}

/** N pages: home, the default, four list pages, the brands, then outages, cases, dossiers. */
function generate(total: number): Generated {
  const siteName = "Schermo Nero";
  const rest = total - 6 - BRANDS.length;
  const dossiers = Math.max(1, Math.round(rest * 0.1));
  const outages = Math.round((rest - dossiers) * 0.45);
  const cases = rest - dossiers - outages;
  const files: Record<string, string> = {};
  const images: ShareImage[] = [];
  const mark = (b: number) => ({
    name: BRANDS[b % BRANDS.length][1],
    color: BRANDS[b % BRANDS.length][3],
  });
  const all = BRANDS.map((_, b) => mark(b));
  const fixed: ShareImageProps[] = [
    {
      template: "default",
      siteName,
      title: siteName,
      tagline: "Blackout digitali e l’instant marketing che li segue",
      sections: "Blackout · Instant marketing · Marchi",
      address: "schermonero.it",
    },
    {
      template: "home",
      siteName,
      title: siteName,
      tagline: "Blackout digitali e l’instant marketing che li segue",
      tally: `${outages} blackout · ${cases} casi`,
      brands: all,
      address: "schermonero.it",
    },
    {
      template: "section",
      siteName,
      title: "Blackout",
      standfirst: "Quando un servizio digitale si spegne.",
      tally: `${outages} blackout`,
      brands: all,
    },
    {
      template: "section",
      siteName,
      title: "Instant marketing",
      standfirst: "I post dei marchi, in poche ore.",
      tally: `${cases} casi`,
      brands: all,
    },
    {
      template: "section",
      siteName,
      title: "Dossier",
      standfirst: "Le storie lunghe.",
      tally: `${dossiers} dossier`,
      brands: all,
    },
    {
      template: "section",
      siteName,
      title: "Marchi",
      standfirst: "I marchi di cui raccontiamo.",
      tally: `${BRANDS.length} marchi`,
      brands: all,
    },
  ];
  fixed.forEach((props, i) => images.push({ slug: `fixed-${i}`, props, alt: "", source: "bench" }));
  BRANDS.forEach(([slug, name, kind, color], b) => {
    files[`brands/${slug}.yaml`] =
      `name: ${name}\nkind: ${kind}\ncolor: "${color}"\nwebsite: https://example.com/${slug}\n`;
    images.push({
      slug: `marchi/${slug}`,
      props: {
        template: "brand",
        siteName,
        name,
        color,
        kind: "Servizio di streaming",
        tally: "3 blackout · 4 casi",
      },
      alt: "",
      source: "bench",
    });
    void b;
  });
  const source = "sources:\n  - title: Fonte generata dal benchmark\n";
  for (let i = 0; i < outages; i++) {
    const [brand] = BRANDS[i % BRANDS.length];
    const title = `#${BRANDS[i % BRANDS.length][1]}Down: ${headline(i)}`;
    files[`outages/guasto-${i}.mdx`] =
      `---\ntitle: ${JSON.stringify(title)}\ndescription: "Un blackout generato dal benchmark."\npublished: ${day(i)}\nbrand: ${brand}\nhashtag: "#${BRANDS[i % BRANDS.length][1]}Down"\nstart: { day: ${day(i)}, part: evening }\nscope: national\n${source}---\n\nTesto generato.\n`;
    images.push({
      slug: `blackout/guasto-${i}`,
      props: {
        template: "outage",
        siteName,
        title,
        hashtag: `#${BRANDS[i % BRANDS.length][1]}Down`,
        brand: mark(i),
        when: `${italianDay(i)}, in serata`,
      },
      alt: "",
      source: "bench",
    });
  }
  for (let i = 0; i < cases; i++) {
    const [brand] = BRANDS[(i + 1) % BRANDS.length];
    const title = headline(i + 3);
    files[`cases/caso-${i}.mdx`] =
      `---\ntitle: ${JSON.stringify(title)}\ndescription: "Un caso generato dal benchmark."\npublished: ${day(i)}\nbrand: ${brand}\nplatform: twitter\ndate: ${day(i)}\noutage: guasto-${i % outages}\n${source}---\n\nTesto generato.\n`;
    images.push({
      slug: `instant-marketing/caso-${i}`,
      props: {
        template: "case",
        siteName,
        title,
        brand: mark(i + 1),
        platform: "Twitter",
        trigger: `In risposta a #${BRANDS[(i % outages) % BRANDS.length][1]}Down`,
        when: italianDay(i),
      },
      alt: "",
      source: "bench",
    });
  }
  for (let i = 0; i < dossiers; i++) {
    const title = `Dossier: ${headline(i + 1)}`;
    files[`dossier/dossier-${i}.mdx`] =
      `---\ntitle: ${JSON.stringify(title)}\ndescription: "Un dossier generato dal benchmark."\npublished: ${day(i)}\noutages: [guasto-${i % outages}]\ncases: [caso-${i % cases}]\n${source}---\n\nTesto generato.\n`;
    images.push({
      slug: `dossier/dossier-${i}`,
      props: {
        template: "dossier",
        siteName,
        title,
        brands: [mark(i), mark(i + 1)],
        when: italianDay(i),
      },
      alt: "",
      source: "bench",
    });
  }
  return { files, images, counts: { brands: BRANDS.length, outages, cases, dossier: dossiers } };
}

// ── Measuring ────────────────────────────────────────────────────────────────────────────

async function sourceHash(): Promise<string> {
  const dir = join(root, "src/og");
  const names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith(".ts"));
  const sources: Record<string, string> = {};
  for (const name of names) sources[`og/${name}`] = await readFile(join(dir, name), "utf8");
  return templateHash(sources);
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const pad = (text: string, width: number) => text.padEnd(width);

async function batchRun(
  images: ShareImage[],
  cache: ImageCache,
  template: string,
): Promise<Summary> {
  return new ShareImageBatch({ template, cache, warn: () => undefined }).start(images);
}

const cpuNow = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * One image at a time: satori once, then the same SVG through every PNG pipeline in turn
 * (rotating the order), so a machine whose load drifts favours none of them.
 */
async function oneAtATime(images: ShareImage[], pipelines: Pipeline[]) {
  const renderer = await getRenderer();
  for (const image of images.slice(0, 5)) {
    const svg = await renderer.svg(image.props);
    for (const pipeline of pipelines) await renderer.toPng(svg, pipeline); // warm-up
  }
  const satori = { wall: [] as number[], cpu: [] as number[] };
  const png = Object.fromEntries(
    pipelines.map((p) => [p, { wall: [] as number[], cpu: [] as number[], bytes: [] as number[] }]),
  );
  for (const [i, image] of images.entries()) {
    let wall = performance.now();
    let cpu = cpuNow();
    const svg = await renderer.svg(image.props);
    satori.wall.push(performance.now() - wall);
    satori.cpu.push(cpuNow() - cpu);
    for (let k = 0; k < pipelines.length; k++) {
      const pipeline = pipelines[(i + k) % pipelines.length];
      wall = performance.now();
      cpu = cpuNow();
      const bytes = await renderer.toPng(svg, pipeline);
      png[pipeline].wall.push(performance.now() - wall);
      png[pipeline].cpu.push(cpuNow() - cpu);
      png[pipeline].bytes.push(bytes.length);
    }
  }
  return { satori, png };
}

function build(content: string, label: string) {
  const start = performance.now();
  const result = spawnSync("npx", ["astro", "build", "--outDir", join(work, "dist")], {
    cwd: root,
    encoding: "utf8",
    env: {
      ...process.env,
      CONTENT_DIR: content,
      ASTRO_CACHE_DIR: join(work, "astro-cache"),
      OG_CACHE_DIR: join(work, "og-cache"),
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
    },
  });
  const seconds = (performance.now() - start) / 1000;
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${label} build failed:\n${output.slice(-4000)}`);
  const line = output.match(/share images: .*/)?.[0] ?? "share images: (no summary)";
  const wall = Number(line.match(/ in ([\d.]+) s/)?.[1] ?? 0);
  return { seconds, line, wall };
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────

const generated = generate(pages);
const template = await sourceHash();
const cpuModel = cpus()[0]?.model.trim() ?? "unknown CPU";
console.log(
  `share-image benchmark: ${pages} pages (6 fixed, ${generated.counts.brands} brands, ` +
    `${generated.counts.outages} outages, ${generated.counts.cases} cases, ` +
    `${generated.counts.dossier} dossiers)`,
);
console.log(
  `machine: ${availableParallelism()} cores, ${cpuModel}, load average ${loadavg()[0].toFixed(2)}; ` +
    `Node ${process.version}\n`,
);

await rm(work, { recursive: true, force: true });
const cacheDir = join(work, "og-cache");
const cache = new ImageCache(cacheDir);

// Cold three times (each with an empty cache), for a median that a busy machine moves less.
const colds: Summary[] = [];
const cpuPerImage: number[] = [];
for (let run = 0; run < 3; run++) {
  await rm(cacheDir, { recursive: true, force: true });
  const before = process.cpuUsage();
  colds.push(await batchRun(generated.images, cache, template));
  const used = process.cpuUsage(before);
  cpuPerImage.push((used.user + used.system) / 1000 / generated.images.length);
}
const warm = await batchRun(generated.images, cache, template);
const perImage = median(colds.map(msPerImage));
console.log("drawing, as a build does (several images at once, on every core)");
for (const [run, cold] of colds.entries()) {
  console.log(
    `  cold ${run + 1}: ${cold.drawn} drawn, ${cold.reused} reused in ${(cold.wall / 1000).toFixed(2)} s · ` +
      `${ms(msPerImage(cold))} per image · CPU ${ms(cpuPerImage[run])} per image · ` +
      `median draw ${ms(median(cold.drawTimes))} (${cold.concurrency} at a time)`,
  );
}
console.log(
  `  warm:   ${warm.drawn} drawn, ${warm.reused} reused in ${(warm.wall / 1000).toFixed(2)} s` +
    (warm.drawn === 0 ? " · nothing drawn" : " · EXPECTED NOTHING DRAWN"),
);
console.log(
  `  → median cold: ${ms(perImage)} per image, ${(1000 / perImage).toFixed(1)} images/s` +
    ` (target ≤ 25 ms: ${perImage <= 25 ? "met" : "NOT MET"}); ` +
    `CPU ${ms(median(cpuPerImage))} per image, ${ms(median(cpuPerImage) / availableParallelism())} ` +
    `per image spread over ${availableParallelism()} idle cores`,
);

const sample = generated.images
  .filter((_, i) => i % Math.max(1, Math.floor(pages / sampleSize)) === 0)
  .slice(0, sampleSize);
console.log(`\none image at a time (${sample.length} images, after 5 to warm up)`);
const pipelines: Pipeline[] = ["resvg+sharp", "sharp", "resvg"];
const alone = await oneAtATime(sample, pipelines);
console.log(`  ${pad("step", 26)}${pad("median wall", 14)}${pad("median CPU", 14)}median size`);
console.log(
  `  ${pad("layout and SVG (satori)", 26)}${pad(ms(median(alone.satori.wall)), 14)}${ms(median(alone.satori.cpu))}`,
);
for (const pipeline of pipelines) {
  const r = alone.png[pipeline];
  const label = `SVG → PNG: ${pipeline}${pipeline === "resvg+sharp" ? " *" : ""}`;
  console.log(
    `  ${pad(label, 26)}${pad(ms(median(r.wall)), 14)}${pad(ms(median(r.cpu)), 14)}` +
      `${(median(r.bytes) / 1024).toFixed(0)} KB`,
  );
}
const chosen = median(alone.satori.wall) + median(alone.png["resvg+sharp"].wall);
console.log(`  one image alone, as the site draws it (*): ${ms(chosen)}`);

if (withBuild) {
  const content = join(work, "content");
  for (const [path, text] of Object.entries(generated.files)) {
    await mkdir(join(content, path, ".."), { recursive: true });
    await writeFile(join(content, path), text);
  }
  await rm(cacheDir, { recursive: true, force: true });
  console.log(`\nastro build of the generated corpus (${pages} pages, ${pages} images)`);
  const coldBuild = build(content, "cold");
  console.log(`  cold: ${coldBuild.seconds.toFixed(1)} s · ${coldBuild.line}`);
  const warmBuild = build(content, "warm");
  console.log(`  warm: ${warmBuild.seconds.toFixed(1)} s · ${warmBuild.line}`);
  const share = (100 * coldBuild.wall) / coldBuild.seconds;
  const saved = coldBuild.seconds - warmBuild.seconds;
  console.log(
    `  share of the cold build spent on images: ${share.toFixed(0)}% ` +
      `(${coldBuild.wall.toFixed(2)} s of ${coldBuild.seconds.toFixed(1)} s, overlapping page rendering); ` +
      `the warm build is ${saved.toFixed(1)} s faster`,
  );
}

if (!keep) await rm(work, { recursive: true, force: true });

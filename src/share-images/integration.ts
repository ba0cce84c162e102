/**
 * Share images in one integration. `astro build`: once the content check has passed (it hands
 * its entries over through `fromCheckedContent`), the images are planned and drawn on a worker
 * thread (`./cache.ts`) while Astro renders pages; at `astro:build:done` each is hard-linked
 * from the cache to `og/<slug>.png`, characters left out are reported with the file behind the
 * page, the summary logged and the cache pruned. `astro dev` draws `/og/<slug>.png` on request
 * (`./route.ts`) and shows every image at `/anteprima/` (`./Previews.astro`).
 */
import type { AstroIntegration } from "astro";
import { once } from "node:events";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { linkOrCopy } from "../caching/build-cache.ts";
import { catalogOf, type Collections } from "../catalog/catalog.ts";
import type { CheckedEntry } from "../content-check/content-check.ts";
import { planShareImages, type ShareImage } from "./share-image-plan.ts";
import { shareImageFile, shareImagePath } from "./share-image-urls.ts";
import { cacheDir, cacheFile, problemLine, prune, summaryLine, type Summary } from "./cache.ts";

/** What the content check hands over: every valid entry, as `checkContent` gives them. */
export interface CheckedContent {
  entries: CheckedEntry[];
  /** The content folder the entries' `file` is relative to. */
  contentRoot: string;
  projectRoot: string;
}

/** The site's images, planned as the pages of a build see the catalog (no drafts). */
function planFrom({ entries, contentRoot, projectRoot }: CheckedContent): ShareImage[] {
  const collections: Collections = { brands: [], outages: [], cases: [], dossier: [] };
  for (const { collection, id, file, data } of entries) {
    // The check parsed `data` with the collections' own schemas: Astro's entries, less the body.
    const filePath = relative(projectRoot, join(contentRoot, file)).split(sep).join("/");
    (collections[collection] as unknown[]).push({ collection, id, data, filePath });
  }
  return planShareImages(catalogOf(collections, { production: true, now: new Date() }));
}

/** Draws `images` on a worker thread, which never keeps the process alive by itself. */
function drawOnWorker(images: ShareImage[], dir: string) {
  const worker = new Worker(new URL("./cache.ts", import.meta.url), {
    workerData: { shareImages: { images, dir } },
  });
  worker.unref();
  // Rejects on the worker's `error`: reported at `astro:build:done`, which awaits it.
  const summary = once(worker, "message").then(([summary]) => summary as Summary);
  summary.catch(() => undefined);
  return { worker, summary };
}

export function shareImages(): AstroIntegration & {
  fromCheckedContent(content: CheckedContent): void;
} {
  let checked: CheckedContent | undefined;
  let drawing: ReturnType<typeof drawOnWorker> | undefined;
  const dir = cacheDir();
  return {
    name: "schermo-nero:share-images",
    fromCheckedContent(content) {
      checked = content;
    },
    hooks: {
      "astro:config:setup": ({ command, injectRoute }) => {
        if (command === "dev") {
          // Never in a build: `/anteprima` cannot reach the sitemap, the search index or a reader.
          const routes = { "/og/[...slug].png": "./route.ts", "/anteprima": "./Previews.astro" };
          for (const [pattern, file] of Object.entries(routes)) {
            injectRoute({ pattern, entrypoint: new URL(file, import.meta.url) });
          }
        }
        if (command !== "build") return;
        if (!checked) {
          throw new Error(
            "share images: list contentCheck() before shareImages() in astro.config.mjs",
          );
        }
        drawing = drawOnWorker(planFrom(checked), dir);
      },
      "astro:build:done": async ({ dir: out, logger }) => {
        if (!drawing) return;
        drawing.worker.ref();
        const summary = await drawing.summary;
        for (const problem of summary.problems) {
          logger.warn(problemLine(problem, shareImagePath(problem.slug)));
        }
        await Promise.all(
          Object.entries(summary.keys).map(([slug, key]) =>
            linkOrCopy(cacheFile(dir, key), join(fileURLToPath(out), shareImageFile(slug))),
          ),
        );
        logger.info(summaryLine(summary));
        await prune(dir, new Set(Object.values(summary.keys)));
      },
    },
  };
}

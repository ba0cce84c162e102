/**
 * `/og/<page>.png` under `astro dev` only (see `./integration.ts`): drawn on request through
 * the build's cache, so an edited page shows its new image on reload.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFile } from "node:fs/promises";
import { getCatalog } from "../catalog/loaded-catalog.ts";
import { planShareImages, type ShareImage } from "./share-image-plan.ts";
import { shareImagePath } from "./share-image-urls.ts";
import { cacheDir, cacheFile, drawImages, problemLine } from "./cache.ts";

export const getStaticPaths = (async () =>
  planShareImages(await getCatalog()).map((image) => ({
    params: { slug: image.slug },
    props: { image },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ image: ShareImage }> = async ({ props: { image } }) => {
  const { keys, problems } = await drawImages([image], cacheDir());
  for (const problem of problems) console.warn(problemLine(problem, shareImagePath(image.slug)));
  const png = await readFile(cacheFile(cacheDir(), keys[image.slug]));
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};

/**
 * Every share image, at `/og/<page>.png`: a static file in `dist/` after `astro build`, and
 * the same URL under `astro dev`, drawn on request. File-extension endpoints never match a
 * trailing slash, so these URLs have none.
 *
 * The first call of `getStaticPaths` dispatches every image at once (see `ShareImageBatch`).
 * In a build it returns no paths: `src/integrations/share-images.ts` copies each PNG from the
 * cache into `dist/og/` once all are ready, and the summary ("share images: N drawn, M
 * reused") is logged at the end. Under `astro dev` each `GET` waits for its own image; an
 * image whose page changed afterwards is drawn on request.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCatalog } from "../../data/loaded-catalog";
import { shareImages, type ShareImage } from "../../lib/share-image";
import { templateHash } from "../../lib/share-image-key";
import { siteBatch, siteBatchOptions } from "../../og/site";

/** The template source, part of every cache key. */
const template = templateHash(
  import.meta.glob<string>("../../og/**/*.ts", { query: "?raw", import: "default", eager: true }),
);

const batchOptions = siteBatchOptions(template);

export const getStaticPaths = (async () => {
  const images = shareImages(await getCatalog());
  const batch = siteBatch(batchOptions);
  batch.startOnce(images);
  // A build writes the files itself (src/integrations/share-images.ts); dev serves them here.
  if (!import.meta.env.DEV) return [];
  return images.map((image) => ({ params: { slug: image.slug }, props: { image } }));
}) satisfies GetStaticPaths;

interface Props {
  image: ShareImage;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await siteBatch(batchOptions).get(props.image);
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png" },
  });
};

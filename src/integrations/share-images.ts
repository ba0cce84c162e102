import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { writeSiteImages } from "../og/site";

/**
 * Puts every share image into the built site, at `og/<slug>.png`, from the cache.
 *
 * In a build the `/og/` route lists its images (which starts drawing them) but gives Astro
 * no paths: an endpoint response would carry each PNG through JavaScript three times (read,
 * response, two writes), about 10 ms an image at the end of a cold build. Here each file is
 * a hard link to the cached PNG (`ImageCache.linkTo`). Under `astro dev` the route serves
 * every image itself.
 */
export function shareImageFiles(): AstroIntegration {
  return {
    name: "schermo-nero:share-images",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const written = await writeSiteImages(fileURLToPath(dir));
        logger.info(`${written} share images written to og/`);
      },
    },
  };
}

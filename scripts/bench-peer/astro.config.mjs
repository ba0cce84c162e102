// @ts-check
/**
 * The benchmark's peer: the plainest site a newcomer would build with Astro's blog example
 * and AstroPaper's share-image endpoint, over the same generated corpus as Schermo Nero
 * (`npm run bench -- --peer`). No cache of its own beyond Astro's: it is the yardstick the
 * speed targets are ratios of, measured in the same run on the same machine.
 */
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

export default defineConfig({
  site: "https://peer.example",
  integrations: [mdx()],
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});

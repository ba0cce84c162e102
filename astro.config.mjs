// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { contentCheck } from "./src/integrations/content-check";
import { site } from "./src/site.config";

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: "always",
  output: "static",
  // Tests and benchmarks build other corpora side by side, each with its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [contentCheck(), mdx(), sitemap()],
  vite: {
    plugins: [tailwindcss()],
  },
});

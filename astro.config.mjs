// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { contentCheck } from "./src/integrations/content-check";
import { preview } from "./src/integrations/preview";
import { site } from "./src/site.config";

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: "always",
  output: "static",
  // Tests and benchmarks build other corpora side by side, each with its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [contentCheck(), preview(), mdx(), sitemap()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's MDX head-propagation directive trips a harmless bundler warning on every
        // MDX file (withastro/astro#18087); it would bury the warnings that matter.
        onwarn(warning, warn) {
          if (
            warning.code === "MODULE_LEVEL_DIRECTIVE" &&
            warning.message.includes("astro:head-inject")
          )
            return;
          warn(warning);
        },
      },
    },
  },
});

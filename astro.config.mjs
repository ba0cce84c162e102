// @ts-check
import { defineConfig, fontProviders } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { contentCheck } from "./src/content-check/check-integration.ts";
import { contentDir } from "./src/content-check/content-files.ts";
import { articleBodyPlugin, MDX_FEATURES } from "./src/content-check/mdx-check.ts";
import { searchIndex } from "./src/search/search-index.ts";
import { shareImages } from "./src/share-images/integration.ts";
import { site } from "./src/site.config.ts";
import { CSP_DIRECTIVES, CSP_STYLE_RESOURCES } from "./src/seo/csp.ts";

/**
 * The faces (`400-normal`, `400-italic`…) of an @fontsource package in node_modules, as the
 * `variants` of a local family: its Latin subset, Italian with its quotes, dashes and €.
 * @param {string} pkg
 * @param {[string, ...string[]]} faces
 */
function fontsourceFaces(pkg, [first, ...rest]) {
  /** @param {string} face */
  const variant = (face) => {
    const [weight, style] = face.split("-");
    /** @type {[string]} */
    const src = [`@fontsource/${pkg}/files/${pkg}-latin-${face}.woff2`];
    return { weight: Number(weight), style: /** @type {"normal" | "italic"} */ (style), src };
  };
  /** @type {[ReturnType<typeof variant>, ...ReturnType<typeof variant>[]]} */
  const variants = [variant(first), ...rest.map(variant)];
  return variants;
}

// The content check hands its checked entries to the share images, which start drawing then.
const images = shareImages();

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: "always",
  output: "static",
  build: {
    // Four pages in flight: while one page's files are written (to dist/ and to the incremental
    // cache, on libuv's threads, queued behind the share images' pixels) the next renders. A
    // cold build of 1000 articles about 10% faster (docs/performance.md).
    concurrency: 4,
  },
  // Outside node_modules, which `npm ci` deletes, so a CI host can keep it with `.cache/og`.
  // Tests and benchmarks build other corpora side by side, each with its own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR || "./.cache/astro",
  experimental: {
    // Pages whose route code and `cacheKey` are unchanged are copied from the last build.
    incrementalBuild: true,
  },
  // Served from node_modules, preloaded by <Font> in BaseLayout. `optional`: Chromium waits
  // about 100 ms for a preloaded font before the first layout and never swaps after it, so a
  // page is laid out once, with its fonts, instead of again as each face arrives. A slow first
  // visit gets the size-matched fallback, and the fonts from the next page on.
  fonts: [
    {
      provider: fontProviders.local(),
      name: "Source Serif 4",
      cssVariable: "--font-source-serif",
      display: "optional",
      fallbacks: ["Georgia", "Times New Roman", "serif"],
      options: {
        variants: fontsourceFaces("source-serif-4", ["400-normal", "600-normal", "400-italic"]),
      },
    },
    {
      provider: fontProviders.local(),
      name: "Source Sans 3",
      cssVariable: "--font-source-sans",
      display: "optional",
      fallbacks: ["system-ui", "Segoe UI", "sans-serif"],
      options: { variants: fontsourceFaces("source-sans-3", ["400-normal", "600-normal"]) },
    },
  ],
  // mdx() makes every article an MDX entry that its page renders with `render(entry)`.
  integrations: [
    contentCheck({ onChecked: (content) => images.fromCheckedContent(content) }),
    images,
    // The body rules run inside the compiler, on the tree it compiles (src/content-check/mdx-rules.ts);
    // the content check compiles each article with these same features before the build.
    mdx({
      processor: satteri({
        features: { ...MDX_FEATURES },
        hastPlugins: [articleBodyPlugin(contentDir())],
      }),
    }),
    sitemap(),
    // Pagefind indexes the built pages for /cerca/ (src/search/search-index.ts).
    searchIndex(),
  ],
  // No code highlighting: Shiki's inline styles would break the CSP, and articles have no code.
  markdown: { syntaxHighlight: false },
  // A policy with hashes in every page's <meta>; src/seo/csp.ts explains each rule.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      styleDirective: { resources: CSP_STYLE_RESOURCES },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Scripts always ship as files under /_astro/: the CSP header in public/_headers is
      // the same on every page and so cannot carry the hash of a page's inline script.
      assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined),
      rolldownOptions: {
        // Every article's module in one chunk rather than one each: a rebuild of 1000 articles
        // (nothing changed, or one edit) takes 12–20% less (docs/performance.md).
        output: { codeSplitting: { groups: [{ name: "articles", test: /\.mdx($|\?)/ }] } },
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

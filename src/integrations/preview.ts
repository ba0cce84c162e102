import type { AstroIntegration } from "astro";

/**
 * Adds `/anteprima/`, the page that shows every share image side by side, to `astro dev`
 * only: a production build never has the route, so it cannot reach the sitemap, the search
 * index or a reader.
 */
export function preview(): AstroIntegration {
  return {
    name: "schermo-nero:preview",
    hooks: {
      "astro:config:setup": ({ command, injectRoute }) => {
        if (command !== "dev") return;
        injectRoute({
          pattern: "/anteprima",
          entrypoint: new URL("../preview/SharePreviews.astro", import.meta.url),
        });
      },
    },
  };
}

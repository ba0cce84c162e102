/**
 * An article's MDX body as a component, compiled when its page renders.
 *
 * The loader (`src/loaders/mdx-source.ts`) keeps bodies as text, so no article is a Vite
 * module; Sätteri, the compiler inside @astrojs/mdx, turns the text into a function here
 * with the options that integration uses (GFM, smart punctuation, heading ids, HTML
 * attribute names). The result renders through @astrojs/mdx's `astro:jsx` renderer,
 * like a compiled `.mdx` module: components from `src/components/mdx.ts` included.
 */
import { satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import { Fragment, jsx, jsxs } from "astro/jsx-runtime";
import * as astroRuntime from "astro/runtime/server/index.js";
import { evaluate, type EvaluateOptions } from "satteri";
import type { Article } from "./catalog";

/** What a compiled `.mdx` module calls to hand its component to the `astro:jsx` renderer. */
const { __astro_tag_component__: tagComponent } = astroRuntime as unknown as {
  __astro_tag_component__: (component: unknown, renderer: string) => void;
};

type MdxProps = { components?: Record<string, unknown>; [prop: string]: unknown };
type MdxContent = (props: MdxProps) => unknown;

export async function articleBody(entry: Article): Promise<MdxContent> {
  let compiled: Record<string, unknown>;
  try {
    compiled = await evaluate(entry.body ?? "", {
      jsx: jsx as EvaluateOptions["jsx"],
      jsxs: jsxs as EvaluateOptions["jsxs"],
      Fragment,
      features: { gfm: true, smartPunctuation: true },
      hastPlugins: [satteriHeadingIdsPlugin()],
      elementAttributeNameCase: "html",
      data: {
        astro: {
          frontmatter: {},
          headings: [],
          localImagePaths: new Set(),
          remoteImagePaths: new Set(),
        },
      },
    });
  } catch (error) {
    throw new Error(`${entry.filePath}: body: ${(error as Error).message}`, { cause: error });
  }
  const MDXContent = compiled.default as MdxContent;
  const Content: MdxContent = (props = {}) =>
    MDXContent({ ...props, components: { Fragment, ...props.components } });
  Object.assign(Content, { [Symbol.for("mdx-component")]: true });
  Object.assign(Content, { [Symbol.for("astro.needsHeadRendering")]: true });
  tagComponent(Content, "astro:jsx");
  return Content;
}

/**
 * The second lock: the body rules inside the build's own MDX pipeline. The processor below
 * is the one `astro.config.mjs` gives @astrojs/mdx, called as its Vite plugin calls it (the
 * frontmatter blanked by Astro's `parseFrontmatter`), so a hostile body stops the build with
 * the check's Italian lines even if the content check were skipped.
 */
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { satteri } from "@astrojs/markdown-satteri";
import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { describe, expect, it } from "vitest";
import { articleBodyPlugin, MDX_FEATURES } from "../../src/content-check/mdx-check.ts";

async function buildPipeline(contentRoot: string) {
  const processor = satteri({
    features: { ...MDX_FEATURES },
    hastPlugins: [articleBodyPlugin(contentRoot)],
  });
  // What @astrojs/mdx passes: the site's markdown options (no highlighting) and its own.
  const shared = { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true };
  // Optional in the processor interface; the satteri processor always has it.
  if (!processor.createMdxRenderer) throw new Error("satteri() renders no MDX");
  return processor.createMdxRenderer(
    shared as never,
    { optimize: false, srcDir: new URL("file:///") } as never,
  );
}

async function compileArticle(body: string) {
  const root = await mkdtemp(join(tmpdir(), "mdx-pipeline-"));
  await mkdir(join(root, "cases"), { recursive: true });
  const file = join(root, "cases/un-caso.mdx");
  const text = `---\ntitle: Un caso\n---\n\n${body}\n`;
  await writeFile(file, text);
  const renderer = await buildPipeline(root);
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: "empty-with-spaces" });
  return renderer.process(content, file, frontmatter);
}

describe("the build's MDX pipeline runs the body rules", () => {
  it("compiles a valid body", async () => {
    const { code } = await compileArticle(
      'Un paragrafo.\n\n<Statement who="Rai" text="Ci scusiamo." />',
    );
    expect(code).toContain("Ci scusiamo.");
  });

  it.each([
    [
      "code behind an HTML-like comment",
      "Testo {0 <!-- x\n, process.exit(1)}.",
      /^cases\/un-caso\.mdx:5:\d+: \(testo\): trovato \{0 <!--/,
    ],
    [
      "set:html",
      '<div set:html="<meta http-equiv=refresh>" />',
      /^cases\/un-caso\.mdx:5:6: \(testo\): trovato l’attributo set:html/,
    ],
    [
      "a picture import with a query",
      'import x from "./a.png?raw";',
      /^cases\/un-caso\.mdx:5:1: \(testo\): trovato "\.\/a\.png\?raw"/,
    ],
    [
      "600 nested quotes",
      ">".repeat(600) + " x",
      /^cases\/un-caso\.mdx:5:\d+: \(testo\): trovato citazioni/,
    ],
  ])("stops on %s with the check's line", async (_what, body, line) => {
    await expect(compileArticle(body)).rejects.toThrow(line);
  });
});

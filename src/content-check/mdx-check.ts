/**
 * The body of an article, checked before the build by the build's own compiler. MDX in
 * `content/` is data, not code: `checkMdxBody` cuts the frontmatter exactly as @astrojs/mdx
 * does, measures the text against `BODY_LIMITS`, then compiles it with satteri and the
 * options of the build (`MDX_FEATURES`, `MDX_CODEGEN`) while `bodyRules` (src/content-check/mdx-rules.ts)
 * judges the compiler's own tree. The build runs the same plugin inside its MDX pipeline
 * (`articleBodyPlugin`, astro.config.mjs), so the check and the build read one text one way.
 *
 * Every problem carries the line and column in the file (frontmatter included).
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { mdxToJs, type HastPluginEntry, type MdxCompileOptions } from "satteri";
import { exceededLimit } from "./mdx-limits.ts";
import { bodyRules, type BodyContext, type BodyProblem } from "./mdx-rules.ts";
import { PICTURE_EXTENSIONS, PICTURE_LIMITS, type PictureFacts } from "./picture-file.ts";

export { isSafeUrl } from "../content-model/safe-url.ts";
export { HTML_ELEMENTS, REFUSED_ELEMENTS } from "./mdx-html-rules.ts";
export type { BodyContext, BodyProblem } from "./mdx-rules.ts";

/** The parser features of the build's MDX (astro.config.mjs passes them to `satteri()`). */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** The code generation options @astrojs/markdown-satteri passes to `mdxToJs`. */
export const MDX_CODEGEN = { jsxImportSource: "astro", elementAttributeNameCase: "html" } as const;

/** The picture extensions, with their dot: `.png`, `.jpg`, … */
export const IMAGE_EXTENSIONS = PICTURE_EXTENSIONS.map((extension) => `.${extension}`);

const MDX_SYNTAX =
  "MDX valido: ogni tag di componente chiuso, e { } < scritti \\{ \\} &lt; nel testo (vedi AUTHORING.md)";

/**
 * The text the compiler sees: the frontmatter blanked to spaces by the very function
 * @astrojs/mdx calls. It parses the YAML too (js-yaml, aliases and all), so it runs only on
 * files whose frontmatter the check has already accepted (`checkContent` stops before).
 */
export function compiledText(text: string): string {
  return parseFrontmatter(text, { frontmatter: "empty-with-spaces" }).content;
}

/** Every broken rule of one article's body, found by compiling it as the build does. */
export function checkMdxBody(text: string, context: BodyContext): BodyProblem[] {
  let body: string;
  try {
    body = compiledText(text);
  } catch (error) {
    // The frontmatter check names the YAML problem; the body cannot be found without it.
    return [
      {
        found: `un frontmatter che Astro non legge (${(error as Error).message.split("\n")[0]})`,
        expected: "un frontmatter YAML valido",
      },
    ];
  }
  const limit = exceededLimit(body);
  if (limit) return [limit];
  const problems: BodyProblem[] = [];
  try {
    compileBody(body, [bodyRules(context, problems)]);
  } catch (error) {
    return [syntaxProblem(error)];
  }
  return problems.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Compiles a body with the build's options; `hastPlugins` run first, as in the build. */
export function compileBody(body: string, hastPlugins: HastPluginEntry[] = []): string {
  const options: MdxCompileOptions = { features: MDX_FEATURES, ...MDX_CODEGEN, hastPlugins };
  return (mdxToJs(body, options) as { code: string }).code;
}

function syntaxProblem(error: unknown): BodyProblem {
  const message = String((error as Error)?.message ?? error).split("\n")[0];
  const place = /^(\d+):(\d+): /.exec(message);
  return {
    line: place ? Number(place[1]) : undefined,
    column: place ? Number(place[2]) : undefined,
    found: short(place ? message.slice(place[0].length) : message, 200),
    expected: MDX_SYNTAX,
  };
}

function short(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** `./immagini/x.png` from `cases/foo.mdx` → `cases/immagini/x.png`; undefined outside the folder. */
export function resolveBeside(file: string, relativePath: string): string | undefined {
  const parts = file.split("/").slice(0, -1);
  for (const segment of relativePath.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join("/");
}

/** The facts of a picture on disk: its size and its first bytes; undefined if it is not a file. */
export function readPictureFacts(absolutePath: string): PictureFacts | undefined {
  try {
    const stat = statSync(absolutePath);
    if (!stat.isFile()) return undefined;
    const head = Buffer.alloc(Math.min(stat.size, PICTURE_LIMITS.headerBytes));
    const descriptor = openSync(absolutePath, "r");
    try {
      readSync(descriptor, head, 0, head.length, 0);
    } finally {
      closeSync(descriptor);
    }
    return { bytes: stat.size, head };
  } catch {
    return undefined;
  }
}

/**
 * The body rules as a step of the build's MDX pipeline: the same plugin, on the tree the
 * build compiles. A broken rule stops the build with the check's own Italian lines
 * (the content check has normally stopped it before).
 */
export function articleBodyPlugin(contentRoot: string): HastPluginEntry {
  return ({ fileURL, source }) => {
    if (!fileURL) return null;
    const file = fileURLToPath(fileURL);
    const shown = relative(contentRoot, file).split(sep).join("/");
    const problems: BodyProblem[] = [];
    const limit = exceededLimit(source);
    if (limit) throw new Error(lineOf(shown, limit));
    const rules = bodyRules(
      { path: shown, picture: (path) => readPictureFacts(join(dirname(file), path)) },
      problems,
    );
    return {
      ...rules,
      after(root, ctx) {
        rules.after?.(root, ctx);
        if (problems.length > 0) throw new Error(problems.map((p) => lineOf(shown, p)).join("\n"));
      },
    } as typeof rules;
  };
}

function lineOf(file: string, problem: BodyProblem): string {
  const place = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ""}` : "";
  const found = problem.found !== undefined ? ` trovato ${problem.found};` : "";
  return `${file}${place}: (testo):${found} atteso ${problem.expected}`;
}

/**
 * The `import` lines an article may hold, read from the compiler's own parse of them: one
 * default name, from an author component's listed path (under its own name) or from a
 * picture beside the article (under a lowercase name). Nothing else.
 */
import { AUTHOR_COMPONENTS, MDX_COMPONENTS } from "../mdx-components/component-props.ts";
import { closestMatches } from "../content-model/strings.ts";
import { picturePathProblem, type PictureLookup } from "./picture-file.ts";
import type { Estree } from "./mdx-expressions.ts";

/**
 * Names the generated module binds itself (`_jsx`, `_components`, `props`, `MDXContent`,
 * Astro's `frontmatter` …): an import may not take their names.
 */
const RESERVED_NAMES = new Set([
  "props",
  "MDXContent",
  "frontmatter",
  "getHeadings",
  "file",
  "url",
  "Content",
  "undefined",
  "NaN",
  "Infinity",
]);

/** What an import line brings in, or why it may not. */
export type ImportVerdict =
  | { kind: "picture" | "component"; name: string }
  | { kind: "refused"; found: string; expected: string };

/**
 * Judges one `ImportDeclaration`; `taken` says whether an earlier import already holds a
 * name, `picture` finds a picture beside the article.
 */
export function judgeImport(
  statement: Estree,
  taken: (name: string) => boolean,
  picture: PictureLookup,
): ImportVerdict {
  const refused = (found: string, expected: string): ImportVerdict => ({
    kind: "refused",
    found,
    expected,
  });
  const from = String((statement.source as Estree).value);
  const specifiers = statement.specifiers as Estree[];
  const attributes = (statement.attributes as unknown[] | undefined) ?? [];
  const local = specifiers[0]?.local as Estree | undefined;
  const name = String(local?.name ?? "");
  if (
    specifiers.length !== 1 ||
    specifiers[0].type !== "ImportDefaultSpecifier" ||
    attributes.length > 0 ||
    (statement.phase !== null && statement.phase !== undefined) ||
    statement.importKind === "type"
  ) {
    return refused(
      JSON.stringify(from),
      'un import semplice di un solo nome: import nome from "…"',
    );
  }
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name) || RESERVED_NAMES.has(name) || taken(name)) {
    return refused(
      `il nome ${name}`,
      "un nome di sole lettere e cifre, diverso da ogni altro import e dai nomi del sito (props, frontmatter …)",
    );
  }
  const component = Object.entries(AUTHOR_COMPONENTS).find(([, entry]) => entry.path === from);
  if (component) {
    if (component[0] !== name) {
      return refused(
        `${name} da ${JSON.stringify(from)}`,
        `import ${component[0]} from "${from}": il componente con il suo nome`,
      );
    }
    return { kind: "component", name };
  }
  if (from.startsWith("@components/")) {
    const closest = closestMatches(from.slice(12).replace(/\.astro$/, ""), MDX_COMPONENTS);
    return refused(
      JSON.stringify(from),
      `uno dei componenti per gli articoli (${MDX_COMPONENTS.join(", ")}), che non serve importare${closest.length ? ` (forse ${closest.join(", ")})` : ""}`,
    );
  }
  const problem = picturePathProblem(from, picture);
  if (problem) return refused(JSON.stringify(from), problem);
  if (!/^[a-z]/.test(name)) {
    // A capital would make it a tag name: <Timeline> would then draw the picture's data.
    return refused(`il nome ${name}`, "il nome di un’immagine in minuscolo: import post from …");
  }
  return { kind: "picture", name };
}

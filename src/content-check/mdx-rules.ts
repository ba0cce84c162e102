/**
 * The rules of an article's body, as a plugin of the MDX compiler (satteri) that the build
 * and the content check both run: it judges the compiler's own tree and, for every `{…}`,
 * import and prop, the compiler's own parse of it (estree), never a second parser's idea of
 * the text. docs/architecture.md says why that is safe.
 *
 * Everything is an allowlist:
 * - ESM: top-level `import` of a picture beside the article or of an author component from
 *   its listed path; nothing else, nowhere else (`mdx-imports.ts`);
 * - expressions: literals (text, numbers, true/false/null, lists and objects of literals)
 *   and the name of an imported picture, at any depth (`mdx-expressions.ts`);
 * - HTML: the tags of `HTML_ELEMENTS`, each with its own attributes (`mdx-html-rules.ts`);
 * - components: the five of `AUTHOR_COMPONENTS`, each prop checked by its Zod schema
 *   (`component-prop-problems.ts`);
 * - pictures (Markdown or imported): a raster file inside the article's folder whose bytes
 *   are the format its name says, within the size limits (`picturePathProblem`);
 * - links and URL attributes: http(s), a relative path or `#…`;
 * - the whole text: no bidirectional or control character, in prose, props or code alike.
 */
import type { HastPluginDefinition, HastVisitorContext } from "satteri";
import { slug } from "github-slugger";
import {
  ImportedPicture,
  isAuthorComponent,
  isSiteId,
  MDX_COMPONENTS,
  type MdxComponentName,
} from "../mdx-components/component-props.ts";
import { isSafeUrl, URL_RULE } from "../content-model/safe-url.ts";
import { BIDI_CONTROL, BIDI_RULE, CONTROL } from "../content-model/text-schema.ts";
import { closestMatches } from "../content-model/strings.ts";
import { componentPropProblems } from "./component-prop-problems.ts";
import {
  attributeProblem,
  GLOBAL_ATTRIBUTES,
  HTML_ELEMENTS,
  REFUSED_ELEMENTS,
  refusedAttribute,
} from "./mdx-html-rules.ts";
import {
  isOnlyComments,
  readExpressionCode,
  readValue,
  type Estree,
  type Read,
} from "./mdx-expressions.ts";
import { judgeImport } from "./mdx-imports.ts";
import {
  excerpt,
  type ElementNode,
  type EsmNode,
  type ExpressionNode,
  type JsxAttribute,
  type JsxNode,
  type Place,
  type PositionedNode,
} from "./mdx-tree.ts";
import { picturePathProblem, type PictureLookup } from "./picture-file.ts";

/** Bidirectional and control characters, the frontmatter's rules, found all at once. */
const HIDDEN = new RegExp(`${BIDI_CONTROL.source}|${CONTROL.source}`, "gu");

export interface BodyProblem {
  line?: number;
  column?: number;
  found?: string;
  expected: string;
}

export interface BodyContext {
  /** The article, as problem lines name it: `cases/foo.mdx`. */
  path: string;
  /** A picture beside the article by its path relative to the article's folder, or undefined if there is none. */
  picture: PictureLookup;
}

/**
 * The satteri HAST plugin that collects every broken rule into `problems`. `problems` is
 * read after the compile: the build throws them, the content check reports them.
 */
export function bodyRules(context: BodyContext, problems: BodyProblem[]): HastPluginDefinition {
  const pictures = new Set<string>();
  const components = new Set<string>();
  const pending: (() => void)[] = [];
  let source = "";

  const report = (at: Place | undefined, found: string | undefined, expected: string) =>
    problems.push({ line: at?.line, column: at?.column, found, expected });

  const placeOf = (node: { position?: { start: Place } }) => node.position?.start;

  /** The place of `name=` inside an element, so a prop's problem points at its own line. */
  const placeOfAttribute = (node: PositionedNode, name: string): Place | undefined => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) return start;
    const text = source.slice(start.offset, end.offset);
    const match = new RegExp(`[\\s{]${name.replace(/[^\w-]/g, "\\$&")}\\s*=?`).exec(text);
    if (!match) return start;
    const offset = start.offset + match.index + 1;
    const before = source.slice(0, offset);
    const line = before.split("\n").length;
    return { line, column: offset - before.lastIndexOf("\n") };
  };

  /**
   * Characters that change what a reader sees from what a reviewer read, anywhere in the text
   * the compiler reads (the frontmatter is blanked, and checked by its schema): one pass, lines
   * counted as it goes, each line reported once, at its first such character.
   */
  function hiddenCharacters(text: string) {
    let line = 1;
    let lineStart = 0;
    let counted = 0;
    let reported = 0;
    for (const match of text.matchAll(HIDDEN)) {
      for (let at = text.indexOf("\n", counted); at !== -1 && at < match.index;) {
        line += 1;
        lineStart = at + 1;
        at = text.indexOf("\n", at + 1);
      }
      counted = match.index;
      if (line === reported) continue;
      reported = line;
      const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      const bidi = BIDI_CONTROL.test(match[0]);
      report(
        { line, column: match.index - lineStart + 1 },
        `il carattere invisibile ${code}`,
        bidi ? `un testo ${BIDI_RULE}` : "un testo senza caratteri di controllo",
      );
    }
  }

  function esm(node: EsmNode, ctx: HastVisitorContext) {
    const at = placeOf(node);
    if (ctx.parent(node)?.type !== "root") {
      return report(
        at,
        "un `import` o un `export` dentro un tag",
        "le righe `import` solo in cima all’articolo, fuori da ogni tag: il compilatore le porterebbe fuori ed eseguirebbe",
      );
    }
    const program = node.parseExpression() as Estree | null;
    if (!program)
      return report(
        at,
        excerpt(node.value),
        'righe `import nome from "./immagini/file.png"` valide',
      );
    for (const statement of program.body as Estree[]) {
      if (statement.type !== "ImportDeclaration") {
        report(
          at,
          statement.type.startsWith("Export") ? "un `export`" : "codice",
          "solo righe `import`: un articolo è un testo, non un programma (niente `export` né codice)",
        );
        continue;
      }
      const verdict = judgeImport(
        statement,
        (name) => pictures.has(name) || components.has(name),
        context.picture,
      );
      if (verdict.kind === "refused") report(at, verdict.found, verdict.expected);
      else (verdict.kind === "picture" ? pictures : components).add(verdict.name);
    }
  }

  const picturePath = (path: string) => picturePathProblem(path, context.picture);

  /** A `{…}` in text: a comment, or a literal value. */
  function textExpression(node: ExpressionNode) {
    const at = placeOf(node);
    const program = node.parseExpression() as Estree | null;
    if (!program) {
      // No expression at all: the compiler emits nothing for a `{/* comment */}`, which its
      // parser reads as a module with no statement.
      if (isOnlyComments(node.value)) return;
      return report(at, `{${excerpt(node.value)}}`, "un valore: testo, numero, lista o oggetto");
    }
    const body = program.body as Estree[];
    pending.push(() => {
      const read =
        body.length === 1 && body[0].type === "ExpressionStatement"
          ? readValue(body[0].expression as Estree, pictures)
          : { refused: "un solo valore" };
      if ("refused" in read) report(at, `{${excerpt(node.value)}}`, read.refused);
      else if (read.value instanceof ImportedPicture)
        report(
          at,
          `{${read.value.name}}`,
          "un’immagine si mostra con ![descrizione](./immagini/file.png), non tra graffe",
        );
    });
  }

  function jsxElement(node: JsxNode) {
    const at = placeOf(node);
    const name = node.name;
    if (name === null) return attributesOf(node, undefined); // a fragment <>…</>
    if (/^[A-Z]/.test(name) || name.includes(".") || name.includes(":")) {
      if (!isAuthorComponent(name)) {
        const closest = closestMatches(name, MDX_COMPONENTS);
        return report(
          at,
          `il componente <${name}>`,
          `uno dei componenti per gli articoli: ${closest.length ? `forse <${closest.join(">, <")}>? ` : ""}(${MDX_COMPONENTS.join(", ")})`,
        );
      }
      return pending.push(() => componentProps(node, name));
    }
    if (REFUSED_ELEMENTS[name])
      return report(at, `<${name}>`, `nessun <${name}> in un articolo: ${REFUSED_ELEMENTS[name]}`);
    if (!Object.hasOwn(HTML_ELEMENTS, name)) {
      return report(
        at,
        `<${name}>`,
        "uno dei tag HTML ammessi (testo, elenchi, tabelle, citazioni: vedi AUTHORING.md)",
      );
    }
    pending.push(() => attributesOf(node, name));
  }

  /** The attributes of an HTML tag, each against the tag's list and its own value rule. */
  function attributesOf(node: JsxNode, tag: string | undefined) {
    const allowed = tag ? [...GLOBAL_ATTRIBUTES, ...HTML_ELEMENTS[tag]] : [];
    for (const attribute of node.attributes) {
      if (attribute.type !== "mdxJsxAttribute") {
        report(placeOf(node), "un attributo {...spread}", "attributi scritti uno per uno");
        continue;
      }
      const name = attribute.name;
      const at = placeOfAttribute(node, name);
      const refused = refusedAttribute(name);
      if (refused) {
        report(at, `l’attributo ${name}`, refused);
        continue;
      }
      if (!allowed.includes(name)) {
        report(
          at,
          `l’attributo ${name} su <${tag ?? ""}>`,
          allowed.length ? `uno di questi attributi: ${allowed.join(", ")}` : "nessun attributo",
        );
        continue;
      }
      const read = attributeRead(attribute);
      if ("refused" in read) {
        report(at, `l’attributo ${name}`, read.refused);
        continue;
      }
      const problem = attributeProblem(name, read.value);
      if (problem) report(at, `${name}=${excerpt(JSON.stringify(read.value) ?? "")}`, problem);
    }
  }

  function attributeRead(attribute: JsxAttribute): Read {
    const value = attribute.value;
    if (value === null || value === undefined) return { value: true };
    if (typeof value === "string") return { value };
    return readExpressionCode(value.value, pictures);
  }

  function componentProps(node: JsxNode, name: MdxComponentName) {
    const props: Record<string, unknown> = {};
    for (const attribute of node.attributes) {
      if (attribute.type !== "mdxJsxAttribute") {
        report(placeOf(node), "un attributo {...spread}", "proprietà scritte una per una");
        return;
      }
      const at = placeOfAttribute(node, attribute.name);
      const refused = refusedAttribute(attribute.name);
      if (refused) {
        report(at, `l’attributo ${attribute.name} di <${name}>`, refused);
        return;
      }
      const read = attributeRead(attribute);
      if ("refused" in read) {
        report(
          at,
          `{${excerpt(typeof attribute.value === "object" && attribute.value ? attribute.value.value : "")}} nella proprietà ${attribute.name}`,
          read.refused,
        );
        return;
      }
      props[attribute.name] = read.value;
    }
    for (const problem of componentPropProblems(name, props)) {
      const at = problem.prop ? placeOfAttribute(node, problem.prop) : placeOf(node);
      report(at, problem.found, problem.expected);
    }
  }

  /** A Markdown link, picture or heading: the compiler's `element` nodes. */
  function markdownElement(node: ElementNode, textOf: () => string) {
    const at = placeOf(node);
    const properties = node.properties ?? {};
    if (
      node.tagName === "a" &&
      typeof properties.href === "string" &&
      !isSafeUrl(properties.href)
    ) {
      report(at, `${JSON.stringify(excerpt(properties.href))} nel link`, URL_RULE);
    } else if (node.tagName === "img") {
      const src = String(properties.src ?? "");
      if (typeof properties.alt !== "string" || !properties.alt.trim()) {
        report(at, `l’immagine ${src}`, "una descrizione: ![che cosa mostra](./immagini/file.png)");
      }
      const problem = picturePath(src);
      if (problem) report(at, JSON.stringify(excerpt(src)), problem);
    } else if (/^h[1-6]$/.test(node.tagName)) {
      const text = textOf();
      const id = slug(text);
      if (isSiteId(id)) {
        report(
          at,
          `il titoletto «${excerpt(text)}» (indirizzo #${id})`,
          "un titoletto diverso: il sito usa già quell’indirizzo per una sua parte",
        );
      }
    }
  }

  return {
    name: "schermo-nero:body-rules",
    options: { position: true },
    before(_root, ctx) {
      source = ctx.source;
      hiddenCharacters(source);
    },
    // Visitors return nothing: a returned value would replace the node.
    mdxjsEsm(node, ctx) {
      esm(node as EsmNode, ctx);
    },
    mdxFlowExpression(node) {
      textExpression(node as ExpressionNode);
    },
    mdxTextExpression(node) {
      textExpression(node as ExpressionNode);
    },
    mdxJsxFlowElement: {
      filter: [],
      visit(node) {
        jsxElement(node as unknown as JsxNode);
      },
    },
    mdxJsxTextElement: {
      filter: [],
      visit(node) {
        jsxElement(node as unknown as JsxNode);
      },
    },
    element: {
      filter: ["a", "img", "h1", "h2", "h3", "h4", "h5", "h6"],
      visit(node, ctx) {
        markdownElement(node as unknown as ElementNode, () => ctx.textContent(node));
      },
    },
    after() {
      // Props and expressions are judged once every import is known, wherever it stands.
      for (const check of pending) check();
      pending.length = 0;
    },
  } as HastPluginDefinition;
}

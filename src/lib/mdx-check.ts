/**
 * The body of an article, checked before the build. MDX in `content/` is data, not code:
 * authors get prose, the site's components, pictures beside the article and a short list of
 * harmless HTML, and nothing that runs. So the rules are allowlists, not a hunt for bad
 * words:
 *
 * - components: the import-free ones (`MDX_COMPONENTS`), or one imported from the site's
 *   `src/components/` as `@components/Name.astro`;
 * - imports: pictures beside the article and the site's components; no `export`;
 * - `{…}` expressions and props: values only (text, numbers, lists, objects, an imported
 *   name), so nothing reaches `process`, `require`, `import()` or Node;
 * - HTML: the tags of `HTML_ELEMENTS`, no `on*` or `style` attribute;
 * - URLs: http(s), a relative path or `#…`, in links, `href`/`src` and component props alike;
 * - pictures: a file that exists, with a description.
 *
 * Every problem carries the line and column in the file (frontmatter included).
 */
import { parse, tokenizer, type Expression, type Node } from "acorn";
import { mdxToMdast } from "satteri";
import { closestMatches } from "./strings";
import { MDX_COMPONENTS } from "./mdx-components";

export interface BodyProblem {
  line?: number;
  column?: number;
  found?: string;
  expected: string;
}

export interface BodyContext {
  /** The article, relative to the content folder: `cases/foo.mdx`. */
  path: string;
  /** Every picture in the content folder, by the same kind of path. */
  assets: ReadonlySet<string>;
  /** The site's components an article may import (`TimelineChart`, …): `src/components/*.astro`. */
  siteComponents: readonly string[];
}

export const IMAGE_EXTENSIONS = [".png", ".jpg", ".jpeg", ".webp", ".avif", ".gif", ".svg"];

/** The prefix under which the site's components are imported (see tsconfig.json `paths`). */
export const COMPONENT_IMPORT_PREFIX = "@components/";

/** HTML an author may write in MDX: text-level and structural tags that run nothing. */
export const HTML_ELEMENTS = new Set([
  ...["p", "br", "hr", "a", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small"],
  ...["sub", "sup", "abbr", "cite", "q", "dfn", "time", "span", "code", "kbd", "blockquote"],
  ...["figure", "figcaption", "ul", "ol", "li", "dl", "dt", "dd", "h2", "h3", "h4", "h5", "h6"],
  ...["table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "details", "summary"],
  ...["div", "section", "aside"],
]);

/** Tags refused by name, with why: they run code, load other sites or redirect readers. */
export const REFUSED_ELEMENTS: Record<string, string> = {
  script: "esegue codice",
  iframe: "incorpora un altro sito",
  object: "incorpora contenuti esterni",
  embed: "incorpora contenuti esterni",
  meta: "può mandare i lettori altrove (refresh)",
  base: "cambia l’indirizzo di tutti i link",
  form: "invia dati",
  link: "carica risorse esterne",
  style: "cambia l’aspetto di tutto il sito",
  img: "carica l’immagine senza ottimizzarla: usa ![descrizione](./immagini/file.png)",
};

/** Attribute and prop names that hold an address, wherever they appear. */
const URL_NAMES = new Set(["href", "src", "url", "source", "srcset", "action", "poster", "cite"]);

/** Names that reach Node or the module system: named in the message when an expression uses them. */
const NODE_NAMES = new Set(["process", "require", "module", "globalThis", "global", "Buffer"]);

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The address rule shared by the body and its components: http(s), a relative path or an
 * anchor. Control characters and spaces are ignored first, as browsers do (`java\tscript:`).
 */
export function isSafeUrl(url: string): boolean {
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020]/g, ""));
  return !scheme || /^https?$/i.test(scheme[1]);
}

interface Point {
  line: number;
  column: number;
}
interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  attributes?: MdastAttribute[];
  children?: MdastNode[];
  position?: { start: Point };
}
interface MdastAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

export function checkMdxBody(text: string, context: BodyContext): BodyProblem[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(text) as unknown as MdastNode;
  } catch (error) {
    const message = (error as Error).message;
    const place = /^(\d+):(\d+): /.exec(message);
    return [
      {
        line: place ? Number(place[1]) : undefined,
        column: place ? Number(place[2]) : undefined,
        found: place ? message.slice(place[0].length) : message,
        expected:
          "MDX valido: ogni tag di componente chiuso, e { } < scritti \\{ \\} &lt; nel testo (vedi AUTHORING.md)",
      },
    ];
  }
  return new BodyChecker(context).run(tree);
}

class BodyChecker {
  private readonly problems: BodyProblem[] = [];
  /** Names bound by the body's imports: pictures and site components. */
  private readonly images = new Set<string>();
  private readonly imported = new Set<string>();

  private readonly context: BodyContext;

  constructor(context: BodyContext) {
    this.context = context;
  }

  run(tree: MdastNode): BodyProblem[] {
    // Imports first, so a component used above its import line is still known.
    for (const node of tree.children ?? []) if (node.type === "mdxjsEsm") this.esm(node);
    this.visit(tree);
    return this.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  private report(at: Point | undefined, found: string | undefined, expected: string) {
    this.problems.push({ line: at?.line, column: at?.column, found, expected });
  }

  private visit(node: MdastNode) {
    const at = node.position?.start;
    switch (node.type) {
      case "mdxFlowExpression":
      case "mdxTextExpression":
        this.expression(String(node.value ?? ""), at);
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        this.element(node, at);
        break;
      case "link":
      case "definition":
        if (node.url !== undefined) this.url(node.url, "il link", at);
        break;
      case "image":
        this.markdownImage(node, at);
        break;
    }
    for (const child of node.children ?? []) this.visit(child);
  }

  /** `import` lines: a picture beside the article, or one of the site's components. */
  private esm(node: MdastNode) {
    const at = node.position?.start;
    let program;
    try {
      program = parse(String(node.value), {
        ecmaVersion: "latest",
        sourceType: "module",
        locations: true,
      });
    } catch (error) {
      return this.report(at, (error as Error).message, 'righe `import … from "…"` valide');
    }
    for (const statement of program.body) {
      const where = at && { line: at.line + statement.loc!.start.line - 1, column: 1 };
      if (statement.type !== "ImportDeclaration") {
        this.report(
          where,
          statement.type.startsWith("Export") ? "un `export`" : "codice",
          "solo righe `import`: un articolo è un testo, non un programma (niente `export` né codice)",
        );
        continue;
      }
      const source = String(statement.source.value);
      const names = statement.specifiers.map((specifier) => specifier.local.name);
      if (source.startsWith(COMPONENT_IMPORT_PREFIX)) {
        const name = source.slice(COMPONENT_IMPORT_PREFIX.length).replace(/\.astro$/, "");
        if (!this.context.siteComponents.includes(name)) {
          const closest = closestMatches(name, [...this.context.siteComponents]);
          this.report(
            where,
            JSON.stringify(source),
            `un componente del sito, ${COMPONENT_IMPORT_PREFIX}Nome.astro${closest.length ? ` (forse ${closest.map((c) => `${COMPONENT_IMPORT_PREFIX}${c}.astro`).join(", ")})` : ""}`,
          );
        }
        names.forEach((n) => this.imported.add(n));
      } else if (isImagePath(source)) {
        this.assetExists(source, where);
        names.forEach((n) => this.images.add(n));
      } else {
        this.report(
          where,
          JSON.stringify(source),
          `un’immagine accanto all’articolo (./immagini/foto.png) o un componente del sito (${COMPONENT_IMPORT_PREFIX}Nome.astro): nient’altro si importa`,
        );
      }
    }
  }

  private element(node: MdastNode, at: Point | undefined) {
    const name = node.name;
    if (name) {
      if (/^[A-Z]/.test(name) || name.includes(".")) {
        const known = [...MDX_COMPONENTS, ...this.imported];
        if (!known.includes(name)) {
          const closest = closestMatches(name, known);
          this.report(
            at,
            `il componente <${name}>`,
            `uno dei componenti del sito: ${closest.length ? `forse <${closest.join(">, <")}>? ` : ""}(senza import: ${MDX_COMPONENTS.join(", ")})`,
          );
        }
      } else if (REFUSED_ELEMENTS[name]) {
        this.report(at, `<${name}>`, `nessun <${name}> in un articolo: ${REFUSED_ELEMENTS[name]}`);
      } else if (!HTML_ELEMENTS.has(name)) {
        this.report(
          at,
          `<${name}>`,
          "uno dei tag HTML ammessi (testo, elenchi, tabelle, citazioni: vedi AUTHORING.md)",
        );
      }
    }
    for (const attribute of node.attributes ?? []) this.attribute(attribute, at);
  }

  private attribute(attribute: MdastAttribute, at: Point | undefined) {
    if (attribute.type !== "mdxJsxAttribute" || !attribute.name) {
      return this.report(at, "un attributo {...spread}", "attributi scritti uno per uno");
    }
    const name = attribute.name;
    if (/^on/i.test(name)) {
      return this.report(at, `l’attributo ${name}`, "nessun attributo on…: eseguirebbe codice");
    }
    if (name.toLowerCase() === "style" || name.toLowerCase() === "srcdoc") {
      return this.report(at, `l’attributo ${name}`, `nessun attributo ${name} in un articolo`);
    }
    const value = attribute.value;
    if (typeof value === "string") {
      if (URL_NAMES.has(name.toLowerCase())) this.url(value, name, at);
    } else if (value && typeof value === "object") {
      this.expression(value.value, at, name);
    }
  }

  /** A `{…}` in prose or a prop: a comment, or a value built from literals and imported names. */
  private expression(code: string, at: Point | undefined, prop?: string) {
    if (onlyComments(code)) return;
    let expression: Expression;
    try {
      const program = parse(`(${code}\n)`, { ecmaVersion: "latest" });
      const [statement] = program.body;
      if (program.body.length !== 1 || statement.type !== "ExpressionStatement") throw new Error();
      expression = statement.expression;
    } catch {
      return this.report(at, `{${short(code)}}`, "un valore: testo, numero, lista o oggetto");
    }
    const refused = this.refusedPart(expression, prop);
    if (refused) this.report(at, `{${short(code)}}`, refused);
  }

  /** Why a value is not plain data, or undefined when it is; URLs inside are checked too. */
  private refusedPart(node: Node, key: string | undefined): string | undefined {
    switch (node.type) {
      case "Literal": {
        const literal = node as Node & { value: unknown; regex?: unknown };
        if (literal.regex) return "un valore, non un’espressione regolare";
        if (typeof literal.value === "string" && key && URL_NAMES.has(key.toLowerCase())) {
          if (!isSafeUrl(literal.value)) return `${URL_RULE} (in ${key})`;
        }
        return undefined;
      }
      case "TemplateLiteral": {
        const template = node as Node & {
          expressions: Node[];
          quasis: { value: { cooked: string } }[];
        };
        if (template.expressions.length > 0) return "testo semplice, senza ${…}";
        return this.refusedPart(
          { type: "Literal", value: template.quasis[0]?.value.cooked, start: 0, end: 0 } as Node,
          key,
        );
      }
      case "ArrayExpression": {
        for (const element of (node as Node & { elements: (Node | null)[] }).elements) {
          if (!element) continue;
          const refused = this.refusedPart(element, key);
          if (refused) return refused;
        }
        return undefined;
      }
      case "ObjectExpression": {
        for (const property of (node as Node & { properties: Node[] }).properties) {
          const p = property as Node & {
            computed?: boolean;
            method?: boolean;
            kind?: string;
            key?: Node & { name?: string; value?: unknown };
            value?: Node;
          };
          if (p.type !== "Property" || p.computed || p.method || p.kind !== "init") {
            return "un oggetto di sole coppie nome: valore";
          }
          const name = p.key?.name ?? String(p.key?.value);
          const refused = this.refusedPart(p.value!, name);
          if (refused) return refused;
        }
        return undefined;
      }
      case "UnaryExpression": {
        const unary = node as Node & { operator: string; argument: Node & { value?: unknown } };
        if (
          (unary.operator === "-" || unary.operator === "+") &&
          typeof unary.argument.value === "number"
        ) {
          return undefined;
        }
        return "un valore, non un calcolo";
      }
      case "Identifier": {
        const name = (node as Node & { name: string }).name;
        if (this.images.has(name) || this.imported.has(name) || name === "undefined")
          return undefined;
        if (NODE_NAMES.has(name)) return `nessun accesso a ${name}: un articolo non raggiunge Node`;
        return `un valore o un nome importato in cima all’articolo (${name} non lo è)`;
      }
      case "ImportExpression":
        return "nessun import(): un articolo non carica codice";
      default: {
        const named = namesIn(node).find((name) => NODE_NAMES.has(name));
        return named
          ? `nessun accesso a ${named}: un articolo non raggiunge Node`
          : "un valore: testo, numero, lista o oggetto (niente chiamate, operazioni o funzioni)";
      }
    }
  }

  private url(url: string, where: string, at: Point | undefined) {
    if (!isSafeUrl(url)) this.report(at, `${JSON.stringify(short(url))} in ${where}`, URL_RULE);
  }

  private markdownImage(node: MdastNode, at: Point | undefined) {
    const url = node.url ?? "";
    if (!node.alt?.trim()) {
      this.report(
        at,
        `l’immagine ${url}`,
        "una descrizione: ![che cosa mostra](./immagini/file.png)",
      );
    }
    if (SCHEME.test(url) || url.startsWith("//")) {
      this.report(
        at,
        JSON.stringify(short(url)),
        "un’immagine salvata accanto all’articolo (./immagini/file.png): il sito non carica nulla da altri siti",
      );
    } else {
      this.assetExists(url, at);
    }
  }

  private assetExists(relativePath: string, at: Point | undefined) {
    const resolved = resolveBeside(this.context.path, relativePath);
    if (!isImagePath(relativePath)) {
      this.report(at, JSON.stringify(relativePath), `un’immagine (${IMAGE_EXTENSIONS.join(", ")})`);
    } else if (!resolved || !this.context.assets.has(resolved)) {
      this.report(
        at,
        JSON.stringify(relativePath),
        `un file che esiste, accanto all’articolo (cercato in ${resolved ?? "fuori dalla cartella dei contenuti"})`,
      );
    }
  }
}

const URL_RULE = "un indirizzo http(s), un percorso relativo o un’ancora #…";

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function isImagePath(path: string): boolean {
  const lower = path.toLowerCase();
  return IMAGE_EXTENSIONS.some((extension) => lower.endsWith(extension));
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

function onlyComments(code: string): boolean {
  try {
    for (const token of tokenizer(code, { ecmaVersion: "latest" })) {
      if (token) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function namesIn(node: unknown): string[] {
  if (!node || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const own = record.type === "Identifier" && typeof record.name === "string" ? [record.name] : [];
  return own.concat(Object.values(record).flatMap((value) => namesIn(value)));
}

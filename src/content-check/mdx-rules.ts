/**
 * The rules of an article's body, as a plugin of the MDX compiler (satteri) that the build
 * and the content check both run: it judges the compiler's own tree and, for every `{…}`,
 * import and prop, the compiler's own parse of it (estree), never a second parser's idea of
 * the text. docs/architecture.md says why that is safe.
 *
 * Everything is an allowlist:
 * - ESM: top-level `import` of a picture beside the article or of an author component from
 *   its listed path; nothing else, nowhere else;
 * - expressions: literals (text, numbers, true/false/null, lists and objects of literals)
 *   and the name of an imported picture, at any depth;
 * - HTML: the tags of `HTML_ELEMENTS`, each with its own attributes;
 * - components: the five of `AUTHOR_COMPONENTS`, each prop checked by its Zod schema;
 * - pictures (Markdown or imported): a raster file inside the article's folder whose bytes
 *   are the format its name says, within the size limits;
 * - links and URL attributes: http(s), a relative path or `#…`.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { HastPluginDefinition, HastVisitorContext } from "satteri";
import { slug } from "github-slugger";
import {
  AUTHOR_COMPONENTS,
  ImportedPicture,
  isAuthorComponent,
  isSiteId,
  MDX_COMPONENTS,
  type MdxComponentName,
} from "../mdx-components/component-props.ts";
import {
  pictureFormatOf,
  pictureProblem,
  PICTURE_EXTENSIONS,
  type PictureFacts,
} from "./picture-file.ts";
import { isRemoteUrl, isSafeUrl, URL_RULE } from "../content-model/safe-url.ts";
import { closestMatches } from "../content-model/strings.ts";

/**
 * The compiler's own expression parser (oxc, in satteri's native binding): the one that
 * `node.parseExpression()` calls for `{…}` in text. Prop values (`x={…}`) carry no such
 * method, so the binding is loaded from the package's own entry file.
 */
const binding = (await import(
  /* @vite-ignore */ pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve("satteri")), "../index.js"),
  ).href
)) as { parseExpression(source: string): string | null; parseEsm(source: string): string | null };

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
  picture(relativePath: string): PictureFacts | undefined;
}

/** HTML an author may write in MDX, each tag with the attributes it takes beyond `GLOBAL_ATTRIBUTES`. */
export const HTML_ELEMENTS: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    [
      ...["p", "br", "hr", "em", "strong", "b", "i", "u", "s", "mark", "small", "sub", "sup"],
      ...["abbr", "cite", "dfn", "span", "code", "kbd", "figure", "figcaption", "ul", "dl"],
      ...["dt", "dd", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody"],
      ...["tfoot", "tr", "summary", "div", "section", "aside"],
    ].map((tag) => [tag, []]),
  ),
  a: ["href", "hreflang", "rel", "target"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite", "datetime"],
  ins: ["cite", "datetime"],
  time: ["datetime"],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  th: ["colspan", "rowspan", "scope"],
  td: ["colspan", "rowspan"],
  details: ["open"],
};

/** Attributes any allowed tag takes. */
export const GLOBAL_ATTRIBUTES = ["id", "title", "lang"] as const;

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
  svg: "può contenere script e link",
  img: "carica l’immagine senza ottimizzarla: usa ![descrizione](./immagini/file.png)",
};

/** Attributes refused by name on every tag and component, with why (the rest: not listed). */
function refusedAttribute(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (name.includes(":")) {
    return "nessuna direttiva di Astro (set:html, class:list, client:…, server:…, is:…, transition:…): inietterebbero HTML o codice";
  }
  if (lower.startsWith("on")) return "nessun attributo on…: eseguirebbe codice";
  if (lower === "class" || lower === "classname" || lower === "style") {
    return `nessun attributo ${name}: l’aspetto lo decide il sito, e una classe può coprire o nascondere le sue parti`;
  }
  if (
    [
      "ping",
      "background",
      "longdesc",
      "lowsrc",
      "dynsrc",
      "codebase",
      "formaction",
      "srcdoc",
    ].includes(lower)
  ) {
    return `nessun attributo ${name}: manda i lettori o i loro dati altrove`;
  }
  return undefined;
}

const REL_TOKENS = new Set([
  "nofollow",
  "noopener",
  "noreferrer",
  "external",
  "ugc",
  "sponsored",
  "license",
]);

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

/** A value read from the compiler's estree: plain data, or why it is not. */
type Read = { value: unknown } | { refused: string };

interface Estree {
  type: string;
  [key: string]: unknown;
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
      return report(at, short(node.value), 'righe `import nome from "./immagini/file.png"` valide');
    for (const statement of program.body as Estree[]) {
      if (statement.type !== "ImportDeclaration") {
        report(
          at,
          statement.type.startsWith("Export") ? "un `export`" : "codice",
          "solo righe `import`: un articolo è un testo, non un programma (niente `export` né codice)",
        );
        continue;
      }
      importLine(statement, at);
    }
  }

  function importLine(statement: Estree, at: Place | undefined) {
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
      return report(
        at,
        JSON.stringify(from),
        'un import semplice di un solo nome: import nome from "…"',
      );
    }
    if (
      !/^[A-Za-z][A-Za-z0-9]*$/.test(name) ||
      RESERVED_NAMES.has(name) ||
      pictures.has(name) ||
      components.has(name)
    ) {
      return report(
        at,
        `il nome ${name}`,
        "un nome di sole lettere e cifre, diverso da ogni altro import e dai nomi del sito (props, frontmatter …)",
      );
    }
    const component = Object.entries(AUTHOR_COMPONENTS).find(([, entry]) => entry.path === from);
    if (component) {
      if (component[0] !== name) {
        return report(
          at,
          `${name} da ${JSON.stringify(from)}`,
          `import ${component[0]} from "${from}": il componente con il suo nome`,
        );
      }
      components.add(name);
      return;
    }
    if (from.startsWith("@components/")) {
      const closest = closestMatches(from.slice(12).replace(/\.astro$/, ""), MDX_COMPONENTS);
      return report(
        at,
        JSON.stringify(from),
        `uno dei componenti per gli articoli (${MDX_COMPONENTS.join(", ")}), che non serve importare${closest.length ? ` (forse ${closest.join(", ")})` : ""}`,
      );
    }
    const problem = picturePath(from);
    if (problem) return report(at, JSON.stringify(from), problem);
    if (!/^[a-z]/.test(name)) {
      // A capital would make it a tag name: <Timeline> would then draw the picture's data.
      return report(
        at,
        `il nome ${name}`,
        "il nome di un’immagine in minuscolo: import post from …",
      );
    }
    pictures.add(name);
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
      return report(at, `{${short(node.value)}}`, "un valore: testo, numero, lista o oggetto");
    }
    const body = program.body as Estree[];
    pending.push(() => {
      const read =
        body.length === 1 && body[0].type === "ExpressionStatement"
          ? readValue(body[0].expression as Estree)
          : { refused: "un solo valore" };
      if ("refused" in read) report(at, `{${short(node.value)}}`, read.refused);
      else if (read.value instanceof ImportedPicture)
        report(
          at,
          `{${read.value.name}}`,
          "un’immagine si mostra con ![descrizione](./immagini/file.png), non tra graffe",
        );
    });
  }

  /** The compiler's reading of a prop value `{…}`, as a value. */
  function attributeValue(code: string): Read {
    const json = binding.parseExpression(code);
    const program = json ? (JSON.parse(json) as Estree) : undefined;
    const body = (program?.body as Estree[] | undefined) ?? [];
    if (body.length !== 1 || body[0].type !== "ExpressionStatement") {
      return { refused: "un valore: testo, numero, lista o oggetto" };
    }
    return readValue(body[0].expression as Estree);
  }

  function readValue(node: Estree, depth = 0): Read {
    if (depth > 64) return { refused: "un valore meno annidato" };
    switch (node.type) {
      case "Literal":
        if (node.regex || node.bigint !== undefined)
          return { refused: "un valore, non un’espressione regolare o un BigInt" };
        return { value: node.value };
      case "TemplateLiteral": {
        const quasis = node.quasis as { value: { cooked: string | null } }[];
        if (
          (node.expressions as unknown[]).length > 0 ||
          quasis.length !== 1 ||
          quasis[0].value.cooked === null
        ) {
          return { refused: "testo semplice, senza ${…}" };
        }
        return { value: quasis[0].value.cooked };
      }
      case "ParenthesizedExpression":
        return readValue(node.expression as Estree, depth + 1);
      case "UnaryExpression": {
        const argument = node.argument as Estree;
        if (
          (node.operator === "-" || node.operator === "+") &&
          argument.type === "Literal" &&
          typeof argument.value === "number"
        ) {
          return { value: node.operator === "-" ? -argument.value : argument.value };
        }
        return { refused: "un valore, non un calcolo" };
      }
      case "ArrayExpression": {
        const values: unknown[] = [];
        for (const element of node.elements as (Estree | null)[]) {
          if (!element) return { refused: "un elenco senza posti vuoti" };
          const read = readValue(element, depth + 1);
          if ("refused" in read) return read;
          values.push(read.value);
        }
        return { value: values };
      }
      case "ObjectExpression": {
        const value: Record<string, unknown> = {};
        for (const property of node.properties as Estree[]) {
          const key = property.key as Estree | undefined;
          const name =
            key?.type === "Identifier" ? key.name : key?.type === "Literal" ? key.value : undefined;
          if (
            property.type !== "Property" ||
            property.computed ||
            property.method ||
            property.kind !== "init" ||
            (typeof name !== "string" && typeof name !== "number") ||
            name === "__proto__" ||
            Object.hasOwn(value, String(name))
          ) {
            return { refused: "un oggetto di sole coppie nome: valore, ogni nome una volta" };
          }
          const read = readValue(property.value as Estree, depth + 1);
          if ("refused" in read) return read;
          value[String(name)] = read.value;
        }
        return { value };
      }
      case "Identifier": {
        const name = String(node.name);
        if (pictures.has(name)) return { value: new ImportedPicture(name) };
        if (
          [
            "process",
            "require",
            "module",
            "globalThis",
            "global",
            "Buffer",
            "eval",
            "Function",
          ].includes(name)
        ) {
          return { refused: `nessun accesso a ${name}: un articolo non raggiunge Node` };
        }
        return {
          refused: `un valore o il nome di un’immagine importata in cima all’articolo (${name} non lo è)`,
        };
      }
      case "ImportExpression":
        return { refused: "nessun import(): un articolo non carica codice" };
      case "CallExpression":
      case "NewExpression":
      case "TaggedTemplateExpression":
        return { refused: "un valore, non una chiamata: un articolo non esegue codice" };
      case "ArrowFunctionExpression":
      case "FunctionExpression":
      case "ClassExpression":
        return { refused: "un valore, non una funzione: un articolo non esegue codice" };
      case "MemberExpression":
        return { refused: "un valore, non l’accesso a un oggetto del programma" };
      case "JSXElement":
      case "JSXFragment":
        return { refused: "un valore: i tag si scrivono fuori dalle graffe" };
      default:
        return {
          refused:
            "un valore: testo, numero, lista o oggetto (niente operazioni, chiamate o funzioni)",
        };
    }
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
      if (problem) report(at, `${name}=${short(JSON.stringify(read.value) ?? "")}`, problem);
    }
  }

  function attributeRead(attribute: JsxAttribute): Read {
    const value = attribute.value;
    if (value === null || value === undefined) return { value: true };
    if (typeof value === "string") return { value };
    return attributeValue(value.value);
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
          `{${short(typeof attribute.value === "object" && attribute.value ? attribute.value.value : "")}} nella proprietà ${attribute.name}`,
          read.refused,
        );
        return;
      }
      props[attribute.name] = read.value;
    }
    const parsed = AUTHOR_COMPONENTS[name].props.safeParse(props);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      const prop = issue.code === "unrecognized_keys" ? issue.keys[0] : String(issue.path[0] ?? "");
      const at = prop ? placeOfAttribute(node, prop) : placeOf(node);
      const field = [name, ...issue.path.map(String)].join(".");
      if (issue.code === "unrecognized_keys") {
        const known = Object.keys(AUTHOR_COMPONENTS[name].props.shape ?? {});
        report(
          at,
          `${field}: ${issue.keys.join(", ")}`,
          `solo le proprietà di <${name}>: ${known.join(", ")}`,
        );
      } else if (issue.path.length > 0 && valueAt(props, issue.path) === undefined) {
        report(
          at,
          `<${name}> senza ${issue.path.map(String).join(".")}`,
          `la proprietà ${issue.path.map(String).join(".")}, che è obbligatoria (vedi AUTHORING.md)`,
        );
      } else if (issue.message.startsWith("Invalid") || issue.message.startsWith("Too")) {
        const value = valueAt(props, issue.path);
        report(
          at,
          `<${name}> ${issue.path.map(String).join(".")} = ${short(JSON.stringify(value) ?? String(value))}`,
          `il valore descritto in AUTHORING.md per <${name}>`,
        );
      } else {
        const value = issue.path.length ? valueAt(props, issue.path) : undefined;
        const shown =
          value === undefined ? "" : ` = ${short(JSON.stringify(value) ?? String(value))}`;
        report(
          at,
          `<${name}> ${issue.path.map(String).join(".") || "(proprietà)"}${shown}`,
          issue.message.replace(/^atteso /, ""),
        );
      }
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
      report(at, `${JSON.stringify(short(properties.href))} nel link`, URL_RULE);
    } else if (node.tagName === "img") {
      const src = String(properties.src ?? "");
      if (typeof properties.alt !== "string" || !properties.alt.trim()) {
        report(at, `l’immagine ${src}`, "una descrizione: ![che cosa mostra](./immagini/file.png)");
      }
      const problem = picturePath(src);
      if (problem) report(at, JSON.stringify(short(src)), problem);
    } else if (/^h[1-6]$/.test(node.tagName)) {
      const text = textOf();
      const id = slug(text);
      if (isSiteId(id)) {
        report(
          at,
          `il titoletto «${short(text)}» (indirizzo #${id})`,
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

/**
 * Why a picture may not be used, or undefined when it may: a raster file inside the
 * article's folder, named plainly (no `..`, `?`, `#`, `&`, `%`, so nothing reaches Vite's
 * `?raw`/`?url` loaders or another folder), whose bytes are what its extension says.
 * Markdown pictures, imported ones and frontmatter ones follow this one rule.
 */
export function picturePathProblem(
  path: string,
  picture: BodyContext["picture"],
): string | undefined {
  if (isRemoteUrl(path)) {
    return "un’immagine salvata accanto all’articolo (./immagini/file.png): il sito non carica nulla da altri siti";
  }
  if (
    !/^(\.\/)?([A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(path) ||
    path.split("/").some((part) => part === ".." || (part.startsWith(".") && part !== "."))
  ) {
    return "il percorso di un’immagine nella cartella dell’articolo o in una sua sottocartella, fatto di lettere, cifre, punti, trattini e /, come ./immagini/post.png (niente .., ?, #, &, %)";
  }
  if (!pictureFormatOf(path)) {
    return `un’immagine ${PICTURE_EXTENSIONS.join(", ")} (SVG no: è un documento che può eseguire codice)`;
  }
  const facts = picture(path.replace(/^\.\//, ""));
  if (!facts) return `un file che esiste, accanto all’articolo (${path} non c’è)`;
  return pictureProblem(path, facts);
}

/** Whether the compiler's parser reads `code` as comments and nothing else. */
function isOnlyComments(code: string): boolean {
  const json = binding.parseEsm(code);
  return (
    json !== null &&
    json !== undefined &&
    (JSON.parse(json) as { body: unknown[] }).body.length === 0
  );
}

/** Whether an attribute's value is one its name allows. */
function attributeProblem(name: string, value: unknown): string | undefined {
  if (name === "href" || name === "cite") {
    return typeof value === "string" && isSafeUrl(value) ? undefined : URL_RULE;
  }
  if (name === "id") {
    if (typeof value !== "string" || !/^[a-z][a-z0-9-]{0,63}$/.test(value))
      return "un id di lettere minuscole, cifre e trattini";
    return isSiteId(value) ? "un id che il sito non usa già per una sua parte" : undefined;
  }
  if (name === "target") return value === "_blank" ? undefined : "_blank, o nessun target";
  if (name === "rel") {
    const tokens =
      typeof value === "string" ? value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    return tokens.length && tokens.every((token) => REL_TOKENS.has(token))
      ? undefined
      : `parole tra queste: ${[...REL_TOKENS].join(", ")} (mai opener)`;
  }
  if (name === "lang" || name === "hreflang") {
    return typeof value === "string" && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)
      ? undefined
      : "un codice di lingua come it o en-GB";
  }
  if (["colspan", "rowspan", "start", "value"].includes(name)) {
    return /^[0-9]{1,4}$/.test(String(value)) ? undefined : "un numero intero";
  }
  if (name === "open" || name === "reversed")
    return value === true ? undefined : "l’attributo da solo, senza valore";
  if (name === "scope")
    return ["row", "col", "rowgroup", "colgroup"].includes(String(value))
      ? undefined
      : "row, col, rowgroup o colgroup";
  if (name === "type")
    return ["1", "a", "A", "i", "I"].includes(String(value)) ? undefined : "1, a, A, i o I";
  if (typeof value !== "string" || value.length > 500)
    return "un testo di al massimo 500 caratteri";
  return undefined;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current instanceof ImportedPicture ? current.name : current;
}

/** A piece of the file on one problem line: newlines shown as ↵, at most 60 characters. */
function short(text: string): string {
  const line = text.replace(/\r?\n/g, "↵");
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

interface Place {
  line: number;
  column: number;
  offset?: number;
}
interface PositionedNode {
  position?: { start: Place; end: Place };
}
interface EsmNode extends PositionedNode {
  type: "mdxjsEsm";
  value: string;
  parseExpression(): unknown;
}
interface ExpressionNode extends PositionedNode {
  value: string;
  parseExpression(): unknown;
}
interface JsxAttribute {
  type: "mdxJsxAttribute";
  name: string;
  value?: string | null | { type: string; value: string };
}
interface JsxNode extends PositionedNode {
  name: string | null;
  attributes: (JsxAttribute | { type: "mdxJsxExpressionAttribute"; value: string })[];
}
interface ElementNode extends PositionedNode {
  tagName: string;
  properties?: Record<string, unknown>;
}

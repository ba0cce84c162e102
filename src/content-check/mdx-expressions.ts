/**
 * The values an article may write between braces, read from the compiler's own parse of
 * them (estree), never from a second parser's idea of the text: literals (text, numbers,
 * true/false/null, lists and objects of literals) and the name of an imported picture, at
 * any depth. Anything else is refused, with what was expected.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ImportedPicture } from "../mdx-components/component-props.ts";

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

/** A value read from the compiler's estree: plain data, or why it is not. */
export type Read = { value: unknown } | { refused: string };

export interface Estree {
  type: string;
  [key: string]: unknown;
}

/** The compiler's reading of a prop value `{…}`, as a value. */
export function readExpressionCode(code: string, pictures: ReadonlySet<string>): Read {
  const json = binding.parseExpression(code);
  const program = json ? (JSON.parse(json) as Estree) : undefined;
  const body = (program?.body as Estree[] | undefined) ?? [];
  if (body.length !== 1 || body[0].type !== "ExpressionStatement") {
    return { refused: "un valore: testo, numero, lista o oggetto" };
  }
  return readValue(body[0].expression as Estree, pictures);
}

/** A value from the compiler's estree; `pictures` are the names of the pictures imported. */
export function readValue(node: Estree, pictures: ReadonlySet<string>, depth = 0): Read {
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
      return readValue(node.expression as Estree, pictures, depth + 1);
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
        const read = readValue(element, pictures, depth + 1);
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
        const read = readValue(property.value as Estree, pictures, depth + 1);
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

/** Whether the compiler's parser reads `code` as comments and nothing else. */
export function isOnlyComments(code: string): boolean {
  const json = binding.parseEsm(code);
  return (
    json !== null &&
    json !== undefined &&
    (JSON.parse(json) as { body: unknown[] }).body.length === 0
  );
}

/**
 * The differential test of the body rules: a seeded generator mixes allowed and forbidden
 * MDX (expressions of every shape, `<!--` and `-->`, comments, templates, nested ESM,
 * directives, attributes, pictures, deep nesting), and whatever the check accepts is
 * compiled with the build's compiler and options; the module it becomes must hold nothing
 * beyond the shapes the MDX runtime itself writes: calls to the JSX runtime, literal props,
 * the imported pictures and components. A rule that lets code through fails here, whatever
 * the parser's reason.
 */
import { parse } from "acorn";
import { describe, expect, it } from "vitest";
import {
  checkMdxBody,
  compileBody,
  compiledText,
  type BodyContext,
} from "../../src/content-check/mdx-check.ts";
import { AUTHOR_COMPONENTS, MDX_COMPONENTS } from "../../src/mdx-components/component-props.ts";
import { BODY_LIMITS } from "../../src/content-check/mdx-limits.ts";
import { seededRandom } from "../../scripts/lib/seeded-random.ts";

const CASES = 3000;

const png = Buffer.from("89504e470d0a1a0a0000000d494844520000001000000010", "hex");
const context: BodyContext = {
  path: "cases/generato.mdx",
  picture: (path) => (path === "immagini/post.png" ? { bytes: 100, head: png } : undefined),
};

/** Literal values the rules allow, `post` being the imported picture's name. */
const VALUE_LEAVES = [
  '"testo"',
  "'x'",
  "42",
  "-1.5",
  "true",
  "null",
  "`semplice`",
  '"<!--"',
  '"-->"',
  "post",
];

function generator(seed: number) {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];

  /** A value the rules allow: literals, lists and objects of them, the imported picture. */
  function value(depth = 0): string {
    if (depth > 2 || next() < 0.5) return pick(VALUE_LEAVES);
    return pick([
      () => `[${value(depth + 1)}, ${value(depth + 1)}]`,
      () => `{ a: ${value(depth + 1)}, "b-c": ${value(depth + 1)}, 3: ${value(depth + 1)} }`,
      () => `/* nota */ ${value(depth + 1)}`,
      () => `(${value(depth + 1)})`,
    ])();
  }

  /** An expression of any estree shape, allowed or not, up to a small depth. */
  function expression(depth = 0): string {
    if (next() < 0.35) return value(depth);
    const leaves = [
      ...VALUE_LEAVES,
      "undefined",
      "`a${process}`",
      "Statement",
      "process",
      "globalThis",
      "x",
      "0 <!-- x\n",
      "0 --> x",
      "a <!-- b\n",
      "/* nota */ 1",
      "1 // fine\n",
      "/x/g",
      "10n",
      "import.meta",
      "new.target",
      "this",
      "arguments",
      "eval",
      "require",
    ];
    if (depth > 2 || next() < 0.45) return pick(leaves);
    const inner = () => expression(depth + 1);
    return pick([
      () => `[${inner()}, ${inner()}]`,
      () => `{ a: ${inner()}, "b": ${inner()} }`,
      () => `{ [${inner()}]: 1 }`,
      () => `{ ...${inner()} }`,
      () => `{ get a() { return ${inner()} } }`,
      () => `{ __proto__: ${inner()} }`,
      () => `${inner()}.${pick(["x", "constructor", "env"])}`,
      () => `${inner()}[${inner()}]`,
      () => `${inner()}(${inner()})`,
      () => `new ${pick(["Function", "Error", "x"])}(${inner()})`,
      () => `(${inner()})`,
      () => `(() => ${inner()})`,
      () => `function () { return ${inner()} }`,
      () => `${inner()} ${pick(["+", "<", "&&", "??", ",", "=", "in"])} ${inner()}`,
      () => `${pick(["!", "-", "typeof ", "void ", "delete ", "await "])}${inner()}`,
      () => `${inner()} ? ${inner()} : ${inner()}`,
      () => `tag\`${inner()}\``,
      () => `\`x\${${inner()}}\``,
      () => `import(${inner()})`,
      () => `<div>{${inner()}}</div>`,
      () => `class { static { ${inner()} } }`,
    ])();
  }

  const component = () => pick([...MDX_COMPONENTS, "Statment", "x.y", "Post"]);
  const attributeName = () =>
    pick([
      "who",
      "text",
      "title",
      "id",
      "href",
      "set:html",
      "class",
      "class:list",
      "client:load",
      "is:raw",
      "onclick",
      "style",
      "ping",
      "rel",
      "target",
      "background",
      "events",
      "image",
    ]);
  const attribute = () =>
    pick([
      () =>
        `${attributeName()}="${pick(["x", "fonti", "opener", "_blank", "javascript:x", "https://a.it/"])}"`,
      () => `${attributeName()}={${expression()}}`,
      () => `{...${expression()}}`,
      () => attributeName(),
    ])();

  function block(depth = 0): string {
    const inner = () => (depth < 3 ? block(depth + 1) : "Testo.");
    return pick([
      () => "Un paragrafo con *enfasi* e un [link](https://example.com/).",
      () => `Testo {${expression()}} fine.`,
      () => `{${expression()}}`,
      () => `<${component()} ${attribute()} ${attribute()} />`,
      () => '<Statement who="Rai" text="Ci scusiamo." />',
      () => `<Statement who={${value()}} text={${pick([value(), expression()])}} />`,
      () =>
        `<Timeline events={[{ when: "2018-06-12", text: ${pick([value(), expression()])} }]} />`,
      () => `<abbr title={${pick([value(), expression()])}}>Rai</abbr>`,
      () => `<a href={${pick(['"https://a.it/"', '"javascript:x"', expression()])}}>x</a>`,
      () =>
        `import post from "./immagini/post.png";\n\n<PostCard account="a" platform="twitter" date="2018-06-12" media="m" image={${pick(["post", expression()])}} alt="x" />`,
      () => `<>{${value()}}</>`,
      () =>
        `<${pick(["div", "span", "a", "em", "script", "svg", "img", "h2"])} ${attribute()}>x</${pick(["div", "span", "a", "em", "script", "svg", "img", "h2"])}>`,
      () => `<SourceNote>\n\n${inner()}\n\n</SourceNote>`,
      () => `<div>\n\n${inner()}\n\n</div>`,
      () =>
        `${pick(["import", "export"])} ${pick(["x", "post", "Timeline", "{ a }", "* as n"])} from "${pick(["./immagini/post.png", "node:fs", "./immagini/post.png?raw", "@components/Timeline.astro", "/etc/passwd", "data:text/javascript,1"])}"`,
      () => `export const x = ${expression()}`,
      () => `export default ${expression()}`,
      () =>
        `![${pick(["descrizione", ""])}](${pick(["./immagini/post.png", "./x.svg", "https://a.it/x.png", "./immagini/post.png?raw&a", "../a.png"])})`,
      () =>
        `![a][r]\n\n[r]: ${pick(["./immagini/post.png", "./immagini/post.png?url", "/etc/passwd"])}`,
      () => `[x](${pick(["javascript:alert(1)", "#a", "/b/", "data:text/html,x"])})`,
      () => `${pick([">", "-", "1."])} ${inner()}`,
      () => "<!-- commento HTML -->",
      () => "## Fonti",
      () => `<${component()}>\n\n${inner()}\n\n</${component()}>`,
    ])();
  }

  return () => {
    const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => block());
    return `---\ntitle: Generato\n---\n\n${parts.join(pick(["\n\n", "\n", " "]))}\n`;
  };
}

/** Names the MDX runtime's own code binds or reads. */
const RUNTIME_NAMES = new Set([
  "_jsx",
  "_jsxs",
  "_Fragment",
  "_components",
  "_createMdxContent",
  "_missingMdxReference",
  "MDXContent",
  "MDXLayout",
  "props",
  "id",
  "component",
  "Object",
  "Error",
  "undefined",
]);
const ALLOWED_CALLS = new Set(["_jsx", "_jsxs", "_missingMdxReference", "_createMdxContent"]);
const ALLOWED_SOURCES = new Set([
  "astro/jsx-runtime",
  "./immagini/post.png",
  ...Object.values(AUTHOR_COMPONENTS).map((entry) => entry.path),
]);

interface Node {
  type: string;
  [key: string]: unknown;
}

/** Everything in the compiled module that is not the MDX runtime's own shape. */
function codeBeyondRuntime(code: string): string[] {
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Node;
  const imported = new Set<string>(MDX_COMPONENTS);
  const found: string[] = [];
  const visit = (node: unknown, parent?: Node, key?: string): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parent, key));
    if (!node || typeof node !== "object") return;
    const n = node as Node;
    if (typeof n.type !== "string") return;
    switch (n.type) {
      case "ImportDeclaration":
        if (!ALLOWED_SOURCES.has(String((n.source as Node).value)))
          found.push(`import ${String((n.source as Node).value)}`);
        for (const specifier of n.specifiers as Node[])
          imported.add(String((specifier.local as Node).name));
        return;
      case "ExportNamedDeclaration":
      case "ExportAllDeclaration":
        found.push(n.type);
        return;
      case "ExportDefaultDeclaration":
        if (
          (n.declaration as Node).type !== "Identifier" ||
          (n.declaration as Node).name !== "MDXContent"
        )
          found.push("export default");
        return;
      case "CallExpression": {
        const callee = n.callee as Node;
        const name =
          callee.type === "Identifier"
            ? String(callee.name)
            : callee.type === "MemberExpression" &&
                (callee.object as Node).name === "Object" &&
                (callee.property as Node).name === "assign"
              ? "Object.assign"
              : undefined;
        if (!name || (!ALLOWED_CALLS.has(name) && name !== "Object.assign"))
          found.push(`call ${code.slice(Number(n.start), Number(n.end)).slice(0, 60)}`);
        break;
      }
      case "NewExpression":
        if ((n.callee as Node).name !== "Error") found.push("new");
        break;
      case "MemberExpression": {
        const object = n.object as Node;
        const ok =
          (object.type === "Identifier" &&
            ["_components", "props", "Object"].includes(String(object.name))) ||
          (object.type === "MemberExpression" && (object.object as Node).name === "props");
        if (!ok || n.computed)
          found.push(`member ${code.slice(Number(n.start), Number(n.end)).slice(0, 60)}`);
        break;
      }
      case "Identifier": {
        const name = String(n.name);
        const isKey = parent?.type === "Property" && key === "key" && !parent.computed;
        const isProperty =
          parent?.type === "MemberExpression" && key === "property" && !parent.computed;
        if (!isKey && !isProperty && !RUNTIME_NAMES.has(name) && !imported.has(name))
          found.push(`name ${name}`);
        return;
      }
      case "ImportExpression":
      case "MetaProperty":
      case "TaggedTemplateExpression":
      case "ArrowFunctionExpression":
      case "ClassExpression":
      case "ThisExpression":
      case "AwaitExpression":
      case "UpdateExpression":
      case "AssignmentExpression":
        found.push(n.type);
        return;
      case "FunctionExpression":
        found.push("function expression");
        return;
      case "FunctionDeclaration":
        if (
          !["_createMdxContent", "MDXContent", "_missingMdxReference"].includes(
            String((n.id as Node).name),
          )
        )
          found.push("function");
        break;
      case "TemplateLiteral":
        if ((n.expressions as unknown[]).length > 0) found.push("template with code");
        break;
    }
    for (const [childKey, child] of Object.entries(n)) {
      if (childKey !== "type" && child && typeof child === "object") visit(child, n, childKey);
    }
  };
  visit(program);
  return found;
}

describe("the body rules against the compiler, on generated MDX", () => {
  it(`lets no code through in ${CASES} seeded cases, and accepts some`, () => {
    const next = generator(2018);
    let accepted = 0;
    for (let index = 0; index < CASES; index++) {
      const text = next();
      const problems = checkMdxBody(text, context);
      if (problems.length > 0) continue;
      accepted += 1;
      const code = compileBody(compiledText(text));
      expect(codeBeyondRuntime(code), `${JSON.stringify(text)}\n${code}`).toEqual([]);
    }
    // The generator is only useful if both sides are exercised.
    expect(accepted).toBeGreaterThan(CASES / 20);
    expect(accepted).toBeLessThan(CASES);
    // About a second alone; more on a machine shared with other builds.
  }, 30_000);

  it("catches code in an unchecked compile: the walk itself can fail", () => {
    const code = compileBody(
      compiledText("---\ntitle: x\n---\n\nTesto {0 <!-- x\n} e {process.env}.\n"),
    );
    expect(codeBeyondRuntime(code)).toEqual(
      expect.arrayContaining(["UpdateExpression", "member process.env"]),
    );
  });

  it("compiles the deepest text the limits allow, quickly", () => {
    const deepest = [
      "{" + "[".repeat(BODY_LIMITS.brackets - 1) + "]".repeat(BODY_LIMITS.brackets - 1) + "}",
      "> ".repeat(BODY_LIMITS.containers) + "x",
      Array.from({ length: BODY_LIMITS.containers / 2 }, (_, i) => `${"  ".repeat(i)}- x`).join(
        "\n",
      ),
      "<div>".repeat(BODY_LIMITS.elements) + "x" + "</div>".repeat(BODY_LIMITS.elements),
      "x".repeat(BODY_LIMITS.lineCharacters),
    ].join("\n\n");
    const started = performance.now();
    const problems = checkMdxBody(deepest, context);
    expect(problems.filter((p) => /al massimo|righe/.test(p.expected))).toEqual([]);
    compileBody(deepest);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

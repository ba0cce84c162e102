/**
 * A validator for the part of JSON Schema 2020-12 the open data schemas use
 * (`src/open-data/schema-nodes.ts`): a schema with any other keyword is refused rather than
 * half-read, so the build test can only pass on a schema it understood. Ajv is not a
 * dependency of the project; this is about a hundred lines, and its own test
 * (`tests/unit/json-schema.test.ts`) shows it failing.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(["$schema", "$id", "$defs", "title", "description", "examples"]);
const ASSERTIONS = new Set([
  "$ref",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "enum",
  "pattern",
  "format",
]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Every problem of `value` against `schema`, as `path: what`; none when it is valid. */
export function validate(root: Schema, value: unknown): string[] {
  const problems: string[] = [];
  const check = (schema: Schema, value: unknown, path: string) => {
    for (const keyword of Object.keys(schema)) {
      if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword))
        throw new Error(`schema at ${path}: unsupported keyword ${keyword}`);
    }
    const fail = (what: string) => problems.push(`${path || "/"}: ${what}`);
    if (typeof schema.$ref === "string") {
      const match = /^#\/\$defs\/([^/]+)$/.exec(schema.$ref);
      const target = match && (root.$defs as Record<string, Schema> | undefined)?.[match[1]];
      if (!target) throw new Error(`schema at ${path}: unresolved $ref ${schema.$ref}`);
      check(target, value, path);
    }
    const type = typeOf(value);
    if (schema.type !== undefined && schema.type !== type) {
      fail(`expected ${String(schema.type)}, found ${type}`);
      return;
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value))
      fail(`expected one of ${schema.enum.join(", ")}, found ${JSON.stringify(value)}`);
    if (typeof value === "string") {
      if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value))
        fail(`${JSON.stringify(value)} does not match ${schema.pattern}`);
      if (schema.format === "uri" && !URL.canParse(value)) fail(`${value} is not a URI`);
    }
    if (Array.isArray(value)) {
      if (typeof schema.minItems === "number" && value.length < schema.minItems)
        fail(`expected at least ${schema.minItems} items`);
      if (schema.items)
        value.forEach((item, i) => check(schema.items as Schema, item, `${path}/${i}`));
    }
    if (type === "object") {
      const object = value as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of (schema.required ?? []) as string[])
        if (!Object.hasOwn(object, key)) fail(`missing ${key}`);
      for (const [key, child] of Object.entries(object)) {
        if (Object.hasOwn(properties, key)) check(properties[key], child, `${path}/${key}`);
        else if (schema.additionalProperties === false) fail(`unexpected ${key}`);
      }
    }
  };
  check(root, value, "");
  return problems;
}

import { z } from "astro/zod";
import { COLLECTIONS, createSchemas, type CollectionName } from "../../src/content-model/schema.ts";

export interface SchemaField {
  /** `title`, or `sources.title` for a field of each item of a list. */
  path: string;
  required: boolean;
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): { schema: z.ZodType; required: boolean } {
  let current = schema;
  let required = true;
  for (;;) {
    const def = defOf(current);
    if ((def.type === "optional" || def.type === "default") && def.innerType) {
      required = false;
      current = def.innerType;
    } else if (def.type === "array" && def.element) current = def.element;
    else if (def.type === "pipe" && def.in) current = def.in;
    else return { schema: current, required };
  }
}

function fieldsOf(shape: Record<string, z.ZodType>, prefix = ""): SchemaField[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const { schema: inner, required } = unwrap(schema);
    const field = { path: `${prefix}${key}`, required };
    const nested = (inner as { shape?: Record<string, z.ZodType> }).shape;
    // Only a group of named fields is walked into: a moment's forms are not fields.
    return nested && defOf(inner).type === "object"
      ? [field, ...fieldsOf(nested, `${prefix}${key}.`)]
      : [field];
  });
}

/** Every field of every collection, read from the schemas themselves. */
export function schemaFields(): Record<CollectionName, SchemaField[]> {
  // A reference is a slug and a picture a path in the file; what they resolve to does not matter here.
  const schemas = createSchemas({ reference: () => z.string() as never, image: () => z.string() });
  return Object.fromEntries(
    COLLECTIONS.map((collection) => {
      const shape = (schemas[collection] as unknown as { shape: Record<string, z.ZodType> }).shape;
      return [collection, fieldsOf(shape)];
    }),
  ) as Record<CollectionName, SchemaField[]>;
}

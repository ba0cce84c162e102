/**
 * The tables of fields on `/dati/`, read off the schema (`json-schema.ts`): a row per field,
 * with its name, its type in Italian, what it means and an example; a field made of other
 * fields (a moment, a source, a post) points to its own table. So the page cannot describe a
 * field the files do not have, and a kind of value is explained once.
 */
import { SLUG_PATTERN } from "../content-check/entry-file-names.ts";
import { DEF_NAMES, defOf, resolved, type SchemaNode } from "./json-schema.ts";

export interface FieldDoc {
  /** The JSON field; at the top of a record, also the CSV column of a field that is one cell. */
  name: string;
  type: string;
  /** The table of the type, for a field made of other fields. */
  typeAnchor?: string;
  meaning: string;
  example: string;
  optional: boolean;
}

function scalarType(field: SchemaNode): string {
  if (field.enum) return `uno tra ${field.enum.join(", ")}`;
  if (field.type === "boolean") return "true o false";
  if (field.format === "uri") return "indirizzo web";
  if (field.pattern === SLUG_PATTERN.source) return "slug";
  if (field.pattern?.includes("\\d{4}")) return "data";
  return "testo";
}

/** `#tipo-momento`: where the table of a composite type is on `/dati/`. */
export const typeAnchor = (def: string) => `tipo-${def}`;

/** The rows of an object's table, one per property, in the schema's order. */
export function fieldDocs(node: SchemaNode): FieldDoc[] {
  const object = resolved(node);
  return Object.entries(object.properties ?? {}).map(([name, child]) => {
    const isList = resolved(child).type === "array";
    const item = isList ? (resolved(child).items ?? {}) : child;
    const def = defOf(item);
    const leaf = resolved(item);
    const type = def ? DEF_NAMES[def][isList ? 1 : 0] : scalarType(leaf);
    return {
      name,
      type: isList ? `elenco di ${def ? type : `valori (${type})`}` : type,
      typeAnchor: def && typeAnchor(def),
      meaning: child.description ?? leaf.description ?? "",
      example: def ? "" : String(leaf.examples?.[0] ?? ""),
      optional: !object.required?.includes(name),
    };
  });
}

/**
 * The words of the open data schemas (`json-schema.ts`): the JSON Schema keywords they use,
 * and no other, and small builders that give every field its Italian description and an
 * example.
 */
import { SLUG_PATTERN } from "../content-check/entry-file-names.ts";

/** The keywords the open data schemas use, and no other. */
export interface SchemaNode {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  title?: string;
  description?: string;
  examples?: readonly (string | boolean)[];
  type?: "object" | "array" | "string" | "boolean";
  properties?: Record<string, SchemaNode>;
  required?: readonly string[];
  additionalProperties?: false;
  items?: SchemaNode;
  minItems?: number;
  enum?: readonly string[];
  pattern?: string;
  format?: "uri";
}

export const DAY = "\\d{4}-\\d{2}-\\d{2}";
export const MONTH = "\\d{4}-\\d{2}";
export const INSTANT = `${DAY}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z`;

export const text = (description: string, example: string): SchemaNode => ({
  type: "string",
  description,
  examples: [example],
});
export const url = (description: string, example: string): SchemaNode => ({
  type: "string",
  format: "uri",
  pattern: "^https?://",
  description,
  examples: [example],
});
export const slug = (description: string, example: string): SchemaNode => ({
  type: "string",
  pattern: SLUG_PATTERN.source,
  description,
  examples: [example],
});
export const oneOf = (values: readonly string[], description: string): SchemaNode => ({
  type: "string",
  enum: values,
  description,
  examples: [values[0]],
});
export const list = (items: SchemaNode, description: string, minItems?: number): SchemaNode => ({
  type: "array",
  items,
  description,
  ...(minItems ? { minItems } : {}),
});
export const ref = (name: string, description: string): SchemaNode => ({
  $ref: `#/$defs/${name}`,
  description,
});
export const object = (
  description: string,
  properties: Record<string, SchemaNode>,
  required: readonly string[],
): SchemaNode => ({
  type: "object",
  description,
  properties,
  required,
  additionalProperties: false,
});

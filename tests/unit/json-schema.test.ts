/** The build test's JSON Schema validator (`tests/support/json-schema.ts`) fails when it should. */
import { describe, expect, it } from "vitest";
import { validate } from "../support/json-schema.ts";

const schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    slug: { type: "string", pattern: "^[a-z]+$" },
    kind: { type: "string", enum: ["a", "b"] },
    site: { type: "string", format: "uri" },
    when: { $ref: "#/$defs/when" },
    tags: { type: "array", items: { type: "string" }, minItems: 1 },
  },
  required: ["slug", "tags"],
  additionalProperties: false,
  $defs: {
    when: {
      type: "object",
      properties: { approx: { type: "boolean" } },
      required: ["approx"],
      additionalProperties: false,
    },
  },
};

describe("the JSON Schema validator of the tests", () => {
  it("accepts a valid value", () => {
    const value = {
      slug: "ok",
      kind: "a",
      site: "https://x.it/",
      when: { approx: true },
      tags: ["t"],
    };
    expect(validate(schema, value)).toEqual([]);
  });

  it("reports every problem with its path", () => {
    const value = {
      slug: "Not ok",
      kind: "c",
      site: "not a uri",
      when: { approx: "yes", extra: 1 },
      tags: [],
      other: null,
    };
    expect(validate(schema, value)).toEqual([
      '/slug: "Not ok" does not match ^[a-z]+$',
      '/kind: expected one of a, b, found "c"',
      "/site: not a uri is not a URI",
      "/when/approx: expected boolean, found string",
      "/when: unexpected extra",
      "/tags: expected at least 1 items",
      "/: unexpected other",
    ]);
    expect(validate(schema, { tags: [1] })).toEqual([
      "/: missing slug",
      "/tags/0: expected string, found integer",
    ]);
  });

  it("refuses a schema with a keyword it does not read", () => {
    expect(() => validate({ type: "object", oneOf: [] }, {})).toThrow(/unsupported keyword oneOf/);
    expect(() => validate({ $ref: "#/$defs/none" }, {})).toThrow(/unresolved/);
  });
});

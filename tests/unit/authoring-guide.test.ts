import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COLLECTIONS } from "../../src/content-model/schema.ts";
import {
  questionsFor,
  ENTRY_KINDS,
  type EntryKind,
} from "../../scripts/lib/new-entry-questions.ts";
import { MDX_COMPONENTS } from "../../src/mdx-components/component-props.ts";
import { REFUSED_ELEMENTS } from "../../src/content-check/mdx-check.ts";
import { projectRoot } from "../support/paths.ts";
import { schemaFields } from "../support/schema-fields.ts";

const guide = readFileSync(join(projectRoot, "AUTHORING.md"), "utf8");
const fields = schemaFields();

/** The `## ` section of the guide about one collection's files: `content/cases/<slug>.mdx`. */
function sectionOf(collection: string): string {
  const sections = guide.split(/^## /m);
  const section = sections.find((s) => s.split("\n")[0].includes(`content/${collection}/`));
  if (!section) throw new Error(`AUTHORING.md has no "## …" section about content/${collection}/`);
  return section;
}

/** The rows of the guide's tables, by their first cell: `| \`title\` | testo | obbligatorio |`. */
function rowsOf(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const name = /^`([\w.]+)`$/.exec(cells[1] ?? "")?.[1];
    if (line.startsWith("|") && name && !rows.has(name)) rows.set(name, cells.slice(2, -1));
  }
  return rows;
}

describe("AUTHORING.md", () => {
  it("walks the schema: the field list is not empty", () => {
    expect(fields.cases.map((f) => f.path)).toEqual(
      expect.arrayContaining(["title", "brand", "sources", "sources.title", "post.media"]),
    );
  });

  it.each(COLLECTIONS)(
    "documents every field of %s, with its type, whether it is required and an example",
    (collection) => {
      const own = rowsOf(sectionOf(collection));
      const everywhere = rowsOf(guide);
      for (const field of fields[collection]) {
        // Fields of list items (`sources.title`) may be documented once for every collection.
        const row =
          own.get(field.path) ??
          (field.path.includes(".") ? everywhere.get(field.path) : undefined);
        expect(row, `${collection}: ${field.path} is missing from AUTHORING.md`).toBeDefined();
        const [type, required, example] = row!;
        expect(type, `${collection}: ${field.path} type`).not.toBe("");
        expect(required, `${collection}: ${field.path}`).toMatch(
          field.required ? /^obbligatorio/ : /^facoltativo/,
        );
        expect(example, `${collection}: ${field.path} example`).not.toBe("");
      }
    },
  );

  it("shows every form of an honest time", () => {
    for (const form of [
      "2018-06-12T20:25:00+02:00",
      "{ at: 2018-06-12T20:25:00+02:00, approx: true }",
      "`2018-06-12`",
      "{ day: 2018-06-11, part: evening }",
      "`2018-05`",
      "{ from: 2018-03, to: 2018-06 }",
    ]) {
      expect(guide).toContain(form);
    }
    for (const part of ["morning", "afternoon", "evening", "night"])
      expect(guide).toContain(`\`${part}\``);
  });

  it.each(Object.keys(ENTRY_KINDS) as EntryKind[])(
    "lists every option of npm run new -- %s",
    (kind) => {
      const row = guide.split("\n").find((line) => line.startsWith(`| \`${kind}\``));
      expect(row, kind).toBeDefined();
      for (const question of questionsFor(kind)) expect(row).toContain(`\`--${question.flag}\``);
      expect(row).toContain("`--slug`");
    },
  );

  it("explains how to check and how to preview", () => {
    for (const command of [
      "npm run new",
      "npm run check",
      "npm run dev",
      "/anteprima/",
      "draft: true",
    ]) {
      expect(guide).toContain(command);
    }
  });

  it("documents every import-free component, with its props", () => {
    for (const name of MDX_COMPONENTS) {
      const section = guide.split(/^### /m).find((s) => s.startsWith(`\`${name}\``));
      expect(section, `### \`${name}\` is missing`).toBeDefined();
      expect(rowsOf(section!).size, name).toBeGreaterThan(0);
    }
  });

  it("names every HTML tag the check refuses, and how to import a picture", () => {
    for (const tag of Object.keys(REFUSED_ELEMENTS)) expect(guide).toContain(`\`<${tag}>\``);
    expect(guide).toMatch(/^import \w+ from "\.\/immagini\/[\w-]+\.png";$/m);
    expect(guide).toContain("--format github");
  });
});

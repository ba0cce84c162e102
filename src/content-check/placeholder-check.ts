import { PLACEHOLDER_MARK } from "../content-model/publishing.ts";
import type { ContentFile, ContentProblem } from "./content-check.ts";
import { frontmatterLineCount } from "./frontmatter.ts";
import { describeValue } from "./entry-schema-check.ts";

/**
 * The places where `npm run new` asked the author to write and nobody has yet, one problem
 * per field: the frontmatter key the line belongs to, or the body.
 */
export function leftPlaceholders(file: ContentFile): ContentProblem[] {
  const lines = file.text.split(/\r?\n/);
  const frontmatterLines = file.path.endsWith(".mdx") ? frontmatterLineCount(file.text) : 0;
  const fields = new Map<string, string>();
  let key = "(frontmatter)";
  lines.forEach((line, index) => {
    const inBody = file.path.endsWith(".mdx") && index >= frontmatterLines;
    const top = /^([A-Za-z][\w-]*):/.exec(line);
    if (top && !inBody) key = top[1];
    const field = inBody ? "(testo)" : key;
    const at = line.indexOf(PLACEHOLDER_MARK);
    if (at >= 0 && !fields.has(field)) {
      fields.set(field, line.slice(at).replace(/["']?\s*(\*\/\s*\})?$/, ""));
    }
  });
  return [...fields].map(([field, placeholder]) => ({
    file: file.path,
    field,
    found: describeValue(placeholder),
    expected: `le tue parole al posto della nota "${PLACEHOLDER_MARK}" lasciata da npm run new (oppure lascia draft: true)`,
  }));
}

/**
 * Reads a Netlify / Cloudflare Pages `_headers` file, so the test server can send the same
 * headers as production and the browser suite sees the real Content Security Policy.
 */

export interface HeaderRule {
  /** The path pattern as written: `/*`, `/_astro/*`, `/blackout/:slug/`. */
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

/** Parses the file: a path at the start of a line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers line ${index + 1}: cannot read "${line}"`);
    rule.headers.push([match[1]!, match[2]!.trim()]);
  }
  return rules;
}

/** Whether a rule's pattern matches a URL path: `*` matches anything, `:name` one segment. */
export function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === "*"
        ? ".*"
        : part.startsWith(":")
          ? "[^/]+"
          : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a path gets. Each header name must come from one rule only: the hosts
 * disagree on how to combine two (see `headerConflicts`), so this refuses to guess.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const conflicts = headerConflicts(rules, path);
  if (conflicts.length > 0) throw new Error(`${path}: ${conflicts.join("; ")}`);
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((candidate) => matches(candidate.pattern, path))) {
    for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/**
 * Header names that more than one matching rule sets for a path. Netlify keeps the last
 * value, Cloudflare Pages joins all of them with commas, so any such header would differ
 * between the two hosts.
 */
export function headerConflicts(rules: HeaderRule[], path: string): string[] {
  const setBy = new Map<string, string[]>();
  for (const rule of rules.filter((candidate) => matches(candidate.pattern, path))) {
    for (const name of new Set(rule.headers.map(([header]) => header.toLowerCase()))) {
      setBy.set(name, [...(setBy.get(name) ?? []), rule.pattern]);
    }
  }
  return [...setBy]
    .filter(([, patterns]) => patterns.length > 1)
    .map(([name, patterns]) => `${name} is set by ${patterns.join(" and ")}`);
}

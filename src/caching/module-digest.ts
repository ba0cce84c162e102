/**
 * A digest of a module and of every project module it imports, followed through relative
 * specifiers: what a cache built from that module's behaviour must be keyed by.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** `import … from "./x"`, `export … from "../y"`, `import "./z"`: relative specifiers only. */
const RELATIVE_IMPORT = /(?:^|[\s;])(?:import|export)\b[^"';]*?["'](\.{1,2}\/[^"']+)["']/g;

/** Where a specifier points: the file as written, or with `.ts` / `/index.ts` added. */
function resolveModule(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, "index.ts")].find(
    (path) => existsSync(path) && path.endsWith(".ts"),
  );
}

export function moduleGraphDigest(entry: string): string {
  const hash = createHash("sha256");
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    hash.update(`${relative(dirname(entry), file)}\0${text}\0`);
    for (const [, specifier] of text.matchAll(RELATIVE_IMPORT)) {
      const target = resolveModule(file, specifier);
      if (target) queue.push(target);
    }
  }
  return hash.digest("hex");
}

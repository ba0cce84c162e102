// Plain JavaScript on purpose: it must run on any Node, to tell an old one what to do
// instead of letting it fail on `--experimental-strip-types` or on Astro's first line.
import { pathToFileURL } from "node:url";

/** The one line an author reads on a Node older than the project needs; undefined when fine. */
export function nodeVersionProblem(version) {
  const [major, minor] = version.replace(/^v/, "").split(".").map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return undefined;
  return (
    `Schermo Nero richiede Node 22.12 o successivo (qui c'è ${version}): ` +
    "esegui `source scripts/use-node.sh` (o `nvm use`) e rilancia il comando."
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problem = nodeVersionProblem(process.version);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

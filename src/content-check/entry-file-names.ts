/**
 * Which files of `content/` are entries: one level inside a collection's folder, with its
 * extension and a slug for a name. Everything else is named for what it is (a hidden file,
 * a link, an SVG, a file in the wrong place) rather than silently left out.
 */
import { COLLECTIONS, type CollectionName } from "../content-model/schema.ts";
import type { ContentFile, ContentProblem } from "./content-check.ts";

/** The file each collection holds, by extension. */
export const COLLECTION_EXTENSIONS: Record<CollectionName, string> = {
  brands: ".yaml",
  outages: ".mdx",
  cases: ".mdx",
  dossier: ".mdx",
};

/** Files an operating system leaves in every folder: hidden, never content, not reported. */
const SYSTEM_FILES = new Set([".DS_Store"]);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where a file stands: an entry to read, a file to pass over, or why it is neither. */
export type FilePlace =
  | { kind: "entry"; collection: CollectionName; id: string; extension: string }
  | { kind: "skip" }
  | { kind: "problem"; problem: ContentProblem };

const SKIP: FilePlace = { kind: "skip" };

export function placeOfFile(file: ContentFile): FilePlace {
  const problem = (found: Omit<ContentProblem, "file">): FilePlace => ({
    kind: "problem",
    problem: { file: file.path, ...found },
  });
  const segments = file.path.split("/");
  const name = segments.at(-1) ?? "";
  const hidden = segments.find((segment) => segment.startsWith("."));
  if (hidden && !SYSTEM_FILES.has(name)) {
    // Astro's loader never sees hidden files: an article named `.bozza.mdx` would vanish.
    return problem({
      found: `${hidden === name ? "un file nascosto" : "una cartella nascosta"} (il nome comincia con un punto)`,
      expected:
        "un nome senza il punto iniziale: il sito ignora i file nascosti, e l’articolo non verrebbe pubblicato",
    });
  }
  if (hidden) return SKIP;
  const collection = segments[0] as CollectionName;
  const extension = COLLECTION_EXTENSIONS[collection];
  if (file.unreadable === "symlink") {
    return problem({
      found: "un link simbolico",
      expected: "un file vero: copialo nella cartella invece di collegarlo",
    });
  }
  if (file.asset && extension === ".mdx" && segments.length >= 2) return SKIP;
  if (/\.svg$/i.test(name)) {
    return problem({
      found: "un file SVG",
      expected:
        "un’immagine png, jpg, webp, avif o gif: un SVG è un documento che può contenere script, e il sito lo pubblicherebbe così com’è",
    });
  }
  if (file.unreadable === "access") {
    return problem({
      found: "un file che non si può leggere (permessi?)",
      expected: "un file leggibile da chi fa la build",
    });
  }
  if (file.unreadable === "size") {
    return problem({
      found: "un file troppo grande per essere un articolo",
      expected: "un articolo di al massimo 200 000 caratteri",
    });
  }
  if (file.unreadable === "encoding") {
    const before = file.text.slice(0, file.text.indexOf("\uFFFD"));
    return problem({
      line: before.split("\n").length,
      found: "caratteri che non sono UTF-8 (il file è salvato come Latin-1 o Windows-1252?)",
      expected: "un file salvato con la codifica UTF-8",
    });
  }
  if (segments.length !== 2 || !extension) {
    return problem({
      expected: `un file direttamente dentro una di queste cartelle: ${COLLECTIONS.map((c) => `${c}/`).join(", ")}`,
    });
  }
  if (!name.endsWith(extension)) {
    return problem({
      found: name.includes(".")
        ? `un file ${name.slice(name.lastIndexOf("."))}`
        : "un file senza estensione",
      expected: `un file ${extension}: ${collection}/ contiene solo file ${extension}`,
    });
  }
  const id = name.slice(0, -extension.length);
  if (!SLUG_PATTERN.test(id)) {
    return problem({
      field: "(nome del file)",
      found: JSON.stringify(id),
      expected:
        "uno slug di sole lettere minuscole, cifre e trattini singoli, senza accenti né spazi (diventa l’indirizzo della pagina)",
    });
  }
  return { kind: "entry", collection, id, extension };
}

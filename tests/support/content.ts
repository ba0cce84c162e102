import { checkContent, type CheckedEntry } from "../../src/lib/content-check";
import { readContentFiles } from "../../src/lib/content-files";
import { publicationStatus, type Publishable } from "../../src/lib/publishing";
import { contentRoot } from "./paths";

/**
 * The site's content as the production build sees it: every entry that is live now (not a
 * draft, not scheduled), by the same rule the catalog applies.
 */
export async function liveEntries(root = contentRoot): Promise<CheckedEntry[]> {
  const { entries } = checkContent(await readContentFiles(root));
  const now = new Date();
  return entries.filter((entry) => publicationStatus(entry.data as Publishable, now) === "live");
}

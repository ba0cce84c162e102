import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const distDir = join(projectRoot, "dist");
export const contentRoot = join(projectRoot, "content");
export const fixturesDir = join(projectRoot, "tests/fixtures");
/** Scratch space for fixture builds; ignored by git. */
export const outputDir = join(projectRoot, "tests/.output");

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { outputDir } from "./paths.ts";

/**
 * Where the global setup (`global-build.ts`) records that its builds are done, with what
 * failed: `{ "failures": [] }`.
 */
export const BUILDS_DONE = join(outputDir, "builds-done.json");

/**
 * Resolves once the global setup's builds are done; rejects with their errors when one
 * failed.
 */
export async function waitForBuilds(): Promise<void> {
  for (;;) {
    const record = await readFile(BUILDS_DONE, "utf8").catch(() => undefined);
    if (record !== undefined) {
      const { failures } = JSON.parse(record) as { failures: string[] };
      if (failures.length > 0) throw new Error(failures.join("\n\n"));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The setup file of every project that reads builds (vitest.config.ts): its test files
 * start once the global setup's builds are done, and fail with their errors when one
 * failed. The unit tests need none and run beside the builds.
 */
import { waitForBuilds } from "./builds-done.ts";

await waitForBuilds();

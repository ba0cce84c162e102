import { defineConfig } from "vitest/config";
import SlowestFirst from "./tests/support/slowest-first.ts";
import {
  authorsContentDir,
  authorsDist,
  extremeContentDir,
  extremeDist,
} from "./tests/support/paths.ts";

/**
 * What holds for any valid content, asserted on a build: run on the site, on an author's
 * copy of it (a case added, an article removed) and on the extreme but valid corpus.
 */
const PROPERTY_TESTS = [
  "tests/build/cards.test.ts",
  "tests/build/content.test.ts",
  "tests/build/feeds.test.ts",
  "tests/build/navigation.test.ts",
  "tests/build/open-data.test.ts",
  "tests/build/search.test.ts",
  "tests/build/share-images.test.ts",
  "tests/build/site.test.ts",
  "tests/build/static-checks.test.ts",
  "tests/build/structured-data.test.ts",
];

/**
 * The builds are made once, by the global setup, for every project that reads them; its files
 * wait for them (`wait-for-builds.ts`), while the unit tests run beside the builds.
 */
const globalSetup = ["tests/support/global-build.ts"];
const setupFiles = ["tests/support/wait-for-builds.ts"];
/**
 * Files share their worker's modules (the site's code, linkedom, axe) instead of importing
 * them again for each file: about a second a file that reads builds, and half the unit
 * project's CPU. No file mocks a module, stubs the environment or keeps state between files
 * but what it reads from disk.
 */
const isolate = false;

export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/time-reporter.ts"],
    // Two files at a time (vitest's default leaves one core idle on a two-core machine): a
    // file that waits on the browser or the disk leaves the core to the other. All projects
    // share the two workers, the slowest files first (vitest's order once it has timings).
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        test: {
          name: "unit",
          isolate,
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "build",
          isolate,
          include: ["tests/build/**/*.test.ts"],
          exclude: ["tests/build/authors-path.test.ts"],
          globalSetup,
          setupFiles,
          // Files that build or run `astro dev` take turns (tests/support/astro-lock.ts).
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The author's copy of content/: the site's properties, and the new case's way in.
        test: {
          name: "authors",
          isolate,
          include: [...PROPERTY_TESTS, "tests/build/authors-path.test.ts"],
          env: { CONTENT_DIR: authorsContentDir, SCHERMO_NERO_DIST: authorsDist },
          globalSetup,
          setupFiles,
          testTimeout: 120_000,
        },
      },
      {
        // Extreme but valid articles, through the same properties and the browser at every width.
        test: {
          name: "extreme",
          isolate,
          include: [...PROPERTY_TESTS, "tests/browser/**/*.test.ts"],
          env: {
            CONTENT_DIR: extremeContentDir,
            SCHERMO_NERO_DIST: extremeDist,
            SCHERMO_NERO_EVERY_PAGE: "1",
          },
          globalSetup,
          setupFiles,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: "browser",
          isolate,
          include: ["tests/browser/**/*.test.ts"],
          globalSetup,
          setupFiles,

          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});

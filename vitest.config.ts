import { defineConfig } from "vitest/config";
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
  "tests/build/search.test.ts",
  "tests/build/share-images.test.ts",
  "tests/build/site.test.ts",
  "tests/build/static-checks.test.ts",
  "tests/build/structured-data.test.ts",
];

/** The builds are made once, by the global setup, for every project that reads them. */
const globalSetup = ["tests/support/global-build.ts"];

export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/time-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          exclude: ["tests/build/authors-path.test.ts"],
          globalSetup,
          // After the unit tests, which need no build.
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The author's copy of content/: the site's properties, and the new case's way in.
        test: {
          name: "authors",
          include: [...PROPERTY_TESTS, "tests/build/authors-path.test.ts"],
          env: { CONTENT_DIR: authorsContentDir, SCHERMO_NERO_DIST: authorsDist },
          globalSetup,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
        },
      },
      {
        // Extreme but valid articles, through the same properties and the browser at every width.
        test: {
          name: "extreme",
          include: [...PROPERTY_TESTS, "tests/browser/**/*.test.ts"],
          env: {
            CONTENT_DIR: extremeContentDir,
            SCHERMO_NERO_DIST: extremeDist,
            SCHERMO_NERO_EVERY_PAGE: "1",
          },
          globalSetup,
          sequence: { groupOrder: 2 },
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup,
          // After the builds: the browser needs both cores.
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
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
          // One real production build, shared by every file of this project.
          globalSetup: ["tests/support/global-build.ts"],
          // Builds share Astro's caches and the CPU: one file at a time, after the unit tests.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          // The same single build (the setup skips a second run in the same process).
          globalSetup: ["tests/support/global-build.ts"],
          // After the build project: the browser needs both cores, not a fixture build beside it.
          sequence: { groupOrder: 2 },
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});

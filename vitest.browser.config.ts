import { defineConfig } from "vitest/config";

/** `npm run test:browser`: the playground in a real Chromium (see test/helpers/browser.ts). */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One `npm start` and one browser at a time: a 2-core machine.
    fileParallelism: false,
  },
});

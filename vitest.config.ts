import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real-browser tests need Chromium: `npm run test:browser` (vitest.browser.config.ts).
    exclude: ["test/browser/**", "node_modules/**"],
    // cdk synth and esbuild bundling are slow on a 2-core machine; DynamoDB calls go to in-process dynalite.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

// @ts-check
/**
 * `npm run mutation`: Stryker mutates the domain and the bot and runs, for each mutant, only the
 * tests that executed the mutated code in the initial run (`coverageAnalysis: "perTest"`).
 * Scope a run with `npm run mutation -- --mutate "functions/domain/routing.ts"`.
 *
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts" },
  coverageAnalysis: "perTest",
  mutate: [
    "functions/domain/**/*.ts",
    "functions/bot/**/*.ts",
    // Ports and types only: nothing to mutate, and no "n/a" rows in the report.
    "!functions/domain/enquiry-lookups.ts",
    "!functions/domain/translation.ts",
    "!functions/domain/user-preferences.ts",
    "!functions/bot/context.ts",
  ],
  // A mutant is active only inside the test runner's process, so tests that drive the bot in a
  // child process (`npm run serve`, `npm start`, the bundled function, the operator scripts) or
  // test the CDK template cannot kill one. The fault-injection tests repeat the dialogue tests'
  // outcomes under failures, many times over: they would multiply the run time, not the kills.
  // The translation-key test reads the source files, which Stryker has rewritten in its sandbox.
  testFiles: [
    "test/functions/{domain,notifier,reminders,webhook}/**/*.test.ts",
    "test/functions/bot/!(translation-keys).test.ts",
    "test/content/**/*.test.ts",
    "test/fuzz/**/*.test.ts",
  ],
  // Mutants in code that runs only while modules load (word lists, tables, schemas) would each
  // need a fresh module graph and every test: about 80 s apiece here. They are reported as
  // "Ignored" and left out of the score; code that runs both at load and in tests is still tested.
  ignoreStatic: true,
  // Two cores on the machines this runs on; each worker runs vitest with one thread.
  concurrency: 2,
  // Reruns test only mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 70, break: null },
  // The dialogue tests start dynalite and a fake Bot API per file; a busy machine needs slack.
  timeoutMS: 10_000,
  dryRunTimeoutMinutes: 20,
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["cdk.out", "coverage", "test-results", "bench/out", ".local-data", "reports"],
};

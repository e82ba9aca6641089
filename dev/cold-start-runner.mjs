// Runs in a fresh Node process (benchmark and bundle test): import one bundle and hand it one /start update, as a cold
// Lambda would. The parent measures this whole process's wall time.
const [bundlePath, eventJson] = process.argv.slice(2);
const { handler } = await import(bundlePath);
const context = { getRemainingTimeInMillis: () => 20_000, functionName: "bench", awsRequestId: "bench" };
const result = await handler(JSON.parse(eventJson), context);
if (result.statusCode !== 200) {
  console.error(`handler answered ${result.statusCode}`);
  process.exit(1);
}
process.exit(0);

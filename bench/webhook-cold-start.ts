import { spawn } from "node:child_process";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { coldStartRunner, repositoryPath, sandboxEvent, SANDBOX_TOKEN, startLambdaSandbox } from "../dev/lambda-sandbox.ts";
import { textMessageUpdate } from "../dev/telegram-updates.ts";
import { writeAnalysedContent } from "../scripts/build-search-index.ts";
import type { Bundle, BundleName } from "./bundles.ts";
import { median, ratio } from "./stats.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function timeProcess(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk) => (errors += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`exit ${code}: ${errors.slice(-2000)}`))));
  });
}

/** Cold start of the bundled webhook function (from `buildBundles`), beside a bare grammY + DynamoDB webhook. */
export async function benchWebhookColdStart(out: string, built: Record<BundleName, Bundle>): Promise<string[]> {
  const bundles = { baseline: built.baseline.file, webhook: built.webhook.file };

  // The content as a deployment package has it: copied, with its search terms computed at build time.
  const contentDir = join(out, "content");
  cpSync(repositoryPath("content"), contentDir, { recursive: true });
  writeAnalysedContent(contentDir);
  const sandbox = await startLambdaSandbox({ contentDir });
  const env = { ...sandbox.env, BENCH_BOT_TOKEN: SANDBOX_TOKEN };
  const event = (userId: number, text = "/start") => sandboxEvent(textMessageUpdate({ id: userId, first_name: "Bench", language_code: "de" }, text));

  const times = { node: [] as number[], baseline: [] as number[], webhook: [] as number[], question: [] as number[] };
  // Interleaved, so that a slow moment of the machine hits all three alike.
  for (let run = 0; run < RUNS; run++) {
    times.node.push(await timeProcess(["-e", ""], env));
    times.baseline.push(await timeProcess([coldStartRunner, bundles.baseline, event(run + 1)], env));
    times.webhook.push(await timeProcess([coldStartRunner, bundles.webhook, event(run + 1)], env));
    times.question.push(await timeProcess([coldStartRunner, bundles.webhook, event(10_000 + run, "Wie kann ich mich ehrenamtlich engagieren?")], env));
  }
  const sent = sandbox.api.callsTo("sendMessage").length;
  await sandbox.close();
  if (sent !== 3 * RUNS) throw new Error(`expected ${3 * RUNS} replies, the fake Bot API saw ${sent}`);

  const node = median(times.node);
  const baseline = median(times.baseline);
  const webhook = median(times.webhook);
  const question = median(times.question);
  return [
    `Webhook cold start (the bundle above, ${RUNS} cold runs each, medians)`,
    `  cold /start, process ${webhook.toFixed(0).padStart(5)} ms   baseline ${baseline.toFixed(0).padStart(5)} ms   ${ratio(webhook, baseline)}  (target ≤ 1.50×)`,
    `  added to bare node   ${(webhook - node).toFixed(0).padStart(5)} ms   baseline ${(baseline - node).toFixed(0).padStart(5)} ms   ${ratio(webhook - node, baseline - node)}  (bare node ${node.toFixed(0)} ms)`,
    `  cold free-text question ${question.toFixed(0).padStart(3)} ms   cold /start ${webhook.toFixed(0).padStart(5)} ms   the index adds ${(question - webhook).toFixed(0)} ms to a cold start that answers a question (target ≤ 20 ms), nothing to one that does not`,
  ];
}

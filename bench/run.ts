import { mkdtempSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { buildBundles, bundleReport } from "./bundles.ts";
import { benchCoordinatorNotifications } from "./coordinator-notifications.ts";
import { benchEnquiryDialogue } from "./enquiry-dialogue.ts";
import { benchKnowledgeSearch } from "./knowledge-search.ts";
import { benchWebhookColdStart } from "./webhook-cold-start.ts";

/** `npm run bench`: every figure is printed beside a baseline measured in the same run. */
async function main() {
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
  const out = mkdtempSync(join(tmpdir(), "engagement-bot-bench-"));
  const bundles = await buildBundles(out);
  for (const line of bundleReport(bundles)) console.log(line);
  console.log("");
  for (const line of await benchWebhookColdStart(out, bundles)) console.log(line);
  console.log("");
  for (const line of benchKnowledgeSearch()) console.log(line);
  console.log("");
  for (const line of await benchEnquiryDialogue()) console.log(line);
  console.log("");
  for (const line of await benchCoordinatorNotifications()) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

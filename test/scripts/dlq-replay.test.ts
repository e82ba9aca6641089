import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeSqs } from "../../dev/fake-sqs.ts";
import { enquiryFrom, newDraft, type EnquiryDraft } from "../../functions/domain/enquiry-dialogue.ts";
import { createNotifierRuntime } from "../../functions/notifier/notifier-runtime.ts";
import { listWaitingEnquiries } from "../../functions/notifier/post-waiting.ts";
import { notifierFor, startWebhookHarness, TEST_TOKEN, type WebhookHarness } from "../helpers/webhook-harness.ts";

const run = promisify(execFile);
const GROUP = -1009876543210;
let harness: WebhookHarness;
let sqs: Awaited<ReturnType<typeof startFakeSqs>>;
let notifier: ReturnType<typeof createNotifierRuntime>;
let sequence = 0;

beforeAll(async () => {
  harness = await startWebhookHarness();
  sqs = await startFakeSqs();
  notifier = notifierFor(harness, GROUP);
});
afterAll(async () => {
  await sqs.close();
  await harness.close();
});
beforeEach(async () => {
  harness.api.reset();
  // Each test starts with nothing waiting: whatever an earlier test left is posted first.
  for (const enquiry of await listWaitingEnquiries(notifier.store)) await notifier.notifyNewEnquiry(enquiry.id);
  harness.api.reset();
});

const replay = (...args: string[]) =>
  run(process.execPath, ["--import", "tsx", "scripts/dlq-replay.ts", ...args], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_NO_WARNINGS: "1",
      AWS_REGION: "eu-central-1",
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_ENDPOINT_URL_SQS: sqs.endpoint,
      DEAD_LETTER_QUEUE_URL: sqs.queueUrl,
      DYNAMODB_ENDPOINT: harness.dynamoDbEndpoint,
      TABLE_NAME: harness.tableName,
      COORDINATOR_CHAT_ID: String(GROUP),
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: harness.api.apiRoot,
    },
  });

/** An enquiry stored by the dialogue whose post to the coordinators' group failed for a day. */
async function enquiryTheStreamGaveUpOn() {
  sequence += 1;
  const draft: EnquiryDraft = {
    ...newDraft(`dlq${Date.now().toString(16)}${sequence}`.slice(-16), new Date()),
    type: "volunteer",
    topic: "get-involved",
    district: "Mitte",
    language: "de",
    contact: { channel: "telegram" },
    question: "Ich möchte Deutsch unterrichten.",
    consentAt: new Date().toISOString(),
    step: "summary",
  };
  const { enquiry } = await notifier.store.create(enquiryFrom(draft, 777_000 + sequence, `D-2026-${String(sequence).padStart(5, "0")}`, new Date()));
  sqs.send({ requestContext: { condition: "RetryAttemptsExhausted" }, DDBStreamBatchInfo: { batchSize: 1, shardId: "shardId-1" } });
  return enquiry;
}

describe("npm run dlq:replay", () => {
  it("posts every enquiry the notifier gave up on, once, and then empties the dead-letter queue", async () => {
    const first = await enquiryTheStreamGaveUpOn();
    const second = await enquiryTheStreamGaveUpOn();

    const { stdout } = await replay();

    expect(stdout).toContain(`Posted 2 enquiries to the coordinators' group: ${first.reference}, ${second.reference}.`);
    expect(stdout).toContain("Removed 2 dead letters");
    expect(harness.api.callsTo("createForumTopic").map((call) => call.payload.name)).toEqual([
      expect.stringContaining(first.reference),
      expect.stringContaining(second.reference),
    ]);
    expect(sqs.depth).toBe(0);
    expect((await notifier.store.get(first.id))?.coordination?.cardMessageId).toBeDefined();

    // A second run finds nothing to do and posts nothing twice.
    const again = await replay();
    expect(again.stdout).toContain("Posted 0 enquiries");
    expect(harness.api.callsTo("createForumTopic")).toHaveLength(2);
  });

  it("keeps the dead letters and says which enquiries failed when Telegram still refuses", async () => {
    const enquiry = await enquiryTheStreamGaveUpOn();
    harness.api.failNext("createForumTopic", { error_code: 403, description: "Forbidden: bot was kicked from the supergroup chat" }, 5);

    const failure = await replay().then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );

    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`1 could not be posted (${enquiry.reference})`);
    expect(sqs.depth).toBe(1);
    expect((await listWaitingEnquiries(notifier.store)).map((waiting) => waiting.id)).toContain(enquiry.id);
  });

  it("with --dry-run lists what is waiting by reference and posts nothing", async () => {
    const enquiry = await enquiryTheStreamGaveUpOn();

    const { stdout } = await replay("--dry-run");

    expect(stdout).toContain(`enquiries waiting to be posted: ${enquiry.reference}`);
    expect(stdout).not.toContain("Ich möchte Deutsch unterrichten");
    expect(harness.api.callsTo("createForumTopic")).toHaveLength(0);
  });

  it("names what is missing from its configuration", async () => {
    const failure = await run(process.execPath, ["--import", "tsx", "scripts/dlq-replay.ts"], { env: { PATH: process.env.PATH ?? "", NODE_NO_WARNINGS: "1" } }).catch(
      (error: { stderr: string }) => error,
    );
    expect((failure as { stderr: string }).stderr).toMatch(/DEAD_LETTER_QUEUE_URL is missing.*TABLE_NAME is missing/);
  });
});

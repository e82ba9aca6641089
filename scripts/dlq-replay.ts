import { Logger } from "@aws-lambda-powertools/logger";
import { DeleteMessageBatchCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { z } from "zod";
import { parseEnvironment } from "../functions/config.ts";
import { createNotifierRuntime } from "../functions/notifier/notifier-runtime.ts";
import { listWaitingEnquiries, postWaitingEnquiries } from "../functions/notifier/post-waiting.ts";
import { createDynamoDbClients } from "../functions/store/dynamodb-client.ts";
import { DynamoDbEnquiryStore } from "../functions/store/enquiry-store.ts";
import { readBotSecret } from "../functions/runtime/bot-secret.ts";

const environmentSchema = z.object({
  DEAD_LETTER_QUEUE_URL: z.url(),
  TABLE_NAME: z.string().min(1),
  COORDINATOR_CHAT_ID: z.coerce.number().int(),
  BOT_SECRET_ARN: z.string().startsWith("arn:").optional(),
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  DYNAMODB_ENDPOINT: z.url().optional(),
});

/** Most dead letters one replay takes; a larger backlog is replayed by running it again. */
const MAX_DEAD_LETTERS = 1_000;

/**
 * `npm run dlq:replay [-- --dry-run]`: posts the enquiries the notifier gave up on.
 *
 * A stream's dead letter names only the shard and sequence numbers of the failed batch, and the
 * stream keeps records for just a day, so the records themselves are usually gone. The table is
 * the truth instead: every enquiry stored but never posted is posted now, through the same
 * notifier. Only when all of them went through are the dead letters deleted; they were taken
 * before posting, so a letter that arrives meanwhile stays for the next run.
 */
async function main(dryRun: boolean) {
  const environment = parseEnvironment(environmentSchema, process.env);
  const sqs = new SQSClient({});
  const { documentClient } = createDynamoDbClients(environment.DYNAMODB_ENDPOINT ? { endpoint: environment.DYNAMODB_ENDPOINT } : {});

  if (dryRun) {
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: environment.DEAD_LETTER_QUEUE_URL, AttributeNames: ["ApproximateNumberOfMessages"] }),
    );
    const waiting = await listWaitingEnquiries(new DynamoDbEnquiryStore(documentClient, environment.TABLE_NAME));
    console.log(`${Attributes?.ApproximateNumberOfMessages ?? "?"} dead letters; ${waiting.length} enquiries waiting to be posted: ${waiting.map((enquiry) => enquiry.reference).join(", ") || "none"}.`);
    return;
  }

  const letters = await receiveDeadLetters(sqs, environment.DEAD_LETTER_QUEUE_URL);
  const token = environment.BOT_SECRET_ARN ? (await readBotSecret(environment.BOT_SECRET_ARN)).botToken : environment.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error("Configuration error: set BOT_SECRET_ARN (the stack's BotSecretArn output), or TELEGRAM_BOT_TOKEN");
  const { store, notifyNewEnquiry } = createNotifierRuntime({
    token,
    apiRoot: environment.TELEGRAM_API_ROOT,
    tableName: environment.TABLE_NAME,
    documentClient,
    coordinatorChatId: environment.COORDINATOR_CHAT_ID,
    logger: new Logger({ logLevel: "WARN" }),
  });
  const round = await postWaitingEnquiries(store, notifyNewEnquiry, (enquiry, error) =>
    console.error(`${enquiry.reference}: ${error instanceof Error ? error.message : String(error)}`),
  );
  console.log(`Posted ${round.posted.length} enquiries to the coordinators' group${round.posted.length ? `: ${round.posted.join(", ")}` : ""}.`);
  if (round.failed.length > 0) {
    console.error(`${round.failed.length} could not be posted (${round.failed.join(", ")}); the ${letters.length} dead letters stay in the queue. Fix the cause (RUNBOOK.md) and run again.`);
    process.exitCode = 1;
    return;
  }
  await deleteDeadLetters(sqs, environment.DEAD_LETTER_QUEUE_URL, letters);
  console.log(`Removed ${letters.length} dead letters from the queue.`);
}

async function receiveDeadLetters(sqs: SQSClient, queueUrl: string) {
  const receipts: string[] = [];
  while (receipts.length < MAX_DEAD_LETTERS) {
    // Hidden for 15 minutes, long enough to post a backlog at Telegram's pace into one group.
    const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 900, WaitTimeSeconds: 1 }));
    if (Messages.length === 0) break;
    receipts.push(...Messages.flatMap((message) => (message.ReceiptHandle ? [message.ReceiptHandle] : [])));
  }
  return receipts;
}

async function deleteDeadLetters(sqs: SQSClient, queueUrl: string, receipts: string[]) {
  for (let start = 0; start < receipts.length; start += 10) {
    const entries = receipts.slice(start, start + 10).map((ReceiptHandle, index) => ({ Id: String(start + index), ReceiptHandle }));
    const { Failed = [] } = await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
    if (Failed.length > 0) throw new Error(`Could not delete ${Failed.length} dead letters: ${Failed.map((failure) => failure.Message).join("; ")}`);
  }
}

main(process.argv.includes("--dry-run")).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

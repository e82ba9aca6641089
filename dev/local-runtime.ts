import type { Logger } from "@aws-lambda-powertools/logger";
import type { LocalEnvironment } from "../functions/config.ts";
import { createNotifierRuntime } from "../functions/notifier/notifier-runtime.ts";
import { createReminderRuntime } from "../functions/reminders/reminder-runtime.ts";
import { notifierRuntimeOptions, reminderRuntimeOptions, webhookRuntimeOptions, type RuntimeConnections } from "../functions/runtime/runtime-options.ts";
import { createDynamoDbClients } from "../functions/store/dynamodb-client.ts";
import { createWebhookRuntime, type WebhookRuntime } from "../functions/webhook/webhook-runtime.ts";
import { FakeTranslator } from "./fake-translator.ts";
import { ensureTable, startLocalDynamoDb } from "./local-dynamodb.ts";
import { startOutboxPoll } from "./outbox.ts";

export interface LocalRuntimeOptions {
  environment: LocalEnvironment;
  token: string;
  webhookSecret: string;
  apiRoot: string;
  logger: Logger;
  /** Keep the embedded DynamoDB in memory instead of `LOCAL_DATA_DIR` (tests, benchmarks). */
  inMemory?: boolean;
}

export interface LocalRuntime extends WebhookRuntime {
  dynamoDbEndpoint: string;
  /** Posts new enquiries to the coordinators' group, as the stream-fed notifier does in AWS. */
  outbox: ReturnType<typeof startOutboxPoll>;
  close(): Promise<void>;
}

/**
 * The webhook's wiring on one machine: DynamoDB is `DYNAMODB_ENDPOINT` when set, else an embedded
 * dynalite; the table is created with the stack's keys and indexes when it is missing. The
 * runtimes get their options from the environment exactly as the Lambda functions do
 * (`functions/runtime/runtime-options.ts`).
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const { environment } = options;
  const embedded = environment.DYNAMODB_ENDPOINT
    ? undefined
    : await startLocalDynamoDb({ dataDir: options.inMemory ? undefined : environment.LOCAL_DATA_DIR });
  const endpoint = environment.DYNAMODB_ENDPOINT ?? embedded!.endpoint;
  const { client, documentClient } = createDynamoDbClients({ endpoint });
  await ensureTable(client, environment.TABLE_NAME);

  const connections: RuntimeConnections = {
    secret: { botToken: options.token, webhookSecret: options.webhookSecret },
    apiRoot: options.apiRoot,
    client,
    documentClient,
    logger: options.logger,
  };
  const runtime = createWebhookRuntime(await webhookRuntimeOptions(environment, connections, { fakeTranslator: new FakeTranslator() }));
  const notifier = createNotifierRuntime(notifierRuntimeOptions(environment, connections));
  const outbox = startOutboxPoll(notifier.store, notifier.notifyNewEnquiry, options.logger, undefined, notifier.eraseExpiredEnquiry);
  // What EventBridge runs every half hour in AWS; here every minute, when OFFICE_SCHEDULE is set.
  const sendDueReminders = createReminderRuntime(reminderRuntimeOptions(environment, connections));
  const reminderTimer = environment.OFFICE_SCHEDULE ? setInterval(() => void sendDueReminders().catch(() => undefined), 60_000) : undefined;
  return {
    ...runtime,
    dynamoDbEndpoint: endpoint,
    outbox,
    close: async () => {
      clearInterval(reminderTimer);
      await outbox.stop();
      client.destroy();
      await embedded?.close();
    },
  };
}

/** Lambda gives the webhook 20 s; local requests get the same budget for the idempotency record. */
export function localInvocationContext(budgetMs = 20_000) {
  const deadline = Date.now() + budgetMs;
  return { getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()) };
}

/**
 * Runs `stop` once, then exits, when the process is told to end: Ctrl+C (SIGINT, which a terminal
 * sends to npm and to us alike, so it may come twice), SIGTERM (a process manager, or npm
 * forwarding the one sent to its own PID) or SIGHUP (the terminal closed). Also when the parent
 * goes away without a word (killed with SIGKILL): an orphaned server would keep its port and the
 * embedded DynamoDB's files. A stop that hangs still ends the process after `graceMs`.
 */
export function endWithParent(stop: () => Promise<void> | void, graceMs = 5_000): void {
  let stopping = false;
  const end = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), graceMs).unref();
    void Promise.resolve()
      .then(stop)
      .catch((error: unknown) => console.error(error instanceof Error ? error.message : error))
      .finally(() => process.exit(0));
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, end);
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) end();
  }, 1_000).unref();
}

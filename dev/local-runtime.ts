import type { Logger } from "@aws-lambda-powertools/logger";
import { botInfoFrom, fetchBotInfo } from "../functions/bot/create-bot.ts";
import { botIdFromToken, enquirySettingsFrom, type LocalEnvironment } from "../functions/config.ts";
import { createDynamoDbClients } from "../functions/store/dynamodb-client.ts";
import { createWebhookRuntime, type WebhookRuntime } from "../functions/webhook/webhook-runtime.ts";
import { createNotifierRuntime } from "../functions/notifier/notifier-runtime.ts";
import { createReminderRuntime } from "../functions/reminders/reminder-runtime.ts";
import { startOutboxPoll } from "./outbox.ts";
import { FakeTranslator } from "./fake-translator.ts";
import { AmazonTranslator } from "../functions/translation/amazon-translator.ts";
import { ensureTable, startLocalDynamoDb } from "./local-dynamodb.ts";

export interface LocalRuntimeOptions {
  environment: LocalEnvironment;
  token: string;
  webhookSecret: string;
  apiRoot: string;
  logger: Logger;
  /** Keep the embedded DynamoDB in memory instead of `LOCAL_DATA_DIR` (tests, benchmarks). */
  inMemory?: boolean;
  /** The coordinators' group when COORDINATOR_CHAT_ID is not set (the terminal chat's fake group). */
  coordinatorChatId?: number;
}

export interface LocalRuntime extends WebhookRuntime {
  dynamoDbEndpoint: string;
  /** Posts new enquiries to the coordinators' group, as the stream-fed notifier does in AWS. */
  outbox: ReturnType<typeof startOutboxPoll>;
  close(): Promise<void>;
}

/**
 * The webhook's wiring on one machine: DynamoDB is `DYNAMODB_ENDPOINT` when set, else an embedded
 * dynalite; the table is created with the stack's keys and indexes when it is missing.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const { environment } = options;
  const embedded = environment.DYNAMODB_ENDPOINT
    ? undefined
    : await startLocalDynamoDb({ dataDir: options.inMemory ? undefined : environment.LOCAL_DATA_DIR });
  const endpoint = environment.DYNAMODB_ENDPOINT ?? embedded!.endpoint;
  const { client, documentClient } = createDynamoDbClients({ endpoint });
  await ensureTable(client, environment.TABLE_NAME);

  const botInfo = environment.TELEGRAM_BOT_USERNAME
    ? botInfoFrom(botIdFromToken(options.token), environment.TELEGRAM_BOT_USERNAME)
    : await fetchBotInfo(options.token, options.apiRoot);

  const runtime = createWebhookRuntime({
    token: options.token,
    webhookSecret: options.webhookSecret,
    botInfo,
    apiRoot: options.apiRoot,
    tableName: environment.TABLE_NAME,
    client,
    documentClient,
    localesDir: environment.LOCALES_DIR,
    contentDir: environment.CONTENT_DIR,
    enquirySettings: enquirySettingsFrom(environment),
    coordinatorChatId: environment.COORDINATOR_CHAT_ID ?? options.coordinatorChatId,
    ...(environment.TRANSLATION === "fake" ? { translator: new FakeTranslator() } : environment.TRANSLATION === "amazon" ? { translator: new AmazonTranslator() } : {}),
    logger: options.logger,
  });
  const notifier = createNotifierRuntime({
    token: options.token,
    apiRoot: options.apiRoot,
    tableName: environment.TABLE_NAME,
    documentClient,
    coordinatorChatId: environment.COORDINATOR_CHAT_ID ?? options.coordinatorChatId,
    localesDir: environment.LOCALES_DIR,
    contentDir: environment.CONTENT_DIR,
    retentionDays: enquirySettingsFrom(environment).retentionDays,
    logger: options.logger,
  });
  const outbox = startOutboxPoll(notifier.store, notifier.notifyNewEnquiry, options.logger, undefined, notifier.eraseExpiredEnquiry);
  // What EventBridge runs every half hour in AWS; here every minute, when OFFICE_SCHEDULE is set.
  const sendDueReminders = createReminderRuntime({
    token: options.token,
    apiRoot: options.apiRoot,
    tableName: environment.TABLE_NAME,
    documentClient,
    officeSchedule: environment.OFFICE_SCHEDULE,
    timeZone: environment.OFFICE_TIME_ZONE,
    settings: { firstAnswerWorkingHours: environment.FIRST_ANSWER_WORKING_HOURS, reassureAfterWorkingHours: environment.REASSURE_AFTER_WORKING_HOURS },
    localesDir: environment.LOCALES_DIR,
    contentDir: environment.CONTENT_DIR,
    logger: options.logger,
  });
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

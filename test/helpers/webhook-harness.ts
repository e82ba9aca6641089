import { Logger } from "@aws-lambda-powertools/logger";
import { createNotifierRuntime } from "../../functions/notifier/notifier-runtime.ts";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { Update } from "grammy/types";
import { botInfoFrom } from "../../functions/bot/create-bot.ts";
import type { EnquirySettings } from "../../functions/bot/features/enquiry.ts";
import type { Translator } from "../../functions/domain/translation.ts";
import { enquirySettingsFrom, localEnvironmentSchema, parseEnvironment } from "../../functions/config.ts";
import { createDynamoDbClients } from "../../functions/store/dynamodb-client.ts";
import type { WebhookRequest } from "../../functions/webhook/request.ts";
import { createWebhookRuntime } from "../../functions/webhook/webhook-runtime.ts";
import { FakeBotApi } from "../../dev/fake-bot-api.ts";
import { ensureTable, startLocalDynamoDb } from "../../dev/local-dynamodb.ts";
import { localInvocationContext } from "../../dev/local-runtime.ts";
import { NetworkCut } from "./network-cut.ts";
import { DynamoDbEnquiryStore } from "../../functions/store/enquiry-store.ts";
import { DynamoDbUserPreferencesStore } from "../../functions/store/user-preferences-store.ts";

export const TEST_SECRET = "test-webhook-secret-0123456789";
export const TEST_TOKEN = "1000001:test-placeholder-token-for-fake-bot-api";
const TABLE_NAME = "engagement-bot-test";

/**
 * The webhook as it runs in Lambda, on real parts: dynalite (reached through a proxy that a test
 * can cut), a fake Bot API over HTTP, and the repository's translations.
 */
export async function startWebhookHarness(
  options: { enquirySettings?: Partial<EnquirySettings>; coordinatorChatId?: number; translator?: Translator; now?: () => Date; logger?: Logger } = {},
) {
  const dynamoDb = await startLocalDynamoDb();
  const { port } = new URL(dynamoDb.endpoint);
  const network = new NetworkCut({ host: "127.0.0.1", port: Number(port) });
  await network.open();
  // Two attempts, as few as still lets the SDK replace a pooled connection that an outage broke.
  const { client, documentClient } = createDynamoDbClients({ endpoint: network.endpoint, maxAttempts: 2, requestTimeoutMs: 1_000 });
  await ensureTable(client, TABLE_NAME);
  const api = await new FakeBotApi({ id: 1000001, username: "test_engagement_bot" }).start();
  const logger = options.logger ?? new Logger({ serviceName: "test", // TEST_LOG_LEVEL=DEBUG shows the bot's logs while debugging a test.
    logLevel: (process.env.TEST_LOG_LEVEL ?? "SILENT") as "SILENT" });
  const runtime = createWebhookRuntime({
    token: TEST_TOKEN,
    webhookSecret: TEST_SECRET,
    botInfo: botInfoFrom(1000001, "test_engagement_bot"),
    apiRoot: api.apiRoot,
    tableName: TABLE_NAME,
    client,
    documentClient,
    logger,
    // The defaults a newcomer gets, unless a test needs other limits.
    enquirySettings: { ...enquirySettingsFrom(parseEnvironment(localEnvironmentSchema, {})), ...options.enquirySettings },
    ...(options.coordinatorChatId !== undefined ? { coordinatorChatId: options.coordinatorChatId } : {}),
    ...(options.translator ? { translator: options.translator } : {}),
    ...(options.now ? { now: options.now } : {}),
  });

  const request = (body: string, overrides: Partial<WebhookRequest> = {}): WebhookRequest => ({
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TEST_SECRET },
    body,
    isBase64Encoded: false,
    ...overrides,
  });

  return {
    api,
    network,
    /** dynalite itself, not through the proxy. */
    dynamoDbEndpoint: dynamoDb.endpoint,
    /** The SDK client under every DynamoDB call of the bot and of the idempotency layer. */
    dynamoDbClient: client,
    documentClient,
    tableName: TABLE_NAME,
    request,
    send: (raw: WebhookRequest) => runtime.handle(raw, localInvocationContext()),
    deliver: (update: Update) => runtime.handle(request(JSON.stringify(update)), localInvocationContext()),
    /** A person's enquiries, newest first, as the bot's own store reads them. */
    enquiriesOf: (enquirerId: number) => new DynamoDbEnquiryStore(documentClient, TABLE_NAME).listByEnquirer(enquirerId, { includeExpired: true }),
    /** What the bot keeps about a person between messages (language, draft), as its store reads it. */
    stateOf: (userId: number) => new DynamoDbUserPreferencesStore(documentClient, TABLE_NAME).get(userId),
    /** Every item in the table, for checking that nothing of a person is left. */
    scan: async () => (await documentClient.send(new ScanCommand({ TableName: TABLE_NAME }))).Items ?? [],
    /** Texts the bot sent or edited into chat `chatId`, in order. */
    textsTo: (chatId: number) =>
      api.calls
        .filter((call) => (call.method === "sendMessage" || call.method === "editMessageText") && call.payload.chat_id === chatId && !call.error)
        .map((call) => String(call.payload.text)),
    close: async () => {
      await network.cut();
      client.destroy();
      await api.stop();
      await dynamoDb.close();
    },
  };
}

export type WebhookHarness = Awaited<ReturnType<typeof startWebhookHarness>>;

/** The notifier wired to this harness's table and fake Bot API, posting into `coordinatorChatId`. */
export function notifierFor(harness: WebhookHarness, coordinatorChatId: number) {
  return createNotifierRuntime({
    token: TEST_TOKEN,
    apiRoot: harness.api.apiRoot,
    tableName: harness.tableName,
    documentClient: harness.documentClient,
    coordinatorChatId,
    logger: new Logger({ logLevel: "SILENT" }),
  });
}

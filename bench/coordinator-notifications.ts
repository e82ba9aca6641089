import { performance } from "node:perf_hooks";
import { Logger } from "@aws-lambda-powertools/logger";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { localEnvironmentSchema, parseEnvironment } from "../functions/config.ts";
import { newDraft, type EnquiryDraft } from "../functions/domain/enquiry-dialogue.ts";
import { createDynamoDbClients } from "../functions/store/dynamodb-client.ts";
import { DynamoDbUserPreferencesStore } from "../functions/store/user-preferences-store.ts";
import { FakeBotApi } from "../dev/fake-bot-api.ts";
import { createFunctionUrlServer, listen } from "../dev/function-url-server.ts";
import { startLocalDynamoDb } from "../dev/local-dynamodb.ts";
import { startLocalRuntime } from "../dev/local-runtime.ts";
import { callbackQueryUpdate } from "../dev/telegram-updates.ts";
import { ratio } from "./stats.ts";

const ENQUIRIES = Number(process.env.BENCH_ENQUIRIES ?? 1000);
const CONCURRENCY = 50;
const GROUP = -1009999999999;
const SECRET = "bench-webhook-secret-0123456789";

async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/**
 * 1,000 people press "Send" at about the same time, through `npm run serve`'s HTTP server, against
 * dynalite and the fake Bot API; the local notifier (the outbox poll that stands in for the
 * stream) posts them. Measured: time until every enquiry has its topic and card, with none lost
 * and none doubled, beside 1,000 plain PutItem calls to the same dynalite.
 */
export async function benchCoordinatorNotifications(): Promise<string[]> {
  const dynamoDb = await startLocalDynamoDb();
  const api = await new FakeBotApi({ id: 1000001, username: "bench_engagement_bot" }).start();
  const environment = parseEnvironment(localEnvironmentSchema, {
    DYNAMODB_ENDPOINT: dynamoDb.endpoint,
    TABLE_NAME: "bench-notifications",
    TELEGRAM_BOT_USERNAME: "bench_engagement_bot",
    COORDINATOR_CHAT_ID: String(GROUP),
    MAX_OPEN_ENQUIRIES: "50",
    MAX_ENQUIRIES_PER_DAY: "100",
  });
  const runtime = await startLocalRuntime({
    environment,
    token: "1000001:placeholder-token-for-the-benchmark",
    webhookSecret: SECRET,
    apiRoot: api.apiRoot,
    logger: new Logger({ logLevel: "SILENT" }),
  });
  const server = createFunctionUrlServer(runtime.handle);
  const port = await listen(server, 0);

  // Everyone has written their enquiry and sees the summary.
  const { client, documentClient } = createDynamoDbClients({ endpoint: dynamoDb.endpoint });
  const preferences = new DynamoDbUserPreferencesStore(documentClient, environment.TABLE_NAME);
  const people = Array.from({ length: ENQUIRIES }, (_, index) => 900_000 + index);
  await inParallel(people, async (userId) => {
    const draft: EnquiryDraft = {
      ...newDraft(userId.toString(16).padStart(16, "0"), new Date()),
      step: "summary",
      type: "volunteer",
      topic: "get-involved",
      district: null,
      language: "de",
      contact: { channel: "telegram" },
      question: `Frage ${userId}`,
      consentAt: new Date().toISOString(),
    };
    await preferences.saveDraft(userId, draft, new Date(Date.now() + 3_600_000));
  });

  const started = performance.now();
  await inParallel(people, async (userId) => {
    const response = await fetch(`http://127.0.0.1:${port}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(callbackQueryUpdate({ id: userId, first_name: "Bench" }, "eq:send", 1)),
    });
    if (response.status !== 200) throw new Error(`send answered ${response.status}`);
  });
  const sent = performance.now() - started;
  while (api.callsTo("sendMessage").filter((call) => call.payload.chat_id === GROUP).length < ENQUIRIES) {
    if (performance.now() - started > 600_000) throw new Error("not every enquiry was posted within 10 minutes");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const posted = performance.now() - started;
  const topics = api.callsTo("createForumTopic").length;
  const cards = api.callsTo("sendMessage").filter((call) => call.payload.chat_id === GROUP);
  const distinct = new Set(cards.map((call) => String(call.payload.text).match(/A-\d{4}-\d{5}/)?.[0])).size;

  const baselineStarted = performance.now();
  await inParallel(people, (userId) => documentClient.send(new PutCommand({ TableName: environment.TABLE_NAME, Item: { pk: `BENCH#${userId}`, sk: "X", question: `Frage ${userId}` } })));
  const baseline = performance.now() - baselineStarted;

  server.close();
  client.destroy();
  await runtime.close();
  await api.stop();
  await dynamoDb.close();
  if (topics !== ENQUIRIES || distinct !== ENQUIRIES || cards.length !== ENQUIRIES) {
    throw new Error(`expected ${ENQUIRIES} topics and cards, got ${topics} topics, ${cards.length} cards (${distinct} distinct)`);
  }
  return [
    `Coordinator notifications (${ENQUIRIES} enquiries sent at once through npm run serve's HTTP server, ${CONCURRENCY} at a time)`,
    `  all sent (HTTP 200)           ${(sent / 1000).toFixed(1).padStart(6)} s`,
    `  all posted (topic + card)     ${(posted / 1000).toFixed(1).padStart(6)} s   ${topics} topics, ${cards.length} cards, ${distinct} distinct: none lost, none doubled`,
    `  baseline: ${ENQUIRIES} PutItem         ${(baseline / 1000).toFixed(1).padStart(6)} s   ${ratio(posted, baseline)}`,
  ];
}

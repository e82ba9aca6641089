import { performance } from "node:perf_hooks";
import type { AddressInfo } from "node:net";
import { Logger } from "@aws-lambda-powertools/logger";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import dynalite from "dynalite";
import { localEnvironmentSchema, parseEnvironment } from "../functions/config.ts";
import { createDynamoDbClients } from "../functions/store/dynamodb-client.ts";
import { DynamoDbEnquiryStore } from "../functions/store/enquiry-store.ts";
import { FakeBotApi } from "../dev/fake-bot-api.ts";
import { createFunctionUrlServer, listen } from "../dev/function-url-server.ts";
import { startLocalRuntime } from "../dev/local-runtime.ts";
import { callbackQueryUpdate, groupCallbackUpdate, groupMessageUpdate, textMessageUpdate } from "../dev/telegram-updates.ts";
import { ratio } from "./stats.ts";

/**
 * `npm run load`: N people at once (LOAD_PEOPLE, default 1,000, at most 5,000) through
 * `npm run serve`'s HTTP server, dynalite and the fake Bot API, all on loopback. Each asks a
 * free-text question, files a consultation request, gets a coordinator's reply, and rates it
 * after the enquiry is closed. Bounded in time by LOAD_TIMEOUT_SECONDS (default 600).
 */
const PEOPLE = Number(process.env.LOAD_PEOPLE ?? 1000);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const TIMEOUT_MS = Number(process.env.LOAD_TIMEOUT_SECONDS ?? 600) * 1000;
const GROUP = -1009999999999;
const SECRET = "load-webhook-secret-0123456789";
if (!Number.isInteger(PEOPLE) || PEOPLE < 1 || PEOPLE > 5000) throw new Error("LOAD_PEOPLE must be an integer from 1 to 5,000");

const deadline = performance.now() + TIMEOUT_MS;
const checkDeadline = () => {
  if (performance.now() > deadline) throw new Error(`the load test ran out of its ${TIMEOUT_MS / 1000} s`);
};

async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONNECTIONS, items.length) }, async () => {
      while (next < items.length) {
        checkDeadline();
        await work(items[next++]!);
      }
    }),
  );
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  // dynalite started here rather than through startLocalRuntime, to count the requests it serves.
  const dynamoDb = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  let dynamoDbRequests = 0;
  dynamoDb.on("request", () => dynamoDbRequests++);
  await new Promise<void>((resolve) => dynamoDb.listen(0, "127.0.0.1", () => resolve()));
  const dynamoDbEndpoint = `http://127.0.0.1:${(dynamoDb.address() as AddressInfo).port}`;

  const api = await new FakeBotApi({ id: 1000001, username: "load_engagement_bot" }).start();
  const environment = parseEnvironment(localEnvironmentSchema, {
    DYNAMODB_ENDPOINT: dynamoDbEndpoint,
    TABLE_NAME: "load",
    TELEGRAM_BOT_USERNAME: "load_engagement_bot",
    COORDINATOR_CHAT_ID: String(GROUP),
  });
  const runtime = await startLocalRuntime({
    environment,
    token: "1000001:placeholder-token-for-the-load-test",
    webhookSecret: SECRET,
    apiRoot: api.apiRoot,
    logger: new Logger({ logLevel: "SILENT" }),
  });
  const server = createFunctionUrlServer(runtime.handle);
  const port = await listen(server, 0);
  const url = `http://127.0.0.1:${port}/telegram`;
  if (!["127.0.0.1", "localhost"].includes(new URL(url).hostname)) throw new Error("the load test only runs against loopback");

  // What each person last saw, as their Telegram app would: buttons belong to a message.
  const lastMessage = new Map<number, number>();
  const ratingMessage = new Map<number, number>();
  api.onCall((call) => {
    const chatId = Number(call.payload.chat_id);
    const messageId = (call.result as { message_id?: number } | undefined)?.message_id;
    if (call.method !== "sendMessage" || messageId === undefined) return;
    lastMessage.set(chatId, messageId);
    if (JSON.stringify(call.payload.reply_markup ?? "").includes('"rate:')) ratingMessage.set(chatId, messageId);
  });

  const latencies: number[] = [];
  let updates = 0;
  const deliver = async (update: unknown) => {
    const started = performance.now();
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
    latencies.push(performance.now() - started);
    updates++;
    if (response.status !== 200) throw new Error(`the webhook answered ${response.status}`);
  };

  const coordinator = { id: 42_000_001, first_name: "Koordination", language_code: "de" };
  api.setMemberStatus(GROUP, coordinator.id, "administrator");
  await deliver(groupMessageUpdate(coordinator, GROUP, "/register"));

  const people = Array.from({ length: PEOPLE }, (_, index) => ({ id: 800_000 + index, first_name: "Load", language_code: "de" }));
  const requestsBefore = dynamoDbRequests;
  const updatesBefore = updates;
  const started = performance.now();

  // 1. Everyone asks a question and files a consultation request.
  await inParallel(people, async (user) => {
    await deliver(textMessageUpdate(user, "Wie kann ich bei einem Freundeskreis mitmachen?"));
    await deliver(textMessageUpdate(user, "/enquiry"));
    for (const data of ["eq:consent:yes", "eq:type:volunteer", "eq:topic:friend-circles", "eq:district:5", "eq:contact:telegram"]) {
      await deliver(callbackQueryUpdate(user, data, lastMessage.get(user.id) ?? 1));
    }
    await deliver(textMessageUpdate(user, `Ich möchte helfen (Person ${user.id}).`));
    await deliver(callbackQueryUpdate(user, "eq:send", lastMessage.get(user.id) ?? 1));
  });
  const filed = performance.now();

  // 2. The notifier (locally the outbox poll) posts every enquiry into its own topic.
  const { documentClient } = createDynamoDbClients({ endpoint: dynamoDbEndpoint });
  const store = new DynamoDbEnquiryStore(documentClient, environment.TABLE_NAME);
  let posted = [] as Awaited<ReturnType<typeof store.listByStatus>>;
  while (posted.length < PEOPLE) {
    checkDeadline();
    await new Promise((resolve) => setTimeout(resolve, 250));
    posted = (await store.listByStatus("new")).filter((enquiry) => enquiry.coordination?.cardMessageId !== undefined);
  }
  const allPosted = performance.now();

  // 3. The coordinator answers each in its topic and closes it; 4. each person rates.
  await inParallel(posted, async (enquiry) => {
    await deliver(groupMessageUpdate(coordinator, GROUP, `Danke für Ihre Anfrage ${enquiry.reference}, wir melden uns.`, { threadId: enquiry.coordination!.threadId! }));
    await deliver(groupCallbackUpdate(coordinator, GROUP, `co:close:${enquiry.id}`, enquiry.coordination!.cardMessageId!));
    // Closing asks first; the coordinator confirms.
    await deliver(groupCallbackUpdate(coordinator, GROUP, `co:closeok:${enquiry.id}`, enquiry.coordination!.cardMessageId!));
    const user = people[enquiry.enquirerId - 800_000]!;
    await deliver(callbackQueryUpdate(user, `rate:${enquiry.id}:5`, ratingMessage.get(user.id) ?? 1));
  });
  const finished = performance.now();
  const webhookRequests = dynamoDbRequests - requestsBefore;

  // The end-to-end counts, each of which must be N, with nothing doubled.
  const closed = await store.listByStatus("closed");
  const references = new Set(closed.map((enquiry) => enquiry.reference));
  const topics = api.callsTo("createForumTopic").length;
  const relayed = api.callsTo("sendMessage").filter((call) => String(call.payload.text).includes("wir melden uns"));
  const relayedTo = new Set(relayed.map((call) => call.payload.chat_id));
  const rated = closed.filter((enquiry) => enquiry.rating === 5).length;

  const baselineStarted = performance.now();
  const baselineLatencies: number[] = [];
  await inParallel(people, async (user) => {
    const putStarted = performance.now();
    await documentClient.send(new PutCommand({ TableName: environment.TABLE_NAME, Item: { pk: `LOAD#${user.id}`, sk: "X", text: "baseline" } }));
    baselineLatencies.push(performance.now() - putStarted);
  });
  const baseline = performance.now() - baselineStarted;
  const baselineSorted = baselineLatencies.sort((a, b) => a - b);

  server.close();
  await runtime.close();
  await api.stop();
  await new Promise<void>((resolve) => dynamoDb.close(() => resolve()));

  const sorted = [...latencies].sort((a, b) => a - b);
  const seconds = (finished - started - (allPosted - filed)) / 1000;
  const counts = { "enquiries stored": closed.length, "distinct references": references.size, "topics opened": topics, "replies relayed": relayed.length, "people reached": relayedTo.size, "ratings stored": rated };
  const report = [
    `Load test: ${PEOPLE} people at once, ${CONNECTIONS} connections, through npm run serve + dynalite + the fake Bot API (loopback)`,
    `  webhook updates        ${updates - updatesBefore} (${((updates - updatesBefore) / seconds).toFixed(0)} per second while people and the coordinator were busy)`,
    `  webhook latency        p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`,
    `  DynamoDB requests      ${(webhookRequests / (updates - updatesBefore)).toFixed(1)} per update (all of them: webhook, idempotency, notifier and its poll)`,
    `  all filed              ${((filed - started) / 1000).toFixed(1)} s; all posted ${((allPosted - started) / 1000).toFixed(1)} s; all answered, closed and rated ${((finished - started) / 1000).toFixed(1)} s`,
    `  baseline               ${PEOPLE} plain PutItem, same dynalite and connections: ${(baseline / 1000).toFixed(2)} s, p50 ${percentile(baselineSorted, 50).toFixed(1)} ms, p99 ${percentile(baselineSorted, 99).toFixed(1)} ms (webhook p50 ${ratio(percentile(sorted, 50), percentile(baselineSorted, 50))}, p99 ${ratio(percentile(sorted, 99), percentile(baselineSorted, 99))})`,
    `  end to end             ${Object.entries(counts).map(([name, value]) => `${name} ${value}`).join(", ")}`,
  ];
  console.log(report.join("\n"));
  const wrong = Object.entries(counts).filter(([, value]) => value !== PEOPLE);
  if (wrong.length > 0) {
    console.error(`FAILED: expected ${PEOPLE} of each, got ${wrong.map(([name, value]) => `${name} ${value}`).join(", ")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

import { Logger } from "@aws-lambda-powertools/logger";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeBotApi } from "../../../dev/fake-bot-api.ts";
import { ensureTable, startLocalDynamoDb, type LocalDynamoDb } from "../../../dev/local-dynamodb.ts";
import { localInvocationContext } from "../../../dev/local-runtime.ts";
import { textMessageUpdate, type LocalUser } from "../../../dev/telegram-updates.ts";
import { botInfoFrom } from "../../../functions/bot/create-bot.ts";
import { enquirySettingsFrom, localEnvironmentSchema, parseEnvironment } from "../../../functions/config.ts";
import { UpdateMetric, type UpdateMetricName } from "../../../functions/observability/metric-names.ts";
import { createDynamoDbClients } from "../../../functions/store/dynamodb-client.ts";
import type { WebhookRequest } from "../../../functions/webhook/request.ts";
import { createWebhookRuntime } from "../../../functions/webhook/webhook-runtime.ts";
import { NetworkCut } from "../../helpers/network-cut.ts";

/**
 * What the webhook counts for the alarms, on the same real parts as the other webhook tests
 * (dynalite behind a proxy that can be cut, a fake Bot API over HTTP), with a recorder in place
 * of CloudWatch.
 */
const SECRET = "metrics-test-webhook-secret-0123";
const TABLE = "engagement-bot-metrics-test";
let dynamoDb: LocalDynamoDb;
let network: NetworkCut;
let api: FakeBotApi;
let destroyClient: () => void;
let deliver: (update: unknown, secret?: string) => Promise<number>;
let counted: UpdateMetricName[];
let countingFails: boolean;
let nextUserId = 7_100;
const newUser = (language_code = "en"): LocalUser => ({ id: nextUserId++, first_name: "Metric", language_code });

beforeAll(async () => {
  dynamoDb = await startLocalDynamoDb();
  network = new NetworkCut({ host: "127.0.0.1", port: Number(new URL(dynamoDb.endpoint).port) });
  await network.open();
  const { client, documentClient } = createDynamoDbClients({ endpoint: network.endpoint, maxAttempts: 2, requestTimeoutMs: 1_000 });
  destroyClient = () => client.destroy();
  await ensureTable(client, TABLE);
  api = await new FakeBotApi({ id: 1000001, username: "metrics_engagement_bot" }).start();
  const runtime = createWebhookRuntime({
    token: "1000001:metrics-test-placeholder-token",
    webhookSecret: SECRET,
    botInfo: botInfoFrom(1000001, "metrics_engagement_bot"),
    apiRoot: api.apiRoot,
    tableName: TABLE,
    client,
    documentClient,
    enquirySettings: enquirySettingsFrom(parseEnvironment(localEnvironmentSchema, {})),
    metrics: {
      count: (metric) => {
        if (countingFails) throw new Error("CloudWatch agent gone");
        counted.push(metric);
      },
    },
    logger: new Logger({ logLevel: "SILENT" }),
  });
  deliver = async (update, secret = SECRET) => {
    const request: WebhookRequest = {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
      body: typeof update === "string" ? update : JSON.stringify(update),
      isBase64Encoded: false,
    };
    return (await runtime.handle(request, localInvocationContext())).statusCode;
  };
});
afterAll(async () => {
  await network.cut();
  destroyClient();
  await api.stop();
  await dynamoDb.close();
});
beforeEach(() => {
  counted = [];
  countingFails = false;
  api.reset();
});

describe("counting failed updates for the alarms", () => {
  it("counts an update Telegram refuses for good once, and not again when Telegram redelivers it", async () => {
    const update = textMessageUpdate(newUser(), "/help");
    api.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities" });

    const first = await deliver(update);
    const redelivered = await deliver(update);

    expect([first, redelivered]).toEqual([200, 200]);
    expect(counted).toEqual([UpdateMetric.FailedPermanently]);
  });

  it("counts an update that failed for now while DynamoDB is unreachable, and nothing more once it is handled", async () => {
    const user = newUser();
    const update = textMessageUpdate(user, "/start");

    await network.cut();
    const duringOutage = await deliver(update);
    await network.open();
    const redelivered = await deliver(update);

    expect([duringOutage, redelivered]).toEqual([500, 200]);
    expect(counted).toEqual([UpdateMetric.FailedTemporarily]);
    expect(api.callsTo("sendMessage").filter((call) => call.payload.chat_id === user.id)).toHaveLength(1);
  });

  it("counts an update from Telegram that fails validation as lost, since it is acknowledged without effect", async () => {
    const update = textMessageUpdate(newUser(), "/start") as unknown as { message: { chat: unknown } };
    update.message.chat = { id: "not a number" };

    expect(await deliver(update)).toBe(200);
    expect(counted).toEqual([UpdateMetric.FailedPermanently]);
  });

  it("counts nothing for handled updates, kinds the bot ignores, and requests that are not updates", async () => {
    const statuses = [
      await deliver(textMessageUpdate(newUser(), "/start")),
      await deliver({ update_id: 9_100_001, edited_message: { message_id: 1, date: 1, chat: { id: 1, type: "private" } } }),
      await deliver("not json"),
      await deliver({ update_id: 0, message: { message_id: 1, date: 1, chat: { id: 1, type: "private" }, text: "/start" } }),
      await deliver(textMessageUpdate(newUser(), "/start"), "wrong-secret"),
    ];

    expect(statuses).toEqual([200, 200, 400, 400, 401]);
    expect(counted).toEqual([]);
  });

  it("still answers and apologises once when counting itself fails", async () => {
    const user = newUser();
    const update = textMessageUpdate(user, "/help");
    countingFails = true;
    api.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities" });

    const first = await deliver(update);
    const redelivered = await deliver(update);

    expect([first, redelivered]).toEqual([200, 200]);
    const texts = api.callsTo("sendMessage").filter((call) => call.payload.chat_id === user.id && !call.error);
    expect(texts.map((call) => String(call.payload.text))).toEqual([expect.stringContaining("Sorry, something went wrong")]);
  });
});

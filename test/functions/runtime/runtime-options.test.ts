import { Logger } from "@aws-lambda-powertools/logger";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FakeBotApi } from "../../../dev/fake-bot-api.ts";
import { FakeTranslator } from "../../../dev/fake-translator.ts";
import { lambdaEnvironmentSchema, localEnvironmentSchema, parseEnvironment } from "../../../functions/config.ts";
import { startOnFirstUse } from "../../../functions/runtime/lambda-entry.ts";
import { notifierRuntimeOptions, reminderRuntimeOptions, webhookRuntimeOptions, type RuntimeConnections } from "../../../functions/runtime/runtime-options.ts";
import { createDynamoDbClients } from "../../../functions/store/dynamodb-client.ts";
import { AmazonTranslator } from "../../../functions/translation/amazon-translator.ts";

const TOKEN = "1000001:placeholder-token-for-the-options-test";
const lambdaVariables = {
  TABLE_NAME: "bot-table",
  BOT_SECRET_ARN: "arn:aws:secretsmanager:eu-central-1:123456789012:secret:bot-AbCdEf",
  TELEGRAM_BOT_USERNAME: "options_engagement_bot",
  COORDINATOR_CHAT_ID: "-1001234567890",
  LOCALES_DIR: "/var/task/locales",
  CONTENT_DIR: "/var/task/content",
  ENQUIRY_RETENTION_DAYS: "90",
  OFFICE_SCHEDULE: "Mo-Fr 09:00-16:00",
  FIRST_ANSWER_WORKING_HOURS: "8",
};

let api: FakeBotApi;
let connections: RuntimeConnections;

beforeAll(async () => {
  api = await new FakeBotApi({ id: 1000001, username: "fetched_engagement_bot" }).start();
  const { client, documentClient } = createDynamoDbClients({ endpoint: "http://127.0.0.1:9" });
  connections = { secret: { botToken: TOKEN, webhookSecret: "options-test-webhook-secret-0123" }, client, documentClient, logger: new Logger({ logLevel: "SILENT" }) };
});
afterAll(async () => {
  connections.client.destroy();
  await api.stop();
});

describe("runtime options from the environment", () => {
  it("gives the webhook, the notifier and the reminders the same table, Bot API server, texts, content and group", async () => {
    // Prepare
    const environment = parseEnvironment(lambdaEnvironmentSchema, lambdaVariables);

    // Act
    const all = [await webhookRuntimeOptions(environment, connections), notifierRuntimeOptions(environment, connections), reminderRuntimeOptions(environment, connections)];

    // Assess
    for (const options of all) {
      expect(options).toMatchObject({ token: TOKEN, apiRoot: "https://api.telegram.org", tableName: "bot-table", localesDir: "/var/task/locales", contentDir: "/var/task/content" });
    }
    expect(all[0]).toMatchObject({ coordinatorChatId: -1001234567890, webhookSecret: "options-test-webhook-secret-0123", botInfo: { id: 1000001, username: "options_engagement_bot" } });
    expect(all[1]).toMatchObject({ coordinatorChatId: -1001234567890, retentionDays: 90 });
    expect(all[2]).toMatchObject({ officeSchedule: "Mo-Fr 09:00-16:00", timeZone: "Europe/Berlin", settings: { firstAnswerWorkingHours: 8, reassureAfterWorkingHours: 24 } });
  });

  it("translates with Amazon Translate only when TRANSLATION=amazon, and with the fake only where a local run supplies one", async () => {
    // Prepare
    const fake = new FakeTranslator();
    const withTranslation = (TRANSLATION: string) => parseEnvironment(lambdaEnvironmentSchema, { ...lambdaVariables, TRANSLATION });

    // Act
    const amazon = await webhookRuntimeOptions(withTranslation("amazon"), connections);
    const off = await webhookRuntimeOptions(withTranslation("off"), connections, { fakeTranslator: fake });
    const fakeInLambda = await webhookRuntimeOptions(withTranslation("fake"), connections);
    const fakeLocally = await webhookRuntimeOptions(withTranslation("fake"), connections, { fakeTranslator: fake });

    // Assess
    expect(amazon.translator).toBeInstanceOf(AmazonTranslator);
    expect(off.translator).toBeUndefined();
    expect(fakeInLambda.translator).toBeUndefined();
    expect(fakeLocally.translator).toBe(fake);
  });

  it("counts failed updates only for a function deployed in a stage", async () => {
    // Act
    const deployed = await webhookRuntimeOptions(parseEnvironment(lambdaEnvironmentSchema, { ...lambdaVariables, STAGE: "prod" }), connections);
    const withoutStage = await webhookRuntimeOptions(parseEnvironment(lambdaEnvironmentSchema, lambdaVariables), connections);
    const local = await webhookRuntimeOptions(parseEnvironment(localEnvironmentSchema, {}), { ...connections, apiRoot: api.apiRoot });

    // Assess
    expect(deployed.metrics).toBeDefined();
    expect(withoutStage.metrics).toBeUndefined();
    expect(local.metrics).toBeUndefined();
  });

  it("asks Telegram who the bot is only for a local run without TELEGRAM_BOT_USERNAME, on the server it was given", async () => {
    // Prepare
    api.reset();

    // Act
    const named = await webhookRuntimeOptions(parseEnvironment(localEnvironmentSchema, { TELEGRAM_BOT_USERNAME: "local_engagement_bot" }), { ...connections, apiRoot: api.apiRoot });
    const unnamed = await webhookRuntimeOptions(parseEnvironment(localEnvironmentSchema, {}), { ...connections, apiRoot: api.apiRoot });

    // Assess
    expect(named.botInfo.username).toBe("local_engagement_bot");
    expect(unnamed.botInfo.username).toBe("fetched_engagement_bot");
    expect(unnamed.apiRoot).toBe(api.apiRoot);
    expect(api.callsTo("getMe")).toHaveLength(1);
  });
});

describe("startOnFirstUse", () => {
  it("starts once for events that arrive together, and keeps what it started", async () => {
    // Prepare
    const start = vi.fn(async () => ({ started: true }));
    const runtime = startOnFirstUse(start);

    // Act
    const [first, second] = await Promise.all([runtime(), runtime()]);
    const later = await runtime();

    // Assess
    expect(start).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    expect(later).toBe(first);
  });

  it("tries again at the next event after a start that failed", async () => {
    // Prepare
    const start = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error("Secrets Manager unreachable")).mockResolvedValue("started");
    const runtime = startOnFirstUse(start);

    // Act
    const failed = runtime();

    // Assess
    await expect(failed).rejects.toThrow("Secrets Manager unreachable");
    await expect(runtime()).resolves.toBe("started");
    expect(start).toHaveBeenCalledTimes(2);
  });
});

import type { Context, LambdaFunctionURLEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FakeBotApi } from "../../../dev/fake-bot-api.ts";
import { startFakeSecretsManager } from "../../../dev/fake-secrets-manager.ts";
import { startLocalDynamoDb, type LocalDynamoDb } from "../../../dev/local-dynamodb.ts";
import { textMessageUpdate } from "../../../dev/telegram-updates.ts";

const SECRET = { botToken: "1000001:placeholder-token-for-the-lambda-test", webhookSecret: "lambda-test-webhook-secret-01234" };
const context = { getRemainingTimeInMillis: () => 20_000, functionName: "webhook", awsRequestId: "req-1" } as unknown as Context;

function functionUrlEvent(body: string, headers: Record<string, string>, isBase64Encoded = false): LambdaFunctionURLEvent {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: "/",
    rawQueryString: "",
    headers,
    requestContext: { http: { method: "POST", path: "/" } },
    body,
    isBase64Encoded,
  } as unknown as LambdaFunctionURLEvent;
}

let api: FakeBotApi;
let dynamoDb: LocalDynamoDb;
let secrets: Awaited<ReturnType<typeof startFakeSecretsManager>>;
const savedEnvironment = { ...process.env };

beforeAll(async () => {
  api = await new FakeBotApi({ id: 1000001, username: "lambda_engagement_bot" }).start();
  dynamoDb = await startLocalDynamoDb();
  secrets = await startFakeSecretsManager(JSON.stringify(SECRET));
  const { createDynamoDbClients } = await import("../../../functions/store/dynamodb-client.ts");
  const { ensureTable } = await import("../../../dev/local-dynamodb.ts");
  await ensureTable(createDynamoDbClients({ endpoint: dynamoDb.endpoint }).client, "lambda-test-table");
});

afterAll(async () => {
  process.env = savedEnvironment;
  secrets.close();
  await api.stop();
  await dynamoDb.close();
});

function setLambdaEnvironment(overrides: Record<string, string | undefined> = {}) {
  process.env = {
    PATH: savedEnvironment.PATH,
    AWS_REGION: "eu-central-1",
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_ENDPOINT_URL_DYNAMODB: dynamoDb.endpoint,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
    TABLE_NAME: "lambda-test-table",
    BOT_SECRET_ARN: "arn:aws:secretsmanager:eu-central-1:123456789012:secret:bot-AbCdEf",
    TELEGRAM_BOT_USERNAME: "lambda_engagement_bot",
    TELEGRAM_API_ROOT: api.apiRoot,
    POWERTOOLS_LOG_LEVEL: "SILENT",
    LOG_LEVEL: "SILENT",
    ...overrides,
  };
}

describe("the Lambda entry point", () => {
  it("reads the bot secret once per cold start and answers updates through the Function URL event", async () => {
    vi.resetModules();
    setLambdaEnvironment();
    const { handler } = await import("../../../functions/webhook/handler.ts");
    const user = { id: 8101, first_name: "Lina", language_code: "de" };
    const headers = { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET.webhookSecret };

    const first = await handler(functionUrlEvent(JSON.stringify(textMessageUpdate(user, "/start")), headers), context);
    const second = await handler(
      functionUrlEvent(Buffer.from(JSON.stringify(textMessageUpdate(user, "/help"))).toString("base64"), headers, true),
      context,
    );

    expect(first).toMatchObject({ statusCode: 200 });
    expect(second).toMatchObject({ statusCode: 200 });
    expect(secrets.reads).toEqual(["secretsmanager.GetSecretValue"]);
    expect(api.callsTo("sendMessage").filter((call) => call.payload.chat_id === user.id)).toHaveLength(2);
    expect(api.callsTo("getMe")).toHaveLength(0);
  });

  it("tries to read the bot secret again at the next request when Secrets Manager failed at the cold start", async () => {
    vi.resetModules();
    // Nothing listens on the discard port: the first read fails as an unreachable Secrets Manager would.
    setLambdaEnvironment({ AWS_ENDPOINT_URL_SECRETS_MANAGER: "http://127.0.0.1:9", AWS_MAX_ATTEMPTS: "1" });
    const { handler } = await import("../../../functions/webhook/handler.ts");
    const readsBefore = secrets.reads.length;
    const user = { id: 8104, first_name: "Wieder", language_code: "de" };
    const headers = { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET.webhookSecret };

    await expect(handler(functionUrlEvent(JSON.stringify(textMessageUpdate(user, "/start")), headers), context)).rejects.toThrow();
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = secrets.endpoint;
    const retried = await handler(functionUrlEvent(JSON.stringify(textMessageUpdate(user, "/help")), headers), context);

    expect(retried).toMatchObject({ statusCode: 200 });
    expect(secrets.reads.length - readsBefore).toBe(1);
    expect(api.callsTo("sendMessage").filter((call) => call.payload.chat_id === user.id)).toHaveLength(1);
  });

  it("refuses a request signed with another secret", async () => {
    vi.resetModules();
    setLambdaEnvironment();
    const { handler } = await import("../../../functions/webhook/handler.ts");

    const response = await handler(
      functionUrlEvent(JSON.stringify(textMessageUpdate({ id: 8102, first_name: "X" }, "/start")), { "x-telegram-bot-api-secret-token": "nope" }),
      context,
    );

    expect(response).toMatchObject({ statusCode: 401 });
  });

  it("counts an update Telegram refuses for good as one EMF metric in the stage's namespace, with nothing about the person", async () => {
    vi.resetModules();
    setLambdaEnvironment({ STAGE: "test" });
    const { handler } = await import("../../../functions/webhook/handler.ts");
    const user = { id: 8103, first_name: "Metrikname", username: "metrik_user", language_code: "en" };
    const headers = { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET.webhookSecret };
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    api.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities" });

    let response;
    try {
      response = await handler(functionUrlEvent(JSON.stringify(textMessageUpdate(user, "/help secret words")), headers), context);
    } finally {
      write.mockRestore();
    }

    expect(response).toMatchObject({ statusCode: 200 });
    const emf = written.filter((line) => line.includes('"_aws"')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(emf).toEqual([
      {
        _aws: {
          Timestamp: expect.any(Number),
          CloudWatchMetrics: [{ Namespace: "EngagementBot/test", Dimensions: [["service"]], Metrics: [{ Name: "UpdatesFailedPermanently", Unit: "Count" }] }],
        },
        service: "engagement-bot",
        UpdatesFailedPermanently: 1,
      },
    ]);
    for (const personal of [String(user.id), user.first_name, user.username, "secret words"]) expect(written.join("")).not.toContain(personal);
  });

  it("fails at start-up with one line naming each missing variable", async () => {
    vi.resetModules();
    setLambdaEnvironment({ TELEGRAM_BOT_USERNAME: undefined, BOT_SECRET_ARN: undefined });

    await expect(import("../../../functions/webhook/handler.ts")).rejects.toThrow(
      "Configuration error: TELEGRAM_BOT_USERNAME is missing; BOT_SECRET_ARN is missing",
    );
  });
});

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDynamoDbClients } from "../functions/store/dynamodb-client.ts";
import { FakeBotApi } from "./fake-bot-api.ts";
import { startFakeSecretsManager } from "./fake-secrets-manager.ts";
import { ensureTable, startLocalDynamoDb } from "./local-dynamodb.ts";

export const SANDBOX_TOKEN = "1000001:placeholder-token-for-the-lambda-sandbox";
export const SANDBOX_WEBHOOK_SECRET = "sandbox-webhook-secret-0123456789";

/**
 * Everything the bundled webhook function reaches in AWS, on loopback: DynamoDB (dynalite),
 * Secrets Manager and the Bot API as fakes. `env` is the environment a Lambda would have, with
 * the SDK pointed at the local endpoints, for running a bundle in a fresh Node process.
 */
export async function startLambdaSandbox(options: { contentDir?: string } = {}) {
  const api = await new FakeBotApi({ id: 1000001, username: "sandbox_engagement_bot" }).start();
  const dynamoDb = await startLocalDynamoDb();
  const { client } = createDynamoDbClients({ endpoint: dynamoDb.endpoint });
  await ensureTable(client, "sandbox-table");
  const secrets = await startFakeSecretsManager(JSON.stringify({ botToken: SANDBOX_TOKEN, webhookSecret: SANDBOX_WEBHOOK_SECRET }));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_NO_WARNINGS: "1",
    AWS_REGION: "eu-central-1",
    AWS_ACCESS_KEY_ID: "sandbox",
    AWS_SECRET_ACCESS_KEY: "sandbox",
    AWS_ENDPOINT_URL_DYNAMODB: dynamoDb.endpoint,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
    TABLE_NAME: "sandbox-table",
    BOT_SECRET_ARN: "arn:aws:secretsmanager:eu-central-1:123456789012:secret:sandbox",
    TELEGRAM_BOT_USERNAME: "sandbox_engagement_bot",
    TELEGRAM_API_ROOT: api.apiRoot,
    LOCALES_DIR: fileURLToPath(new URL("../locales/", import.meta.url)),
    CONTENT_DIR: options.contentDir ?? fileURLToPath(new URL("../content/", import.meta.url)),
  };
  return {
    api,
    env,
    secretReads: secrets.reads,
    close: async () => {
      client.destroy();
      secrets.close();
      await api.stop();
      await dynamoDb.close();
    },
  };
}

/** A Function URL event carrying `update`, signed with the sandbox's webhook secret. */
export function sandboxEvent(update: unknown): string {
  return JSON.stringify({
    version: "2.0",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SANDBOX_WEBHOOK_SECRET },
    requestContext: { http: { method: "POST", path: "/" } },
    body: JSON.stringify(update),
    isBase64Encoded: false,
  });
}

export const coldStartRunner = fileURLToPath(new URL("./cold-start-runner.mjs", import.meta.url));
export const repositoryPath = (...parts: string[]) => join(fileURLToPath(new URL("..", import.meta.url)), ...parts);

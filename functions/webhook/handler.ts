import { Logger } from "@aws-lambda-powertools/logger";
import type { Context, LambdaFunctionURLEvent, LambdaFunctionURLResult } from "aws-lambda";
import { botInfoFrom } from "../bot/create-bot.ts";
import { botIdFromToken, enquirySettingsFrom, lambdaEnvironmentSchema, parseEnvironment } from "../config.ts";
import { emfUpdateMetrics } from "../observability/emf-update-metrics.ts";
import { metricsNamespace } from "../observability/metric-names.ts";
import { noUpdateMetrics } from "../observability/update-metrics.ts";
import { createDynamoDbClients } from "../store/dynamodb-client.ts";
import { AmazonTranslator } from "../translation/amazon-translator.ts";
import { readBotSecret } from "./bot-secret.ts";
import { toFunctionUrlResult, toWebhookRequest } from "./function-url.ts";
import { createWebhookRuntime, type WebhookRuntime } from "./webhook-runtime.ts";

// Parsed at module load, so that a misconfigured function fails on its first cold start, loudly.
const environment = parseEnvironment(lambdaEnvironmentSchema, process.env);
const logger = new Logger({ logLevel: environment.LOG_LEVEL });
const { client, documentClient } = createDynamoDbClients();
// The namespace the stage's alarms watch (metric-names.ts names it for both sides).
const metrics = environment.STAGE === undefined ? noUpdateMetrics : emfUpdateMetrics(metricsNamespace(environment.STAGE));

let runtime: Promise<WebhookRuntime> | undefined;

async function initialise(): Promise<WebhookRuntime> {
  const secret = await readBotSecret(environment.BOT_SECRET_ARN);
  return createWebhookRuntime({
    token: secret.botToken,
    webhookSecret: secret.webhookSecret,
    botInfo: botInfoFrom(botIdFromToken(secret.botToken), environment.TELEGRAM_BOT_USERNAME),
    apiRoot: environment.TELEGRAM_API_ROOT,
    tableName: environment.TABLE_NAME,
    client,
    documentClient,
    localesDir: environment.LOCALES_DIR,
    contentDir: environment.CONTENT_DIR,
    enquirySettings: enquirySettingsFrom(environment),
    coordinatorChatId: environment.COORDINATOR_CHAT_ID,
    ...(environment.TRANSLATION === "amazon" ? { translator: new AmazonTranslator() } : {}),
    metrics,
    logger,
  });
}

/** Lambda Function URL entry: adapts the event and hands it to the webhook app. */
export const handler = async (event: LambdaFunctionURLEvent, context: Context): Promise<LambdaFunctionURLResult> => {
  logger.addContext(context);
  // A failed start (e.g. Secrets Manager unreachable) is retried on the next request, not cached.
  runtime ??= initialise().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  const { handle } = await runtime;
  return toFunctionUrlResult(await handle(toWebhookRequest(event), context));
};

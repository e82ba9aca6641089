/**
 * How a parsed environment (`functions/config.ts`) becomes the options of the bot's three
 * runtimes, stated once for the Lambda entries and the local runtime (`dev/local-runtime.ts`), so
 * that a variable means the same wherever the bot runs.
 */
import type { Logger } from "@aws-lambda-powertools/logger";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { botInfoFrom, fetchBotInfo } from "../bot/create-bot.ts";
import { botIdFromToken, enquirySettingsFrom, type BotSecret, type LambdaEnvironment, type LocalEnvironment } from "../config.ts";
import type { Translator } from "../domain/translation.ts";
import type { NotifierRuntimeOptions } from "../notifier/notifier-runtime.ts";
import { emfUpdateMetrics } from "../observability/emf-update-metrics.ts";
import { metricsNamespace } from "../observability/metric-names.ts";
import type { ReminderRuntimeOptions } from "../reminders/reminder-runtime.ts";
import { AmazonTranslator } from "../translation/amazon-translator.ts";
import type { WebhookRuntimeOptions } from "../webhook/webhook-runtime.ts";

/** A deployed function's environment or a local run's: the variables they share mean the same. */
export type RuntimeEnvironment = LambdaEnvironment | LocalEnvironment;

/** What the environment does not hold: the bot's credentials, the clients, where Telegram is. */
export interface RuntimeConnections {
  /** From Secrets Manager in AWS; from the environment (or the playground's own) locally. */
  secret: BotSecret;
  /** The Bot API server. @default the environment's `TELEGRAM_API_ROOT` */
  apiRoot?: string;
  client: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
  logger: Logger;
}

/** What only a local run can add. */
export interface LocalAdditions {
  /** Used when `TRANSLATION=fake`; a deployed function has none and leaves messages untranslated. */
  fakeTranslator?: Translator;
}

const apiRootOf = (environment: RuntimeEnvironment, connections: RuntimeConnections) => connections.apiRoot ?? environment.TELEGRAM_API_ROOT;

/**
 * The webhook's options. The bot's identity comes from its token and `TELEGRAM_BOT_USERNAME`
 * (required in AWS, so no `getMe` delays a cold start); a local run without the username asks
 * Telegram once.
 */
export async function webhookRuntimeOptions(
  environment: RuntimeEnvironment,
  connections: RuntimeConnections,
  local: LocalAdditions = {},
): Promise<WebhookRuntimeOptions> {
  const { secret, client, documentClient, logger } = connections;
  const apiRoot = apiRootOf(environment, connections);
  const botInfo = environment.TELEGRAM_BOT_USERNAME
    ? botInfoFrom(botIdFromToken(secret.botToken), environment.TELEGRAM_BOT_USERNAME)
    : await fetchBotInfo(secret.botToken, apiRoot);
  const translator = environment.TRANSLATION === "amazon" ? new AmazonTranslator() : environment.TRANSLATION === "fake" ? local.fakeTranslator : undefined;
  // Only a deployed function has a stage; it names the namespace its alarms watch (metric-names.ts).
  const stage = "STAGE" in environment ? environment.STAGE : undefined;
  return {
    token: secret.botToken,
    webhookSecret: secret.webhookSecret,
    botInfo,
    apiRoot,
    tableName: environment.TABLE_NAME,
    client,
    documentClient,
    localesDir: environment.LOCALES_DIR,
    contentDir: environment.CONTENT_DIR,
    enquirySettings: enquirySettingsFrom(environment),
    coordinatorChatId: environment.COORDINATOR_CHAT_ID,
    ...(translator ? { translator } : {}),
    ...(stage === undefined ? {} : { metrics: emfUpdateMetrics(metricsNamespace(stage)) }),
    logger,
  };
}

/** The notifier's options: where new enquiries go, and how long an erased topic's marker stays. */
export function notifierRuntimeOptions(environment: RuntimeEnvironment, connections: RuntimeConnections): NotifierRuntimeOptions {
  return {
    token: connections.secret.botToken,
    apiRoot: apiRootOf(environment, connections),
    tableName: environment.TABLE_NAME,
    documentClient: connections.documentClient,
    coordinatorChatId: environment.COORDINATOR_CHAT_ID,
    localesDir: environment.LOCALES_DIR,
    contentDir: environment.CONTENT_DIR,
    retentionDays: environment.ENQUIRY_RETENTION_DAYS,
    logger: connections.logger,
  };
}

/** The reminders' options: the office calendar and after how many of its hours who is reminded. */
export function reminderRuntimeOptions(environment: RuntimeEnvironment, connections: RuntimeConnections): ReminderRuntimeOptions {
  return {
    token: connections.secret.botToken,
    apiRoot: apiRootOf(environment, connections),
    tableName: environment.TABLE_NAME,
    documentClient: connections.documentClient,
    officeSchedule: environment.OFFICE_SCHEDULE,
    timeZone: environment.OFFICE_TIME_ZONE,
    settings: { firstAnswerWorkingHours: environment.FIRST_ANSWER_WORKING_HOURS, reassureAfterWorkingHours: environment.REASSURE_AFTER_WORKING_HOURS },
    localesDir: environment.LOCALES_DIR,
    contentDir: environment.CONTENT_DIR,
    logger: connections.logger,
  };
}

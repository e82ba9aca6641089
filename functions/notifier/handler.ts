import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { Logger } from "@aws-lambda-powertools/logger";
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { enquirySettingsFrom, lambdaEnvironmentSchema, parseEnvironment } from "../config.ts";
import { LogMessage } from "../observability/metric-names.ts";
import { createDynamoDbClients } from "../store/dynamodb-client.ts";
import { readBotSecret } from "../webhook/bot-secret.ts";
import { createNotifierRuntime } from "./notifier-runtime.ts";
import { expiredEnquiry, insertedEnquiryId } from "./stream-records.ts";

const environment = parseEnvironment(lambdaEnvironmentSchema, process.env);
const logger = new Logger({ logLevel: environment.LOG_LEVEL });
const { documentClient } = createDynamoDbClients();
const processor = new BatchProcessor(EventType.DynamoDBStreams);

let runtime: Promise<ReturnType<typeof createNotifierRuntime>> | undefined;

async function initialise() {
  const secret = await readBotSecret(environment.BOT_SECRET_ARN);
  return createNotifierRuntime({
    token: secret.botToken,
    apiRoot: environment.TELEGRAM_API_ROOT,
    tableName: environment.TABLE_NAME,
    documentClient,
    coordinatorChatId: environment.COORDINATOR_CHAT_ID,
    localesDir: environment.LOCALES_DIR,
    contentDir: environment.CONTENT_DIR,
    retentionDays: enquirySettingsFrom(environment).retentionDays,
    logger,
  });
}

/**
 * Table stream entry: posts each new enquiry to the coordinators' group, and clears the group of
 * each enquiry whose retention ended (DynamoDB's TTL removed it). A record that fails is reported
 * alone (partial batch response); Lambda retries it with backoff, splits the batch on errors, and
 * after the last attempt sends it to the dead-letter queue, which raises an alarm.
 */
export const handler = async (event: DynamoDBStreamEvent, context: Context) => {
  logger.addContext(context);
  runtime ??= initialise().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  const { notifyNewEnquiry, eraseExpiredEnquiry } = await runtime;
  return processPartialResponse(
    event,
    async (record: DynamoDBRecord) => {
      const expired = expiredEnquiry(record);
      if (expired) return eraseExpiredEnquiry(expired);
      const enquiryId = insertedEnquiryId(record);
      if (!enquiryId) return;
      try {
        await notifyNewEnquiry(enquiryId);
      } catch (error) {
        // Counted by the stack as NotifierFailures; the record goes back for a retry.
        logger.warn(LogMessage.NotifierPostFailed, { enquiryId, errorName: error instanceof Error ? error.name : typeof error });
        throw error;
      }
    },
    processor,
    // One after the other: Telegram allows a bot about 20 messages a minute into one group.
    { context, processInParallel: false },
  );
};

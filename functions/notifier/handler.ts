import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { LogMessage } from "../observability/metric-names.ts";
import { lambdaEntry } from "../runtime/lambda-entry.ts";
import { notifierRuntimeOptions } from "../runtime/runtime-options.ts";
import { createNotifierRuntime } from "./notifier-runtime.ts";
import { expiredEnquiry, insertedEnquiryId } from "./stream-records.ts";

const { environment, logger, onFirstEvent } = lambdaEntry();
const notifier = onFirstEvent((connections) => createNotifierRuntime(notifierRuntimeOptions(environment, connections)));
const processor = new BatchProcessor(EventType.DynamoDBStreams);

/**
 * Table stream entry: posts each new enquiry to the coordinators' group, and clears the group of
 * each enquiry whose retention ended (DynamoDB's TTL removed it). A record that fails is reported
 * alone (partial batch response); Lambda retries it with backoff, splits the batch on errors, and
 * after the last attempt sends it to the dead-letter queue, which raises an alarm.
 */
export const handler = async (event: DynamoDBStreamEvent, context: Context) => {
  logger.addContext(context);
  const { notifyNewEnquiry, eraseExpiredEnquiry } = await notifier();
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

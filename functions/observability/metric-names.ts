/**
 * The names CloudWatch knows the bot's figures by, shared by the functions that write them and by
 * the stack that alarms on them and graphs them (`lib/constructs/operations.ts`). A name changed
 * on one side only would leave an alarm watching a metric nobody writes, and it would never fire.
 */

/** `POWERTOOLS_SERVICE_NAME` of every function; Powertools Metrics adds it to each metric as the `service` dimension. */
export const SERVICE_NAME = "engagement-bot";

/** One namespace per stage, for the EMF metrics and the metrics read from log lines alike. */
export const metricsNamespace = (stage: string) => `EngagementBot/${stage}`;

/**
 * What the webhook counts of the updates it could not handle (EMF, `functions/observability/emf-update-metrics.ts`).
 * Metrics carry no dimension but `service`: nothing about a person or a message.
 */
export const UpdateMetric = {
  /** Acknowledged without effect: a bug, a message Telegram refuses for good, or an update that fails validation. Lost to the person. */
  FailedPermanently: "UpdatesFailedPermanently",
  /** Answered 5xx (DynamoDB or the Bot API unavailable, throttled, timed out); Telegram delivers it again. */
  FailedTemporarily: "UpdatesFailedTemporarily",
} as const;

export type UpdateMetricName = (typeof UpdateMetric)[keyof typeof UpdateMetric];

/** Log messages (the JSON `message` field) that the stack's metric filters count. */
export const LogMessage = {
  EnquiryCreated: "Enquiry created",
  FirstAnswer: "First answer",
  EnquiryPosted: "Enquiry posted to the coordinators",
  NotifierPostFailed: "Posting an enquiry failed; the stream will retry",
} as const;

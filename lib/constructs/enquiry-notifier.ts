import { Duration } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as lambda from "aws-cdk-lib/aws-lambda";
import type * as logs from "aws-cdk-lib/aws-logs";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Validations } from "aws-cdk-lib";
import { Construct } from "constructs";
import type { Stage } from "../deployment-config.ts";
import { BotFunction } from "./bot-function.ts";
import type { BotSecret } from "./bot-secret.ts";
import type { BotTable } from "./bot-table.ts";

export interface EnquiryNotifierProps {
  readonly stage: Stage;
  readonly table: BotTable;
  readonly secret: BotSecret;
  /** `TELEGRAM_BOT_USERNAME`. @default - not set */
  readonly botUsername?: string;
  /** `COORDINATOR_CHAT_ID`: where enquiries are posted. @default - not set; enquiries are stored but posted nowhere */
  readonly coordinatorChatId?: string;
}

/**
 * Posts each new enquiry to the coordinators' group, fed by the table's stream: creating an
 * enquiry only writes to DynamoDB, so a Telegram outage delays the post but never loses it.
 * Failed records are retried with backoff (the batch is split to isolate them) for up to a day,
 * then go to a dead-letter queue whose first message raises an alarm.
 */
export class EnquiryNotifier extends Construct {
  public readonly function: NodejsFunction;
  public readonly logGroup: logs.LogGroup;
  public readonly deadLetterQueue: sqs.Queue;
  public readonly deadLetterAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: EnquiryNotifierProps) {
    super(scope, id);

    const notifier = new BotFunction(this, "Handler", {
      entry: "functions/notifier/handler.ts",
      description: "Posts new enquiries to the coordinators' Telegram group",
      stage: props.stage,
      ...(props.botUsername === undefined ? {} : { botUsername: props.botUsername }),
      ...(props.coordinatorChatId === undefined ? {} : { coordinatorChatId: props.coordinatorChatId }),
      // A batch of 10 posts, two Bot API calls each, with auto-retry's bounded waits.
      timeout: Duration.seconds(120),
    });
    this.function = notifier.function;
    this.logGroup = notifier.logGroup;
    props.table.grantNotifierAccess(this.function);
    props.secret.grantRead(this.function);

    this.deadLetterQueue = new sqs.Queue(this, "DeadLetters", {
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: "AwsSolutions-SQS3",
      reason: "This queue is itself the dead-letter queue of the notifier's stream; its messages are replayed by an operator after the alarm.",
    });

    this.function.addEventSource(
      new DynamoEventSource(props.table.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(24),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
        // Only new enquiries, and enquiries DynamoDB's TTL removed at the end of their retention (to
        // clear them from the coordinators' group), wake the function; every other write is ignored.
        filters: [
          lambda.FilterCriteria.filter({
            eventName: lambda.FilterRule.isEqual("INSERT"),
            dynamodb: { Keys: { sk: { S: lambda.FilterRule.isEqual("ENQUIRY") } } },
          }),
          lambda.FilterCriteria.filter({
            eventName: lambda.FilterRule.isEqual("REMOVE"),
            userIdentity: { type: lambda.FilterRule.isEqual("Service"), principalId: lambda.FilterRule.isEqual("dynamodb.amazonaws.com") },
            dynamodb: { Keys: { sk: { S: lambda.FilterRule.isEqual("ENQUIRY") } } },
          }),
        ],
      }),
    );

    Validations.of(notifier.role).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "dynamodb:ListStreams, which a stream event source needs, has no resource-level permissions in IAM; " +
        "reading the stream itself is limited to this table's stream ARN.",
    });

    this.deadLetterAlarm = new cloudwatch.Alarm(this, "DeadLettersAlarm", {
      alarmDescription: "An enquiry could not be posted to the coordinators' group for a day: replay the dead-letter queue (RUNBOOK: DeadLetters).",
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}

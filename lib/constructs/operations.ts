import { Duration, Validations } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as actions from "aws-cdk-lib/aws-cloudwatch-actions";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import * as sns from "aws-cdk-lib/aws-sns";
import * as subscriptions from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";
import { LogMessage, metricsNamespace, SERVICE_NAME, UpdateMetric } from "../../functions/observability/metric-names.ts";
import type { Stage } from "../deployment-config.ts";
import type { BotTable } from "./bot-table.ts";
import type { EnquiryNotifier } from "./enquiry-notifier.ts";

export interface OperationsProps {
  readonly stage: Stage;
  readonly table: BotTable;
  readonly webhook: IFunction;
  /** Where the webhook logs; its structured lines become the enquiry metrics. */
  readonly webhookLogGroup: logs.ILogGroup;
  readonly notifier: EnquiryNotifier;
  readonly reminders: IFunction;
  /** `-c alarmEmail=...`: subscribed to the alarm topic (confirm the mail AWS sends). @default - nobody; subscribe later */
  readonly alarmEmail?: string;
}

/** Operations that change data in the table; their throttling means people wait or retry. */
const tableOperations = [
  dynamodb.Operation.GET_ITEM,
  dynamodb.Operation.PUT_ITEM,
  dynamodb.Operation.UPDATE_ITEM,
  dynamodb.Operation.DELETE_ITEM,
  dynamodb.Operation.QUERY,
];

/**
 * What an operator needs to see trouble coming: one alarm per way the bot can fail people,
 * all sent to one SNS topic, and one dashboard. Each alarm's description names its section of
 * RUNBOOK.md, which says what it means and what to do.
 */
export class Operations extends Construct {
  public readonly alarmTopic: sns.Topic;
  public readonly alarms: cloudwatch.Alarm[] = [];
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const fiveMinutes = Duration.minutes(5);

    this.alarmTopic = new sns.Topic(this, "Alarms", {
      displayName: `Engagement bot (${props.stage}) alarms`,
      enforceSSL: true,
    });
    Validations.of(this.alarmTopic).acknowledge({
      id: "AwsSolutions-SNS2",
      reason:
        "Alarm notifications carry alarm names and figures, never personal data; CloudWatch cannot publish to a topic " +
        "encrypted with the AWS managed SNS key, and a customer key for this alone is not worth its cost.",
    });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));

    // What Telegram sees: the webhook answers 5xx when an update failed for now (DynamoDB or the
    // Bot API out), and the Function URL answers 5xx when the function crashed or timed out. Both
    // make Telegram redeliver, so this one count covers them; Lambda's Errors would see only the crashes.
    const webhookServerErrors = props.webhook.metric("Url5xxCount", { period: fiveMinutes, statistic: "Sum" });
    const webhookErrors = props.webhook.metricErrors({ period: fiveMinutes, statistic: "Sum" });
    const updateMetric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: metricsNamespace(props.stage),
        metricName,
        // Powertools Metrics adds the service to every metric; a metric is found by all its dimensions.
        dimensionsMap: { service: SERVICE_NAME },
        period: fiveMinutes,
        statistic: "Sum",
      });
    const updatesFailedPermanently = updateMetric(UpdateMetric.FailedPermanently);
    const updatesFailedTemporarily = updateMetric(UpdateMetric.FailedTemporarily);
    const webhookThrottles = props.webhook.metricThrottles({ period: fiveMinutes, statistic: "Sum" });
    const tableThrottles = props.table.table.metricThrottledRequestsForOperations({ operations: tableOperations, period: fiveMinutes });
    const notifierAge = props.notifier.function.metric("IteratorAge", { period: fiveMinutes, statistic: "Maximum" });
    const notifierErrors = props.notifier.function.metricErrors({ period: fiveMinutes, statistic: "Sum" });
    const deadLetters = props.notifier.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) });
    const reminderErrors = props.reminders.metricErrors({ period: Duration.hours(1), statistic: "Sum" });

    this.alarm("WebhookServerErrors", {
      description: "The webhook answered Telegram 5xx; Telegram redelivers those updates, but people wait for an answer (RUNBOOK: WebhookServerErrors).",
      metric: webhookServerErrors,
      threshold: 3,
    });
    this.alarm("UpdatesFailedPermanently", {
      description: "Updates failed for good (a bug, a message Telegram refuses, an update that fails validation); people got an apology or nothing instead of an answer (RUNBOOK: UpdatesFailedPermanently).",
      metric: updatesFailedPermanently,
      threshold: 1,
    });
    this.alarm("WebhookThrottles", {
      description: "Updates were turned away because the webhook's reserved concurrency was exhausted (RUNBOOK: WebhookThrottles).",
      metric: webhookThrottles,
      threshold: 1,
    });
    this.alarm("TableThrottles", {
      description: "DynamoDB throttled the bot's requests; dialogue steps and posts are retried, but slowly (RUNBOOK: TableThrottles).",
      metric: tableThrottles,
      threshold: 1,
    });
    this.alarm("NotifierAge", {
      description: "New enquiries have waited more than 15 minutes to be posted to the coordinators' group (RUNBOOK: NotifierAge).",
      metric: notifierAge,
      threshold: Duration.minutes(15).toMilliseconds(),
    });
    this.alarm("ReminderErrors", {
      description: "The reminder run failed twice within an hour; coordinators are not reminded of waiting enquiries (RUNBOOK: ReminderErrors).",
      metric: reminderErrors,
      threshold: 2,
    });
    // The dead-letter alarm is the notifier's own; it reports to the same topic.
    this.alarms.push(props.notifier.deadLetterAlarm);
    for (const alarm of this.alarms) {
      alarm.addAlarmAction(new actions.SnsAction(this.alarmTopic));
      alarm.addOkAction(new actions.SnsAction(this.alarmTopic));
    }

    // The functions log what happens to enquiries as JSON lines (never personal data); these
    // filters count them, so the enquiry figures need no metrics code in the features. The
    // messages are named once, in metric-names.ts, for this stack and the code that logs them.
    const countLines = (id: string, logGroup: logs.ILogGroup, pattern: logs.IFilterPattern, metricValue = "1") =>
      new logs.MetricFilter(this, id, { logGroup, filterPattern: pattern, metricNamespace: metricsNamespace(props.stage), metricName: id, metricValue })
        .metric({ period: Duration.hours(1), statistic: metricValue === "1" ? "Sum" : "Average" });
    const message = (text: string) => logs.FilterPattern.stringValue("$.message", "=", text);
    const created = countLines("EnquiriesCreated", props.webhookLogGroup, message(LogMessage.EnquiryCreated));
    const answered = countLines("EnquiriesAnswered", props.webhookLogGroup, message(LogMessage.FirstAnswer));
    const timeToFirstAnswer = countLines("HoursToFirstAnswer", props.webhookLogGroup, message(LogMessage.FirstAnswer), "$.hoursToFirstAnswer");
    const posted = countLines("EnquiriesPosted", props.notifier.logGroup, message(LogMessage.EnquiryPosted));
    const notifierFailures = countLines("NotifierFailures", props.notifier.logGroup, message(LogMessage.NotifierPostFailed));

    this.dashboard = new cloudwatch.Dashboard(this, "Dashboard", {
      dashboardName: `EngagementBot-${props.stage}`,
      defaultInterval: Duration.days(1),
    });
    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: "Alarms", alarms: this.alarms, width: 24, height: 3 }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: "Enquiries per hour: created, posted, first answers", left: [created, posted, answered], right: [notifierFailures], width: 12 }),
      new cloudwatch.GraphWidget({ title: "Hours to first answer (average per hour)", left: [timeToFirstAnswer], width: 12 }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: "Webhook: updates, 5xx answers, crashes and throttles",
        left: [props.webhook.metricInvocations({ period: fiveMinutes, statistic: "Sum" }), webhookServerErrors, webhookErrors, webhookThrottles],
        right: [updatesFailedPermanently, updatesFailedTemporarily],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: "Webhook: duration (p50, p95, p99)",
        left: ["p50", "p95", "p99"].map((statistic) => props.webhook.metricDuration({ period: fiveMinutes, statistic })),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: "Notifier: age of the oldest waiting enquiry (ms)", left: [notifierAge], right: [notifierErrors], width: 12 }),
      new cloudwatch.GraphWidget({ title: "Dead-letter queue: enquiries not posted", left: [deadLetters], width: 12 }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: "Table: consumed capacity and throttles",
        left: [
          props.table.table.metricConsumedReadCapacityUnits({ period: fiveMinutes }),
          props.table.table.metricConsumedWriteCapacityUnits({ period: fiveMinutes }),
        ],
        right: [tableThrottles],
        width: 12,
      }),
      new cloudwatch.GraphWidget({ title: "Reminders: runs and errors", left: [props.reminders.metricInvocations({ period: Duration.hours(1) }), reminderErrors], width: 12 }),
    );
  }

  private alarm(id: string, options: { description: string; metric: cloudwatch.IMetric; threshold: number }): void {
    this.alarms.push(
      new cloudwatch.Alarm(this, id, {
        alarmDescription: options.description,
        metric: options.metric,
        threshold: options.threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No traffic is no trouble: a quiet night must not page anyone.
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );
  }
}

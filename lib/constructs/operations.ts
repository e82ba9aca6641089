import { Duration, Validations } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as actions from "aws-cdk-lib/aws-cloudwatch-actions";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import * as sns from "aws-cdk-lib/aws-sns";
import * as subscriptions from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";
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

/** The namespace of a stage's metrics read from the functions' structured logs. */
export const metricsNamespace = (stage: Stage) => `EngagementBot/${stage}`;

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

    const webhookErrors = props.webhook.metricErrors({ period: fiveMinutes, statistic: "Sum" });
    const webhookThrottles = props.webhook.metricThrottles({ period: fiveMinutes, statistic: "Sum" });
    const tableThrottles = props.table.table.metricThrottledRequestsForOperations({ operations: tableOperations, period: fiveMinutes });
    const notifierAge = props.notifier.function.metric("IteratorAge", { period: fiveMinutes, statistic: "Maximum" });
    const notifierErrors = props.notifier.function.metricErrors({ period: fiveMinutes, statistic: "Sum" });
    const deadLetters = props.notifier.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) });
    const reminderErrors = props.reminders.metricErrors({ period: Duration.hours(1), statistic: "Sum" });

    this.alarm("WebhookErrors", {
      description: "The webhook failed updates; Telegram retries them, but people may wait or get no answer (RUNBOOK: WebhookErrors).",
      metric: webhookErrors,
      threshold: 3,
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
    // filters count them, so the metrics need no code or dependency in the functions.
    const countLines = (id: string, logGroup: logs.ILogGroup, pattern: logs.IFilterPattern, metricValue = "1") =>
      new logs.MetricFilter(this, id, { logGroup, filterPattern: pattern, metricNamespace: metricsNamespace(props.stage), metricName: id, metricValue })
        .metric({ period: Duration.hours(1), statistic: metricValue === "1" ? "Sum" : "Average" });
    const created = countLines("EnquiriesCreated", props.webhookLogGroup, logs.FilterPattern.stringValue("$.message", "=", "Enquiry created"));
    const answered = countLines("EnquiriesAnswered", props.webhookLogGroup, logs.FilterPattern.stringValue("$.message", "=", "First answer"));
    const timeToFirstAnswer = countLines("HoursToFirstAnswer", props.webhookLogGroup, logs.FilterPattern.stringValue("$.message", "=", "First answer"), "$.hoursToFirstAnswer");
    const posted = countLines("EnquiriesPosted", props.notifier.logGroup, logs.FilterPattern.stringValue("$.message", "=", "Enquiry posted to the coordinators"));
    const notifierFailures = countLines("NotifierFailures", props.notifier.logGroup, logs.FilterPattern.stringValue("$.message", "=", "Posting an enquiry failed; the stream will retry"));

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
        title: "Webhook: updates and errors",
        left: [props.webhook.metricInvocations({ period: fiveMinutes, statistic: "Sum" }), webhookErrors, webhookThrottles],
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

import { CfnOutput, Stack, type StackProps, Tags } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { BotFunction } from "./constructs/bot-function.ts";
import { BotSecret } from "./constructs/bot-secret.ts";
import { BotTable } from "./constructs/bot-table.ts";
import { EnquiryNotifier } from "./constructs/enquiry-notifier.ts";
import { Operations } from "./constructs/operations.ts";
import { ReminderSchedule } from "./constructs/reminder-schedule.ts";
import { WebhookEndpoint } from "./constructs/webhook-endpoint.ts";
import type { DeploymentConfig } from "./deployment-config.ts";

export type BotStackProps = StackProps &
  Pick<DeploymentConfig, "stage" | "botUsername" | "coordinatorChatId" | "reservedConcurrency" | "officeSchedule"> &
  Partial<Pick<DeploymentConfig, "translation" | "alarmEmail" | "officeSettings">>;

/**
 * The whole bot for one stage: its table, its secret and the webhook endpoint, wired.
 * A prod stack is protected against deletion, and so is its table (which also outlives it).
 */
export class BotStack extends Stack {
  constructor(scope: Construct, id: string, props: BotStackProps) {
    const { stage, botUsername, coordinatorChatId, reservedConcurrency, officeSchedule, translation, alarmEmail, officeSettings, ...stackProps } = props;
    const prod = stage === "prod";
    super(scope, id, {
      description: `Telegram bot of the volunteering office (${stage})`,
      terminationProtection: prod,
      ...stackProps,
    });
    Tags.of(this).add("project", "engagement-bot");
    Tags.of(this).add("stage", stage);

    const table = new BotTable(this, "Store", { protectData: prod });
    const secret = new BotSecret(this, "BotSecret");
    const webhook = new WebhookEndpoint(this, "Webhook", {
      stage,
      botUsername,
      coordinatorChatId,
      ...(reservedConcurrency === undefined ? {} : { reservedConcurrency }),
    });
    table.grantBotAccess(webhook.function);
    secret.grantRead(webhook.function);
    if (translation) webhook.enableTranslation();
    // The webhook tells people outside office hours when the office opens again.
    if (officeSchedule) webhook.function.addEnvironment("OFFICE_SCHEDULE", officeSchedule);
    const notifier = new EnquiryNotifier(this, "Notifier", {
      stage,
      table,
      secret,
      botUsername,
      coordinatorChatId,
    });
    const reminders = new ReminderSchedule(this, "Reminders", {
      stage,
      table,
      secret,
      botUsername,
      ...(officeSchedule === undefined ? {} : { officeSchedule }),
    });

    const operations = new Operations(this, "Operations", {
      stage,
      table,
      webhook: webhook.function,
      webhookLogGroup: webhook.logGroup,
      notifier,
      reminders: reminders.function,
      ...(alarmEmail === undefined ? {} : { alarmEmail }),
    });

    // Every function parses the same environment schema (functions/config.ts), so each gets the
    // office's settings: a limit the webhook enforces and the reminders count by must not differ.
    for (const botFunction of this.node.findAll().filter((construct) => construct instanceof BotFunction)) {
      for (const [variable, value] of Object.entries(officeSettings ?? {})) botFunction.function.addEnvironment(variable, value);
    }

    new CfnOutput(this, "WebhookUrl", {
      description: "The URL to give Telegram's setWebhook",
      value: webhook.functionUrl.url,
    });
    new CfnOutput(this, "BotSecretArn", {
      description: "Put the token from BotFather into botToken here (README, Deploy)",
      value: secret.secret.secretArn,
    });
    new CfnOutput(this, "TableName", { value: table.table.tableName });
    new CfnOutput(this, "Stage", { value: stage });
    new CfnOutput(this, "AlarmTopicArn", {
      description: "Subscribe to this topic to receive the bot's alarms (RUNBOOK.md)",
      value: operations.alarmTopic.topicArn,
    });
    new CfnOutput(this, "DeadLetterQueueUrl", {
      description: "Enquiries the notifier gave up on; npm run dlq:replay posts them",
      value: notifier.deadLetterQueue.queueUrl,
    });
    new CfnOutput(this, "DashboardName", { value: operations.dashboard.dashboardName });
  }
}

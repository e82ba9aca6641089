import { Match } from "aws-cdk-lib/assertions";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { App } from "aws-cdk-lib";
import { LogMessage, SERVICE_NAME, UpdateMetric } from "../../functions/observability/metric-names.ts";
import { InvalidDeploymentContext, readDeploymentConfig } from "../../lib/deployment-config.ts";
import { type SynthesisedBotStack, synthBotStack } from "./synth-bot-stack.ts";

type AlarmResource = { Properties: { AlarmName?: string; AlarmDescription: string; AlarmActions?: unknown[]; OKActions?: unknown[]; MetricName?: string; Namespace?: string; Threshold: number } };

describe("Operations", () => {
  let synthesised: SynthesisedBotStack;
  let alarms: AlarmResource[];

  beforeAll(() => {
    synthesised = synthBotStack({ bundle: false, context: { botUsername: "example_bot", alarmEmail: "ops@example.org" } });
    alarms = Object.values(synthesised.template.findResources("AWS::CloudWatch::Alarm")) as AlarmResource[];
  });

  it("alarms on webhook 5xx answers and throttles, lost updates, table throttles, notifier age, reminder errors and dead letters", () => {
    const watched = alarms.map((alarm) => `${alarm.Properties.Namespace ?? "expression"}:${alarm.Properties.MetricName ?? "math"}`).sort();
    expect(watched).toEqual(
      [
        "AWS/Lambda:Url5xxCount",
        "AWS/Lambda:Throttles",
        "EngagementBot/dev:UpdatesFailedPermanently",
        "expression:math",
        "AWS/Lambda:IteratorAge",
        "AWS/Lambda:Errors",
        "AWS/SQS:ApproximateNumberOfMessagesVisible",
      ].sort(),
    );
    synthesised.template.hasResourceProperties("AWS::CloudWatch::Alarm", { MetricName: "IteratorAge", Statistic: "Maximum", Threshold: 900_000 });
  });

  it("alarms when the webhook's Function URL answers Telegram 5xx three times in five minutes", () => {
    // The function behind the URL Telegram posts to, found through the URL rather than by logical id.
    const [url] = Object.values(synthesised.template.findResources("AWS::Lambda::Url")) as { Properties: { TargetFunctionArn: { "Fn::GetAtt": [string, string] } } }[];
    const webhookFunction = url!.Properties.TargetFunctionArn["Fn::GetAtt"][0];

    synthesised.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "AWS/Lambda",
      MetricName: "Url5xxCount",
      Dimensions: [{ Name: "FunctionName", Value: { Ref: webhookFunction } }],
      Statistic: "Sum",
      Period: 300,
      Threshold: 3,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      TreatMissingData: "notBreaching",
    });
  });

  it("alarms on the first update that failed for good, counted by the webhook in the stage's namespace", () => {
    synthesised.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "EngagementBot/dev",
      MetricName: UpdateMetric.FailedPermanently,
      // Exactly the dimensions Powertools Metrics writes; one more or less and the alarm watches nothing.
      Dimensions: [{ Name: "service", Value: SERVICE_NAME }],
      Statistic: "Sum",
      Period: 300,
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
    });
    // The webhook learns the stage whose namespace it writes to (metricsNamespace(STAGE)), and the service the alarm names.
    synthesised.template.hasResourceProperties("AWS::Lambda::Function", {
      Description: "Telegram webhook of the engagement bot",
      Environment: { Variables: Match.objectLike({ STAGE: "dev", POWERTOOLS_SERVICE_NAME: SERVICE_NAME }) },
    });
  });

  it("sends every alarm, and its all-clear, to the one SNS topic an operator subscribes to", () => {
    const topics = Object.keys(synthesised.template.findResources("AWS::SNS::Topic"));
    expect(topics).toHaveLength(1);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topics[0] }]);
      expect(alarm.Properties.OKActions).toEqual([{ Ref: topics[0] }]);
    }
    synthesised.template.hasResourceProperties("AWS::SNS::Subscription", { Protocol: "email", Endpoint: "ops@example.org" });
    synthesised.template.hasOutput("AlarmTopicArn", { Value: { Ref: topics[0] } });
  });

  it("names, in each alarm's description, a section of RUNBOOK.md that exists", () => {
    const runbook = readFileSync(new URL("../../RUNBOOK.md", import.meta.url), "utf8");
    const headings = [...runbook.matchAll(/^#{2,3} (.+)$/gm)].map((match) => match[1]);
    for (const alarm of alarms) {
      const section = /RUNBOOK: (\w+)/.exec(alarm.Properties.AlarmDescription)?.[1];
      expect(section, alarm.Properties.AlarmDescription).toBeDefined();
      expect(headings.some((heading) => heading?.startsWith(section ?? "?")), `no section ${section} in RUNBOOK.md`).toBe(true);
    }
  });

  it("draws a dashboard of the webhook, the notifier, the dead letters, the table and the reminders", () => {
    synthesised.template.hasResourceProperties("AWS::CloudWatch::Dashboard", { DashboardName: "EngagementBot-dev" });
    const body = JSON.stringify(synthesised.template.findResources("AWS::CloudWatch::Dashboard"));
    for (const title of ["Webhook: duration (p50, p95, p99)", "Webhook: updates, 5xx answers", "Notifier: age", "Dead-letter queue", "Table: consumed capacity", "Reminders"]) {
      expect(body).toContain(title);
    }
    for (const metric of ["Url5xxCount", UpdateMetric.FailedPermanently, UpdateMetric.FailedTemporarily]) expect(body).toContain(metric);
  });

  it("subscribes nobody when no alarmEmail is given, and refuses one that is not an address", () => {
    const quiet = synthBotStack({ bundle: false, context: { botUsername: "example_bot" } });
    quiet.template.resourceCountIs("AWS::SNS::Subscription", 0);
    quiet.template.hasResourceProperties("AWS::SNS::TopicPolicy", Match.anyValue());
    expect(() => readDeploymentConfig(new App({ context: { alarmEmail: "ops at example" } }))).toThrow(InvalidDeploymentContext);
  });
});

describe("Operations, enquiry metrics", () => {
  it("counts created, posted and first-answered enquiries, notifier failures and the hours to a first answer from the log lines the functions write", () => {
    const { template } = synthBotStack({ bundle: false, context: { botUsername: "example_bot" } });
    const filters = Object.values(template.findResources("AWS::Logs::MetricFilter")) as {
      Properties: { FilterPattern: string; MetricTransformations: { MetricName: string; MetricNamespace: string; MetricValue: string }[] };
    }[];
    const byName = Object.fromEntries(filters.map((filter) => [filter.Properties.MetricTransformations[0]!.MetricName, filter.Properties]));

    expect(Object.keys(byName).sort()).toEqual(["EnquiriesAnswered", "EnquiriesCreated", "EnquiriesPosted", "HoursToFirstAnswer", "NotifierFailures"]);
    expect(byName.HoursToFirstAnswer!.MetricTransformations[0]).toMatchObject({ MetricNamespace: "EngagementBot/dev", MetricValue: "$.hoursToFirstAnswer" });
    // Each pattern matches a message the code really logs, by its shared name or, where the
    // logging code does not use the shared name yet, word for word.
    const writers: Record<keyof typeof LogMessage, string> = {
      EnquiryCreated: "functions/bot/features/enquiry.ts",
      FirstAnswer: "functions/bot/features/coordination/group.ts",
      EnquiryPosted: "functions/bot/coordinator-notifier.ts",
      NotifierPostFailed: "functions/notifier/handler.ts",
    };
    const patterns = Object.values(byName).map(({ FilterPattern }) => /\$\.message = "([^"]+)"/.exec(FilterPattern)?.[1]);
    expect(new Set(patterns)).toEqual(new Set(Object.values(LogMessage)));
    for (const [name, file] of Object.entries(writers)) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
      const message = LogMessage[name as keyof typeof LogMessage];
      expect(source.includes(`LogMessage.${name}`) || source.includes(`"${message}"`), `${file} logs "${message}"`).toBe(true);
    }
  });
});

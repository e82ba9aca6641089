import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { type SynthesisedBotStack, synthBotStack } from "./synth-bot-stack.ts";

describe("EnquiryNotifier", () => {
  let synthesised: SynthesisedBotStack;

  beforeAll(() => {
    synthesised = synthBotStack({ bundle: false, context: { botUsername: "example_bot", coordinatorChatId: "-1001234567890" } });
  });

  it("is fed only new enquiries and enquiries TTL removed from the table's stream, retrying failed records alone and keeping the rest", () => {
    synthesised.template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      StartingPosition: "TRIM_HORIZON",
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 86_400,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: {
        Filters: [
          { Pattern: JSON.stringify({ eventName: ["INSERT"], dynamodb: { Keys: { sk: { S: ["ENQUIRY"] } } } }) },
          // Only the TTL service's removals: a person's /deletemydata clears the group itself.
          { Pattern: JSON.stringify({ eventName: ["REMOVE"], userIdentity: { type: ["Service"], principalId: ["dynamodb.amazonaws.com"] }, dynamodb: { Keys: { sk: { S: ["ENQUIRY"] } } } }) },
        ],
      },
    });
  });

  it("raises an alarm on the first enquiry that reaches the dead-letter queue", () => {
    synthesised.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "ApproximateNumberOfMessagesVisible",
      Namespace: "AWS/SQS",
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
    });
    synthesised.template.hasResourceProperties("AWS::SQS::Queue", { SqsManagedSseEnabled: true });
  });

  it("may read and mark enquiries and delete what leads to an expired one, and nothing else of the table", () => {
    const policies = Object.values(synthesised.template.findResources("AWS::IAM::Policy")).map((policy) => JSON.stringify(policy));
    const notifierPolicy = policies.find((policy) => policy.includes("dynamodb:GetRecords"));
    expect(notifierPolicy).toBeDefined();
    expect(notifierPolicy).toContain('"dynamodb:DeleteItem","dynamodb:GetItem","dynamodb:PutItem","dynamodb:Query","dynamodb:UpdateItem"');
    expect(notifierPolicy).not.toMatch(/dynamodb:(BatchWriteItem|Scan)/);
    expect(notifierPolicy).toContain("secretsmanager:GetSecretValue");
  });

  it("tells the function the coordinators' group", () => {
    synthesised.template.hasResourceProperties("AWS::Lambda::Function", {
      Description: "Posts new enquiries to the coordinators' Telegram group",
      Environment: { Variables: Match.objectLike({ COORDINATOR_CHAT_ID: "-1001234567890", TABLE_NAME: Match.anyValue(), BOT_SECRET_ARN: Match.anyValue() }) },
    });
  });
});

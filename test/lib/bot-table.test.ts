import { App, Stack } from "aws-cdk-lib";
import { Capture, Match, Template } from "aws-cdk-lib/assertions";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { describe, expect, it } from "vitest";
import { BotTable, type BotTableProps } from "../../lib/constructs/bot-table.ts";
import { tableSchema } from "../../functions/store/table-schema.ts";

function tableInBareStack(props?: BotTableProps) {
  const stack = new Stack(new App(), "TableTest");
  const botTable = new BotTable(stack, "Store", props);
  const fn = new lambda.Function(stack, "Reader", {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: "index.handler",
    code: lambda.Code.fromInline("export const handler = async () => {};"),
  });
  botTable.grantBotAccess(fn);
  return { template: Template.fromStack(stack) };
}

describe("BotTable", () => {
  const { template } = tableInBareStack();

  it("creates one on-demand table keyed by the string attributes pk and sk", () => {
    // Assess
    template.resourceCountIs("AWS::DynamoDB::Table", 1);
    template.hasResourceProperties("AWS::DynamoDB::Table", {
      BillingMode: "PAY_PER_REQUEST",
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: "pk", AttributeType: "S" },
        { AttributeName: "sk", AttributeType: "S" },
      ]),
    });
  });

  it("adds every index of tableSchema with string keys and all attributes projected", () => {
    // Prepare
    const indexes = new Capture();
    const attributes = new Capture();

    // Act
    template.hasResourceProperties("AWS::DynamoDB::Table", {
      GlobalSecondaryIndexes: indexes,
      AttributeDefinitions: attributes,
    });

    // Assess
    expect(indexes.asArray()).toEqual(
      tableSchema.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    );
    for (const index of tableSchema.globalSecondaryIndexes) {
      expect(attributes.asArray()).toContainEqual({ AttributeName: index.partitionKey, AttributeType: "S" });
      expect(attributes.asArray()).toContainEqual({ AttributeName: index.sortKey, AttributeType: "S" });
    }
  });

  it("keeps point-in-time backups, encrypts at rest, expires items by expiresAt and streams old and new images", () => {
    // Assess
    template.hasResourceProperties("AWS::DynamoDB::Table", {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
      StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
    });
  });

  it("leaves the table deletable unless asked to protect the data", () => {
    // Assess
    template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Delete",
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
  });

  it("protects the data with deletion protection and a Retain policy when asked", () => {
    // Act
    const { template: protectedTemplate } = tableInBareStack({ protectData: true });

    // Assess
    protectedTemplate.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
  });

  it("grants the item and query actions on the table and Query alone on each index by name", () => {
    // Prepare
    const statements = new Capture();
    const [tableId] = Object.keys(template.findResources("AWS::DynamoDB::Table"));
    const tableArn = { "Fn::GetAtt": [tableId, "Arn"] };

    // Act
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: { Statement: statements },
    });

    // Assess
    const dynamodbStatements = (statements.asArray() as { Effect: string; Action: string | string[]; Resource: unknown }[])
      .map((statement) => ({ ...statement, Action: [statement.Action].flat().sort() }))
      .filter((statement) => statement.Action.some((action) => action.startsWith("dynamodb:")));
    expect(dynamodbStatements).toEqual([
      {
        Effect: "Allow",
        Action: [
          "dynamodb:BatchWriteItem",
          "dynamodb:DeleteItem",
          "dynamodb:GetItem",
          "dynamodb:PutItem",
          "dynamodb:Query",
          "dynamodb:UpdateItem",
        ],
        Resource: tableArn,
      },
      {
        Effect: "Allow",
        Action: ["dynamodb:Query"],
        Resource: tableSchema.globalSecondaryIndexes.map((index) => ({
          "Fn::Join": ["", [tableArn, `/index/${index.indexName}`]],
        })),
      },
    ]);
  });

  it("tells the function the table name in TABLE_NAME", () => {
    // Prepare
    const tableRef = new Capture();

    // Act
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: { TABLE_NAME: { Ref: tableRef } } },
    });

    // Assess
    expect(Object.keys(template.findResources("AWS::DynamoDB::Table"))).toEqual([tableRef.asString()]);
  });
});

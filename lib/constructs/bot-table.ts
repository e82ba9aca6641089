import { RemovalPolicy } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import { Construct } from "constructs";
import { tableSchema } from "../../functions/store/table-schema.ts";

export interface BotTableProps {
  /**
   * Protect the data: DynamoDB refuses to delete the table, and CloudFormation keeps it
   * when the stack is deleted. Set for production; a dev table is disposable.
   *
   * @default false
   */
  readonly protectData?: boolean;
}

/**
 * The bot's single DynamoDB table, with the keys and indexes of `tableSchema` (shared with
 * the local runtime). On-demand, point-in-time recovery, encrypted with the AWS managed key,
 * TTL on `expiresAt`, and a stream of old and new images for the notifier.
 */
export class BotTable extends Construct {
  public readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: BotTableProps = {}) {
    super(scope, id);
    const protectData = props.protectData ?? false;

    this.table = new dynamodb.Table(this, "Table", {
      partitionKey: { name: tableSchema.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: tableSchema.sortKey, type: dynamodb.AttributeType.STRING },
      // A city office's bot sees bursts (a post goes out) and long quiet spells.
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The AWS managed key puts every use of the key in CloudTrail at no key cost; a
      // customer managed key would add a key policy to maintain and protect nothing more here.
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: tableSchema.timeToLiveAttribute,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      deletionProtection: protectData,
      removalPolicy: protectData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    for (const index of tableSchema.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }

  /**
   * Lets `fn` read and write the bot's items and tells it the table in `TABLE_NAME`.
   *
   * Exactly GetItem, PutItem, UpdateItem, DeleteItem, BatchWriteItem (erasing a person's
   * data) and Query on the table, plus Query on each index by name. No Scan, no
   * DescribeTable, nothing on any other table.
   */
  public grantBotAccess(fn: lambda.Function): void {
    iam.Grant.addToPrincipal({
      grantee: fn,
      actions: [
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:BatchWriteItem",
        "dynamodb:Query",
      ],
      resourceArns: [this.table.tableArn],
    });
    iam.Grant.addToPrincipal({
      grantee: fn,
      actions: ["dynamodb:Query"],
      resourceArns: tableSchema.globalSecondaryIndexes.map(
        (index) => `${this.table.tableArn}/index/${index.indexName}`,
      ),
    });
    fn.addEnvironment("TABLE_NAME", this.table.tableName);
  }

  /**
   * Lets the notifier read an enquiry, record where it was posted (GetItem, UpdateItem, and PutItem
   * for the item that finds an enquiry by its topic), pick a team member (Query the coordinators),
   * and, when TTL removed an enquiry, delete what led to it (DeleteItem on its reference and relay
   * pointers, PutItem for the marker and the anonymous figures); tells it the table in `TABLE_NAME`.
   * Reading the stream is granted by the event source.
   */
  public grantNotifierAccess(fn: lambda.Function): void {
    iam.Grant.addToPrincipal({
      grantee: fn,
      actions: ["dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:DeleteItem"],
      resourceArns: [this.table.tableArn],
    });
    fn.addEnvironment("TABLE_NAME", this.table.tableName);
  }

  /**
   * Lets the reminder check list waiting enquiries (Query on the status index), read coordinators
   * and enquiries (GetItem) and record sent reminders (UpdateItem); sets `TABLE_NAME`.
   */
  public grantReminderAccess(fn: lambda.Function): void {
    iam.Grant.addToPrincipal({ grantee: fn, actions: ["dynamodb:GetItem", "dynamodb:UpdateItem"], resourceArns: [this.table.tableArn] });
    iam.Grant.addToPrincipal({ grantee: fn, actions: ["dynamodb:Query"], resourceArns: [`${this.table.tableArn}/index/gsi1`] });
    fn.addEnvironment("TABLE_NAME", this.table.tableName);
  }
}

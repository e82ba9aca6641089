import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { queryAll } from "./query-all.ts";
import { ENDED_STATUSES } from "../domain/enquiry-lifecycle.ts";
import type { Coordination, Enquiry, EnquiryChange, EnquiryEvent, EnquiryStatus, EnquiryStore } from "../domain/enquiry.ts";
import { enquiryFromItem } from "./enquiry-item.ts";
import { epochSeconds, tableKeys } from "./table-keys.ts";

const enquiryKey = tableKeys.enquiry;

/**
 * One item per enquiry (`ENQUIRY#<id>` / `ENQUIRY`), its history in the item (a consultation's
 * messages stay far below DynamoDB's 400 KB), indexed by status (gsi1: oldest first) and by
 * enquirer (gsi3). Ended enquiries carry `expiresAt`, and are treated as gone once it has passed.
 */
export class DynamoDbEnquiryStore implements EnquiryStore {
  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async nextSequence(year: number): Promise<number> {
    const { Attributes } = await this.documentClient.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: tableKeys.referenceCounter(year),
        UpdateExpression: "ADD #sequence :one",
        ExpressionAttributeNames: { "#sequence": "sequence" },
        ExpressionAttributeValues: { ":one": 1 },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    return Number(Attributes?.sequence);
  }

  async create(enquiry: Enquiry): Promise<{ created: boolean; enquiry: Enquiry }> {
    try {
      await this.documentClient.send(
        new PutCommand({ TableName: this.tableName, Item: this.toItem(enquiry), ConditionExpression: "attribute_not_exists(pk)" }),
      );
      return { created: true, enquiry };
    } catch (error) {
      // The same draft sent twice (a double tap, a redelivered update): the first one stands.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.get(enquiry.id);
      if (!existing) throw error;
      return { created: false, enquiry: existing };
    }
  }

  async get(id: string): Promise<Enquiry | undefined> {
    const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: enquiryKey(id), ConsistentRead: true }));
    return Item && !this.expired(Item) ? this.fromItem(Item) : undefined;
  }

  async listByEnquirer(enquirerId: number, options: { includeExpired?: boolean } = {}): Promise<Enquiry[]> {
    const items = await queryAll(this.documentClient, {
      TableName: this.tableName,
      IndexName: "gsi3",
      KeyConditionExpression: "gsi3pk = :enquirer",
      ExpressionAttributeValues: { ":enquirer": tableKeys.byEnquirer(enquirerId) },
      ScanIndexForward: false,
    });
    return items.filter((item) => options.includeExpired || !this.expired(item)).map((item) => this.fromItem(item));
  }

  async addEvent(id: string, event: EnquiryEvent, options: EnquiryChange = {}): Promise<Enquiry | undefined> {
    const set = ["events = list_append(events, :event)", "updatedAt = :now"];
    const values: Record<string, unknown> = { ":event": [event], ":now": event.at };
    const names: Record<string, string> = {};
    if (options.assignee !== undefined) {
      // gsi2: a coordinator's enquiries, most recently changed first.
      set.push("assignee = :assignee", "gsi2pk = :coordinatorKey", "gsi2sk = :now");
      values[":assignee"] = options.assignee;
      values[":coordinatorKey"] = tableKeys.byAssignee(options.assignee);
    }
    if (options.status) {
      set.push("#status = :status", "gsi1pk = :statusKey");
      names["#status"] = "status";
      values[":status"] = options.status;
      values[":statusKey"] = tableKeys.byStatus(options.status);
    }
    if (options.deleteAfter) {
      set.push("expiresAt = :expires");
      values[":expires"] = epochSeconds(options.deleteAfter);
    }
    let condition = "attribute_exists(pk)";
    if (options.expectedStatus) {
      condition += " AND #status = :expected";
      names["#status"] = "status";
      values[":expected"] = options.expectedStatus;
    }
    try {
      const { Attributes } = await this.documentClient.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: enquiryKey(id),
          UpdateExpression: `SET ${set.join(", ")}${options.status && !options.deleteAfter ? " REMOVE expiresAt" : ""}`,
          ConditionExpression: condition,
          ExpressionAttributeNames: Object.keys(names).length > 0 ? names : undefined,
          ExpressionAttributeValues: values,
          ReturnValues: "ALL_NEW",
        }),
      );
      return Attributes ? this.fromItem(Attributes) : undefined;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async listByStatus(status: EnquiryStatus, options: { includeExpired?: boolean } = {}): Promise<Enquiry[]> {
    const items = await this.itemsWithStatus(status);
    return items.filter((item) => options.includeExpired || !this.expired(item)).map((item) => this.fromItem(item));
  }

  async listExpired(): Promise<Enquiry[]> {
    const ended = (await Promise.all([...ENDED_STATUSES].map((status) => this.itemsWithStatus(status)))).flat();
    return ended.filter((item) => this.expired(item)).map((item) => this.fromItem(item));
  }

  private itemsWithStatus(status: EnquiryStatus) {
    return queryAll(this.documentClient, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :status",
      ExpressionAttributeValues: { ":status": tableKeys.byStatus(status) },
    });
  }

  async setCoordination(id: string, coordination: Coordination): Promise<void> {
    await this.documentClient.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: enquiryKey(id),
        UpdateExpression: "SET coordination = :coordination",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":coordination": coordination },
      }),
    );
  }

  async rate(id: string, rating: number): Promise<boolean> {
    try {
      await this.documentClient.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: enquiryKey(id),
          UpdateExpression: "SET rating = :rating",
          ConditionExpression: "attribute_exists(pk) AND #status = :closed AND attribute_not_exists(rating)",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":rating": rating, ":closed": "closed" },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async markReminded(id: string, kind: "coordinators" | "enquirer", at: Date): Promise<void> {
    await this.documentClient.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: enquiryKey(id),
        UpdateExpression: "SET #when = :at",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#when": kind === "coordinators" ? "remindedCoordinatorsAt" : "reassuredEnquirerAt" },
        ExpressionAttributeValues: { ":at": at.toISOString() },
      }),
    );
  }

  async listByAssignee(userId: number): Promise<Enquiry[]> {
    const items = await queryAll(this.documentClient, {
      TableName: this.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :coordinator",
      ExpressionAttributeValues: { ":coordinator": tableKeys.byAssignee(userId) },
      ScanIndexForward: false,
    });
    return items.filter((item) => !this.expired(item)).map((item) => this.fromItem(item));
  }

  async delete(id: string): Promise<void> {
    await this.documentClient.send(new DeleteCommand({ TableName: this.tableName, Key: enquiryKey(id) }));
  }

  private expired(item: Record<string, unknown>): boolean {
    return typeof item.expiresAt === "number" && item.expiresAt * 1000 <= this.now().getTime();
  }

  private toItem(enquiry: Enquiry): Record<string, unknown> {
    return {
      ...enquiryKey(enquiry.id),
      ...enquiry,
      gsi1pk: tableKeys.byStatus(enquiry.status),
      gsi1sk: `${enquiry.createdAt}#${enquiry.id}`,
      gsi3pk: tableKeys.byEnquirer(enquiry.enquirerId),
      gsi3sk: `${enquiry.createdAt}#${enquiry.id}`,
    };
  }

  private fromItem(item: Record<string, unknown>): Enquiry {
    return enquiryFromItem(item);
  }
}

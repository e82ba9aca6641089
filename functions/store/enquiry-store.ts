import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { queryAll } from "./query-all.ts";
import { ENDED_STATUSES } from "../domain/enquiry-lifecycle.ts";
import type { Coordination, CoordinationPlace, Enquiry, EnquiryChange, EnquiryEvent, EnquiryStatus, EnquiryStore } from "../domain/enquiry.ts";

const enquiryKey = (id: string) => ({ pk: `ENQUIRY#${id}`, sk: "ENQUIRY" });
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
/** `COORDINATION#<chat>#topic:<thread>`, or `#card:<message>` in a group without topics. */
const coordinationPlace = (chatId: number, threadId: number | undefined, cardMessageId: number | undefined) =>
  threadId !== undefined
    ? { pk: `COORDINATION#${chatId}#topic:${threadId}`, sk: "ENQUIRY" }
    : cardMessageId !== undefined
      ? { pk: `COORDINATION#${chatId}#card:${cardMessageId}`, sk: "ENQUIRY" }
      : undefined;

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
        Key: { pk: "COUNTER", sk: `ENQUIRY#${year}` },
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
      ExpressionAttributeValues: { ":enquirer": `ENQUIRER#${enquirerId}` },
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
      values[":coordinatorKey"] = `COORDINATOR#${options.assignee}`;
    }
    if (options.status) {
      set.push("#status = :status", "gsi1pk = :statusKey");
      names["#status"] = "status";
      values[":status"] = options.status;
      values[":statusKey"] = `ENQUIRY_STATUS#${options.status}`;
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
      ExpressionAttributeValues: { ":status": `ENQUIRY_STATUS#${status}` },
    });
  }

  async setCoordination(id: string, coordination: Coordination): Promise<void> {
    // The Bot API cannot list topics: a message in a topic finds its enquiry through this item.
    // Written first, so that the enquiry's own record is the last step: when it is there, all is.
    const place = coordinationPlace(coordination.chatId, coordination.threadId, coordination.cardMessageId);
    if (place) await this.documentClient.send(new PutCommand({ TableName: this.tableName, Item: { ...place, enquiryId: id } }));
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

  async rememberRelay(enquirerId: number, messageId: number, enquiryId: string, until: Date): Promise<void> {
    await this.documentClient.send(
      new PutCommand({ TableName: this.tableName, Item: { pk: `RELAY#${enquirerId}`, sk: `MESSAGE#${messageId}`, enquiryId, expiresAt: epochSeconds(until) } }),
    );
  }

  async findRelay(enquirerId: number, messageId: number): Promise<string | undefined> {
    const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: { pk: `RELAY#${enquirerId}`, sk: `MESSAGE#${messageId}` } }));
    return Item && !this.expired(Item) && typeof Item.enquiryId === "string" ? Item.enquiryId : undefined;
  }

  async forgetRelays(enquirerId: number): Promise<void> {
    const items = await queryAll(this.documentClient, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `RELAY#${enquirerId}` },
    });
    for (const item of items) await this.documentClient.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: item.pk, sk: item.sk } }));
  }

  async firstTime(key: string): Promise<boolean> {
    try {
      await this.documentClient.send(
        new PutCommand({ TableName: this.tableName, Item: { pk: `ONCE#${key}`, sk: "ONCE", at: this.now().toISOString() }, ConditionExpression: "attribute_not_exists(pk)" }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
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
      ExpressionAttributeValues: { ":coordinator": `COORDINATOR#${userId}` },
      ScanIndexForward: false,
    });
    return items.filter((item) => !this.expired(item)).map((item) => this.fromItem(item));
  }

  async rememberReference(reference: string, id: string): Promise<void> {
    await this.documentClient.send(new PutCommand({ TableName: this.tableName, Item: { pk: `REFERENCE#${reference}`, sk: "ENQUIRY", enquiryId: id } }));
  }

  async findByReference(reference: string): Promise<Enquiry | undefined> {
    const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: { pk: `REFERENCE#${reference}`, sk: "ENQUIRY" } }));
    return typeof Item?.enquiryId === "string" ? this.get(Item.enquiryId) : undefined;
  }

  async findByCoordination(chatId: number, threadId: number | undefined, cardMessageId: number | undefined): Promise<Enquiry | undefined> {
    const place = await this.placeOf(chatId, threadId, cardMessageId);
    return place?.kind === "enquiry" ? place.enquiry : undefined;
  }

  async placeOf(chatId: number, threadId: number | undefined, cardMessageId: number | undefined): Promise<CoordinationPlace | undefined> {
    const key = coordinationPlace(chatId, threadId, cardMessageId);
    if (!key) return undefined;
    const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: key }));
    if (!Item || this.expired(Item)) return undefined;
    if (typeof Item.erasedReference === "string") return { kind: "erased", reference: Item.erasedReference };
    const enquiry = typeof Item.enquiryId === "string" ? await this.get(Item.enquiryId) : undefined;
    return enquiry ? { kind: "enquiry", enquiry } : undefined;
  }

  async delete(id: string): Promise<void> {
    await this.documentClient.send(new DeleteCommand({ TableName: this.tableName, Key: enquiryKey(id) }));
  }

  async erase(enquiry: Pick<Enquiry, "id" | "reference" | "enquirerId" | "coordination">, keepMarkerUntil: Date): Promise<void> {
    const place = enquiry.coordination && coordinationPlace(enquiry.coordination.chatId, enquiry.coordination.threadId, enquiry.coordination.cardMessageId);
    // The marker holds the reference only: nothing about the person, and it expires.
    if (place) {
      await this.documentClient.send(
        new PutCommand({ TableName: this.tableName, Item: { ...place, erasedReference: enquiry.reference, expiresAt: epochSeconds(keepMarkerUntil) } }),
      );
    }
    await this.documentClient.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: `REFERENCE#${enquiry.reference}`, sk: "ENQUIRY" } }));
    const relays = await queryAll(this.documentClient, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk",
      FilterExpression: "enquiryId = :id",
      ExpressionAttributeValues: { ":pk": `RELAY#${enquiry.enquirerId}`, ":id": enquiry.id },
    });
    for (const relay of relays) await this.documentClient.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: relay.pk, sk: relay.sk } }));
    // Last: while the enquiry is there, a repeated erase finds everything again.
    await this.delete(enquiry.id);
  }

  private expired(item: Record<string, unknown>): boolean {
    return typeof item.expiresAt === "number" && item.expiresAt * 1000 <= this.now().getTime();
  }

  private toItem(enquiry: Enquiry): Record<string, unknown> {
    return {
      ...enquiryKey(enquiry.id),
      ...enquiry,
      gsi1pk: `ENQUIRY_STATUS#${enquiry.status}`,
      gsi1sk: `${enquiry.createdAt}#${enquiry.id}`,
      gsi3pk: `ENQUIRER#${enquiry.enquirerId}`,
      gsi3sk: `${enquiry.createdAt}#${enquiry.id}`,
    };
  }

  private fromItem(item: Record<string, unknown>): Enquiry {
    return enquiryFromItem(item);
  }
}

/** The enquiry an item holds, without the table's keys and index attributes. */
export function enquiryFromItem(item: Record<string, unknown>): Enquiry {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g1s, gsi2pk: _g2, gsi2sk: _g2s, gsi3pk: _g3, gsi3sk: _g3s, expiresAt: _expires, ...enquiry } = item;
  return enquiry as unknown as Enquiry;
}

import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Coordination, Enquiry } from "../domain/enquiry.ts";
import type { EnquiryLookups, PlaceInGroup } from "../domain/enquiry-lookups.ts";
import { queryAll } from "./query-all.ts";
import { epochSeconds, tableKeys } from "./table-keys.ts";

/** The lookups as small items beside the enquiries; relay pointers expire, the rest goes with its enquiry. */
export class DynamoDbEnquiryLookups implements EnquiryLookups {
  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async rememberReference(reference: string, enquiryId: string): Promise<void> {
    await this.put({ ...tableKeys.reference(reference), enquiryId });
  }

  async findByReference(reference: string): Promise<string | undefined> {
    const item = await this.get(tableKeys.reference(reference));
    return typeof item?.enquiryId === "string" ? item.enquiryId : undefined;
  }

  async rememberPlace(coordination: Coordination, enquiryId: string): Promise<void> {
    const key = tableKeys.place(coordination.chatId, coordination.threadId, coordination.cardMessageId);
    if (key) await this.put({ ...key, enquiryId });
  }

  async placeOf(chatId: number, threadId: number | undefined, cardMessageId: number | undefined): Promise<PlaceInGroup | undefined> {
    const key = tableKeys.place(chatId, threadId, cardMessageId);
    const item = key && (await this.get(key));
    if (!item) return undefined;
    if (typeof item.erasedReference === "string") return { kind: "erased", reference: item.erasedReference };
    return typeof item.enquiryId === "string" ? { kind: "enquiry", enquiryId: item.enquiryId } : undefined;
  }

  async rememberRelay(enquirerId: number, messageId: number, enquiryId: string, until: Date): Promise<void> {
    await this.put({ ...tableKeys.relay(enquirerId, messageId), enquiryId, expiresAt: epochSeconds(until) });
  }

  async findRelay(enquirerId: number, messageId: number): Promise<string | undefined> {
    const item = await this.get(tableKeys.relay(enquirerId, messageId));
    return typeof item?.enquiryId === "string" ? item.enquiryId : undefined;
  }

  async forgetRelays(enquirerId: number): Promise<void> {
    const relays = await queryAll(this.documentClient, { TableName: this.tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": tableKeys.relays(enquirerId) } });
    for (const relay of relays) await this.delete({ pk: relay.pk, sk: relay.sk });
  }

  async forget(enquiry: Pick<Enquiry, "id" | "reference" | "enquirerId" | "coordination">, keepMarkerUntil: Date): Promise<void> {
    const place = enquiry.coordination && tableKeys.place(enquiry.coordination.chatId, enquiry.coordination.threadId, enquiry.coordination.cardMessageId);
    // The marker holds the reference only: nothing about the person, and it expires.
    if (place) await this.put({ ...place, erasedReference: enquiry.reference, expiresAt: epochSeconds(keepMarkerUntil) });
    await this.delete(tableKeys.reference(enquiry.reference));
    const relays = await queryAll(this.documentClient, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk",
      FilterExpression: "enquiryId = :id",
      ExpressionAttributeValues: { ":pk": tableKeys.relays(enquiry.enquirerId), ":id": enquiry.id },
    });
    for (const relay of relays) await this.delete({ pk: relay.pk, sk: relay.sk });
  }

  async firstTime(key: string): Promise<boolean> {
    try {
      await this.documentClient.send(new PutCommand({ TableName: this.tableName, Item: { ...tableKeys.once(key), at: this.now().toISOString() }, ConditionExpression: "attribute_not_exists(pk)" }));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** An item, unless it has expired (DynamoDB's TTL deletes lazily). */
  private async get(key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: key }));
    return Item && !(typeof Item.expiresAt === "number" && Item.expiresAt * 1000 <= this.now().getTime()) ? Item : undefined;
  }

  private async put(item: Record<string, unknown>): Promise<void> {
    await this.documentClient.send(new PutCommand({ TableName: this.tableName, Item: item }));
  }

  private async delete(key: Record<string, unknown>): Promise<void> {
    await this.documentClient.send(new DeleteCommand({ TableName: this.tableName, Key: key }));
  }
}

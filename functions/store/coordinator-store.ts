import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Coordinator, CoordinatorStore } from "../domain/coordinators.ts";

const coordinatorKey = (userId: number) => ({ pk: `COORDINATOR#${userId}`, sk: "PROFILE" });

/** `COORDINATOR#<telegram user id>` / `PROFILE`: who may act on enquiries. */
export class DynamoDbCoordinatorStore implements CoordinatorStore {
  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(userId: number): Promise<Coordinator | undefined> {
    const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: coordinatorKey(userId), ConsistentRead: true }));
    if (!Item || (Item.status !== "pending" && Item.status !== "active")) return undefined;
    return { userId, firstName: String(Item.firstName), status: Item.status, registeredAt: String(Item.registeredAt), ...(Item.confirmedBy ? { confirmedBy: Number(Item.confirmedBy) } : {}) };
  }

  async save(coordinator: Coordinator): Promise<void> {
    await this.documentClient.send(new PutCommand({ TableName: this.tableName, Item: { ...coordinatorKey(coordinator.userId), ...coordinator } }));
  }

  async remove(userId: number): Promise<void> {
    await this.documentClient.send(new DeleteCommand({ TableName: this.tableName, Key: coordinatorKey(userId) }));
  }
}

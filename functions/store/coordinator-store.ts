import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Coordinator, CoordinatorStore } from "../domain/coordinators.ts";
import { queryAll } from "./query-all.ts";

/** All coordinators in one partition (`COORDINATORS` / `USER#<telegram user id>`): an office has dozens, and "Assign to…" lists them. */
const coordinatorKey = (userId: number) => ({ pk: "COORDINATORS", sk: `USER#${userId}` });

function fromItem(item: Record<string, unknown>): Coordinator | undefined {
  if (item.status !== "pending" && item.status !== "active") return undefined;
  return {
    userId: Number(item.userId),
    firstName: String(item.firstName),
    status: item.status,
    registeredAt: String(item.registeredAt),
    ...(item.confirmedBy ? { confirmedBy: Number(item.confirmedBy) } : {}),
    teams: Array.isArray(item.teams) ? item.teams.map(String) : [],
  };
}

export class DynamoDbCoordinatorStore implements CoordinatorStore {
  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(userId: number): Promise<Coordinator | undefined> {
    const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: coordinatorKey(userId), ConsistentRead: true }));
    return Item ? fromItem(Item) : undefined;
  }

  async save(coordinator: Coordinator): Promise<void> {
    await this.documentClient.send(new PutCommand({ TableName: this.tableName, Item: { ...coordinatorKey(coordinator.userId), ...coordinator } }));
  }

  async remove(userId: number): Promise<void> {
    await this.documentClient.send(new DeleteCommand({ TableName: this.tableName, Key: coordinatorKey(userId) }));
  }

  async list(): Promise<Coordinator[]> {
    const items = await queryAll(this.documentClient, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": "COORDINATORS" },
    });
    return items.flatMap((item) => fromItem(item) ?? []);
  }

  async nextTurn(team: string): Promise<number> {
    const { Attributes } = await this.documentClient.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: "COUNTER", sk: `TEAM#${team}` },
        UpdateExpression: "ADD turn :one",
        ExpressionAttributeValues: { ":one": 1 },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    return Number(Attributes?.turn);
  }
}

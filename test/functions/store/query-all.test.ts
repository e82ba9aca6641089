import { BatchWriteCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureTable, startLocalDynamoDb, type LocalDynamoDb } from "../../../dev/local-dynamodb.ts";
import { createDynamoDbClients } from "../../../functions/store/dynamodb-client.ts";
import { queryAll } from "../../../functions/store/query-all.ts";

const TABLE = "query-all-test";
let dynamoDb: LocalDynamoDb;
let clients: ReturnType<typeof createDynamoDbClients>;

beforeAll(async () => {
  dynamoDb = await startLocalDynamoDb();
  clients = createDynamoDbClients({ endpoint: dynamoDb.endpoint });
  await ensureTable(clients.client, TABLE);
  const items = Array.from({ length: 7 }, (_, index) => ({ pk: "PAGED", sk: `ITEM#${index}`, position: index }));
  await clients.documentClient.send(new BatchWriteCommand({ RequestItems: { [TABLE]: items.map((Item) => ({ PutRequest: { Item } })) } }));
});

afterAll(async () => {
  clients.client.destroy();
  await dynamoDb.close();
});

describe("queryAll", () => {
  it("follows every page to the end, in key order, and leaves the caller's input as it was", async () => {
    // Prepare: three items a page, so seven items take three pages.
    const input: QueryCommandInput = { TableName: TABLE, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "PAGED" }, Limit: 3 };
    const before = structuredClone(input);

    // Act
    const items = await queryAll(clients.documentClient, input);

    // Assess
    expect(items.map((item) => item.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(input).toEqual(before);
  });

  it("returns nothing, without failing, when nothing matches", async () => {
    // Act
    const items = await queryAll(clients.documentClient, { TableName: TABLE, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "NOTHING" } });

    // Assess
    expect(items).toEqual([]);
  });
});

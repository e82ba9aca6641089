import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import dynalite from "dynalite";
import { tableSchema } from "../functions/store/table-schema.ts";

export interface LocalDynamoDb {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite in this process on a free loopback port. With `dataDir` its LevelDB files stay
 * there between runs; without, everything lives in memory (tests).
 */
export async function startLocalDynamoDb(options: { dataDir?: string; port?: number } = {}): Promise<LocalDynamoDb> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // Tables are ACTIVE at once: dynalite otherwise keeps them CREATING for half a second.
  const server = dynalite({ path: options.dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Creates the bot's table, with the same keys and indexes as the stack, unless it exists. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<"created" | "existed"> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    await waitUntilActive(client, tableName);
    return "existed";
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const keyAttributes = [
    tableSchema.partitionKey,
    tableSchema.sortKey,
    ...tableSchema.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  const create = new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: "S" })),
      KeySchema: [
        { AttributeName: tableSchema.partitionKey, KeyType: "HASH" },
        { AttributeName: tableSchema.sortKey, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: tableSchema.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
  });
  let outcome: "created" | "existed" = "created";
  try {
    await client.send(create);
  } catch (error) {
    // Another process (a second `npm run serve`) created it a moment ago.
    if (!(error instanceof ResourceInUseException)) throw error;
    outcome = "existed";
  }
  await waitUntilActive(client, tableName);
  return outcome;
}

/** Deletes the table with everything in it and creates it empty again (the playground's reset). */
export async function recreateTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
    } catch (error) {
      if (error instanceof ResourceNotFoundException) break;
      throw error;
    }
    if (Date.now() > deadline) throw new Error(`Table ${tableName} was not deleted`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await ensureTable(client, tableName);
}

/**
 * Even with `createTableMs: 0` dynalite activates a table on a timer, which a busy machine runs
 * late; writing before then fails with ResourceNotFoundException.
 */
async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (Table?.TableStatus === "ACTIVE") return;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    if (Date.now() > deadline) throw new Error(`Table ${tableName} did not become active; if it lives in LOCAL_DATA_DIR, delete that folder`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

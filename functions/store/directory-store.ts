import { randomBytes } from "node:crypto";
import { BatchWriteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { queryAll } from "./query-all.ts";
import type { DirectoryEntry, DirectoryStore } from "../domain/directory.ts";

const POINTER = { pk: "DIRECTORY", sk: "CURRENT" };
/** DynamoDB's limit for one BatchWriteItem. */
const BATCH = 25;

/**
 * Each import is written as a new version (`DIRECTORY#<version>` / `<district>#<kind>#<name>`, one
 * item per district of an entry), then the pointer `DIRECTORY`/`CURRENT` is switched to it in one
 * write: readers see the old directory or the new one, never a mix. The old version is deleted after.
 */
export class DynamoDbDirectoryStore implements DirectoryStore {
  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async replaceAll(entries: readonly DirectoryEntry[], importedAt: Date): Promise<{ version: string }> {
    const version = `${importedAt.toISOString().replace(/[-:.]/g, "")}-${randomBytes(3).toString("hex")}`;
    const items = entries.flatMap((entry) =>
      entry.districts.map((district) => ({ pk: `DIRECTORY#${version}`, sk: `${district}#${entry.kind}#${entry.name}`, ...entry })),
    );
    await this.batchWrite(items.map((Item) => ({ PutRequest: { Item } })));

    const previous = await this.currentVersion();
    await this.documentClient.send(
      new PutCommand({ TableName: this.tableName, Item: { ...POINTER, version, importedAt: importedAt.toISOString(), entries: entries.length } }),
    );
    if (previous) {
      const old = await this.query(`DIRECTORY#${previous}`);
      await this.batchWrite(old.map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })));
    }
    return { version };
  }

  async inDistrict(district: string): Promise<DirectoryEntry[] | undefined> {
    const version = await this.currentVersion();
    if (!version) return undefined;
    const items = await this.query(`DIRECTORY#${version}`, `${district}#`);
    return items.map(({ kind, name, districts, focus, contact, link, asOf }) => ({
      kind,
      name,
      districts,
      focus,
      contact,
      ...(link ? { link } : {}),
      asOf,
    })) as DirectoryEntry[];
  }

  private async currentVersion(): Promise<string | undefined> {
    const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: POINTER }));
    return typeof Item?.version === "string" ? Item.version : undefined;
  }

  private query(pk: string, skPrefix?: string): Promise<Record<string, unknown>[]> {
    return queryAll(this.documentClient, {
      TableName: this.tableName,
      KeyConditionExpression: skPrefix ? "pk = :pk AND begins_with(sk, :prefix)" : "pk = :pk",
      ExpressionAttributeValues: skPrefix ? { ":pk": pk, ":prefix": skPrefix } : { ":pk": pk },
    });
  }

  /** Writes in batches of 25 and sends again whatever DynamoDB returns as unprocessed. */
  private async batchWrite(requests: Record<string, unknown>[]): Promise<void> {
    for (let start = 0; start < requests.length; start += BATCH) {
      let pending = requests.slice(start, start + BATCH);
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
        if (attempt > 8) throw new Error("DynamoDB kept returning unprocessed items; try the import again");
        const result = await this.documentClient.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: pending as never } }));
        pending = (result.UnprocessedItems?.[this.tableName] ?? []) as Record<string, unknown>[];
      }
    }
  }
}

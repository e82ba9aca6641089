import { UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { queryAll } from "./query-all.ts";
import { isLanguage } from "../domain/languages.ts";
import { monthOf, type KnowledgeGapCount, type KnowledgeGapStore, type KnowledgeSignal } from "../domain/knowledge-gaps.ts";

const KINDS = new Set(["unmatched", "helpful", "not-helpful"]);

/**
 * `KNOWLEDGE_GAPS#<YYYY-MM>` / `<kind>#<subject>#<language>` with an atomic counter: one item per
 * combination and month, so a month's report is one Query.
 */
export class DynamoDbKnowledgeGapStore implements KnowledgeGapStore {
  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(signal: KnowledgeSignal, at: Date): Promise<void> {
    const subject = signal.kind === "unmatched" ? (signal.topic ?? "none") : signal.entryId;
    await this.documentClient.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: `KNOWLEDGE_GAPS#${monthOf(at)}`, sk: `${signal.kind}#${subject}#${signal.language}` },
        UpdateExpression: "ADD #count :one",
        ExpressionAttributeNames: { "#count": "count" },
        ExpressionAttributeValues: { ":one": 1 },
      }),
    );
  }

  async countsFor(month: string): Promise<KnowledgeGapCount[]> {
    const items = await queryAll(this.documentClient, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `KNOWLEDGE_GAPS#${month}` },
    });
    const counts: KnowledgeGapCount[] = [];
    for (const item of items) {
      const [kind, subject, language] = String(item.sk).split("#");
      if (!kind || !KINDS.has(kind) || !subject || !isLanguage(language)) continue;
      counts.push({ month, kind: kind as KnowledgeGapCount["kind"], subject, language, count: Number(item.count) });
    }
    return counts.sort((a, b) => b.count - a.count);
  }
}

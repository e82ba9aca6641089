/**
 * The one DynamoDB table of the bot, described once so that the CDK stack and the local
 * runtime (embedded dynalite) create exactly the same key schema and indexes.
 *
 * Single-table design: every item has a string partition key `pk` and sort key `sk`;
 * the three global secondary indexes are overloaded (their key attributes are set only on
 * the item kinds that need that access pattern). The README lists every access pattern.
 */
export const tableSchema = {
  partitionKey: "pk",
  sortKey: "sk",
  /** Epoch seconds; DynamoDB TTL deletes lazily, so readers must filter expired items too. */
  timeToLiveAttribute: "expiresAt",
  globalSecondaryIndexes: [
    { indexName: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    { indexName: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    { indexName: "gsi3", partitionKey: "gsi3pk", sortKey: "gsi3sk" },
  ],
} as const;

export type TableSchema = typeof tableSchema;

import { paginateQuery, type DynamoDBDocumentClient, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";

/** Every item a Query matches, following DynamoDB's pages (1 MB each) to the end. */
export async function queryAll(documentClient: DynamoDBDocumentClient, input: QueryCommandInput): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  // The paginator writes ExclusiveStartKey (and Limit) into the input it is given: a copy keeps the caller's intact.
  for await (const page of paginateQuery({ client: documentClient }, { ...input })) items.push(...(page.Items ?? []));
  return items;
}

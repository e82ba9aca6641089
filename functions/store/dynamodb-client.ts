import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface DynamoDbClientOptions {
  /** An external DynamoDB-compatible endpoint (dynalite locally); unset in AWS. */
  endpoint?: string;
  /** SDK attempts per request, first one included. @default 3 */
  maxAttempts?: number;
}

/**
 * One document client per process (Lambda container). Locally the SDK still wants a region and
 * credentials, so fixed dummy ones are used whenever an endpoint is given.
 */
export function createDynamoDbClients(options: DynamoDbClientOptions = {}) {
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    maxAttempts: options.maxAttempts ?? 3,
    ...(local
      ? { endpoint: options.endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
  const documentClient = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, documentClient };
}

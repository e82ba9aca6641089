import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface DynamoDbClientOptions {
  /** An external DynamoDB-compatible endpoint (dynalite locally); unset in AWS. */
  endpoint?: string;
  /** SDK attempts per request, first one included. @default 3 */
  maxAttempts?: number;
  /** How long one attempt may wait for DynamoDB's answer before it counts as timed out. @default 3000 */
  requestTimeoutMs?: number;
}

/**
 * One document client per process (Lambda container). Locally the SDK still wants a region and
 * credentials, so fixed dummy ones are used whenever an endpoint is given.
 */
export function createDynamoDbClients(options: DynamoDbClientOptions = {}) {
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    maxAttempts: options.maxAttempts ?? 3,
    // A request that hangs would otherwise hold the update until the function's own timeout; timed
    // out, it is retried, and then the update fails fast and Telegram delivers it again.
    requestHandler: { connectionTimeout: 1_000, requestTimeout: options.requestTimeoutMs ?? 3_000, throwOnRequestTimeout: true },
    ...(local
      ? { endpoint: options.endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
  const documentClient = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, documentClient };
}

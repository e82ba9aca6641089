import { createDynamoDbClients } from "../functions/store/dynamodb-client.ts";
import type { LocalEnvironment } from "../functions/config.ts";
import { ensureTable, startLocalDynamoDb } from "./local-dynamodb.ts";

/**
 * The table for an operator script: `DYNAMODB_ENDPOINT` when set, the real DynamoDB of the
 * current AWS credentials with `aws: true` (TABLE_NAME from the stack's output), else the
 * embedded one in LOCAL_DATA_DIR that `npm start` uses (stop `npm start` first: one process at a time).
 */
export async function openTable(environment: LocalEnvironment, options: { aws: boolean }) {
  if (options.aws) {
    const { client, documentClient } = createDynamoDbClients();
    return { documentClient, tableName: environment.TABLE_NAME, where: `AWS table ${environment.TABLE_NAME}`, close: async () => client.destroy() };
  }
  const embedded = environment.DYNAMODB_ENDPOINT ? undefined : await startLocalDynamoDb({ dataDir: environment.LOCAL_DATA_DIR });
  const endpoint = environment.DYNAMODB_ENDPOINT ?? embedded!.endpoint;
  const { client, documentClient } = createDynamoDbClients({ endpoint });
  await ensureTable(client, environment.TABLE_NAME);
  return {
    documentClient,
    tableName: environment.TABLE_NAME,
    where: environment.DYNAMODB_ENDPOINT ? `${endpoint}, table ${environment.TABLE_NAME}` : `local data in ${environment.LOCAL_DATA_DIR}`,
    close: async () => {
      client.destroy();
      await embedded?.close();
    },
  };
}

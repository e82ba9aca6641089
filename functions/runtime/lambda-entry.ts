import { Logger } from "@aws-lambda-powertools/logger";
import { lambdaEnvironmentSchema, parseEnvironment } from "../config.ts";
import { createDynamoDbClients } from "../store/dynamodb-client.ts";
import { readBotSecret } from "./bot-secret.ts";
import type { RuntimeConnections } from "./runtime-options.ts";

/**
 * Runs `start` on the first call and hands every later call the same result. A start that failed
 * is forgotten, so the next call tries again: a Secrets Manager hiccup at a cold start costs one
 * event, not the container's life.
 */
export function startOnFirstUse<T>(start: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () =>
    (started ??= start().catch((error: unknown) => {
      started = undefined;
      throw error;
    }));
}

/**
 * What every Lambda entry does at module load, once per container: parse the environment (so a
 * misconfigured function fails its first cold start, loudly, naming the variable), create the
 * logger and the DynamoDB clients. The runtime itself starts with the first event, as it needs the
 * bot secret, which is read then and never again.
 */
export function lambdaEntry(env: NodeJS.ProcessEnv = process.env) {
  const environment = parseEnvironment(lambdaEnvironmentSchema, env);
  const logger = new Logger({ logLevel: environment.LOG_LEVEL });
  const { client, documentClient } = createDynamoDbClients();
  return {
    environment,
    logger,
    /** `create` builds the runtime from the connections, once; see `startOnFirstUse`. */
    onFirstEvent<T>(create: (connections: RuntimeConnections) => T | Promise<T>): () => Promise<T> {
      return startOnFirstUse(async () => create({ secret: await readBotSecret(environment.BOT_SECRET_ARN), client, documentClient, logger }));
    },
  };
}

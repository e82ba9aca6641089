import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { botSecretSchema, ConfigError, type BotSecret } from "../config.ts";

/** Reads the bot token and webhook secret from Secrets Manager; called once per cold start. */
export async function readBotSecret(secretArn: string, client = new SecretsManagerClient({})): Promise<BotSecret> {
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
  let json: unknown;
  try {
    json = JSON.parse(SecretString ?? "");
  } catch {
    throw new ConfigError("Configuration error: the bot secret is not JSON with botToken and webhookSecret");
  }
  const parsed = botSecretSchema.safeParse(json);
  // Name the fields only: the values are secrets.
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join(".")).join(", ");
    throw new ConfigError(`Configuration error: the bot secret has a missing or malformed ${fields}`);
  }
  return parsed.data;
}

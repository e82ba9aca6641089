import { z } from "zod";

/** Raised when the environment does not describe a runnable bot; the message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const LOG_LEVELS = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "SILENT", "CRITICAL"] as const;

/** Telegram bot tokens are `<bot id>:<35 url-safe characters>`; the id doubles as the bot's user id. */
const botToken = z.string().regex(/^\d{5,15}:[A-Za-z0-9_-]{30,}$/, "must look like 123456789:ABC… (from @BotFather)");
/** Telegram accepts 1–256 characters A-Z, a-z, 0-9, _ and - as a webhook secret_token. */
const webhookSecret = z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A-Z, a-z, 0-9, _ or -");
const botUsername = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, "must be a Telegram bot username without @");
/** Supergroup ids are negative (-100…); private chats positive. */
const chatId = z.coerce.number().int().refine((n) => n !== 0, "must be a Telegram chat id");
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const shared = {
  TABLE_NAME: z.string().regex(/^[A-Za-z0-9_.-]{3,255}$/, "must be a DynamoDB table name"),
  TELEGRAM_BOT_USERNAME: z.preprocess(emptyAsUndefined, botUsername.optional()),
  TELEGRAM_API_ROOT: z.preprocess(emptyAsUndefined, z.url().default("https://api.telegram.org")),
  COORDINATOR_CHAT_ID: z.preprocess(emptyAsUndefined, chatId.optional()),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === "string" && value !== "" ? value.toUpperCase() : undefined),
    z.enum(LOG_LEVELS).default("INFO"),
  ),
  LOCALES_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
};

/** The environment of the webhook Lambda function: secrets come from Secrets Manager, never from here. */
export const lambdaEnvironmentSchema = z.object({
  ...shared,
  TELEGRAM_BOT_USERNAME: botUsername,
  BOT_SECRET_ARN: z.string().startsWith("arn:", "must be the ARN of the bot's secret"),
});

/** The environment of `npm start` and `npm run serve` on one machine. */
export const localEnvironmentSchema = z.object({
  ...shared,
  TABLE_NAME: shared.TABLE_NAME.default("engagement-bot-local"),
  TELEGRAM_BOT_TOKEN: z.preprocess(emptyAsUndefined, botToken.optional()),
  TELEGRAM_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, webhookSecret.optional()),
  DYNAMODB_ENDPOINT: z.preprocess(emptyAsUndefined, z.url().optional()),
  // 0 asks the system for a free port (tests).
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65_535).default(8080)),
  LOCAL_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".local-data")),
});

/** The secret the stack keeps in Secrets Manager, as JSON. */
export const botSecretSchema = z.object({ botToken, webhookSecret });

export type LambdaEnvironment = z.infer<typeof lambdaEnvironmentSchema>;
export type LocalEnvironment = z.infer<typeof localEnvironmentSchema>;
export type BotSecret = z.infer<typeof botSecretSchema>;

/**
 * Parses `env` with `schema` once; on failure throws a ConfigError whose message is one line
 * naming each missing or malformed variable (never its value, which may be a secret).
 */
export function parseEnvironment<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv | Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "environment";
    const raw = (env as Record<string, string | undefined>)[name];
    if (raw === undefined || raw === "") return `${name} is missing`;
    return issue.code === "invalid_type" ? `${name} is malformed` : `${name} ${issue.message}`;
  });
  throw new ConfigError(`Configuration error: ${problems.join("; ")}`);
}

/** The bot's numeric id is the part of the token before the colon. */
export function botIdFromToken(token: string): number {
  return Number(token.slice(0, token.indexOf(":")));
}

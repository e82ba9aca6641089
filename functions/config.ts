import { parseOfficeSchedule } from "./domain/reminders.ts";
// zod/mini: the same validation at a fifth of the bundle size, which the webhook's cold start feels.
import * as z from "zod/mini";

/** Raised when the environment does not describe a runnable bot; the message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const LOG_LEVELS = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "SILENT", "CRITICAL"] as const;

/** Telegram bot tokens are `<bot id>:<35 url-safe characters>`; the id doubles as the bot's user id. */
const botToken = z.string().check(z.regex(/^\d{5,15}:[A-Za-z0-9_-]{30,}$/, "must look like 123456789:ABC… (from @BotFather)"));
/** Telegram accepts 1–256 characters A-Z, a-z, 0-9, _ and - as a webhook secret_token. */
const webhookSecret = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A-Z, a-z, 0-9, _ or -"));
/** Telegram usernames: 5–32 characters, a letter first. */
const botUsername = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, "must be a Telegram bot username without @"));
/** Supergroup ids are negative (-100…); private chats positive. */
const chatId = z.coerce.number().check(z.int(), z.refine((n) => n !== 0, "must be a Telegram chat id"));

const integer = (minimum: number, maximum: number) => z.coerce.number().check(z.int(), z.minimum(minimum), z.maximum(maximum));

/** An empty variable counts as unset, as in most shells' `VAR= command`. */
const unsetIfEmpty = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(z.transform((value: unknown) => (value === "" ? undefined : value)), schema);

const shared = {
  TABLE_NAME: z.string().check(z.regex(/^[A-Za-z0-9_.-]{3,255}$/, "must be a DynamoDB table name")),
  TELEGRAM_BOT_USERNAME: unsetIfEmpty(z.optional(botUsername)),
  TELEGRAM_API_ROOT: unsetIfEmpty(z._default(z.url(), "https://api.telegram.org")),
  COORDINATOR_CHAT_ID: unsetIfEmpty(z.optional(chatId)),
  LOG_LEVEL: z.pipe(
    z.transform((value: unknown) => (typeof value === "string" && value !== "" ? value.toUpperCase() : undefined)),
    z._default(z.enum(LOG_LEVELS), "INFO"),
  ),
  LOCALES_DIR: unsetIfEmpty(z.optional(z.string())),
  CONTENT_DIR: unsetIfEmpty(z.optional(z.string())),
  /** References read `<prefix>-<year>-<sequence>`, e.g. A-2026-00123. */
  ENQUIRY_REFERENCE_PREFIX: unsetIfEmpty(z._default(z.string().check(z.regex(/^[A-Z]{1,3}$/, "must be 1–3 capital letters")), "A")),
  /** An enquiry that was started but not sent is deleted after this long. */
  DRAFT_TTL_HOURS: unsetIfEmpty(z._default(integer(1, 24 * 30), 72)),
  /** Closed and withdrawn enquiries are deleted this many days after they ended. */
  ENQUIRY_RETENTION_DAYS: unsetIfEmpty(z._default(integer(1, 3650), 180)),
  MAX_OPEN_ENQUIRIES: unsetIfEmpty(z._default(integer(1, 50), 3)),
  MAX_ENQUIRIES_PER_DAY: unsetIfEmpty(z._default(integer(1, 100), 5)),
  /** Told to people after they send an enquiry, e.g. "Mo–Fr 9–16 Uhr"; unset: nothing is promised. */
  OFFICE_HOURS: unsetIfEmpty(z.optional(z.string().check(z.maxLength(200)))),
  /** For reminders: "Mo-Fr 09:00-16:00" in OFFICE_TIME_ZONE, minus Baden-Württemberg's public holidays; unset: no reminders. */
  OFFICE_SCHEDULE: unsetIfEmpty(z.optional(z.string().check(z.refine((value) => parseOfficeSchedule(value) !== undefined, 'must look like "Mo-Fr 09:00-16:00"')))),
  OFFICE_TIME_ZONE: unsetIfEmpty(z._default(z.string(), "Europe/Berlin")),
  FIRST_ANSWER_WORKING_HOURS: unsetIfEmpty(z._default(integer(1, 200), 16)),
  REASSURE_AFTER_WORKING_HOURS: unsetIfEmpty(z._default(integer(1, 400), 24)),
  /** Machine translation of relayed messages: off, Amazon Translate, or a visible fake (local runs). */
  TRANSLATION: unsetIfEmpty(z._default(z.enum(["off", "amazon", "fake"]), "off")),
};

/**
 * The office's settings that every function reads, as `cdk synth` checks them against CDK context
 * (lib/deployment-config.ts): the very schema the functions parse, so a value that synth accepts
 * is one the deployed functions accept.
 */
export const officeSettingsSchema = z.object({
  ENQUIRY_REFERENCE_PREFIX: shared.ENQUIRY_REFERENCE_PREFIX,
  DRAFT_TTL_HOURS: shared.DRAFT_TTL_HOURS,
  ENQUIRY_RETENTION_DAYS: shared.ENQUIRY_RETENTION_DAYS,
  MAX_OPEN_ENQUIRIES: shared.MAX_OPEN_ENQUIRIES,
  MAX_ENQUIRIES_PER_DAY: shared.MAX_ENQUIRIES_PER_DAY,
  OFFICE_HOURS: shared.OFFICE_HOURS,
  OFFICE_TIME_ZONE: shared.OFFICE_TIME_ZONE,
  FIRST_ANSWER_WORKING_HOURS: shared.FIRST_ANSWER_WORKING_HOURS,
  REASSURE_AFTER_WORKING_HOURS: shared.REASSURE_AFTER_WORKING_HOURS,
});
export type OfficeSetting = keyof typeof officeSettingsSchema.shape;

/** The environment of the webhook Lambda function: secrets come from Secrets Manager, never from here. */
export const lambdaEnvironmentSchema = z.object({
  ...shared,
  TELEGRAM_BOT_USERNAME: botUsername,
  BOT_SECRET_ARN: z.string().check(z.startsWith("arn:", "must be the ARN of the bot's secret")),
  /** Set by the stack; names the namespace of the functions' metrics. Unset (tests): nothing is counted. */
  STAGE: unsetIfEmpty(z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,32}$/, "must be a stage name such as dev or prod")))),
});

/** The environment of `npm start` and `npm run serve` on one machine. */
export const localEnvironmentSchema = z.object({
  ...shared,
  TABLE_NAME: z._default(shared.TABLE_NAME, "engagement-bot-local"),
  TELEGRAM_BOT_TOKEN: unsetIfEmpty(z.optional(botToken)),
  TELEGRAM_WEBHOOK_SECRET: unsetIfEmpty(z.optional(webhookSecret)),
  DYNAMODB_ENDPOINT: unsetIfEmpty(z.optional(z.url())),
  // 0 asks the system for a free port (tests).
  PORT: unsetIfEmpty(z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65_535)), 8080)),
  LOCAL_DATA_DIR: unsetIfEmpty(z._default(z.string(), ".local-data")),
  /** The playground page of `npm start` without a token; 0: any free port. */
  PLAYGROUND_PORT: unsetIfEmpty(z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65_535)), 8090)),
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
export function parseEnvironment<S extends z.ZodMiniType>(schema: S, env: NodeJS.ProcessEnv | Record<string, string | undefined>): z.infer<S> {
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

/** The enquiry settings of a parsed environment, as the bot takes them. */
export function enquirySettingsFrom(environment: LambdaEnvironment | LocalEnvironment) {
  return {
    referencePrefix: environment.ENQUIRY_REFERENCE_PREFIX,
    draftTtlHours: environment.DRAFT_TTL_HOURS,
    retentionDays: environment.ENQUIRY_RETENTION_DAYS,
    maxOpen: environment.MAX_OPEN_ENQUIRIES,
    maxPerDay: environment.MAX_ENQUIRIES_PER_DAY,
    ...(environment.OFFICE_HOURS ? { officeHours: environment.OFFICE_HOURS } : {}),
    ...(environment.OFFICE_SCHEDULE ? { officeSchedule: environment.OFFICE_SCHEDULE } : {}),
    timeZone: environment.OFFICE_TIME_ZONE,
  };
}

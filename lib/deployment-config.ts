/**
 * The deployment settings read from CDK context (`cdk.json` or `-c key=value`), checked
 * once so that a typo fails synth with a message that names the setting and the fix.
 */
import type { Construct } from "constructs";
import { officeSettingsSchema, type OfficeSetting } from "../functions/config.ts";
import { parseOfficeSchedule } from "../functions/domain/reminders.ts";

export const stages = ["dev", "prod"] as const;
export type Stage = (typeof stages)[number];

export interface DeploymentConfig {
  /** `-c stage=dev|prod`. @default "dev" */
  readonly stage: Stage;
  /**
   * `-c botUsername=...`: the bot's Telegram username without "@" (used for deep links).
   * Required in every stage: the functions cannot start without it.
   */
  readonly botUsername: string;
  /** `-c coordinatorChatId=...`: the supergroup (with topics) that receives enquiries. Required in every stage. */
  readonly coordinatorChatId: string;
  /**
   * `-c reservedConcurrency=N|none`: reserved concurrency of the webhook function.
   * `undefined` means unreserved (`none`). @default 10
   */
  readonly reservedConcurrency: number | undefined;
  /** `-c officeSchedule="Mo-Fr 09:00-16:00"`: office hours for reminders. @default - none: no reminders */
  readonly officeSchedule?: string;
  /** `-c translation=on`: relayed messages are translated with Amazon Translate. @default false */
  readonly translation: boolean;
  /** `-c alarmEmail=ops@example.org`: receives the alarms (after confirming AWS's mail). @default - nobody */
  readonly alarmEmail?: string;
  /** `-c nag=false` skips the cdk-nag AwsSolutions checks at synth. @default true */
  readonly nag: boolean;
  /**
   * The office's settings given as context (`-c maxOpenEnquiries=5`), by environment variable,
   * as every function gets them. A setting not given is absent: the functions' own default applies.
   */
  readonly officeSettings: Partial<Record<OfficeSetting, string>>;
}

/** The context key of each office setting: the variable's name in camelCase. */
export const OFFICE_SETTING_CONTEXT_KEYS: Readonly<Record<OfficeSetting, string>> = {
  ENQUIRY_REFERENCE_PREFIX: "enquiryReferencePrefix",
  DRAFT_TTL_HOURS: "draftTtlHours",
  ENQUIRY_RETENTION_DAYS: "enquiryRetentionDays",
  MAX_OPEN_ENQUIRIES: "maxOpenEnquiries",
  MAX_ENQUIRIES_PER_DAY: "maxEnquiriesPerDay",
  OFFICE_HOURS: "officeHours",
  OFFICE_TIME_ZONE: "officeTimeZone",
  FIRST_ANSWER_WORKING_HOURS: "firstAnswerWorkingHours",
  REASSURE_AFTER_WORKING_HOURS: "reassureAfterWorkingHours",
};

/** A context value that cannot be used; synth stops with this message. */
export class InvalidDeploymentContext extends Error {
  override readonly name = "InvalidDeploymentContext";
}

const DEFAULT_RESERVED_CONCURRENCY = 10;

/** Reads and checks the deployment settings from the context of `scope` (usually the App). */
export function readDeploymentConfig(scope: Construct): DeploymentConfig {
  const context = (key: string): string | undefined => {
    const value: unknown = scope.node.tryGetContext(key);
    return value === undefined || value === null || value === "" ? undefined : String(value);
  };

  const stage = context("stage") ?? "dev";
  if (!isStage(stage)) {
    throw new InvalidDeploymentContext(
      `Unknown stage "${stage}". Pass -c stage=dev or -c stage=prod.`,
    );
  }

  const botUsername = context("botUsername");
  if (botUsername !== undefined && !/^[A-Za-z][A-Za-z0-9_]{4,31}$/.test(botUsername)) {
    throw new InvalidDeploymentContext(
      `botUsername "${botUsername}" is not a Telegram username. Pass it without "@", e.g. -c botUsername=example_bot.`,
    );
  }
  // Without it the functions refuse their environment at the first update, in dev as in prod:
  // better that `cdk synth` says so before anything is deployed.
  if (botUsername === undefined) {
    throw new InvalidDeploymentContext(
      `The ${stage} stage needs the bot's username, or the deployed bot fails at its first update: pass -c botUsername=<username without @>.`,
    );
  }

  const coordinatorChatId = context("coordinatorChatId");
  // Enquiries become topics of the coordinators' group: a bot without one takes enquiries that nobody sees.
  if (coordinatorChatId === undefined) {
    throw new InvalidDeploymentContext(
      `The ${stage} stage needs the coordinators' group, or enquiries reach nobody: pass -c coordinatorChatId=<the group's id, e.g. -1001234567890> (README, "Setting up the coordinators' group").`,
    );
  }
  if (!/^-?\d{1,20}$/.test(coordinatorChatId)) {
    throw new InvalidDeploymentContext(
      `coordinatorChatId "${coordinatorChatId}" is not a Telegram chat id (an integer; groups are negative, e.g. -1001234567890).`,
    );
  }
  // Topics exist only in supergroups, whose ids start with -100; a positive id is a person.
  if (!coordinatorChatId.startsWith("-100")) {
    throw new InvalidDeploymentContext(
      `coordinatorChatId "${coordinatorChatId}" is not a supergroup's id (those start with -100): enquiries are posted as topics, which only a supergroup with topics has.`,
    );
  }

  const officeSchedule = context("officeSchedule");
  if (officeSchedule !== undefined && parseOfficeSchedule(officeSchedule) === undefined) {
    throw new InvalidDeploymentContext(`officeSchedule "${officeSchedule}" is not like "Mo-Fr 09:00-16:00".`);
  }
  const alarmEmail = context("alarmEmail");
  if (alarmEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(alarmEmail)) {
    throw new InvalidDeploymentContext(`alarmEmail "${alarmEmail}" is not an e-mail address.`);
  }
  return {
    stage,
    ...(alarmEmail === undefined ? {} : { alarmEmail }),
    botUsername,
    coordinatorChatId,
    ...(officeSchedule === undefined ? {} : { officeSchedule }),
    reservedConcurrency: parseReservedConcurrency(context("reservedConcurrency")),
    translation: context("translation") === "on",
    nag: context("nag") !== "false",
    officeSettings: readOfficeSettings(context),
  };
}

/**
 * Checks the office's settings with the schema the functions parse their environment with, so
 * that a value the deployed bot would refuse at its first update stops synth instead.
 */
function readOfficeSettings(context: (key: string) => string | undefined): Partial<Record<OfficeSetting, string>> {
  const given: Partial<Record<OfficeSetting, string>> = {};
  for (const [variable, key] of Object.entries(OFFICE_SETTING_CONTEXT_KEYS) as [OfficeSetting, string][]) {
    const value = context(key);
    if (value !== undefined) given[variable] = value;
  }
  const result = officeSettingsSchema.safeParse(given);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const variable = String(issue.path[0]) as OfficeSetting;
      return `-c ${OFFICE_SETTING_CONTEXT_KEYS[variable]}="${given[variable]}" (${variable}): ${describeIssue(issue)}`;
    });
    throw new InvalidDeploymentContext(`Configuration error: ${problems.join("; ")}`);
  }
  if (given.OFFICE_TIME_ZONE !== undefined && !isTimeZone(given.OFFICE_TIME_ZONE)) {
    throw new InvalidDeploymentContext(`-c officeTimeZone="${given.OFFICE_TIME_ZONE}" (OFFICE_TIME_ZONE) is not a time zone such as Europe/Berlin.`);
  }
  return given;
}

/** zod/mini (which the functions use for its size) carries no messages for bounds: say them here. */
function describeIssue(issue: { code: string; message: string; origin?: string; minimum?: unknown; maximum?: unknown }): string {
  const unit = issue.origin === "string" ? " characters" : "";
  if (issue.code === "invalid_type") return "must be a whole number";
  if (issue.code === "too_small") return `must be at least ${String(issue.minimum)}${unit}`;
  if (issue.code === "too_big") return `must be at most ${String(issue.maximum)}${unit}`;
  return issue.message;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The CloudFormation stack name of a stage. */
export function stackName(stage: Stage): string {
  return `EngagementBot-${stage}`;
}

function isStage(value: string): value is Stage {
  return (stages as readonly string[]).includes(value);
}

function parseReservedConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return DEFAULT_RESERVED_CONCURRENCY;
  if (value === "none") return undefined;
  const concurrency = Number(value);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InvalidDeploymentContext(
      `reservedConcurrency "${value}" must be a positive integer, or "none" for an account whose concurrency quota is too small to reserve any.`,
    );
  }
  return concurrency;
}

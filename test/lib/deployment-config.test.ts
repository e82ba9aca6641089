import { App } from "aws-cdk-lib";
import { describe, expect, it } from "vitest";
import { InvalidDeploymentContext, readDeploymentConfig, stackName } from "../../lib/deployment-config.ts";

/** What every deploy must name (the bot and the coordinators' group), plus the given context. */
const REQUIRED = { botUsername: "example_bot", coordinatorChatId: "-1001234567890" };
const configFrom = (context: Record<string, unknown>) => readDeploymentConfig(new App({ context: { ...REQUIRED, ...context } }));

describe("readDeploymentConfig", () => {
  it("defaults to the dev stage, 10 reserved instances and cdk-nag on", () => {
    // Act
    const config = configFrom({});

    // Assess
    expect(config).toEqual({ ...REQUIRED, stage: "dev", reservedConcurrency: 10, nag: true, translation: false, officeSettings: {} });
    expect(stackName(config.stage)).toBe("EngagementBot-dev");
  });

  it("reads every setting as the CLI passes it, as strings", () => {
    // Act
    const config = configFrom({
      stage: "prod",
      botUsername: "example_bot",
      coordinatorChatId: "-1001234567890",
      reservedConcurrency: "5",
      nag: "false",
      translation: "on",
      officeSchedule: "Mo-Fr 09:00-16:00",
    });

    // Assess
    expect(config).toEqual({
      stage: "prod",
      botUsername: "example_bot",
      coordinatorChatId: "-1001234567890",
      reservedConcurrency: 5,
      nag: false,
      translation: true,
      officeSchedule: "Mo-Fr 09:00-16:00",
      officeSettings: {},
    });
  });

  it("reads every office setting as context, by the variable the functions read", () => {
    // Act: as `-c key=value` passes strings, and as cdk.json passes numbers.
    const config = configFrom({
      officeHours: "Mo–Fr 9–16 Uhr",
      enquiryReferencePrefix: "EB",
      maxOpenEnquiries: 5,
      maxEnquiriesPerDay: "8",
      draftTtlHours: "48",
      enquiryRetentionDays: 365,
      firstAnswerWorkingHours: "8",
      reassureAfterWorkingHours: "12",
      officeTimeZone: "Europe/Berlin",
    });

    // Assess
    expect(config.officeSettings).toEqual({
      OFFICE_HOURS: "Mo–Fr 9–16 Uhr",
      ENQUIRY_REFERENCE_PREFIX: "EB",
      MAX_OPEN_ENQUIRIES: "5",
      MAX_ENQUIRIES_PER_DAY: "8",
      DRAFT_TTL_HOURS: "48",
      ENQUIRY_RETENTION_DAYS: "365",
      FIRST_ANSWER_WORKING_HOURS: "8",
      REASSURE_AFTER_WORKING_HOURS: "12",
      OFFICE_TIME_ZONE: "Europe/Berlin",
    });
  });

  it.each([
    [{ maxOpenEnquiries: "0" }, /-c maxOpenEnquiries="0" \(MAX_OPEN_ENQUIRIES\): must be at least 1/],
    [{ maxEnquiriesPerDay: "five" }, /-c maxEnquiriesPerDay="five" \(MAX_ENQUIRIES_PER_DAY\): must be a whole number/],
    [{ draftTtlHours: "2.5" }, /\(DRAFT_TTL_HOURS\): must be a whole number/],
    [{ enquiryRetentionDays: "4000" }, /\(ENQUIRY_RETENTION_DAYS\): must be at most 3650/],
    [{ enquiryReferencePrefix: "abc" }, /\(ENQUIRY_REFERENCE_PREFIX\): must be 1–3 capital letters/],
    [{ officeHours: "x".repeat(201) }, /\(OFFICE_HOURS\): must be at most 200 characters/],
    [{ firstAnswerWorkingHours: "-1" }, /\(FIRST_ANSWER_WORKING_HOURS\): must be at least 1/],
    [{ reassureAfterWorkingHours: "1000" }, /\(REASSURE_AFTER_WORKING_HOURS\): must be at most 400/],
    [{ officeTimeZone: "Stuttgart" }, /\(OFFICE_TIME_ZONE\) is not a time zone/],
  ])("stops synth on %j, naming the context key and the variable", (context, message) => {
    // Act
    const read = () => configFrom(context);

    // Assess
    expect(read).toThrow(InvalidDeploymentContext);
    expect(read).toThrow(message);
  });

  it("leaves the webhook unreserved when reservedConcurrency is none", () => {
    // Act
    const config = configFrom({ reservedConcurrency: "none" });

    // Assess
    expect(config.reservedConcurrency).toBeUndefined();
  });

  it("stops synth on an unknown stage and names the valid ones", () => {
    // Act
    const read = () => configFrom({ stage: "production" });

    // Assess
    expect(read).toThrow(InvalidDeploymentContext);
    expect(read).toThrow(/Unknown stage "production".*-c stage=dev or -c stage=prod/);
  });

  it.each([["dev"], ["prod"]])("refuses a %s stage without the bot's username", (stage) => {
    // Act
    const read = () => configFrom({ stage, botUsername: "" });

    // Assess
    expect(read).toThrow(InvalidDeploymentContext);
    expect(read).toThrow(`The ${stage} stage needs the bot's username, or the deployed bot fails at its first update: pass -c botUsername=<username without @>.`);
  });

  it.each([["dev"], ["prod"]])("refuses a %s stage without the coordinators' group", (stage) => {
    // Act
    const read = () => configFrom({ stage, coordinatorChatId: undefined });

    // Assess
    expect(read).toThrow(InvalidDeploymentContext);
    expect(read).toThrow(`The ${stage} stage needs the coordinators' group, or enquiries reach nobody: pass -c coordinatorChatId=`);
  });

  it.each([["4242"], ["-4242"]])("refuses %j as the coordinators' group: topics need a supergroup (-100…)", (coordinatorChatId) => {
    // Act
    const read = () => configFrom({ coordinatorChatId });

    // Assess
    expect(read).toThrow(/is not a supergroup's id \(those start with -100\)/);
  });

  it.each([["@example_bot"], ["ab"], ["has space_bot"]])("rejects %j as a bot username", (botUsername) => {
    // Act
    const read = () => configFrom({ botUsername });

    // Assess
    expect(read).toThrow(/is not a Telegram username/);
  });

  it.each([["0"], ["-2"], ["ten"], ["1.5"]])("rejects reservedConcurrency %j", (reservedConcurrency) => {
    // Act
    const read = () => configFrom({ reservedConcurrency });

    // Assess
    expect(read).toThrow(/must be a positive integer, or "none"/);
  });

  it("rejects a coordinator chat id that is not an integer", () => {
    // Act
    const read = () => configFrom({ coordinatorChatId: "@coordinators" });

    // Assess
    expect(read).toThrow(/is not a Telegram chat id/);
  });
});

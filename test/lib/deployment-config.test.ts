import { App } from "aws-cdk-lib";
import { describe, expect, it } from "vitest";
import { InvalidDeploymentContext, readDeploymentConfig, stackName } from "../../lib/deployment-config.ts";

const configFrom = (context: Record<string, unknown>) => readDeploymentConfig(new App({ context }));

describe("readDeploymentConfig", () => {
  it("defaults to the dev stage, 10 reserved instances and cdk-nag on", () => {
    // Act
    const config = configFrom({});

    // Assess
    expect(config).toEqual({ stage: "dev", reservedConcurrency: 10, nag: true, translation: false });
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
    });
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

  it("refuses a prod stage without the bot's username", () => {
    // Act
    const read = () => configFrom({ stage: "prod" });

    // Assess
    expect(read).toThrow(/prod stage needs the bot's username: pass -c botUsername=/);
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

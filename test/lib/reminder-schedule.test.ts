import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { synthBotStack } from "./synth-bot-stack.ts";

describe("ReminderSchedule", () => {
  it("checks waiting enquiries every 30 minutes with the office schedule from the context", () => {
    const { template } = synthBotStack({ bundle: false, context: { botUsername: "example_bot", officeSchedule: "Mo-Fr 09:00-16:00" } });

    template.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: "rate(30 minutes)", State: "ENABLED" });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Description: "Reminds coordinators of enquiries without a first answer",
      // The office calendar's public holidays come from content/holidays.json in the package.
      Environment: { Variables: Match.objectLike({ OFFICE_SCHEDULE: "Mo-Fr 09:00-16:00", CONTENT_DIR: "/var/task/content" }) },
    });
  });

  it("refuses an office schedule it cannot read, at synth", () => {
    expect(() => synthBotStack({ bundle: false, context: { botUsername: "example_bot", officeSchedule: "always" } })).toThrow('officeSchedule "always" is not like "Mo-Fr 09:00-16:00"');
  });
});

describe("translation", () => {
  it("lets the webhook call exactly translate:TranslateText when switched on, and not otherwise", () => {
    const on = synthBotStack({ bundle: false, context: { botUsername: "example_bot", translation: "on" } }).template;
    const off = synthBotStack({ bundle: false, context: { botUsername: "example_bot" } }).template;
    const translating = (template: typeof on) => JSON.stringify(template.findResources("AWS::IAM::Policy")).includes("translate:TranslateText");

    on.hasResourceProperties("AWS::Lambda::Function", {
      Description: "Telegram webhook of the engagement bot",
      Environment: { Variables: Match.objectLike({ TRANSLATION: "amazon" }) },
    });
    expect(translating(on)).toBe(true);
    expect(translating(off)).toBe(false);
  });
});

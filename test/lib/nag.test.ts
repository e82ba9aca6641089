import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Validations } from "aws-cdk-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { stages } from "../../lib/deployment-config.ts";
import { type SynthesisedBotStack, synthBotStack } from "./synth-bot-stack.ts";

/**
 * Every acknowledged cdk-nag rule, where, and why. A new entry here is a security decision:
 * it needs a reason a reviewer would accept, written where the rule is acknowledged.
 */
const expectedAcknowledgements = [
  { path: "BotSecret/Secret", id: "AwsSolutions-SMG4" },
  { path: "Webhook/Handler/Function", id: "AwsSolutions-L1" },
  { path: "Notifier/Handler/Function", id: "AwsSolutions-L1" },
  { path: "Notifier/Handler/Role", id: "AwsSolutions-IAM5[Resource::*]" },
  { path: "Notifier/DeadLetters", id: "AwsSolutions-SQS3" },
  { path: "Reminders/Handler/Function", id: "AwsSolutions-L1" },
  { path: "Operations/Alarms", id: "AwsSolutions-SNS2" },
];

type ValidationReport = {
  pluginReports: { pluginName: string; violations: { ruleName: string; severity?: string }[] }[];
};

describe.each(stages)("cdk-nag AwsSolutions checks, %s stage", (stage) => {
  let synthesised: SynthesisedBotStack;

  beforeAll(() => {
    // cdk-nag 3 is a policy validation plugin: app.synth() throws on any unacknowledged
    // finding, errors and warnings alike, with the report in the message.
    synthesised = synthBotStack({ nag: true, context: { stage, botUsername: "example_bot" } });
  });

  it("reports no unacknowledged error or warning", () => {
    // Prepare
    const report = JSON.parse(
      readFileSync(join(synthesised.assembly.directory, "validation-report.json"), "utf8"),
    ) as ValidationReport;

    // Assess
    const nagFindings = report.pluginReports
      .filter((plugin) => plugin.pluginName === "AwsSolutions")
      .flatMap((plugin) => plugin.violations);
    expect(nagFindings).toEqual([]);
  });

  it("acknowledges only the reviewed rules, each with a reason", () => {
    // Prepare
    const { app, stack } = synthesised;
    const acknowledgements = app.node.findAll().flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) =>
          Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
            path: construct.node.path.slice(stack.node.path.length + 1),
            id: id.replace(/^annotation::/i, ""),
            reason,
          })),
        ),
    );

    // Assess
    expect(acknowledgements.map(({ path, id }) => ({ path, id }))).toEqual(
      expect.arrayContaining(expectedAcknowledgements),
    );
    expect(acknowledgements).toHaveLength(expectedAcknowledgements.length);
    for (const { reason } of acknowledgements) expect(reason.length).toBeGreaterThan(80);
  });
});

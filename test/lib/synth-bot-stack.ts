import { readFileSync } from "node:fs";
import { App, Validations } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { CloudAssembly } from "aws-cdk-lib/cx-api";
import { AwsSolutionsChecks } from "cdk-nag";
import { BotStack } from "../../lib/bot-stack.ts";
import { projectRoot } from "../../lib/bundling.ts";
import { readDeploymentConfig, stackName } from "../../lib/deployment-config.ts";

/** The feature flags of cdk.json, so that tests synthesise what `cdk deploy` would. */
const cdkJsonContext = (
  JSON.parse(readFileSync(`${projectRoot}/cdk.json`, "utf8")) as { context: Record<string, unknown> }
).context;

export interface SynthOptions {
  /** CDK context as given with `-c key=value`. */
  readonly context?: Record<string, unknown>;
  /** Run esbuild for the function code (slow); otherwise CDK skips bundling. @default false */
  readonly bundle?: boolean;
  /** Register cdk-nag's AwsSolutions checks on the app. @default false */
  readonly nag?: boolean;
}

export interface SynthesisedBotStack {
  readonly app: App;
  readonly stack: BotStack;
  readonly template: Template;
  readonly assembly: CloudAssembly;
}

/** Builds the app as bin/app.ts does and synthesises it once. */
export function synthBotStack(options: SynthOptions = {}): SynthesisedBotStack {
  const app = new App({
    context: {
      ...cdkJsonContext,
      ...(options.bundle ? {} : { "aws:cdk:bundling-stacks": [] }),
      // Synth refuses a stack without them (lib/deployment-config.ts); a test may override or drop them.
      botUsername: "example_bot",
      coordinatorChatId: "-1001234567890",
      ...options.context,
    },
  });
  const config = readDeploymentConfig(app);
  const stack = new BotStack(app, stackName(config.stage), config);
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const assembly = app.synth();
  return { app, stack, assembly, template: Template.fromStack(stack) };
}

import { App, Stack } from "aws-cdk-lib";
import { Capture, Match, Template } from "aws-cdk-lib/assertions";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { describe, expect, it } from "vitest";
import { BOT_TOKEN_PLACEHOLDER, BotSecret } from "../../lib/constructs/bot-secret.ts";

describe("BotSecret", () => {
  const stack = new Stack(new App(), "SecretTest");
  const botSecret = new BotSecret(stack, "BotSecret");
  const fn = new lambda.Function(stack, "Reader", {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: "index.handler",
    code: lambda.Code.fromInline("export const handler = async () => {};"),
  });
  botSecret.grantRead(fn);
  const template = Template.fromStack(stack);

  it("generates a 64-character webhookSecret of letters and digits next to a placeholder botToken", () => {
    // Assess
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: {
        SecretStringTemplate: JSON.stringify({ botToken: BOT_TOKEN_PLACEHOLDER }),
        GenerateStringKey: "webhookSecret",
        ExcludePunctuation: true,
        PasswordLength: 64,
        IncludeSpace: Match.absent(),
      },
    });
  });

  it("uses a placeholder that no token check would mistake for a Telegram bot token", () => {
    // Assess
    expect(BOT_TOKEN_PLACEHOLDER).not.toMatch(/^\d+:[A-Za-z0-9_-]+$/);
  });

  it("lets the function call GetSecretValue on this secret and nothing else", () => {
    // Prepare
    const secretRef = new Capture();

    // Act
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: [{ Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: { Ref: secretRef } }],
      },
    });

    // Assess
    expect(Object.keys(template.findResources("AWS::SecretsManager::Secret"))).toEqual([secretRef.asString()]);
  });

  it("tells the function where the secret is in BOT_SECRET_ARN, never its value", () => {
    // Prepare
    const secretRef = new Capture();

    // Act
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: { BOT_SECRET_ARN: { Ref: secretRef } } },
    });

    // Assess
    expect(Object.keys(template.findResources("AWS::SecretsManager::Secret"))).toEqual([secretRef.asString()]);
  });
});

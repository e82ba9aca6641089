import { Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";

/**
 * What `botToken` holds until the operator stores the token from BotFather (README, "Deploy").
 * Deliberately not shaped like a token, so the handler can recognise it and say what is missing.
 */
export const BOT_TOKEN_PLACEHOLDER = "replace-with-the-token-from-BotFather";

/**
 * The bot's one secret, JSON `{"botToken": "...", "webhookSecret": "..."}`.
 *
 * `webhookSecret` is generated at creation: 64 letters and digits, a subset of what
 * Telegram allows in a webhook `secret_token` (A-Z a-z 0-9 _ -). `botToken` starts as
 * {@link BOT_TOKEN_PLACEHOLDER}; the operator replaces it, keeping `webhookSecret`.
 * CloudFormation regenerates the whole value only if the generator settings below change,
 * so leave them as they are once the stack is deployed.
 */
export class BotSecret extends Construct {
  public readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, "Secret", {
      description:
        "Engagement bot: Telegram bot token (set by the operator) and webhook secret token (generated).",
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ botToken: BOT_TOKEN_PLACEHOLDER }),
        generateStringKey: "webhookSecret",
        excludePunctuation: true,
        passwordLength: 64,
      },
    });
    Validations.of(this.secret).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "No automatic rotation: the bot token is issued by Telegram's BotFather and cannot be " +
        "rotated through an AWS API. Rotating it is a manual runbook step (revoke in BotFather, " +
        "put-secret-value, and setWebhook again for a new webhookSecret).",
    });
  }

  /**
   * Lets `fn` read the secret and tells it where in `BOT_SECRET_ARN`. Grants only
   * `secretsmanager:GetSecretValue`; CDK's `Secret.grantRead` would add DescribeSecret,
   * which the bot never calls.
   */
  public grantRead(fn: lambda.Function): void {
    iam.Grant.addToPrincipal({
      grantee: fn,
      actions: ["secretsmanager:GetSecretValue"],
      resourceArns: [this.secret.secretArn],
    });
    fn.addEnvironment("BOT_SECRET_ARN", this.secret.secretArn);
  }
}

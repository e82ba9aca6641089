import { Duration, Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import type * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import type { Stage } from "../deployment-config.ts";
import { BotFunction } from "./bot-function.ts";

export interface WebhookEndpointProps {
  readonly stage: Stage;
  /** `TELEGRAM_BOT_USERNAME`. @default - not set */
  readonly botUsername?: string;
  /** `COORDINATOR_CHAT_ID`. @default - not set */
  readonly coordinatorChatId?: string;
  /**
   * How many updates are processed at once, at most. Telegram opens at most `max_connections`
   * connections to the webhook (we set 10), so 10 instances serve every connection while a
   * flood of updates cannot run up the bill or the DynamoDB load beyond that: excess requests
   * are throttled and Telegram delivers them again later. `undefined` leaves the function
   * unreserved, for new accounts whose concurrency quota (10) leaves nothing to reserve.
   *
   * @default - unreserved
   */
  readonly reservedConcurrency?: number;
}

/**
 * The HTTPS endpoint Telegram posts updates to: the webhook function
 * (`functions/webhook/handler.ts`) behind a Lambda Function URL.
 */
export class WebhookEndpoint extends Construct {
  public readonly function: NodejsFunction;
  public readonly logGroup: logs.LogGroup;
  public readonly functionUrl: lambda.FunctionUrl;

  constructor(scope: Construct, id: string, props: WebhookEndpointProps) {
    super(scope, id);

    const webhook = new BotFunction(this, "Handler", {
      entry: "functions/webhook/handler.ts",
      description: "Telegram webhook of the engagement bot",
      stage: props.stage,
      ...(props.botUsername === undefined ? {} : { botUsername: props.botUsername }),
      ...(props.coordinatorChatId === undefined
        ? {}
        : { coordinatorChatId: props.coordinatorChatId }),
      // Telegram waits for the webhook's answer and delivers the update again when the
      // answer fails or takes too long. The handler's own limits (grammY's webhook timeout,
      // auto-retry's bounded retries of Bot API calls) are set to finish well inside 20 s, so
      // Lambda never cuts an update off halfway and a retry finds consistent state.
      timeout: Duration.seconds(20),
      ...(props.reservedConcurrency === undefined
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrency }),
    });
    this.function = webhook.function;
    this.logGroup = webhook.logGroup;

    // No IAM auth: Telegram cannot sign its requests. Instead the handler rejects every
    // request whose X-Telegram-Bot-Api-Secret-Token header does not match the webhookSecret
    // (compared in constant time) before it parses the body.
    // BUFFERED: Telegram sends one JSON update and reads one JSON answer; nothing streams.
    this.functionUrl = this.function.addFunctionUrl({
      authType: lambda.FunctionUrlAuthType.NONE,
      invokeMode: lambda.InvokeMode.BUFFERED,
    });
  }

  /**
   * Relayed messages are translated with Amazon Translate: the function may call exactly
   * `translate:TranslateText`, and learns it from `TRANSLATION=amazon`.
   */
  public enableTranslation(): void {
    this.function.addEnvironment("TRANSLATION", "amazon");
    this.function.addToRolePolicy(new iam.PolicyStatement({ actions: ["translate:TranslateText"], resources: ["*"] }));
    Validations.of(this.function.role!).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason: "translate:TranslateText has no resource-level permissions in IAM; the statement allows that single action and nothing else.",
    });
  }
}

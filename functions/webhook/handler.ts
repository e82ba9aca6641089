import type { Context, LambdaFunctionURLEvent, LambdaFunctionURLResult } from "aws-lambda";
import { lambdaEntry } from "../runtime/lambda-entry.ts";
import { webhookRuntimeOptions } from "../runtime/runtime-options.ts";
import { toFunctionUrlResult, toWebhookRequest } from "./function-url.ts";
import { createWebhookRuntime } from "./webhook-runtime.ts";

const { environment, logger, onFirstEvent } = lambdaEntry();
const webhook = onFirstEvent(async (connections) => createWebhookRuntime(await webhookRuntimeOptions(environment, connections)));

/** Lambda Function URL entry: adapts the event and hands it to the webhook app. */
export const handler = async (event: LambdaFunctionURLEvent, context: Context): Promise<LambdaFunctionURLResult> => {
  logger.addContext(context);
  const { handle } = await webhook();
  return toFunctionUrlResult(await handle(toWebhookRequest(event), context));
};

import type { APIGatewayProxyStructuredResultV2, LambdaFunctionURLEvent } from "aws-lambda";
import type { WebhookRequest, WebhookResponse } from "./request.ts";

/** Function URL event → the webhook's request; the local server builds the same event shape. */
export function toWebhookRequest(event: LambdaFunctionURLEvent): WebhookRequest {
  return {
    method: event.requestContext.http.method,
    headers: event.headers,
    body: event.body,
    isBase64Encoded: event.isBase64Encoded,
  };
}

export function toFunctionUrlResult(response: WebhookResponse): APIGatewayProxyStructuredResultV2 {
  return { statusCode: response.statusCode, headers: response.headers, body: response.body ?? "" };
}

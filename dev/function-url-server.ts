import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { LambdaFunctionURLEvent } from "aws-lambda";
import { toFunctionUrlResult, toWebhookRequest } from "../functions/webhook/function-url.ts";
import type { WebhookRuntime } from "../functions/webhook/webhook-runtime.ts";
import { localInvocationContext } from "./local-runtime.ts";

/** Function URLs pass these content types as text and base64-encode everything else. */
const TEXT_CONTENT = /^(text\/|application\/(json|xml|x-www-form-urlencoded|javascript))/i;

/**
 * Serves `POST /telegram` the way a Lambda Function URL would: each HTTP request becomes a
 * Function URL event (base64 body included) and goes through the same adapter as in Lambda.
 */
export function createFunctionUrlServer(handle: WebhookRuntime["handle"]): Server {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/health") {
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (url.pathname !== "/telegram") {
      response.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const asText = TEXT_CONTENT.test(request.headers["content-type"] ?? "");
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(",") : value]),
    );
    const event = {
      version: "2.0",
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      requestContext: { http: { method: request.method ?? "GET", path: url.pathname } },
      body: body.length === 0 ? undefined : asText ? body.toString("utf8") : body.toString("base64"),
      isBase64Encoded: body.length > 0 && !asText,
    } as unknown as LambdaFunctionURLEvent;
    try {
      const result = toFunctionUrlResult(await handle(toWebhookRequest(event), localInvocationContext()));
      response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string> | undefined).end(result.body);
    } catch {
      // What a Lambda that throws looks like through a Function URL.
      response.writeHead(502).end();
    }
  });
}

export async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Secrets Manager's JSON API on loopback, for running the real Lambda entry
 * point without AWS (set AWS_ENDPOINT_URL_SECRETS_MANAGER to its endpoint). Counts the reads.
 */
export function startFakeSecretsManager(secretString: string) {
  const reads: string[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      reads.push(String(request.headers["x-amz-target"]));
      response.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
      response.end(JSON.stringify({ ARN: JSON.parse(body).SecretId, Name: "bot", SecretString: secretString }));
    });
  });
  return new Promise<{ endpoint: string; reads: string[]; close(): void }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reads, close: () => server.close() }),
    ),
  );
}

import { createHash, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

interface QueuedMessage {
  MessageId: string;
  Body: string;
  ReceiptHandle?: string;
  invisibleUntil: number;
}

/**
 * A stand-in for one SQS queue's JSON API on loopback (set AWS_ENDPOINT_URL_SQS to its
 * endpoint), enough for `npm run dlq:replay`: receive with a visibility timeout, delete in
 * batches, and the approximate depth. Messages are what Lambda puts into a stream's
 * dead-letter queue.
 */
export async function startFakeSqs() {
  const messages: QueuedMessage[] = [];
  const respond = (action: string, input: Record<string, unknown>): unknown => {
    const now = Date.now();
    switch (action) {
      case "GetQueueAttributes":
        return { Attributes: { ApproximateNumberOfMessages: String(messages.filter((message) => message.invisibleUntil <= now).length) } };
      case "ReceiveMessage": {
        const visible = messages.filter((message) => message.invisibleUntil <= now).slice(0, Number(input.MaxNumberOfMessages ?? 1));
        for (const message of visible) {
          message.ReceiptHandle = randomUUID();
          message.invisibleUntil = now + Number(input.VisibilityTimeout ?? 30) * 1000;
        }
        return {
          Messages: visible.map(({ MessageId, Body, ReceiptHandle }) => ({
            MessageId,
            Body,
            ReceiptHandle,
            MD5OfBody: createHash("md5").update(Body).digest("hex"),
          })),
        };
      }
      case "DeleteMessageBatch": {
        const entries = input.Entries as { Id: string; ReceiptHandle: string }[];
        for (const entry of entries) {
          const index = messages.findIndex((message) => message.ReceiptHandle === entry.ReceiptHandle);
          if (index >= 0) messages.splice(index, 1);
        }
        return { Successful: entries.map((entry) => ({ Id: entry.Id })), Failed: [] };
      }
      default:
        throw new Error(`The fake SQS does not know ${action}`);
    }
  };
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const action = String(request.headers["x-amz-target"]).replace("AmazonSQS.", "");
      response.writeHead(200, { "content-type": "application/x-amz-json-1.0" });
      response.end(JSON.stringify(respond(action, JSON.parse(body || "{}") as Record<string, unknown>)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    queueUrl: `${endpoint}/000000000000/EngagementBot-dev-DeadLetters`,
    /** Puts a message into the queue, as Lambda does when it gives up on a stream batch. */
    send(body: unknown) {
      messages.push({ MessageId: randomUUID(), Body: JSON.stringify(body), invisibleUntil: 0 });
    },
    get depth() {
      return messages.length;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

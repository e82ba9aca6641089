import type { Context, DynamoDBStreamEvent } from "aws-lambda";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { enquiryFrom, newDraft, type EnquiryDraft } from "../../../functions/domain/enquiry-dialogue.ts";
import { createNotifierRuntime } from "../../../functions/notifier/notifier-runtime.ts";
import { startOutboxPoll } from "../../../dev/outbox.ts";
import { postWaitingEnquiries } from "../../../functions/notifier/post-waiting.ts";
import { notifierFor, startWebhookHarness, TEST_TOKEN, type WebhookHarness } from "../../helpers/webhook-harness.ts";

const GROUP = -1009876543210;
let harness: WebhookHarness;
let notifier: ReturnType<typeof createNotifierRuntime>;
let sequence = 1;

beforeAll(async () => {
  harness = await startWebhookHarness();
  notifier = notifierFor(harness, GROUP);
});
afterAll(() => harness.close());
afterEach(() => harness.api.reset());

/** A sent enquiry, as the dialogue stores it. */
async function storedEnquiry(question = "Ich möchte helfen.", attachments: EnquiryDraft["attachments"] = []) {
  const draft: EnquiryDraft = {
    ...newDraft(`${Date.now().toString(16)}${(sequence++).toString(16).padStart(4, "0")}`.slice(-16), new Date()),
    type: "company",
    topic: "companies",
    companyName: "Muster GmbH",
    cooperation: "Ausbildungsplätze",
    district: "Mitte",
    language: "uk",
    contact: { channel: "telegram" },
    question,
    consentAt: new Date().toISOString(),
    step: "summary",
    attachments,
  };
  const { enquiry } = await notifier.store.create(enquiryFrom(draft, 555_000 + sequence, `A-2026-${String(sequence).padStart(5, "0")}`, new Date()));
  return enquiry;
}

describe("posting new enquiries for the coordinators", () => {
  it("opens a topic named with the reference and posts the summary card in it, once", async () => {
    const enquiry = await storedEnquiry();

    expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("posted");
    expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("already-posted");

    const [topic] = harness.api.callsTo("createForumTopic");
    expect(topic?.payload).toMatchObject({ chat_id: GROUP, name: `🆕 ${enquiry.reference} · Unternehmen / Organisation · Unternehmen und Stiftungen` });
    const cards = harness.api.callsTo("sendMessage");
    expect(cards).toHaveLength(1);
    expect(cards[0]!.payload).toMatchObject({ chat_id: GROUP, message_thread_id: (topic!.result as { message_thread_id: number }).message_thread_id });
    expect(String(cards[0]!.payload.text)).toContain("Muster GmbH");
    expect(String(cards[0]!.payload.text)).toContain("Sprache der Person: Українська");
    expect((await notifier.store.get(enquiry.id))?.coordination).toMatchObject({ chatId: GROUP, cardMessageId: expect.any(Number) });
  });

  it("posts the person's photos and documents after the card, in its topic; a retry after a failure posts only the rest", async () => {
    const enquiry = await storedEnquiry("Fotos vom Aushang anbei.", [
      { kind: "photo", fileId: "photo-of-the-notice" },
      { kind: "document", fileId: "flyer-pdf" },
    ]);
    harness.api.failNext("sendDocument", { error_code: 500, description: "Internal Server Error" });

    await expect(notifier.notifyNewEnquiry(enquiry.id)).rejects.toThrow();
    expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("posted");
    expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("already-posted");

    const threadId = (harness.api.callsTo("createForumTopic")[0]!.result as { message_thread_id: number }).message_thread_id;
    const photos = harness.api.callsTo("sendPhoto").filter((call) => !call.error);
    const documents = harness.api.callsTo("sendDocument").filter((call) => !call.error);
    expect(photos.map((call) => call.payload)).toEqual([
      expect.objectContaining({ chat_id: GROUP, photo: "photo-of-the-notice", message_thread_id: threadId, caption: `📎 Anhang 1 von 2 zu ${enquiry.reference}` }),
    ]);
    expect(documents.map((call) => call.payload)).toEqual([
      expect.objectContaining({ chat_id: GROUP, document: "flyer-pdf", message_thread_id: threadId, caption: `📎 Anhang 2 von 2 zu ${enquiry.reference}` }),
    ]);
    expect(harness.api.callsTo("sendMessage").filter((call) => !call.error)).toHaveLength(1);
  });

  it("tells the coordinators about an attachment Telegram refuses for good, instead of retrying for ever", async () => {
    const enquiry = await storedEnquiry("Zwei Fotos anbei.", [
      { kind: "photo", fileId: "file-that-is-gone" },
      { kind: "photo", fileId: "good-photo" },
    ]);
    harness.api.failNext("sendPhoto", { error_code: 400, description: "Bad Request: wrong file identifier/HTTP URL specified" });

    expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("posted");
    expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("already-posted");

    const notes = harness.api.callsTo("sendMessage").filter((call) => !call.error).map((call) => String(call.payload.text));
    expect(notes.at(-1)).toContain(`Anhang 1 von 2 zu ${enquiry.reference} lässt sich nicht anzeigen`);
    expect(harness.api.callsTo("sendPhoto").filter((call) => !call.error).map((call) => call.payload.photo)).toEqual(["good-photo"]);
  });

  it("continues after a failed card without opening a second topic", async () => {
    const enquiry = await storedEnquiry();
    harness.api.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" });

    await expect(notifier.notifyNewEnquiry(enquiry.id)).rejects.toThrow();
    expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("posted");

    expect(harness.api.callsTo("createForumTopic")).toHaveLength(1);
    expect(harness.api.callsTo("sendMessage").filter((call) => !call.error)).toHaveLength(1);
  });

  it("waits out a short 429 and posts once", async () => {
    const enquiry = await storedEnquiry();
    harness.api.failNext("createForumTopic", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });

    expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("posted");
    expect(harness.api.callsTo("createForumTopic").filter((call) => !call.error)).toHaveLength(1);
  });

  it("posts plain cards when the group has no topics, and says so once", async () => {
    for (let i = 0; i < 2; i++) {
      const enquiry = await storedEnquiry();
      harness.api.failNext("createForumTopic", { error_code: 400, description: "Bad Request: the chat is not a forum" });
      expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("posted");
    }

    const messages = harness.api.callsTo("sendMessage");
    expect(messages.map((call) => call.payload.message_thread_id)).toEqual([undefined, undefined, undefined]);
    expect(messages.filter((call) => String(call.payload.text).includes("keine Themen"))).toHaveLength(1);
    expect(messages.filter((call) => String(call.payload.text).includes("Neue Anfrage"))).toHaveLength(2);
  });

  it("shows what people typed literally, never as markup", async () => {
    const enquiry = await storedEnquiry(`<a href="https://evil.example">klick</a> & <b>fett</b>`);
    await notifier.notifyNewEnquiry(enquiry.id);
    const text = String(harness.api.callsTo("sendMessage")[0]?.payload.text);
    expect(text).toContain("&lt;a href=\"https://evil.example\"&gt;klick&lt;/a&gt; &amp; &lt;b&gt;fett&lt;/b&gt;");
  });

  it("locally, the outbox poll posts what the stream would", async () => {
    const enquiry = await storedEnquiry();
    const outbox = startOutboxPoll(notifier.store, notifier.notifyNewEnquiry, { warn: () => {} }, 60_000);
    await outbox.drain();
    await outbox.stop();
    expect((await notifier.store.get(enquiry.id))?.coordination?.cardMessageId).toBeDefined();
  });
});

describe("the stream-fed Lambda entry", () => {
  it("posts inserted enquiries, ignores other changes, and reports only failed records for retry", async () => {
    const { startFakeSecretsManager } = await import("../../../dev/fake-secrets-manager.ts");
    const secrets = await startFakeSecretsManager(JSON.stringify({ botToken: TEST_TOKEN, webhookSecret: "stream-test-webhook-secret-0123" }));
    const saved = { ...process.env };
    process.env = {
      PATH: saved.PATH,
      AWS_REGION: "eu-central-1",
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_ENDPOINT_URL_DYNAMODB: harness.dynamoDbEndpoint,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
      TABLE_NAME: harness.tableName,
      BOT_SECRET_ARN: "arn:aws:secretsmanager:eu-central-1:123456789012:secret:bot",
      TELEGRAM_BOT_USERNAME: "test_engagement_bot",
      TELEGRAM_API_ROOT: harness.api.apiRoot,
      COORDINATOR_CHAT_ID: String(GROUP),
      LOG_LEVEL: "SILENT",
    };
    try {
      vi.resetModules();
      const { handler } = await import("../../../functions/notifier/handler.ts");
      const good = await storedEnquiry();
      const bad = await storedEnquiry();
      const record = (id: string, sequenceNumber: string, eventName: "INSERT" | "MODIFY" = "INSERT") => ({
        eventID: sequenceNumber,
        eventName,
        eventSource: "aws:dynamodb",
        dynamodb: { Keys: { pk: { S: `ENQUIRY#${id}` }, sk: { S: "ENQUIRY" } }, SequenceNumber: sequenceNumber },
      });
      // The second card fails with a 500: that record alone is reported.
      harness.api.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" });
      const event = { Records: [record(bad.id, "100"), record(good.id, "200"), record(good.id, "300", "MODIFY")] } as unknown as DynamoDBStreamEvent;

      const result = await handler(event, { functionName: "notifier", awsRequestId: "r", getRemainingTimeInMillis: () => 60_000 } as unknown as Context);

      expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: "100" }] });
      expect((await notifier.store.get(good.id))?.coordination?.cardMessageId).toBeDefined();
      expect(harness.api.callsTo("createForumTopic")).toHaveLength(2);
    } finally {
      process.env = saved;
      secrets.close();
    }
  });
});

describe("a round over the waiting enquiries (outbox poll, dlq:replay)", () => {
  it("counts an enquiry its owner deleted meanwhile as neither posted nor failed, and a missing group as failed", async () => {
    const deleted = await storedEnquiry("Gelöscht während der Runde.");
    const waiting = await storedEnquiry("Wartet auf die Gruppe.");
    // Other tests' enquiries may still wait; only these two are asked about.
    const outcome = (id: string) => (id === deleted.id ? "gone" : id === waiting.id ? "no-group" : "already-posted");

    const round = await postWaitingEnquiries(notifier.store, async (id) => outcome(id));

    expect(round.failed).toEqual([waiting.reference]);
    expect(round.posted).not.toContain(deleted.reference);
    expect(round.failed).not.toContain(deleted.reference);
    await notifier.notifyNewEnquiry(deleted.id);
    await notifier.notifyNewEnquiry(waiting.id);
  });
});

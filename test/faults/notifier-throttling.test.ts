import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enquiryFrom, newDraft, type EnquiryDraft } from "../../functions/domain/enquiry-dialogue.ts";
import { createNotifierRuntime } from "../../functions/notifier/notifier-runtime.ts";
import { notifierFor, startWebhookHarness, type WebhookHarness } from "../helpers/webhook-harness.ts";

/**
 * DynamoDB throttling at every request the notifier makes while posting an enquiry: the record
 * fails, the stream hands it over again, and the coordinators must see one topic and one card.
 */
const GROUP = -1005555555555;
let harness: WebhookHarness;
let notifier: ReturnType<typeof createNotifierRuntime>;
let failAt = 0;
let requests = 0;
let sequence = 0;

beforeAll(async () => {
  harness = await startWebhookHarness();
  notifier = notifierFor(harness, GROUP);
  harness.dynamoDbClient.middlewareStack.add(
    (next) => async (args) => {
      requests += 1;
      if (requests === failAt) throw Object.assign(new Error("Throughput exceeded"), { name: "ProvisionedThroughputExceededException", $fault: "client" });
      return next(args);
    },
    { step: "initialize", name: "faultInjection" },
  );
});
afterAll(() => harness.close());

async function storedEnquiry() {
  sequence += 1;
  const draft: EnquiryDraft = {
    ...newDraft(`f${String(sequence).padStart(15, "0")}`, new Date()),
    type: "volunteer",
    topic: "get-involved",
    district: null,
    language: "de",
    contact: { channel: "telegram" },
    question: "Ich möchte helfen.",
    consentAt: new Date().toISOString(),
    step: "summary",
  };
  const { enquiry } = await notifier.store.create(enquiryFrom(draft, 660_000 + sequence, `F-2026-${String(sequence).padStart(5, "0")}`, new Date()));
  return enquiry;
}

/** The topics and cards of this enquiry the coordinators see: those opened and not taken back. */
const postsOf = (reference: string) => {
  const ok = (method: string) => harness.api.callsTo(method).filter((call) => !call.error);
  const topics = ok("createForumTopic").filter((call) => String(call.payload.name).includes(reference)).map((call) => (call.result as { message_thread_id: number }).message_thread_id);
  const cards = ok("sendMessage").filter((call) => call.payload.chat_id === GROUP && String(call.payload.text).includes(reference)).map((call) => (call.result as { message_id: number }).message_id);
  const deletedTopics = new Set(ok("deleteForumTopic").map((call) => call.payload.message_thread_id));
  const deletedCards = new Set(ok("deleteMessage").map((call) => call.payload.message_id));
  return { topics: topics.filter((id) => !deletedTopics.has(id)).length, cards: cards.filter((id) => !deletedCards.has(id)).length };
};

describe("DynamoDB throttling while the notifier posts an enquiry", () => {
  it("ends, after the stream's retry, with exactly one topic and one card, whichever request failed", async () => {
    const clean = await storedEnquiry();
    requests = 0;
    expect(await notifier.notifyNewEnquiry(clean.id)).toBe("posted");
    const count = requests;
    expect(postsOf(clean.reference)).toEqual({ topics: 1, cards: 1 });
    expect(count).toBeGreaterThanOrEqual(3);

    for (let request = 1; request <= count; request++) {
      const enquiry = await storedEnquiry();
      requests = 0;
      failAt = request;
      await expect(notifier.notifyNewEnquiry(enquiry.id), `throttled at request ${request}`).rejects.toThrow();
      failAt = 0;
      // The stream's retry, and a late duplicate of the same record.
      expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("posted");
      expect(await notifier.notifyNewEnquiry(enquiry.id)).toBe("already-posted");
      expect(postsOf(enquiry.reference), `throttled at request ${request}`).toEqual({ topics: 1, cards: 1 });
      // And coordinators find it by its reference (/find), its topic leads to it, the card is recorded.
      expect(await notifier.lookups.findByReference(enquiry.reference), `throttled at request ${request}`).toBe(enquiry.id);
      const posted = await notifier.store.get(enquiry.id);
      expect(await notifier.lookups.placeOf(GROUP, posted?.coordination?.threadId, undefined)).toEqual({ kind: "enquiry", enquiryId: enquiry.id });
    }
  }, 60_000);
});

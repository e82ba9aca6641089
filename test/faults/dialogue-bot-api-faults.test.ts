import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiFailure } from "../../dev/fake-bot-api.ts";
import type { LocalUser } from "../../dev/telegram-updates.ts";
import { DIALOGUE_STEPS, lastMessageIdTo, textsReadBy } from "./dialogue-steps.ts";
import { startWebhookHarness, type WebhookHarness } from "../helpers/webhook-harness.ts";

/**
 * The Bot API failing at every step of the consultation dialogue: a 500, a dropped connection, a
 * 429 with retry_after, slow answers. After Telegram's redelivery the person must have one enquiry
 * and read what a person without faults reads, nothing twice.
 */
const STEPS = DIALOGUE_STEPS;

let harness: WebhookHarness;
let nextUserId = 9_200_000;
beforeAll(async () => {
  harness = await startWebhookHarness({ enquirySettings: { maxPerDay: 1000, maxOpen: 1000 } });
});
afterAll(() => harness.close());

const lastMessageId = (user: LocalUser) => lastMessageIdTo(harness, user);

async function throughTheDialogue(fault?: { step: number; failure: ApiFailure | "drop" }) {
  const user = { id: nextUserId++, first_name: "Fault", language_code: "de" };
  const statuses: number[] = [];
  for (const [index, step] of STEPS.entries()) {
    const update = step(user, lastMessageId(user));
    if (fault?.step === index) harness.api.failNextCall(fault.failure);
    let response = await harness.deliver(update);
    statuses.push(response.statusCode);
    // Telegram delivers what was not answered 200 again.
    for (let redeliveries = 0; response.statusCode !== 200 && redeliveries < 3; redeliveries++) response = await harness.deliver(update);
    expect(response.statusCode, `step ${index}`).toBe(200);
  }
  const enquiries = await harness.enquiriesOf(user.id);
  return { texts: textsReadBy(harness, user), enquiries, statuses };
}

describe("Bot API faults at every step of the dialogue", () => {
  let clean: Awaited<ReturnType<typeof throughTheDialogue>>;
  beforeAll(async () => {
    clean = await throughTheDialogue();
  });

  it.each([
    ["a 500", { error_code: 500, description: "Internal Server Error" } as ApiFailure],
    ["a dropped connection", "drop" as const],
  ])("with %s at the first call of each step: one enquiry, the same messages, none twice", async (_name, failure) => {
    for (let step = 0; step < STEPS.length; step++) {
      const faulty = await throughTheDialogue({ step, failure });
      expect(faulty.statuses[step], `step ${step}`).toBeGreaterThanOrEqual(500);
      expect(faulty.enquiries, `step ${step}`).toHaveLength(1);
      expect(faulty.texts, `step ${step}`).toEqual(clean.texts);
    }
  }, 60_000);

  it("waits out a 429 with retry_after within the same delivery", async () => {
    const faulty = await throughTheDialogue({ step: 3, failure: { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } } });
    expect(faulty.statuses.every((status) => status === 200)).toBe(true);
    expect(faulty.texts).toEqual(clean.texts);
  });

  it("gets through when every Bot API answer is slow", async () => {
    harness.api.setLatency(150);
    try {
      const slow = await throughTheDialogue();
      expect(slow.enquiries).toHaveLength(1);
      expect(slow.texts).toEqual(clean.texts);
    } finally {
      harness.api.setLatency(0);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../dev/telegram-updates.ts";
import { DIALOGUE_STEPS, lastMessageIdTo, textsReadBy } from "./dialogue-steps.ts";
import { startWebhookHarness, type WebhookHarness } from "../helpers/webhook-harness.ts";

/**
 * DynamoDB throttling at every request of every step of the consultation dialogue: the update
 * fails (5xx), Telegram delivers it again, and the person must end up exactly where a person
 * without the fault ends up: one enquiry, and the same messages, none of them twice.
 */
const STEPS = DIALOGUE_STEPS;

let harness: WebhookHarness;
let nextUserId = 9_100_000;
/** Fails the n-th DynamoDB request from now on (1-based), once; 0 fails none. Counts requests. */
let failAt = 0;
let requests = 0;

beforeAll(async () => {
  harness = await startWebhookHarness({ enquirySettings: { maxPerDay: 1000, maxOpen: 1000 } });
  harness.dynamoDbClient.middlewareStack.add(
    (next) => async (args) => {
      requests += 1;
      if (requests === failAt) {
        throw Object.assign(new Error("Rate of requests exceeds the allowed throughput."), { name: "ProvisionedThroughputExceededException", $fault: "client" });
      }
      return next(args);
    },
    // Before the SDK's own retries: as if every retry had been throttled too.
    { step: "initialize", name: "faultInjection" },
  );
});
afterAll(() => harness.close());

const lastMessageId = (user: LocalUser) => lastMessageIdTo(harness, user);

/** One person through the dialogue; with a fault at request `n` of step `faultyStep`. */
async function throughTheDialogue(fault?: { step: number; request: number }) {
  const user = { id: nextUserId++, first_name: "Fault", language_code: "de" };
  const requestsPerStep: number[] = [];
  let failedDeliveries = 0;
  for (const [index, step] of STEPS.entries()) {
    const update = step(user, lastMessageId(user));
    requests = 0;
    failAt = fault?.step === index ? fault.request : 0;
    let response = await harness.deliver(update);
    requestsPerStep.push(requests);
    // Telegram delivers a failed update again, the same update.
    while (response.statusCode !== 200) {
      failedDeliveries += 1;
      expect(response.statusCode).toBeGreaterThanOrEqual(500);
      if (failedDeliveries > 3) throw new Error(`step ${index} keeps failing`);
      failAt = 0;
      response = await harness.deliver(update);
    }
  }
  failAt = 0;
  const enquiries = await harness.enquiriesOf(user.id);
  return { texts: textsReadBy(harness, user), enquiries, requestsPerStep, failedDeliveries };
}

describe("DynamoDB throttling at every step of the dialogue", () => {
  it("leaves every person with one enquiry and the messages a person without faults gets, none twice", async () => {
    const clean = await throughTheDialogue();
    expect(clean.enquiries).toHaveLength(1);
    expect(clean.failedDeliveries).toBe(0);

    let faults = 0;
    for (const [step, count] of clean.requestsPerStep.entries()) {
      for (let request = 1; request <= count; request++) {
        const faulty = await throughTheDialogue({ step, request });
        const where = `throttled at request ${request} of step ${step}`;
        // The last request marks the update's record done: its failure is answered 200, since
        // everything else happened; any other failure makes Telegram deliver the update again.
        expect(faulty.failedDeliveries, where).toBe(request === count ? 0 : 1);
        expect(faulty.enquiries, where).toHaveLength(1);
        expect(faulty.texts, where).toEqual(clean.texts);
        faults += 1;
      }
    }
    // Every step touches DynamoDB, so every step was hit at least once.
    expect(faults).toBeGreaterThanOrEqual(STEPS.length * 2);
  }, 120_000);
});

describe("DynamoDB hanging in the middle of the dialogue", () => {
  it("times out, answers 5xx, and after Telegram's redelivery the person reads each message once", async () => {
    const clean = await throughTheDialogue();
    const user = { id: nextUserId++, first_name: "Hang", language_code: "de" };
    for (const step of STEPS.slice(0, 4)) expect((await harness.deliver(step(user, lastMessageId(user)))).statusCode).toBe(200);

    const districtStep = STEPS[4]!(user, lastMessageId(user));
    harness.network.stall();
    const during = await harness.deliver(districtStep);
    harness.network.resume();
    const redelivered = await harness.deliver(districtStep);
    for (const step of STEPS.slice(5)) expect((await harness.deliver(step(user, lastMessageId(user)))).statusCode).toBe(200);

    expect(during.statusCode).toBeGreaterThanOrEqual(500);
    expect(redelivered.statusCode).toBe(200);
    expect(textsReadBy(harness, user)).toEqual(clean.texts);
  }, 30_000);
});

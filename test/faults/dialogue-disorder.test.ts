import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackQueryUpdate, textMessageUpdate } from "../../dev/telegram-updates.ts";
import { buttonsOf, chatAs } from "../helpers/chat-driver.ts";
import { startWebhookHarness, type WebhookHarness } from "../helpers/webhook-harness.ts";

/**
 * Telegram promises neither order nor one-at-a-time: a person's whole dialogue arriving at once,
 * shuffled, must leave no 5xx that stays, no second enquiry, and a dialogue the person can finish.
 */
let harness: WebhookHarness;
beforeAll(async () => {
  harness = await startWebhookHarness();
});
afterAll(() => harness.close());

/** What this person answers at each step, by the prefix of the buttons offered. */
const ANSWERS: Record<string, string> = {
  "eq:consent:": "eq:consent:yes",
  "eq:type:": "eq:type:volunteer",
  "eq:topic:": "eq:topic:friend-circles",
  "eq:district:": "eq:district:5",
  "eq:contact:": "eq:contact:telegram",
  "eq:send": "eq:send",
};

const enquiriesOf = (userId: number) => harness.enquiriesOf(userId);

describe("a dialogue delivered out of order and all at once", () => {
  it.each([1, 2, 3])("leaves one dialogue the person can finish, and one enquiry (shuffle %i)", async (seed) => {
    const user = { id: 9_300_000 + seed, first_name: "Storm", language_code: "de" };
    const chat = chatAs(harness, user);
    const updates = [
      textMessageUpdate(user, "/enquiry"),
      ...Object.values(ANSWERS).map((data) => callbackQueryUpdate(user, data, 1)),
      textMessageUpdate(user, "Ich möchte bei einem Freundeskreis mitmachen."),
      callbackQueryUpdate(user, "eq:send", 1),
    ];
    // A fixed shuffle per seed: reproducible, and different between the cases.
    const shuffled = updates.map((update, index) => ({ update, key: (index * 7919 * seed) % 101 })).sort((a, b) => a.key - b.key).map(({ update }) => update);

    const storm = await Promise.all(shuffled.map((update) => harness.deliver(update)));
    // What failed for now is what Telegram delivers again; afterwards everything has been answered.
    for (const [index, response] of storm.entries()) {
      if (response.statusCode !== 200) expect((await harness.deliver(shuffled[index]!)).statusCode).toBe(200);
    }
    expect((await enquiriesOf(user.id)).length).toBeLessThanOrEqual(1);

    // The person goes on from whatever the bot last showed, as they would in Telegram.
    if ((await enquiriesOf(user.id)).length === 0) {
      await chat.say("/enquiry");
      for (let taps = 0; taps < 20 && (await enquiriesOf(user.id)).length === 0; taps++) {
        const offered = buttonsOf(chat.messagesTo().filter((call) => buttonsOf(call).length > 0).at(-1)).map((button) => button.callback_data ?? "");
        const continueButton = offered.find((data) => data.includes("resume") && data.includes("continue"));
        const answer = continueButton ?? Object.entries(ANSWERS).find(([prefix]) => offered.some((data) => data.startsWith(prefix)))?.[1];
        if (answer) await chat.tap(answer);
        else await chat.say("Ich möchte bei einem Freundeskreis mitmachen.");
      }
    }

    const enquiries = await enquiriesOf(user.id);
    expect(enquiries).toHaveLength(1);
    expect(enquiries[0]).toMatchObject({ type: "volunteer", status: "new" });
  });
});

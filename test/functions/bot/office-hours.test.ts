import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatAs } from "../../helpers/chat-driver.ts";
import { startWebhookHarness, type WebhookHarness } from "../../helpers/webhook-harness.ts";

let harness: WebhookHarness;
let clock = new Date("2026-12-24T17:30:00Z");

beforeAll(async () => {
  harness = await startWebhookHarness({ enquirySettings: { officeSchedule: "Mo-Fr 09:00-16:00" }, now: () => clock });
});
afterAll(() => harness.close());

async function send(userId: number, language_code: string, agree: string) {
  const chat = chatAs(harness, { id: userId, first_name: "Test", language_code });
  await chat.say("/enquiry");
  await chat.tap(agree);
  await chat.tap("eq:type:volunteer");
  await chat.tap("eq:topic:projects");
  await chat.tap("eq:district:skip");
  await chat.tap("eq:contact:telegram");
  await chat.say("Eine Frage");
  await chat.tap("eq:send");
  return chat.lastText();
}

describe("the office hours", () => {
  it("are told in each person's language, from the schedule the reminders use", async () => {
    expect(await send(90_010, "de", "Ja, ich bin einverstanden")).toContain("Antworten gibt es zu den Bürozeiten: Mo–Fr 09:00–16:00 Uhr.");
    expect(await send(90_011, "en", "Yes, I agree")).toContain("Answers come during office hours: Mon–Fri, 09:00–16:00.");
    expect(await send(90_012, "uk", "eq:consent:yes")).toContain("пн–пт, 09:00–16:00");
    const arabic = await send(90_013, "ar", "eq:consent:yes");
    expect(arabic).toContain("من الاثنين إلى الجمعة");
    // Nothing German inside another language.
    for (const text of [arabic, await send(90_014, "fa", "eq:consent:yes")]) expect(text).not.toMatch(/Mo–Fr|Uhr/);
  });
});

describe("outside office hours", () => {
  it("tells a person who sends on Christmas Eve evening that the office opens again after the holidays", async () => {
    const confirmation = await send(90_001, "de", "Ja, ich bin einverstanden");
    expect(confirmation).toContain("Das Büro ist gerade geschlossen. Die nächsten Bürozeiten beginnen am 28. Dezember 2026 um 09:00 Uhr.");
  });

  it("says so in English too, and nothing while the office is open", async () => {
    expect(await send(90_002, "en", "Yes, I agree")).toContain("The next office hours begin on 28 December 2026 at 09:00.");
    clock = new Date("2026-12-28T10:00:00Z");
    expect(await send(90_003, "de", "Ja, ich bin einverstanden")).not.toContain("geschlossen");
  });
});

import { Logger } from "@aws-lambda-powertools/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enquiryFrom, newDraft, type EnquiryDraft } from "../../../functions/domain/enquiry-dialogue.ts";
import { parseOfficeSchedule } from "../../../functions/domain/reminders.ts";
import { createNotifierRuntime } from "../../../functions/notifier/notifier-runtime.ts";
import { createReminderRuntime } from "../../../functions/reminders/reminder-runtime.ts";
import { startWebhookHarness, TEST_TOKEN, type WebhookHarness } from "../../helpers/webhook-harness.ts";

const GROUP = -1003333333333;
let harness: WebhookHarness;
let clock = new Date("2026-12-23T13:00:00Z");
const logger = new Logger({ logLevel: "SILENT" });

beforeAll(async () => {
  harness = await startWebhookHarness();
});
afterAll(() => harness.close());

function reminders() {
  return createReminderRuntime({
    token: TEST_TOKEN,
    apiRoot: harness.api.apiRoot,
    tableName: harness.tableName,
    documentClient: harness.documentClient,
    officeSchedule: "Mo-Fr 09:00-16:00",
    timeZone: "Europe/Berlin",
    settings: { firstAnswerWorkingHours: 8, reassureAfterWorkingHours: 16 },
    // Fixed here: content/holidays.json moves on with the years (npm run content:holidays).
    holidays: ["2026-12-25", "2026-12-26", "2027-01-01", "2027-01-06"],
    logger,
    now: () => clock,
  });
}

/** An enquiry sent on Wednesday 23 December 2026 at 14:00 in Stuttgart, posted for the coordinators. */
async function postedEnquiry(id: string) {
  const notifier = createNotifierRuntime({ token: TEST_TOKEN, apiRoot: harness.api.apiRoot, tableName: harness.tableName, documentClient: harness.documentClient, coordinatorChatId: GROUP, logger });
  const draft: EnquiryDraft = {
    ...newDraft(id, clock),
    type: "volunteer",
    topic: "projects",
    district: null,
    language: "ar",
    contact: { channel: "telegram" },
    question: "سؤال",
    consentAt: clock.toISOString(),
    step: "summary",
  };
  await notifier.store.create(enquiryFrom(draft, 880_001, `A-2026-${id.slice(-5)}`, clock));
  await notifier.notifyNewEnquiry(id);
  return notifier.store;
}

describe("reminders", () => {
  it("reminds the coordinators after eight office hours across Christmas, and the person after sixteen, once each", async () => {
    const store = await postedEnquiry("aaaaaaaaaaa00001");
    harness.api.reset();

    clock = new Date("2026-12-28T09:00:00Z"); // Monday 10:00: 2 + 7 (24th) + 1 = 10 office hours; the 25th and 26th are holidays.
    expect(await reminders()()).toEqual({ coordinators: 1, enquirers: 0 });
    const [reminder] = harness.api.callsTo("sendMessage");
    expect(reminder?.payload).toMatchObject({ chat_id: GROUP, message_thread_id: expect.any(Number) });
    expect(String(reminder?.payload.text)).toContain("wartet seit 10 Bürostunden auf eine erste Antwort");

    clock = new Date("2026-12-29T10:00:00Z"); // Tuesday 11:00: 10 + 6 + 2 = 18 office hours.
    expect(await reminders()()).toEqual({ coordinators: 0, enquirers: 1 });
    expect(harness.api.callsTo("sendMessage").at(-1)?.payload).toMatchObject({ chat_id: 880_001, text: expect.stringContaining("لم يُنسَ") });

    expect(await reminders()()).toEqual({ coordinators: 0, enquirers: 0 });
    expect(await store.get("aaaaaaaaaaa00001")).toMatchObject({ remindedCoordinatorsAt: expect.any(String), reassuredEnquirerAt: expect.any(String) });
  });

  it("does not remind of an enquiry that has its first answer", async () => {
    clock = new Date("2026-12-23T13:00:00Z");
    const store = await postedEnquiry("aaaaaaaaaaa00002");
    await store.addEvent("aaaaaaaaaaa00002", { at: clock.toISOString(), type: "message-from-coordinator", text: "Hallo" });
    harness.api.reset();
    clock = new Date("2027-01-04T09:00:00Z");

    await reminders()();

    expect(harness.api.callsTo("sendMessage").some((call) => String(call.payload.text).includes("A-2026-00002"))).toBe(false);
  });

  it("does not remind a person again who blocked the bot, and does not count it as sent", async () => {
    clock = new Date("2026-12-23T13:00:00Z");
    const store = await postedEnquiry("aaaaaaaaaaa00003");
    harness.api.reset();
    clock = new Date("2026-12-29T10:00:00Z"); // 18 office hours: both reminders are due.
    harness.api.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" }); // the coordinators' reminder, this time
    harness.api.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });

    expect(await reminders()()).toEqual({ coordinators: 0, enquirers: 0 });
    expect(await store.get("aaaaaaaaaaa00003")).toMatchObject({ reassuredEnquirerAt: expect.any(String) });
    expect((await store.get("aaaaaaaaaaa00003"))?.remindedCoordinatorsAt).toBeUndefined();

    // The next check: the coordinators' reminder again, as it failed only for now; the person not.
    harness.api.reset();
    expect(await reminders()()).toEqual({ coordinators: 1, enquirers: 0 });
    expect(harness.api.callsTo("sendMessage").map((call) => call.payload.chat_id)).toEqual([GROUP]);
  });

  it("sends nothing without an office schedule", async () => {
    clock = new Date("2026-12-23T13:00:00Z");
    await postedEnquiry("aaaaaaaaaaa00004");
    harness.api.reset();
    clock = new Date("2027-01-11T10:00:00Z");

    const sent = await createReminderRuntime({ token: TEST_TOKEN, apiRoot: harness.api.apiRoot, tableName: harness.tableName, documentClient: harness.documentClient, officeSchedule: undefined, timeZone: "Europe/Berlin", settings: { firstAnswerWorkingHours: 8, reassureAfterWorkingHours: 16 }, logger, now: () => clock })();

    expect(sent).toEqual({ coordinators: 0, enquirers: 0 });
    expect(harness.api.callsTo("sendMessage")).toEqual([]);
  });

  it("reads office schedules in German and English, and refuses nonsense", () => {
    expect(parseOfficeSchedule("Mo-Fr 09:00-16:00")).toEqual({ days: [1, 2, 3, 4, 5], opens: "09:00", closes: "16:00" });
    expect(parseOfficeSchedule("Mon–Thu 08:30-12:00")).toEqual({ days: [1, 2, 3, 4], opens: "08:30", closes: "12:00" });
    for (const nonsense of ["immer", "Fr-Mo 09:00-16:00", "Mo-Fr 16:00-09:00", "Mo-Fr 9-16"]) expect(parseOfficeSchedule(nonsense)).toBeUndefined();
  });
});

import { Logger } from "@aws-lambda-powertools/logger";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { groupCallbackUpdate, groupMessageUpdate, type LocalUser } from "../../../dev/telegram-updates.ts";
import { createNotifierRuntime } from "../../../functions/notifier/notifier-runtime.ts";
import { cardText } from "../../../functions/bot/coordination-views.ts";
import { createI18n, localesDirectory } from "../../../functions/bot/i18n.ts";
import { buttonsOf, chatAs } from "../../helpers/chat-driver.ts";
import { startWebhookHarness, TEST_TOKEN, type WebhookHarness } from "../../helpers/webhook-harness.ts";

/** What coordinators see at a glance: cards that follow the enquiry, their words, their time. */
const GROUP = -1008888888888;
/** 14:05 in Stuttgart (CET): what the card must say, whatever the server's clock zone. */
const NOW = new Date("2026-12-03T13:05:00Z");
let harness: WebhookHarness;
let notifier: ReturnType<typeof createNotifierRuntime>;
let nextUserId = 95_000;
const person = (first_name: string): LocalUser => ({ id: nextUserId++, first_name, language_code: "de" });
const visible = (text: unknown) => String(text).replace(/[\u2068\u2069]/g, "");
const ok = async (update: Parameters<WebhookHarness["deliver"]>[0]) => expect((await harness.deliver(update)).statusCode).toBe(200);
const groupCalls = (method = "sendMessage") => harness.api.calls.filter((call) => call.method === method && call.payload.chat_id === GROUP && !call.error);

beforeAll(async () => {
  harness = await startWebhookHarness({ coordinatorChatId: GROUP, now: () => NOW });
  notifier = createNotifierRuntime({ token: TEST_TOKEN, apiRoot: harness.api.apiRoot, tableName: harness.tableName, documentClient: harness.documentClient, coordinatorChatId: GROUP, now: () => NOW, logger: new Logger({ logLevel: "SILENT" }) });
});
afterAll(() => harness.close());
afterEach(() => harness.api.reset());

async function coordinatorNamed(first_name: string) {
  const coordinator = person(first_name);
  harness.api.setMemberStatus(GROUP, coordinator.id, "administrator");
  await ok(groupMessageUpdate(coordinator, GROUP, "/register"));
  return coordinator;
}

async function postedEnquiry() {
  const chat = chatAs(harness, person("Mira"));
  await chat.say("/enquiry");
  await chat.tap("Ja, ich bin einverstanden");
  await chat.tap("eq:type:volunteer");
  await chat.tap("eq:topic:projects");
  await chat.tap("eq:district:skip");
  await chat.tap("eq:contact:telegram");
  await chat.say("Ich möchte bei einem Projekt mitmachen.");
  await chat.tap("eq:send");
  const enquiry = (await harness.enquiriesOf(chat.user.id))[0]!;
  await notifier.notifyNewEnquiry(enquiry.id);
  const posted = (await notifier.store.get(enquiry.id))!;
  return { chat, enquiry: posted, threadId: posted.coordination!.threadId!, cardMessageId: posted.coordination!.cardMessageId! };
}

const cardOf = (cardMessageId: number) => visible(harness.api.calls.filter((call) => (call.method === "editMessageText" && call.payload.message_id === cardMessageId) || (call.method === "sendMessage" && (call.result as { message_id?: number })?.message_id === cardMessageId)).at(-1)?.payload.text);

describe("the card", () => {
  it("is headed by the status, says who made the last change, and tells the time in Stuttgart", async () => {
    const coordinator = await coordinatorNamed("Berta");
    const { enquiry, cardMessageId } = await postedEnquiry();
    expect(cardOf(cardMessageId)).toContain(`🆕 Neue Anfrage ${enquiry.reference}`);
    expect(cardOf(cardMessageId)).toContain("Eingegangen: 3. Dezember 2026, 14:05 Uhr");
    expect(cardOf(cardMessageId)).not.toContain("UTC");

    await ok(groupCallbackUpdate(coordinator, GROUP, `co:take:${enquiry.id}`, cardMessageId));
    expect(cardOf(cardMessageId)).toContain(`<b>Anfrage ${enquiry.reference}</b>`);
    expect(cardOf(cardMessageId)).toContain("<b>Zuletzt:</b> in Bearbeitung, von Berta, 3. Dezember 2026, 14:05 Uhr");

    await ok(groupCallbackUpdate(coordinator, GROUP, `co:close:${enquiry.id}`, cardMessageId));
    await ok(groupCallbackUpdate(coordinator, GROUP, `co:closeok:${enquiry.id}`, cardMessageId));
    expect(cardOf(cardMessageId)).toContain(`✅ Abgeschlossene Anfrage ${enquiry.reference}`);
    expect(cardOf(cardMessageId)).toContain("<b>Zuletzt:</b> abgeschlossen, von Berta");
  });

  it("says when the person withdrew it themselves", async () => {
    const { chat, enquiry, cardMessageId } = await postedEnquiry();
    await chat.say("/my");
    await chat.tap(enquiry.reference);
    // The person's history reads its dates in their language and Stuttgart's time too.
    expect(chat.lastText()).toContain("(3. Dezember 2026, 14:05 Uhr)");
    expect(chat.lastText()).not.toContain("2026-12-03");
    await chat.tap("Anfrage zurückziehen");
    await chat.tap("Ja, zurückziehen");
    // The card is refreshed when someone works on it next; its text already knows who withdrew.
    const i18n = createI18n(localesDirectory());
    const text = visible(cardText((await notifier.store.get(enquiry.id))!, (key, variables) => i18n.t("de", key, variables)));
    expect(text).toContain(`↩️ Zurückgezogene Anfrage ${enquiry.reference}`);
    expect(text).toContain("<b>Zuletzt:</b> zurückgezogen, von der Person");
    expect(cardMessageId).toBeGreaterThan(0);
  });
});

describe("closing", () => {
  it("asks first; 'Cancel' leaves the enquiry open and the person untold", async () => {
    const coordinator = await coordinatorNamed("Carla");
    const { chat, enquiry, cardMessageId } = await postedEnquiry();
    const toldBefore = chat.messagesTo().length;

    await ok(groupCallbackUpdate(coordinator, GROUP, `co:close:${enquiry.id}`, cardMessageId));
    const question = groupCalls().at(-1)!;
    expect(visible(question.payload.text)).toContain(`${enquiry.reference} wirklich abschließen?`);
    expect(buttonsOf(question).map((button) => button.text)).toEqual(["✅ Ja, abschließen", "Abbrechen"]);
    await ok(groupCallbackUpdate(coordinator, GROUP, `co:closeno:${enquiry.id}`, (question.result as { message_id: number }).message_id));

    expect(visible(harness.api.callsTo("editMessageText").at(-1)?.payload.text)).toContain(`${enquiry.reference} bleibt offen`);
    expect((await notifier.store.get(enquiry.id))?.status).toBe("new");
    expect(chat.messagesTo()).toHaveLength(toldBefore);
  });
});

describe("what reaches the topic", () => {
  it("marks a relayed message as delivered, and posts the person's rating", async () => {
    const coordinator = await coordinatorNamed("Dana");
    const { chat, enquiry, threadId, cardMessageId } = await postedEnquiry();
    await ok(groupMessageUpdate(coordinator, GROUP, "Wir melden uns morgen.", { threadId }));
    const reaction = harness.api.callsTo("setMessageReaction").at(-1);
    expect(reaction?.payload).toMatchObject({ chat_id: GROUP, reaction: [{ type: "emoji", emoji: "👍" }] });

    harness.api.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    await ok(groupMessageUpdate(coordinator, GROUP, "Sind Sie noch da?", { threadId }));
    expect(harness.api.callsTo("setMessageReaction")).toHaveLength(1);

    await ok(groupCallbackUpdate(coordinator, GROUP, `co:close:${enquiry.id}`, cardMessageId));
    await ok(groupCallbackUpdate(coordinator, GROUP, `co:closeok:${enquiry.id}`, cardMessageId));
    await chat.tap("4");
    const posted = groupCalls().at(-1)!;
    expect(posted.payload.message_thread_id).toBe(threadId);
    expect(visible(posted.payload.text)).toBe(`⭐ Die Person hat ${enquiry.reference} mit 4 von 5 bewertet.`);
  });
});

describe("/stats", () => {
  it("names who asked, topics and statuses as the cards do, not by their stored keys", async () => {
    const coordinator = await coordinatorNamed("Erna");
    await postedEnquiry();
    await ok(groupMessageUpdate(coordinator, GROUP, "/stats"));
    const stats = visible(groupCalls().at(-1)?.payload.text);
    expect(stats).toMatch(/Nach Person: .*Ich möchte mich engagieren \d+/);
    expect(stats).toMatch(/Nach Thema: .*Projekte \d+/);
    expect(stats).toMatch(/Nach Stand: .*eingegangen \d+/);
    expect(stats).not.toMatch(/volunteer|projects|\bnew\b/);
  });
});

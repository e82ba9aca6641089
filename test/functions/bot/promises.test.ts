import { Logger } from "@aws-lambda-powertools/logger";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeTranslator } from "../../../dev/fake-translator.ts";
import { startOutboxPoll } from "../../../dev/outbox.ts";
import { groupCallbackUpdate, groupMessageUpdate, type LocalUser } from "../../../dev/telegram-updates.ts";
import { createNotifierRuntime } from "../../../functions/notifier/notifier-runtime.ts";
import { expiredEnquiry } from "../../../functions/notifier/stream-records.ts";
import { figuresKey } from "../../../functions/domain/enquiry-stats.ts";
import { DynamoDbErasedFiguresStore } from "../../../functions/store/erased-figures-store.ts";
import { buttonsOf, chatAs } from "../../helpers/chat-driver.ts";
import { startWebhookHarness, TEST_TOKEN, type WebhookHarness } from "../../helpers/webhook-harness.ts";

/**
 * The promises the bot makes to people and coordinators, each tried the way it broke before:
 * private notes stay out of the person's chat and nobody else's ids reach their data copy, long
 * messages arrive whole, deletion reaches the coordinators' group, nothing written after closing
 * is lost, and two people acting at once cannot leave an enquiry in a state neither chose.
 */
const GROUP = -1007777777777;
const DAY = 24 * 60 * 60 * 1000;
let harness: WebhookHarness;
let notifier: ReturnType<typeof createNotifierRuntime>;
let nextUserId = 90_000;
const person = (first_name: string, language_code = "de"): LocalUser => ({ id: nextUserId++, first_name, language_code });
const visible = (text: unknown) => String(text).replace(/[\u2068\u2069]/g, "");

beforeAll(async () => {
  harness = await startWebhookHarness({ coordinatorChatId: GROUP, translator: new FakeTranslator() });
  notifier = notifierAt(() => new Date());
});
afterAll(() => harness.close());
afterEach(() => harness.api.reset());

function notifierAt(now: () => Date) {
  return createNotifierRuntime({ token: TEST_TOKEN, apiRoot: harness.api.apiRoot, tableName: harness.tableName, documentClient: harness.documentClient, coordinatorChatId: GROUP, now, logger: new Logger({ logLevel: "SILENT" }) });
}

const ok = async (update: Parameters<WebhookHarness["deliver"]>[0]) => expect((await harness.deliver(update)).statusCode).toBe(200);
const groupCalls = (method = "sendMessage") => harness.api.calls.filter((call) => call.method === method && call.payload.chat_id === GROUP && !call.error);

async function coordinatorNamed(first_name: string) {
  const coordinator = person(first_name);
  harness.api.setMemberStatus(GROUP, coordinator.id, "administrator");
  await ok(groupMessageUpdate(coordinator, GROUP, "/register"));
  return coordinator;
}

/** A person (German app) files an enquiry to be answered in `language`; the notifier posts it. */
async function postedEnquiry(language: "de" | "uk" | "ar" = "de", question = "Ich möchte Deutschkurse begleiten, Telefon 0711 123456.") {
  // The person's app is in the answer's language: the dialogue takes it from the chat.
  const chat = chatAs(harness, person("Mira", language));
  await chat.say("/enquiry");
  await chat.tap("eq:consent:yes");
  await chat.tap("eq:type:volunteer");
  await chat.tap("eq:topic:projects");
  await chat.tap("eq:district:skip");
  await chat.tap("eq:contact:telegram");
  await chat.say(question);
  await chat.tap("eq:send");
  const item = (await harness.enquiriesOf(chat.user.id))[0]!;
  await notifier.notifyNewEnquiry(String(item.id));
  const enquiry = (await notifier.store.get(String(item.id)))!;
  return { chat, enquiry, threadId: enquiry.coordination!.threadId!, cardMessageId: enquiry.coordination!.cardMessageId! };
}

const cardButton = (action: string, enquiryId: string) => `co:${action}:${enquiryId}`;

/** "Close" on the card, and "Yes" to the question it asks. */
async function closeEnquiry(coordinator: LocalUser, enquiryId: string) {
  await ok(groupCallbackUpdate(coordinator, GROUP, cardButton("close", enquiryId), 1));
  await ok(groupCallbackUpdate(coordinator, GROUP, cardButton("closeok", enquiryId), 1));
}

describe("private notes and the data copy", () => {
  it("keeps notes out of the person's chat and /my, puts them in the data copy without anybody else's ids, and says so to the coordinators", async () => {
    const coordinator = await coordinatorNamed("Sabine");
    const { chat, enquiry, threadId, cardMessageId } = await postedEnquiry();
    await ok(groupMessageUpdate(coordinator, GROUP, "/note Hat schon einmal angerufen", { threadId }));
    expect(groupCalls().at(-1)?.payload.text).toContain("Teil ihrer Datenauskunft (/mydata)");
    await ok(groupMessageUpdate(coordinator, GROUP, "Gern, wir melden uns.", { threadId }));

    await chat.say("/my");
    await chat.tap(enquiry.reference);
    expect(chat.lastText()).not.toContain("angerufen");
    expect(chat.messagesTo().some((call) => String(call.payload.text).includes("angerufen"))).toBe(false);

    await chat.say("/mydata");
    const document = harness.api.callsTo("sendDocument").at(-1)!.payload.document as { content: string };
    const copy = JSON.parse(document.content);
    const history = copy.enquiries[0].history as { type: string; text?: string; coordinator?: string }[];
    expect(history.map((event) => event.type)).toEqual(["request", "internal-note", "message-from-the-office"]);
    expect(history[1]).toEqual({ at: expect.any(String), type: "internal-note", text: "Hat schon einmal angerufen" });
    expect(history[2]).toMatchObject({ coordinator: "Sabine", text: "Gern, wir melden uns." });
    // Numbers in the copy: the person's own id and nothing that is someone else's (message and topic ids are small numbers too).
    const numbers: number[] = [];
    JSON.parse(document.content, (_key, value: unknown) => (typeof value === "number" && numbers.push(value), value));
    expect(numbers).toEqual([chat.user.id]);
    for (const foreignId of [coordinator.id, GROUP]) expect(document.content).not.toContain(String(foreignId));
    expect(document.content).not.toMatch(/"(userId|chatId|threadId|cardMessageId|fileId|assignee|enquiryId|id)"/);
  });
});

describe("long messages", () => {
  it("delivers a 4,000-character reply with its translation whole and in order, the Reply button under the last part", async () => {
    const coordinator = await coordinatorNamed("Tom");
    const { chat, threadId } = await postedEnquiry("uk");
    const paragraphs = Array.from({ length: 40 }, (_, index) => `Absatz ${String(index + 1).padStart(2, "0")}: ${"Wir begleiten Sie gern. ".repeat(4)}`.trim());
    const reply = paragraphs.join("\n").slice(0, 4000);
    const before = chat.messagesTo().length;

    await ok(groupMessageUpdate(coordinator, GROUP, reply, { threadId }));

    const parts = chat.messagesTo().slice(before).map((call) => call);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(String(part.payload.text).length).toBeLessThanOrEqual(4096 + 200); // markup is not counted by Telegram; the fake refuses anything longer after parsing
    const received = parts.map((part) => String(part.payload.text)).join("\n");
    // The translation first, then the original, each paragraph once and in order.
    const translatedAt = paragraphs.slice(0, 30).map((paragraph) => received.indexOf(paragraph.slice(0, 12)));
    expect(translatedAt.every((at, index) => at >= 0 && (index === 0 || at > translatedAt[index - 1]!))).toBe(true);
    expect(received).toContain("[de→uk] Absatz 01");
    expect(received.indexOf("[de→uk] Absatz 01")).toBeLessThan(received.indexOf("Оригінальний текст"));
    expect(buttonsOf(parts.at(-1)).map((button) => button.text)).toEqual(["Відповісти"]);
    expect(parts.slice(0, -1).every((part) => buttonsOf(part).length === 0)).toBe(true);
    // Nothing was refused on the way.
    expect(harness.api.calls.filter((call) => call.error)).toEqual([]);
  });

  it("pages a 10,000-character history newest first, and keeps the buttons to add and withdraw", async () => {
    const coordinator = await coordinatorNamed("Ute");
    const { chat, enquiry, threadId } = await postedEnquiry();
    for (let index = 1; index <= 4; index++) {
      await ok(groupMessageUpdate(coordinator, GROUP, `Antwort ${index}: ${"Hier steht eine lange Auskunft. ".repeat(80)}`, { threadId }));
    }

    await chat.say("/my");
    await chat.tap(enquiry.reference);
    const first = chat.lastText();
    expect(first).toContain("Antwort 4");
    expect(first).not.toContain("Antwort 1:");
    expect(chat.buttons().map((button) => button.text)).toEqual(expect.arrayContaining(["« Ältere", "Information ergänzen", "Anfrage zurückziehen"]));

    let pages = 1;
    while (chat.buttons().some((button) => button.text === "« Ältere")) {
      await chat.tap("« Ältere");
      pages++;
      expect(chat.buttons().map((button) => button.text)).toEqual(expect.arrayContaining(["Neuere »", "Anfrage zurückziehen"]));
    }
    expect(pages).toBeGreaterThan(1);
    expect(chat.lastText()).toContain("Antwort 1:");
    expect(chat.lastText()).toContain(`Seite ${pages} von ${pages}`);
    await chat.tap("Anfrage zurückziehen");
    await chat.tap("Ja, zurückziehen");
    expect((await notifier.store.get(enquiry.id))?.status).toBe("withdrawn");
  });

  it("records a message Telegram refuses for good and tells the coordinator, instead of losing it", async () => {
    const coordinator = await coordinatorNamed("Vera");
    const { enquiry, threadId } = await postedEnquiry();
    harness.api.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" });

    await ok(groupMessageUpdate(coordinator, GROUP, "Bitte rufen Sie an.", { threadId }));

    expect(visible(groupCalls().at(-1)?.payload.text)).toContain("Nicht zugestellt: Telegram hat die Nachricht abgelehnt (Bad Request: chat not found)");
    const stored = await notifier.store.get(enquiry.id);
    expect(stored?.events.at(-1)).toMatchObject({ type: "note", private: true, text: expect.stringContaining("chat not found") });
    expect(stored?.events.some((event) => event.type === "message-from-coordinator")).toBe(false);
  });
});

describe("deleting one's data", () => {
  it("deletes the enquiry's topic, tells the group, answers later messages there, keeps the month's figures, and leaves nothing of the person", async () => {
    const coordinator = await coordinatorNamed("Wanda");
    const { chat, enquiry, threadId } = await postedEnquiry("de", "Bitte rufen Sie mich an: 0711 555 0101");
    await ok(groupMessageUpdate(coordinator, GROUP, "Wir rufen morgen an.", { threadId }));
    await chat.tap("Antworten");
    await chat.say("Danke, ab 10 Uhr bitte.");
    await ok(groupMessageUpdate(coordinator, GROUP, "/stats"));
    const statsBefore = visible(groupCalls().at(-1)?.payload.text);

    await chat.say("/deletemydata");
    await chat.tap("Ja, alles löschen");

    expect(harness.api.callsTo("deleteForumTopic").map((call) => call.payload)).toEqual([{ chat_id: GROUP, message_thread_id: threadId }]);
    expect(visible(groupCalls().at(-1)?.payload.text)).toContain(`Anfrage ${enquiry.reference} wurde auf Wunsch der Person gelöscht, mit ihrem Thema`);
    expect(chat.lastText()).toContain("nichts mehr gespeichert");
    const left = JSON.stringify(await harness.scan());
    for (const trace of [String(chat.user.id), enquiry.id, "0711 555 0101", "ab 10 Uhr", "Wir rufen morgen an", "Mira"]) expect(left).not.toContain(trace);

    // Telegram may keep a topic the bot could not delete: whoever writes there hears why nothing goes out.
    await ok(groupMessageUpdate(coordinator, GROUP, "Hallo?", { threadId }));
    expect(visible(groupCalls().at(-1)?.payload.text)).toContain(`Die Anfrage ${enquiry.reference} wurde gelöscht`);

    await ok(groupMessageUpdate(coordinator, GROUP, "/stats"));
    expect(visible(groupCalls().at(-1)?.payload.text)).toBe(statsBefore);
  });

  it("redacts the card and says so when Telegram will not delete the topic", async () => {
    await coordinatorNamed("Xenia");
    const { chat, enquiry, cardMessageId } = await postedEnquiry("de", "Ich begleite gern Behördengänge (Xenias Testfrage).");
    harness.api.failNext("deleteForumTopic", { error_code: 400, description: "Bad Request: not enough rights to delete a topic" });

    await chat.say("/deletemydata");
    await chat.tap("Ja, alles löschen");

    const redacted = harness.api.callsTo("editMessageText").find((call) => call.payload.message_id === cardMessageId);
    expect(String(redacted?.payload.text)).toContain(`Anfrage ${enquiry.reference}</b>: gelöscht`);
    expect(String(redacted?.payload.text)).not.toContain("Behördengänge");
    expect(visible(groupCalls().at(-1)?.payload.text)).toContain("bitte das Thema von Hand löschen");
    expect(JSON.stringify(await harness.scan())).not.toContain("Xenias Testfrage");
  });

  it("clears the group when retention ends, from the stream's TTL record and in the local sweep", async () => {
    const coordinator = await coordinatorNamed("Yara");
    const { enquiry, threadId } = await postedEnquiry();
    await closeEnquiry(coordinator, enquiry.id);
    const closed = (await notifier.store.get(enquiry.id))!;

    // What the stream brings when DynamoDB's TTL removed the item, and what it brings for the bot's own deletes.
    const ttlRecord = { eventName: "REMOVE", userIdentity: { type: "Service", principalId: "dynamodb.amazonaws.com" }, dynamodb: { Keys: marshall({ pk: `ENQUIRY#${enquiry.id}`, sk: "ENQUIRY" }), OldImage: marshall({ pk: `ENQUIRY#${enquiry.id}`, sk: "ENQUIRY", ...closed }, { removeUndefinedValues: true }) } } as unknown as DynamoDBRecord;
    expect(expiredEnquiry(ttlRecord)).toMatchObject({ id: enquiry.id, reference: enquiry.reference, coordination: { threadId } });
    expect(expiredEnquiry({ ...ttlRecord, userIdentity: undefined } as DynamoDBRecord)).toBeUndefined();

    // Locally, with the clock past the retention, the outbox poll does what TTL and the stream do.
    const later = notifierAt(() => new Date(Date.now() + 181 * DAY));
    const outbox = startOutboxPoll(later.store, later.notifyNewEnquiry, { warn: () => undefined }, 60_000, later.eraseExpiredEnquiry);
    await outbox.drain();
    await outbox.stop();

    // Every enquiry of this shared table whose retention passed goes; this one among them.
    expect(harness.api.callsTo("deleteForumTopic").map((call) => call.payload.message_thread_id)).toContain(threadId);
    expect(groupCalls().map((call) => visible(call.payload.text))).toContain(`🗑 Anfrage ${enquiry.reference} wurde nach Ablauf der Aufbewahrungsfrist gelöscht, mit ihrem Thema und allem darin.`);
    expect(await notifier.store.get(enquiry.id)).toBeUndefined();
    await ok(groupMessageUpdate(coordinator, GROUP, `/find ${enquiry.reference}`));
    expect(visible(groupCalls().at(-1)?.payload.text)).toContain(`Keine Anfrage ${enquiry.reference} gefunden`);
    const kept = await new DynamoDbErasedFiguresStore(harness.documentClient, harness.tableName).listMonth(enquiry.createdAt.slice(0, 7));
    expect(kept.find((figures) => figures.key === figuresKey(enquiry.id))).toMatchObject({ status: "closed", type: "volunteer" });
  });
});

describe("messages after closing", () => {
  it("brings a person's reply after closing into the topic with a Reopen button, tells them so, and reopening lets the conversation go on", async () => {
    const coordinator = await coordinatorNamed("Zoe");
    const { chat, enquiry, threadId } = await postedEnquiry();
    await ok(groupMessageUpdate(coordinator, GROUP, "Alles geklärt?", { threadId }));
    await closeEnquiry(coordinator, enquiry.id);

    // The Reply button under the coordinator's message, after the rating question came.
    const relayed = chat.messagesTo().find((call) => String(call.payload.text).includes("Alles geklärt?"))!;
    await chat.press(buttonsOf(relayed)[0]!.callback_data!, (relayed.result as { message_id: number }).message_id);
    await chat.say("Eine Frage habe ich noch.");

    const inTopic = groupCalls().at(-1)!;
    expect(inTopic.payload.message_thread_id).toBe(threadId);
    expect(visible(inTopic.payload.text)).toContain(`Nachricht der Person nach Abschluss von ${enquiry.reference}`);
    expect(visible(inTopic.payload.text)).toContain("Eine Frage habe ich noch.");
    expect(buttonsOf(inTopic).map((button) => button.callback_data)).toEqual([cardButton("reopen", enquiry.id)]);
    expect(chat.lastText()).toContain("Wir haben Ihre Nachricht an das Koordinationsteam weitergegeben");
    expect((await notifier.store.get(enquiry.id))?.events.at(-1)).toMatchObject({ type: "message-from-enquirer", text: "Eine Frage habe ich noch." });

    await ok(groupCallbackUpdate(coordinator, GROUP, cardButton("reopen", enquiry.id), Number((inTopic.result as { message_id: number }).message_id)));
    expect((await notifier.store.get(enquiry.id))?.status).toBe("assigned");
    await ok(groupMessageUpdate(coordinator, GROUP, "Gern, welche?", { threadId }));
    expect(chat.lastText()).toContain("Gern, welche?");
  });
});

describe("buttons that name someone else's enquiry", () => {
  it("counts a rating only from the person whose enquiry it is", async () => {
    const coordinator = await coordinatorNamed("Rosa");
    const { chat, enquiry } = await postedEnquiry();
    await closeEnquiry(coordinator, enquiry.id);
    const stars = chat.messagesTo().filter((call) => buttonsOf(call).length === 5).at(-1)!;
    const five = buttonsOf(stars)[4]!.callback_data!;

    const stranger = chatAs(harness, person("Fremd"));
    await stranger.press(five);
    expect(harness.api.callsTo("answerCallbackQuery").at(-1)?.payload.text).toBe("Diese Schaltfläche ist veraltet.");
    expect((await notifier.store.get(enquiry.id))?.rating).toBeUndefined();

    await chat.press(five, (stars.result as { message_id: number }).message_id);
    expect((await notifier.store.get(enquiry.id))?.rating).toBe(5);
  });
});

describe("two people at once", () => {
  it("ends a withdrawal and a take-over at the same moment in one status that someone chose, and tells the other", async () => {
    for (let round = 0; round < 4; round++) {
      const coordinator = await coordinatorNamed(`Runde${round}`);
      const { chat, enquiry } = await postedEnquiry();
      await chat.say("/my");
      await chat.tap(enquiry.reference);
      await chat.tap("Anfrage zurückziehen");
      const confirm = chat.buttons().find((button) => button.text === "Ja, zurückziehen")!.callback_data!;

      await Promise.all([chat.press(confirm), harness.deliver(groupCallbackUpdate(coordinator, GROUP, cardButton("take", enquiry.id), 1))]);

      const item = (await notifier.store.get(enquiry.id))!;
      const statusChanges = item.events.filter((event) => event.type === "status-changed");
      expect(statusChanges).toHaveLength(1);
      expect(item.status).toBe(statusChanges[0]!.status);
      // Withdrawn means its retention runs (it is due for deletion once the retention has passed); taken over means it does not.
      const dueAfterRetention = (await notifierAt(() => new Date(Date.now() + 181 * DAY)).store.listExpired()).some((expired) => expired.id === enquiry.id);
      if (item.status === "withdrawn") {
        expect(dueAfterRetention).toBe(true);
        expect(harness.api.callsTo("answerCallbackQuery").some((call) => String(call.payload.text).includes("inzwischen geändert"))).toBe(true);
      } else {
        expect(item.status).toBe("assigned");
        expect(dueAfterRetention).toBe(false);
        expect(chat.lastText()).toContain("wurde inzwischen geändert");
      }
      harness.api.reset();
    }
  });
});

describe("names that could reorder a line", () => {
  it("strips direction overrides and isolates a coordinator's name on the card and in the person's chat", async () => {
    const coordinator = await coordinatorNamed("\u202EanitsirK");
    const { chat, enquiry, threadId, cardMessageId } = await postedEnquiry();
    await ok(groupCallbackUpdate(coordinator, GROUP, cardButton("take", enquiry.id), cardMessageId));
    await ok(groupMessageUpdate(coordinator, GROUP, "Hallo!", { threadId }));

    const card = String(harness.api.callsTo("editMessageText").filter((call) => call.payload.message_id === cardMessageId).at(-1)?.payload.text);
    expect(card).toContain("\u2068anitsirK\u2069");
    expect(card).not.toContain("\u202E");
    expect(String(chat.messagesTo().at(-2)?.payload.text ?? "") + chat.lastText()).not.toContain("\u202E");
    expect(chat.lastText()).toContain("\u2068anitsirK\u2069");
  });
});

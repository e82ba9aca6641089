import { Logger } from "@aws-lambda-powertools/logger";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { chatMemberUpdate, groupCallbackUpdate, groupMessageUpdate, mediaUpdate, textMessageUpdate, type LocalUser } from "../../../dev/telegram-updates.ts";
import { createNotifierRuntime } from "../../../functions/notifier/notifier-runtime.ts";
import { createI18n, localesDirectory } from "../../../functions/bot/i18n.ts";
import { buttonsOf, chatAs } from "../../helpers/chat-driver.ts";
import { notifierFor, startWebhookHarness, type WebhookHarness } from "../../helpers/webhook-harness.ts";

const GROUP = -1001111111111;
let harness: WebhookHarness;
let notifier: ReturnType<typeof createNotifierRuntime>;
let nextUserId = 60_000;
const person = (first_name = "Test", language_code = "de"): LocalUser => ({ id: nextUserId++, first_name, language_code });

/** The webhook's logger: its structured lines are what the stack's enquiry metrics count. */
const webhookLogger = new Logger({ logLevel: "SILENT" });
const loggedInfo = vi.spyOn(webhookLogger, "info");

beforeAll(async () => {
  harness = await startWebhookHarness({ coordinatorChatId: GROUP, logger: webhookLogger });
  notifier = notifierFor(harness, GROUP);
});
afterAll(() => harness.close());
afterEach(() => harness.api.reset());

const ok = async (update: Parameters<WebhookHarness["deliver"]>[0]) => expect((await harness.deliver(update)).statusCode).toBe(200);
/** What the group reads: names come isolated (U+2068 … U+2069) so that they cannot reorder a line, which a reader does not see. */
const visible = (text: unknown) => String(text).replace(/[\u2068\u2069]/g, "");
const groupTexts = () => harness.api.calls.filter((call) => call.payload.chat_id === GROUP && call.method === "sendMessage").map((call) => visible(call.payload.text));

async function registeredCoordinator(first_name = "Berta") {
  const coordinator = person(first_name);
  harness.api.setMemberStatus(GROUP, coordinator.id, "administrator");
  await ok(groupMessageUpdate(coordinator, GROUP, "/register"));
  return coordinator;
}

/** A person files an enquiry and the notifier posts it; returns the chat and the posted enquiry. */
async function postedEnquiry(language_code = "uk", type: "volunteer" | "company" | "refugee" = "refugee") {
  const chat = chatAs(harness, person("Olena", language_code));
  await chat.say("/enquiry");
  await chat.tap(language_code === "uk" ? "Так" : "Ja, ich bin einverstanden");
  await chat.tap(`eq:type:${type}`);
  if (type === "company") {
    await chat.tap(chat.buttons()[0]!.callback_data!);
    await chat.say("Beispiel GmbH");
    await chat.say("Praktika");
  } else {
    await chat.tap(chat.buttons()[0]!.callback_data!);
  }
  await chat.tap("eq:district:skip");
  await chat.tap("eq:contact:telegram");
  await chat.say("Мені потрібна допомога з документами.");
  await chat.tap("eq:send");
  const [enquiry] = await harness.enquiriesOf(chat.user.id);
  await notifier.notifyNewEnquiry(String(enquiry!.id));
  const posted = (await notifier.store.get(String(enquiry!.id)))!;
  return { chat, enquiry: posted, threadId: posted.coordination!.threadId!, cardMessageId: posted.coordination!.cardMessageId! };
}

describe("registering coordinators", () => {
  it("registers an administrator at once and a member after an administrator confirms", async () => {
    const admin = await registeredCoordinator("Anna");
    expect(groupTexts().at(-1)).toContain("Anna ist jetzt im Koordinationsteam registriert");

    const member = person("Clara");
    await ok(groupMessageUpdate(member, GROUP, "/register"));
    const pending = harness.api.callsTo("sendMessage").at(-1)!;
    const confirm = buttonsOf(pending)[0]!.callback_data!;
    const bystander = person("Dora");
    await ok(groupCallbackUpdate(bystander, GROUP, confirm, (pending.result as { message_id: number }).message_id));
    expect(harness.api.callsTo("answerCallbackQuery").at(-1)?.payload.text).toContain("nur, wer in der Gruppe Admin-Rechte hat");
    await ok(groupCallbackUpdate(admin, GROUP, confirm, (pending.result as { message_id: number }).message_id));

    expect(visible(harness.api.callsTo("editMessageText").at(-1)?.payload.text)).toContain("Clara ist jetzt im Koordinationsteam registriert (bestätigt von Anna)");
    // Confirmed: the member may now use the coordinators' commands.
    await ok(groupMessageUpdate(member, GROUP, "/inbox"));
    expect(groupTexts().at(-1)).not.toContain("Das dürfen nur registrierte");
  });

  it("ends a registration with /unregister and when the person leaves the group", async () => {
    const leaving = await registeredCoordinator("Erika");
    await ok(chatMemberUpdate(leaving, GROUP, "left"));
    const quitting = await registeredCoordinator("Frida");
    await ok(groupMessageUpdate(quitting, GROUP, "/unregister"));

    for (const former of [leaving, quitting]) {
      await ok(groupMessageUpdate(former, GROUP, "/inbox"));
      expect(groupTexts().at(-1)).toContain("Das dürfen nur registrierte");
    }
  });
});

describe("working on an enquiry from the group", () => {
  it("lets a coordinator take it over: topic renamed, card updated, the person told in Ukrainian", async () => {
    const coordinator = await registeredCoordinator("Berta");
    const { chat, enquiry, cardMessageId, threadId } = await postedEnquiry();

    await ok(groupCallbackUpdate(coordinator, GROUP, `co:take:${enquiry.id}`, cardMessageId));

    expect(harness.api.callsTo("editForumTopic").at(-1)?.payload).toMatchObject({ message_thread_id: threadId, name: expect.stringMatching(/^🟡 /) });
    expect(visible(harness.api.callsTo("editMessageText").at(-1)?.payload.text)).toContain("Übernommen von:</b> Berta");
    expect(chat.lastText()).toContain(`${enquiry.reference}`);
    expect(chat.lastText()).toMatch(/[а-яіїєґ]/i);
    expect(await notifier.store.get(enquiry.id)).toMatchObject({ status: "assigned", assignee: coordinator.id });
  });

  it("refuses card buttons to people who are not registered, and forged ones", async () => {
    const { enquiry, cardMessageId } = await postedEnquiry();
    const stranger = person("Mallory");

    await ok(groupCallbackUpdate(stranger, GROUP, `co:close:${enquiry.id}`, cardMessageId));
    const coordinator = await registeredCoordinator();
    await ok(groupCallbackUpdate(coordinator, GROUP, "co:close:ffffffffffffffff", cardMessageId));

    const notices = harness.api.callsTo("answerCallbackQuery").map((call) => call.payload.text).filter(Boolean);
    expect(notices).toEqual([expect.stringContaining("Das dürfen nur registrierte Mitglieder des Koordinationsteams"), "Diese Schaltfläche ist veraltet."]);
    expect((await notifier.store.get(enquiry.id))?.status).toBe("new");
  });

  it("relays a coordinator's message to the person under the coordinator's name, escaped, and keeps notes in the group", async () => {
    const coordinator = await registeredCoordinator("<b>Eva</b> & Co");
    const { chat, enquiry, threadId } = await postedEnquiry();

    await ok(groupMessageUpdate(coordinator, GROUP, "/note Rückruf am Montag", { threadId }));
    await ok(groupMessageUpdate(coordinator, GROUP, "Добрий день! Wir helfen gern <sofort>.", { threadId }));

    const relayed = chat.messagesTo().at(-1)!;
    expect(String(relayed.payload.text)).toContain("&lt;b&gt;Eva&lt;/b&gt; &amp; Co");
    expect(String(relayed.payload.text)).toContain("Wir helfen gern &lt;sofort&gt;.");
    expect(chat.messagesTo().some((call) => String(call.payload.text).includes("Rückruf"))).toBe(false);
    const stored = await notifier.store.get(enquiry.id);
    expect(stored?.events.map((event) => event.type)).toEqual(["created", "note", "message-from-coordinator"]);
    expect(stored?.status).toBe("assigned");

    await chat.say("/my");
    await chat.tap(enquiry.reference);
    expect(chat.lastText()).not.toContain("Rückruf");
  });

  it("puts the person's answer into the enquiry's topic", async () => {
    const coordinator = await registeredCoordinator();
    const { chat, threadId } = await postedEnquiry();
    await ok(groupMessageUpdate(coordinator, GROUP, "Welche Dokumente genau?", { threadId }));

    await chat.tap("Відповісти");
    await chat.say("Довідку з Jobcenter.");

    const inTopic = harness.api.callsTo("sendMessage").filter((call) => call.payload.chat_id === GROUP).at(-1)!;
    expect(inTopic.payload).toMatchObject({ chat_id: GROUP, message_thread_id: threadId });
    expect(String(inTopic.payload.text)).toContain("Nachricht der Person</b> (Sprache: Українська)");
    expect(String(inTopic.payload.text)).toContain("Довідку з Jobcenter.");
  });

  it("closes an enquiry: the person is told, retention starts, and later messages are not relayed", async () => {
    const coordinator = await registeredCoordinator();
    const { chat, enquiry, cardMessageId, threadId } = await postedEnquiry();

    await ok(groupCallbackUpdate(coordinator, GROUP, `co:close:${enquiry.id}`, cardMessageId));
    // Closing asks first, in the topic; nothing has changed yet.
    expect(groupTexts().at(-1)).toContain(`${enquiry.reference} wirklich abschließen?`);
    expect((await notifier.store.get(enquiry.id))?.status).not.toBe("closed");
    await ok(groupCallbackUpdate(coordinator, GROUP, `co:closeok:${enquiry.id}`, cardMessageId));
    const closedNotice = chat.lastText();
    await ok(groupMessageUpdate(coordinator, GROUP, "Noch etwas", { threadId }));

    expect(closedNotice).toContain(enquiry.reference);
    expect(groupTexts().at(-1)).toContain("abgeschlossen; Nachrichten werden nicht weitergeleitet");
    expect((await harness.scan()).find((item) => item.id === enquiry.id)).toMatchObject({ status: "closed", expiresAt: expect.any(Number) });
    expect(chat.messagesTo().some((call) => String(call.payload.text).includes("Noch etwas"))).toBe(false);
  });

  it("tells the group when the person has blocked the bot", async () => {
    const coordinator = await registeredCoordinator();
    const { threadId } = await postedEnquiry();
    harness.api.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });

    await ok(groupMessageUpdate(coordinator, GROUP, "Hallo?", { threadId }));

    expect(groupTexts().at(-1)).toContain("Die Person hat den Bot blockiert");
  });
});

describe("teams and assignment", () => {
  it("routes company enquiries to their team and hands them to its members in turn", async () => {
    const first = await registeredCoordinator("Gerda");
    const second = await registeredCoordinator("Hanna");
    await ok(groupMessageUpdate(first, GROUP, "/join companies"));
    await ok(groupMessageUpdate(second, GROUP, "/join companies"));
    expect(groupTexts().at(-1)).toContain("Hanna arbeitet jetzt im Team „Unternehmen und Stiftungen“");

    const assignees: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const { enquiry } = await postedEnquiry("uk", "company");
      assignees.push(enquiry.assignee);
      expect(enquiry.status).toBe("assigned");
      expect(enquiry.coordination?.team).toBe("companies");
    }
    expect(new Set(assignees)).toEqual(new Set([first.id, second.id]));
    expect(assignees[0]).not.toBe(assignees[1]);
    expect(assignees[2]).toBe(assignees[0]);
    expect(String(harness.api.callsTo("sendMessage").filter((call) => call.payload.chat_id === GROUP).at(-1)?.payload.text)).toContain("Team:</b> Unternehmen und Stiftungen");
  });

  it("assigns an enquiry to a chosen coordinator with 'Assign to…'", async () => {
    const coordinator = await registeredCoordinator("Ida");
    const colleague = await registeredCoordinator("Jana");
    const { enquiry, cardMessageId } = await postedEnquiry("uk", "volunteer");

    await ok(groupCallbackUpdate(coordinator, GROUP, `co:assign:${enquiry.id}`, cardMessageId));
    const choice = harness.api.callsTo("sendMessage").at(-1)!;
    const jana = buttonsOf(choice).find((button) => button.text === "Jana")!;
    await ok(groupCallbackUpdate(coordinator, GROUP, jana.callback_data!, (choice.result as { message_id: number }).message_id));

    expect(await notifier.store.get(enquiry.id)).toMatchObject({ status: "assigned", assignee: colleague.id });
    expect(visible(harness.api.callsTo("editMessageText").filter((call) => call.payload.message_id === cardMessageId).at(-1)?.payload.text)).toContain("Übernommen von:</b> Jana");
  });

  it("refuses /join from someone who is not registered, and unknown teams", async () => {
    await ok(groupMessageUpdate(person("Kim"), GROUP, "/join companies"));
    expect(groupTexts().at(-1)).toContain("Das dürfen nur registrierte Mitglieder des Koordinationsteams");
    const coordinator = await registeredCoordinator();
    await ok(groupMessageUpdate(coordinator, GROUP, "/join astronauts"));
    expect(groupTexts().at(-1)).toContain("Dieses Team gibt es nicht. Teams: general, companies, refugees");
  });
});

describe("the coordinators' commands", () => {
  it("lists open enquiries oldest first in pages, the coordinator's own, and finds one by reference", async () => {
    const coordinator = await registeredCoordinator("Lena");
    // More than one page of ten, whatever other tests left open.
    const posted = [];
    for (let i = 0; i < 11; i++) posted.push(await postedEnquiry("uk", "volunteer"));
    await ok(groupCallbackUpdate(coordinator, GROUP, `co:take:${posted[1]!.enquiry.id}`, posted[1]!.cardMessageId));

    await ok(groupMessageUpdate(coordinator, GROUP, "/inbox"));
    const inbox = groupTexts().at(-1)!;
    expect(inbox).toMatch(/Offene Anfragen<\/b> \(älteste zuerst, 1–10 von \d+\)/);
    expect(buttonsOf(harness.api.callsTo("sendMessage").at(-1)).map((button) => button.text)).toEqual(["Weitere »"]);
    expect(inbox).toContain(`https://t.me/c/1111111111/${posted[0]!.threadId}`);

    await ok(groupMessageUpdate(coordinator, GROUP, "/mine"));
    expect(groupTexts().at(-1)).toContain(posted[1]!.enquiry.reference);
    expect(groupTexts().at(-1)).not.toContain(posted[0]!.enquiry.reference);

    await ok(groupMessageUpdate(coordinator, GROUP, `/find ${posted[0]!.enquiry.reference.toLowerCase()}`));
    expect(groupTexts().at(-1)).toContain(posted[0]!.enquiry.reference);
    await ok(groupMessageUpdate(coordinator, GROUP, "/find A-2026-99999"));
    expect(groupTexts().at(-1)).toContain("Keine Anfrage A-2026-99999 gefunden");
  });

  it("answers the commands only to registered coordinators, and only in their group", async () => {
    await ok(groupMessageUpdate(person("Nina"), GROUP, "/inbox"));
    expect(groupTexts().at(-1)).toContain("Das dürfen nur registrierte Mitglieder des Koordinationsteams");
    const coordinator = await registeredCoordinator();
    await ok(groupMessageUpdate(coordinator, -1002222222222, "/inbox"));
    expect(harness.api.calls.filter((call) => call.payload.chat_id === -1002222222222)).toEqual([]);
  });
});

describe("after closing, and the office's numbers", () => {
  it("asks the person for a rating once, and counts it in /stats and /export", async () => {
    const coordinator = await registeredCoordinator("Olga");
    const { chat, enquiry, cardMessageId, threadId } = await postedEnquiry("uk", "volunteer");
    await ok(groupMessageUpdate(coordinator, GROUP, "Hier ist die Antwort.", { threadId }));
    await ok(groupCallbackUpdate(coordinator, GROUP, `co:close:${enquiry.id}`, cardMessageId));
    await ok(groupCallbackUpdate(coordinator, GROUP, `co:closeok:${enquiry.id}`, cardMessageId));

    expect(chat.buttons().map((button) => button.text)).toEqual(["1", "2", "3", "4", "5"]);
    await chat.tap("4");
    await chat.press(`rate:${enquiry.id}:1`);
    expect(await notifier.store.get(enquiry.id)).toMatchObject({ rating: 4 });

    await ok(groupMessageUpdate(coordinator, GROUP, "/stats"));
    const stats = groupTexts().at(-1)!;
    expect(stats).toMatch(/Statistik \d{4}-\d{2}/);
    expect(stats).toMatch(/Bewertungen: \d+, im Schnitt/);

    await ok(groupMessageUpdate(coordinator, GROUP, `/export ${enquiry.createdAt.slice(0, 7)}`));
    const csv = (harness.api.callsTo("sendDocument").at(-1)!.payload.document as { content: string }).content;
    expect(csv).toContain(`${enquiry.reference},`);
    expect(csv).not.toContain("Мені потрібна допомога");
    await ok(groupMessageUpdate(coordinator, GROUP, `/export ${enquiry.createdAt.slice(0, 7)} persönlich`));
    expect((harness.api.callsTo("sendDocument").at(-1)!.payload.document as { content: string }).content).toContain("Мені потрібна допомога");
  });
});

describe("reply templates", () => {
  it("sends a knowledge-base answer in the person's language after a preview", async () => {
    const coordinator = await registeredCoordinator("Paula");
    const { chat, enquiry, cardMessageId } = await postedEnquiry("uk", "refugee");

    await ok(groupCallbackUpdate(coordinator, GROUP, `co:tpl:${enquiry.id}`, cardMessageId));
    const list = harness.api.callsTo("sendMessage").at(-1)!;
    expect(String(list.payload.text)).toContain("in der Sprache der Person gesendet (Українська)");
    const friendCircles = buttonsOf(list).find((button) => button.callback_data?.endsWith(":friend-circles"))!;
    await ok(groupCallbackUpdate(coordinator, GROUP, friendCircles.callback_data!, (list.result as { message_id: number }).message_id));
    const preview = harness.api.callsTo("sendMessage").at(-1)!;
    expect(String(preview.payload.text)).toContain("Vorschau");
    expect(chat.messagesTo().some((call) => String(call.payload.text).includes("39"))).toBe(false);

    await ok(groupCallbackUpdate(coordinator, GROUP, buttonsOf(preview)[0]!.callback_data!, (preview.result as { message_id: number }).message_id));

    const sent = String(chat.messagesTo().at(-1)?.payload.text);
    expect(sent).toContain("Paula");
    expect(sent).toContain("39");
    expect(sent).toMatch(/[а-яіїєґ]/i);
    expect(sent).not.toContain(createI18n(localesDirectory()).t("uk", "answer-did-it-help"));
    expect((await notifier.store.get(enquiry.id))?.events.at(-1)).toMatchObject({ type: "message-from-coordinator" });
  });
});

describe("media from the coordinators", () => {
  it("copies a photo from the topic to the person, under the coordinator's name", async () => {
    const coordinator = await registeredCoordinator("Sina");
    const { chat, threadId } = await postedEnquiry("uk", "volunteer");
    const photo = groupMessageUpdate(coordinator, GROUP, "", { threadId }) as unknown as { message: Record<string, unknown> };
    delete photo.message.text;
    photo.message.photo = [{ file_id: "map", file_unique_id: "m", width: 640, height: 480 }];
    photo.message.caption = "Hier ist der Weg";

    await ok(photo as never);

    expect(String(chat.messagesTo().at(-1)?.payload.text)).toContain("Sina");
    expect(harness.api.callsTo("copyMessage").at(-1)?.payload).toMatchObject({ chat_id: chat.user.id, from_chat_id: GROUP });
  });
});

describe("the person replying with Telegram's reply", () => {
  it("puts a reply to a coordinator's message, text or photo, into the enquiry's topic", async () => {
    const coordinator = await registeredCoordinator("Tina");
    const { chat, threadId } = await postedEnquiry("uk", "volunteer");
    await ok(groupMessageUpdate(coordinator, GROUP, "Können Sie ein Foto schicken?", { threadId }));
    const relayed = chat.messagesTo().at(-1)!;
    const replyTo = { message_id: (relayed.result as { message_id: number }).message_id, text: "…" };

    const reply = textMessageUpdate(chat.user, "Так, ось.") as unknown as { message: Record<string, unknown> };
    reply.message.reply_to_message = { ...replyTo, date: 1, chat: { id: chat.user.id, type: "private" }, from: { id: 1000001, is_bot: true, first_name: "bot" } };
    await ok(reply as never);
    const photo = mediaUpdate(chat.user, "photo") as unknown as { message: Record<string, unknown> };
    photo.message.reply_to_message = reply.message.reply_to_message;
    await ok(photo as never);

    const inTopic = harness.api.calls.filter((call) => call.payload.chat_id === GROUP && call.payload.message_thread_id === threadId);
    expect(inTopic.some((call) => String(call.payload.text).includes("Так, ось."))).toBe(true);
    expect(harness.api.callsTo("copyMessage").at(-1)?.payload).toMatchObject({ chat_id: GROUP, from_chat_id: chat.user.id, message_thread_id: threadId });

    // Deleting the person's data leaves nothing that names them, not even remembered replies.
    await chat.say("/deletemydata");
    await chat.tap("del:yes");
    expect(JSON.stringify(await harness.scan())).not.toContain(`${chat.user.id}`);
  });
});

describe("what the stack's enquiry metrics count", () => {
  it("logs the first answer once, with the hours it took and without its text, for the time-to-first-answer metric", async () => {
    const coordinator = await registeredCoordinator();
    const { enquiry, threadId } = await postedEnquiry();
    loggedInfo.mockClear();

    await ok(groupMessageUpdate(coordinator, GROUP, "Erste Antwort", { threadId }));
    await ok(groupMessageUpdate(coordinator, GROUP, "Zweite Antwort", { threadId }));

    const firstAnswers = loggedInfo.mock.calls.filter(([message]) => message === "First answer");
    expect(firstAnswers).toEqual([["First answer", { reference: enquiry.reference, hoursToFirstAnswer: expect.any(Number) }]]);
    expect(firstAnswers[0]![1]).toMatchObject({ hoursToFirstAnswer: expect.toSatisfy((hours: number) => hours >= 0 && hours < 1) });
    expect(JSON.stringify(loggedInfo.mock.calls)).not.toContain("Antwort");
  });
});

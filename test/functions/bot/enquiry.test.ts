import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { callbackQueryUpdate, textMessageUpdate, type LocalUser } from "../../../dev/telegram-updates.ts";
import { chatAs } from "../../helpers/chat-driver.ts";
import { startWebhookHarness, type WebhookHarness } from "../../helpers/webhook-harness.ts";
import { DynamoDbEnquiryStore } from "../../../functions/store/enquiry-store.ts";

let harness: WebhookHarness;
let nextUserId = 40_000;
const newUser = (language_code = "de"): LocalUser => ({ id: nextUserId++, first_name: "Test", language_code });
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  harness = await startWebhookHarness({ enquirySettings: { maxOpen: 2, officeHours: "Mo–Fr 9–16 Uhr" } });
});
afterAll(() => harness.close());
afterEach(() => harness.api.reset());

const enquiriesOf = async (user: LocalUser) =>
  harness.enquiriesOf(user.id);

/** Walks through the dialogue as a volunteer who answers every step. */
async function fileVolunteerEnquiry(chat: ReturnType<typeof chatAs>, question = "Ich möchte Deutsch-Nachhilfe geben. Wo werde ich gebraucht?") {
  await chat.say("/enquiry");
  await chat.tap("Ja, ich bin einverstanden");
  await chat.tap("Ich möchte mich engagieren");
  await chat.tap("Freundeskreise und Initiativen");
  await chat.tap("Bad Cannstatt");
  // The answer language is the chat's: not asked, shown in the summary.
  await chat.tap("Hier in diesem Chat");
  await chat.say(question);
}

describe("the enquiry dialogue", () => {
  it("takes a volunteer through every step to a stored enquiry with a reference", async () => {
    const chat = chatAs(harness, newUser());
    await fileVolunteerEnquiry(chat);

    expect(chat.lastText()).toContain("Bitte prüfen Sie Ihre Anfrage");
    expect(chat.lastText()).toContain("Bad Cannstatt");
    expect(await enquiriesOf(chat.user)).toHaveLength(0);
    await chat.tap("✅ Senden");

    expect(chat.lastText()).toMatch(new RegExp(`Ihre Anfrage A-${year}-\\d{5} ist angekommen`));
    expect(chat.lastText()).toContain("Mo–Fr 9–16 Uhr");
    const [enquiry] = await enquiriesOf(chat.user);
    expect(enquiry).toMatchObject({
      type: "volunteer",
      topic: "friend-circles",
      district: "Bad Cannstatt",
      language: "de",
      contact: { channel: "telegram" },
      question: "Ich möchte Deutsch-Nachhilfe geben. Wo werde ich gebraucht?",
      status: "new",
    });
    // Waiting for the coordinators: the notifier and /inbox find it among the new ones.
    expect((await new DynamoDbEnquiryStore(harness.documentClient, harness.tableName).listByStatus("new")).map((waiting) => waiting.id)).toContain(enquiry!.id);
    expect((await harness.stateOf(chat.user.id))?.draft).toBeUndefined();
  });

  it("asks a company for its name and the kind of cooperation, and takes an e-mail address", async () => {
    const chat = chatAs(harness, newUser("en"));
    await chat.say("/start enquiry");
    expect(chat.lastText()).toContain("Before we start");
    await chat.tap("Yes, I agree");
    await chat.tap("Company / organisation");
    await chat.tap("Companies and foundations");
    await chat.say("Muster & <Söhne> GmbH");
    await chat.say("Training places for young refugees");
    await chat.tap("Skip");
    await chat.tap("By e-mail");
    await chat.say("not an address");
    expect(chat.lastText()).toContain("does not look like an e-mail address");
    await chat.say("hr@example.org");
    await chat.say("We would like to offer two apprenticeships.");
    expect(chat.lastText()).toContain("Muster &amp; &lt;Söhne&gt; GmbH");
    await chat.tap("✅ Send");

    const [enquiry] = await enquiriesOf(chat.user);
    expect(enquiry).toMatchObject({ type: "company", companyName: "Muster & <Söhne> GmbH", cooperation: "Training places for young refugees", district: null, contact: { channel: "email", address: "hr@example.org" } });
  });

  it("lets a refugee write in Ukrainian, attach a photo and give a phone number", async () => {
    const chat = chatAs(harness, newUser());
    await chat.say("/enquiry");
    await chat.tap("Ja, ich bin einverstanden");
    await chat.tap("Ich bin geflüchtet");
    await chat.tap("Unterstützung für Geflüchtete");
    await chat.tap("Mitte");
    await chat.tap("Per Telefon");
    await chat.say("abc");
    expect(chat.lastText()).toContain("Telefonnummer");
    await chat.say("+49 711 123456");
    await chat.send("photo");
    expect(chat.lastText()).toContain("Anhang gespeichert (1)");
    await chat.send("voice");
    expect(chat.lastText()).toContain("Diese Art von Anhang kann ich nicht speichern");
    await chat.say("Мені потрібен супровід до лікаря.");
    expect(chat.lastText()).toContain("<b>Sprache:</b> Deutsch");
    await chat.tap("✏️ Etwas ändern");
    await chat.tap("Sprache");
    await chat.tap("Українська");
    await chat.tap("✅ Senden");

    const [enquiry] = await enquiriesOf(chat.user);
    expect(enquiry).toMatchObject({ type: "refugee", language: "uk", contact: { channel: "phone", number: "+49 711 123456" }, attachments: [{ kind: "photo", fileId: expect.stringMatching(/^photo-large-/) }] });
  });

  it("goes back without losing answers, corrects from the summary, and cancels leaving nothing stored", async () => {
    const chat = chatAs(harness, newUser());
    await chat.say("/enquiry");
    expect(chat.buttons().map((button) => button.text)).toEqual(["Ja, ich bin einverstanden", "Abbrechen"]);
    await chat.tap("Ja, ich bin einverstanden");
    await chat.tap("Etwas anderes");
    await chat.tap("Projekte");
    await chat.tap("« Zurück");
    expect(chat.lastText()).toContain("Worum geht es?");
    await chat.tap("Projekte");
    await chat.tap("Überspringen");
    await chat.tap("Hier in diesem Chat");
    await chat.say("   ");
    expect(chat.lastText()).toContain("Die Nachricht war leer");
    await chat.say("x".repeat(2001));
    expect(chat.lastText()).toContain("zu lang");
    await chat.say("Was ist das Projekt Reboot?");
    await chat.tap("✏️ Etwas ändern");
    await chat.tap("Sprache");
    await chat.tap("English");
    expect(chat.lastText()).toContain("Bitte prüfen Sie Ihre Anfrage");
    expect(chat.lastText()).toContain("<b>Sprache:</b> English");
    await chat.tap("✏️ Etwas ändern");
    await chat.tap("Sprache");
    await chat.tap("Deutsch");
    expect(chat.lastText()).toContain("<b>Sprache:</b> Deutsch");
    expect(chat.lastText()).toContain("Was ist das Projekt Reboot?");

    await chat.tap("Abbrechen");
    expect(chat.lastText()).toContain("nichts wurde gespeichert");
    expect(await harness.stateOf(chat.user.id)).toBeUndefined();
    expect(await enquiriesOf(chat.user)).toHaveLength(0);
  });

  it("keeps a half-written enquiry and offers to continue it later", async () => {
    const chat = chatAs(harness, newUser());
    await chat.say("/enquiry");
    await chat.tap("Ja, ich bin einverstanden");
    await chat.tap("Ich möchte mich engagieren");
    await chat.tap("Projekte");
    await chat.say("/help");
    await chat.say("/enquiry");
    expect(chat.lastText()).toContain("noch nicht gesendet");
    await chat.tap("Weitermachen");
    expect(chat.lastText()).toContain("In welchem Stadtbezirk?");
  });

  it("asks again with a hint when a message does not fit the step, and calls old buttons outdated", async () => {
    const chat = chatAs(harness, newUser());
    await chat.say("/enquiry");
    await chat.say("Ich will einfach schreiben");
    expect(chat.lastText()).toContain("Bitte wählen Sie eine der Schaltflächen");
    expect(chat.lastText()).toContain("Bevor wir beginnen");
    await chat.tap("Ja, ich bin einverstanden");
    await chat.tap("Ich möchte mich engagieren");
    await chat.press("eq:type:refugee");
    expect(chat.lastText()).toContain("früheren Schritt");
    expect(chat.lastText()).toContain("Worum geht es?");
  });

  it("carries the question over from 'No, this didn't help'", async () => {
    const user = newUser();
    const chat = chatAs(harness, user);
    const question = textMessageUpdate(user, "Wie kann ich helfen?");
    await harness.deliver(question);
    const answer = chat.last()!;
    const questionMessage = { message_id: (question as { message: { message_id: number } }).message.message_id, text: "Wie kann ich helfen?" };
    const feedback = chat.buttons().find((button) => button.text === "👎 Nein")!;
    await harness.deliver(callbackQueryUpdate(user, feedback.callback_data!, (answer.result as { message_id: number }).message_id, undefined, questionMessage));
    const sorry = chat.last()!;
    expect(sorry.payload.reply_parameters).toMatchObject({ message_id: questionMessage.message_id });
    await harness.deliver(callbackQueryUpdate(user, "coord", (sorry.result as { message_id: number }).message_id, undefined, questionMessage));

    // Nothing of the question is stored before the person agrees.
    const consent = chat.last()!;
    expect(consent.payload.reply_parameters).toMatchObject({ message_id: questionMessage.message_id });
    expect(JSON.stringify(await harness.scan())).not.toContain("Wie kann ich helfen?");
    await harness.deliver(callbackQueryUpdate(user, "eq:consent:yes", (consent.result as { message_id: number }).message_id, undefined, questionMessage));
    await chat.tap("Ich möchte mich engagieren");
    await chat.tap("Etwas anderes");
    await chat.tap("Überspringen");
    await chat.tap("Hier in diesem Chat");
    expect(chat.lastText()).toContain("Ihre Frage von vorhin:\n<i>Wie kann ich helfen?</i>");
    await chat.tap("Diese Frage verwenden");
    expect(chat.lastText()).toContain("Bitte prüfen Sie Ihre Anfrage");
    expect(chat.lastText()).toContain("Wie kann ich helfen?");
  });
});

describe("sending exactly once", () => {
  it("creates one enquiry when 'Send' arrives twice, and twice at the same time", async () => {
    const chat = chatAs(harness, newUser());
    await fileVolunteerEnquiry(chat);
    const summary = chat.messagesTo().filter((call) => chat.buttons().length > 0).at(-1)!;
    const messageId = summary.method === "editMessageText" ? Number(summary.payload.message_id) : (summary.result as { message_id: number }).message_id;
    const send = () => harness.deliver(callbackQueryUpdate(chat.user, "eq:send", messageId));

    const responses = await Promise.all([send(), send()]);
    await send();

    expect(responses.map((response) => response.statusCode)).toEqual([200, 200]);
    expect(await enquiriesOf(chat.user)).toHaveLength(1);
  });
});

describe("the enquirer's side", () => {
  it("lists the person's enquiries with their history, adds information and withdraws", async () => {
    const chat = chatAs(harness, newUser());
    await fileVolunteerEnquiry(chat, "Erste Frage");
    await chat.tap("✅ Senden");
    await chat.say("/my");
    expect(chat.buttons()[0]?.text).toMatch(new RegExp(`A-${year}-\\d{5} – eingegangen`));
    await chat.tap("eingegangen");
    expect(chat.lastText()).toContain("Erste Frage");
    await chat.tap("Information ergänzen");
    await chat.say("Ich habe dienstags Zeit.");
    expect(chat.lastText()).toContain("hinzugefügt");
    await chat.say("/my");
    await chat.tap("eingegangen");
    expect(chat.lastText()).toContain("Ich habe dienstags Zeit.");

    await chat.tap("Anfrage zurückziehen");
    await chat.tap("Ja, zurückziehen");
    expect(chat.lastText()).toContain("ist zurückgezogen");
    const [enquiry] = await enquiriesOf(chat.user);
    expect(enquiry).toMatchObject({ status: "withdrawn" });
    // Its retention runs: once it has passed, the enquiry is due for deletion.
    const afterRetention = new DynamoDbEnquiryStore(harness.documentClient, harness.tableName, () => new Date(Date.now() + 181 * 24 * 60 * 60 * 1000));
    expect((await afterRetention.listExpired()).map((expired) => expired.id)).toContain(enquiry!.id);
  });

  it("refuses buttons for someone else's enquiry", async () => {
    const owner = chatAs(harness, newUser());
    await fileVolunteerEnquiry(owner);
    await owner.tap("✅ Senden");
    const [enquiry] = await enquiriesOf(owner.user);
    const intruder = chatAs(harness, newUser());

    await intruder.press(`my:wdy:${enquiry!.id}`);
    await intruder.press(`my:show:${enquiry!.id}`);

    expect(harness.api.callsTo("answerCallbackQuery").slice(-2).map((call) => call.payload.text)).toEqual(["Diese Schaltfläche ist veraltet.", "Diese Schaltfläche ist veraltet."]);
    expect((await enquiriesOf(owner.user))[0]).toMatchObject({ status: "new" });
  });

  it("stops at the configured number of open enquiries, with a friendly message", async () => {
    const chat = chatAs(harness, newUser());
    for (let i = 0; i < 2; i++) {
      await fileVolunteerEnquiry(chat, `Frage ${i}`);
      await chat.tap("✅ Senden");
    }
    await chat.say("/enquiry");
    expect(chat.lastText()).toContain("schon 2 offene Anfragen");
  });
});

describe("what the bot already knows", () => {
  /**
   * From an answer found through the menus to a sent enquiry, counting every tap and message from
   * "Talk to a coordinator" (inclusive) on: who is asking, the topic and the language are known.
   */
  async function fromAnswerToEnquiry(audience: "volunteer" | "company" | "refugee" | "curious", app = "de") {
    const chat = chatAs(harness, newUser(app));
    await chat.say("/start");
    await chat.tap(`aud:${audience}`);
    await chat.tap(chat.buttons().find((button) => button.callback_data?.startsWith("top:"))!.callback_data!);
    await chat.tap(chat.buttons().find((button) => button.callback_data?.startsWith("ent:"))!.callback_data!);
    const answerTopic = /^coord:[a-z-]+:([a-z-]+)$/.exec(chat.buttons().find((button) => button.callback_data?.startsWith("coord"))!.callback_data!)![1];
    let interactions = 0;
    const tap = async (data: string) => (interactions++, chat.tap(data));
    const say = async (text: string) => (interactions++, chat.say(text));
    await tap(chat.buttons().find((button) => button.callback_data?.startsWith("coord"))!.callback_data!);
    await tap("eq:consent:yes");
    // Whatever the dialogue still asks, answered as simply as it allows, until the summary.
    for (let step = 0; step < 12 && !chat.buttons().some((button) => button.callback_data === "eq:send"); step++) {
      const data = chat.buttons()[0]?.callback_data ?? "";
      if (data.startsWith("eq:type:")) await tap("eq:type:volunteer");
      else if (data.startsWith("eq:district:")) await tap("eq:district:skip");
      else if (data.startsWith("eq:contact:")) await tap("eq:contact:telegram");
      else await say("Wir möchten helfen.");
    }
    await tap("eq:send");
    return { enquiry: (await enquiriesOf(chat.user))[0], interactions, answerTopic };
  }

  it("sends a volunteer's enquiry from an answer in six interactions, with who, topic and language carried over", async () => {
    const { enquiry, interactions, answerTopic } = await fromAnswerToEnquiry("volunteer");
    expect(enquiry).toMatchObject({ type: "volunteer", topic: answerTopic, language: "de" });
    expect(interactions).toBeLessThanOrEqual(6);
  });

  it("does the same for a refugee, and asks a company only what only it can say", async () => {
    const refugee = await fromAnswerToEnquiry("refugee", "uk");
    expect(refugee.enquiry).toMatchObject({ type: "refugee", topic: refugee.answerTopic, language: "uk" });
    expect(refugee.interactions).toBeLessThanOrEqual(6);
    // Its name and the kind of cooperation: two more.
    const company = await fromAnswerToEnquiry("company", "en");
    expect(company.enquiry).toMatchObject({ type: "company", topic: company.answerTopic, language: "en" });
    expect(company.interactions).toBeLessThanOrEqual(8);
    // "Just looking" says nothing about who is asking: one more.
    const curious = await fromAnswerToEnquiry("curious");
    expect(curious.enquiry).toMatchObject({ topic: curious.answerTopic, language: "de" });
    expect(curious.interactions).toBeLessThanOrEqual(7);
  });

  it("keeps a no-answer readable when the person opens the menus from it", async () => {
    const chat = chatAs(harness, newUser());
    await chat.say("Wie wird das Wetter morgen?");
    const noAnswer = chat.last()!;
    await chat.tap("home:new");
    expect(harness.api.callsTo("editMessageText").some((call) => call.payload.message_id === (noAnswer.result as { message_id: number }).message_id)).toBe(false);
    expect(chat.lastText()).toContain("Willkommen");
  });
});

describe("the person's data", () => {
  it("sends everything stored as a JSON file, and deletes all of it on request", async () => {
    const chat = chatAs(harness, newUser());
    await chat.say("/language");
    await chat.tap("Deutsch");
    await fileVolunteerEnquiry(chat, "Meine Frage mit Telefon 0711 999");
    await chat.tap("✅ Senden");
    await chat.say("/enquiry");
    await chat.tap("Ja, ich bin einverstanden");
    await chat.tap("Ich bin geflüchtet");

    await chat.say("/mydata");
    const document = harness.api.callsTo("sendDocument").at(-1)!.payload.document as { filename: string; content: string };
    const exported = JSON.parse(document.content);
    expect(document.filename).toBe("my-data.json");
    expect(exported.enquiries[0]).toMatchObject({ question: "Meine Frage mit Telefon 0711 999" });
    expect(exported.preferences).toMatchObject({ language: "de", enquiryBeingWritten: { type: "refugee" } });

    await chat.say("/deletemydata");
    await chat.tap("Ja, alles löschen");
    const left = JSON.stringify(await harness.scan());
    expect(left).not.toContain(String(chat.user.id));
    expect(left).not.toContain("0711 999");
  });
});

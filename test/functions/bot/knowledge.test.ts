import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../../dev/fake-bot-api.ts";
import { callbackQueryUpdate, textMessageUpdate, type LocalUser } from "../../../dev/telegram-updates.ts";
import { contentDirectory, loadContent } from "../../../functions/content/load-content.ts";
import { startWebhookHarness, type WebhookHarness } from "../../helpers/webhook-harness.ts";
import { DynamoDbKnowledgeGapStore } from "../../../functions/store/knowledge-gap-store.ts";
import { monthOf } from "../../../functions/domain/knowledge-gaps.ts";

let harness: WebhookHarness;
let nextUserId = 20_000;
const newUser = (language_code = "de"): LocalUser => ({ id: nextUserId++, first_name: "Test", language_code });
const knowledgeBase = loadContent(contentDirectory()).knowledgeBase;
const entry = (id: string) => knowledgeBase.find((candidate) => candidate.id === id)!;

type Button = { text: string; callback_data?: string; url?: string };
const buttonsOf = (call: RecordedCall | undefined): Button[] =>
  ((call?.payload.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();
const lastCallTo = (user: LocalUser, methods = ["sendMessage", "editMessageText", "editMessageReplyMarkup"]) =>
  harness.api.calls.filter((call) => methods.includes(call.method) && call.payload.chat_id === user.id).at(-1);
const messageIdOf = (call: RecordedCall | undefined) => (call?.method === "sendMessage" ? (call.result as { message_id: number }).message_id : Number(call?.payload.message_id));

/** Taps the button whose label contains `label` (or whose data equals it) under the last message. */
async function tap(user: LocalUser, label: string) {
  const message = lastCallTo(user, ["sendMessage", "editMessageText"]);
  const button = buttonsOf(message).find((candidate) => candidate.callback_data === label || candidate.text.includes(label));
  if (!button?.callback_data) throw new Error(`no button "${label}" in ${JSON.stringify(buttonsOf(message).map((b) => b.text))}`);
  expect((await harness.deliver(callbackQueryUpdate(user, button.callback_data, messageIdOf(message)))).statusCode).toBe(200);
}
const ask = async (user: LocalUser, text: string) => expect((await harness.deliver(textMessageUpdate(user, text))).statusCode).toBe(200);
const lastText = (user: LocalUser) => String(lastCallTo(user, ["sendMessage", "editMessageText"])?.payload.text);

beforeAll(async () => {
  harness = await startWebhookHarness();
});
afterAll(() => harness.close());
afterEach(() => {
  // Telegram refuses callback data over 64 bytes: no keyboard the bot sent may carry more.
  for (const call of harness.api.calls) {
    for (const button of buttonsOf(call)) expect(Buffer.byteLength(button.callback_data ?? "", "utf8"), button.callback_data).toBeLessThanOrEqual(64);
  }
  harness.api.reset();
});

describe("menus", () => {
  it("leads a volunteer from 'who are you' through topics to an answer, with back and home", async () => {
    const user = newUser();
    await ask(user, "/start");
    await tap(user, "Ich möchte helfen");
    expect(lastText(user)).toContain("Wählen Sie ein Thema");
    expect(buttonsOf(lastCallTo(user)).map((button) => button.text)).toEqual(
      expect.arrayContaining(["Mitmachen und helfen", "Freundeskreise und Initiativen", "« Startseite"]),
    );

    await tap(user, "Freundeskreise und Initiativen");
    expect(lastText(user)).toContain("Freundeskreise und Initiativen");
    await tap(user, entry("friend-circles").title.de);

    const answer = lastText(user);
    expect(answer).toContain(`<b>${entry("friend-circles").title.de}</b>`);
    expect(answer).toContain("39");
    expect(answer).toContain("Stand: Dezember 2018");
    expect(answer).toContain('<a href="https://fluechtlinge.stuttgart.de/item/show/602718">Quelle</a>');
    expect(answer).toContain("War das hilfreich?");
    const labels = buttonsOf(lastCallTo(user)).map((button) => button.text);
    expect(labels).toEqual(expect.arrayContaining(["👍 Ja", "👎 Nein", "Mit dem Koordinationsteam sprechen", "« Zurück", "« Startseite", "📍 In meinem Stadtbezirk"]));
    expect(labels.some((label) => label.startsWith("→ "))).toBe(true);

    await tap(user, "« Zurück");
    expect(lastText(user)).toContain("Was möchten Sie wissen?");
    await tap(user, "« Startseite");
    expect(lastText(user)).toContain("Wer sind Sie?");
  });

  it("shows a refugee the refugee topics in Arabic, with answers in Arabic", async () => {
    const user = newUser("ar");
    await ask(user, "/start refugee");
    const topics = buttonsOf(lastCallTo(user)).filter((button) => button.callback_data?.startsWith("top:refugee:"));
    expect(topics.length).toBeGreaterThan(2);
    expect(topics.every((button) => /[\u0600-\u06ff]/.test(button.text))).toBe(true);

    await tap(user, topics[0]!.callback_data!);
    const first = buttonsOf(lastCallTo(user)).find((button) => button.callback_data?.startsWith("ent:"))!;
    await tap(user, first.callback_data!);

    const shown = knowledgeBase.find((candidate) => first.callback_data!.startsWith(`ent:${candidate.id}:`))!;
    expect(lastText(user)).toContain(shown.answer.ar!.slice(0, 40));
  });

  it("calls a button from an old or forged message outdated and changes nothing", async () => {
    const user = newUser("en");
    for (const data of ["ent:no-such-entry:volunteer", "top:volunteer:no-such-topic", "fb:no-such-entry:y:-", "dist:99", "aud:hacker"]) {
      await harness.deliver(callbackQueryUpdate(user, data, 1));
    }
    const notices = harness.api.callsTo("answerCallbackQuery").map((call) => call.payload.text);
    expect(notices).toEqual(Array(5).fill("This button is outdated."));
    expect(harness.textsTo(user.id)).toEqual([]);
  });
});

describe("free-text questions", () => {
  it("answers a German question about helping from the knowledge base", async () => {
    const user = newUser();
    await ask(user, "Wie kann ich helfen?");
    expect(lastText(user)).toContain(entry("how-to-get-involved").title.de);
  });

  it("finds the friend circles from a German compound, without umlauts and with a typo", async () => {
    const user = newUser();
    for (const question of ["Flüchtlingsfreundeskreise", "gibt es fluechtlings freundeskreise", "Freundeskries in Stuttgart"]) {
      await ask(user, question);
      expect(lastText(user), question).toContain(entry("friend-circles").title.de);
    }
  });

  it("answers in the person's language: English, Ukrainian, Farsi", async () => {
    const english = newUser("en");
    await ask(english, "How can our company cooperate with the office?");
    expect(lastText(english)).toContain(entry("companies-cooperation").title.en);

    const ukrainian = newUser("uk");
    await ask(ukrainian, "Чи можу я як біженка сама стати волонтеркою?");
    expect(lastText(ukrainian)).toContain(entry("refugees-volunteering").title.uk!);

    const farsi = newUser("fa");
    await ask(farsi, "آیا می‌توانم به عنوان پناهنده داوطلب شوم؟");
    expect(lastText(farsi)).toContain(entry("refugees-volunteering").title.fa!);
  });

  it("says plainly when it has no answer, offers a coordinator, and counts the gap without the question", async () => {
    const user = newUser();
    const question = "Wie wird das Wetter morgen in Stuttgart?";
    await ask(user, question);

    expect(lastText(user)).toContain("keine sichere Antwort");
    expect(buttonsOf(lastCallTo(user)).map((button) => button.text)).toContain("Mit dem Koordinationsteam sprechen");
    const gaps = await new DynamoDbKnowledgeGapStore(harness.documentClient, harness.tableName).countsFor(monthOf(new Date()));
    expect(gaps.some((gap) => gap.kind === "unmatched" && gap.language === "de")).toBe(true);
    expect(JSON.stringify(await harness.scan())).not.toContain("Wetter");
  });

  it("answers thanks and greetings in kind instead of searching", async () => {
    const user = newUser();
    await ask(user, "Danke!");
    expect(lastText(user)).toContain("Gern geschehen");
    await ask(user, "hallo");
    expect(lastText(user)).toContain("Hallo!");
  });

  it("escapes what people type wherever it could reach a message", async () => {
    const user = newUser();
    await ask(user, "<b>bold</b> & <a href='x'>link</a>");
    expect(lastText(user)).not.toContain("<a href='x'>");
  });
});

describe("'Did this help?'", () => {
  it("counts a 'no' for the entry, removes the vote buttons, and offers a coordinator", async () => {
    const user = newUser();
    await ask(user, "Wie kann ich helfen?");
    await tap(user, "👎 Nein");

    const edited = harness.api.callsTo("editMessageReplyMarkup").at(-1);
    expect(buttonsOf(edited).some((button) => button.callback_data?.startsWith("fb:"))).toBe(false);
    expect(buttonsOf(edited).map((button) => button.text)).toContain("Mit dem Koordinationsteam sprechen");
    expect(lastText(user)).toContain("Schade");
    const gaps = await new DynamoDbKnowledgeGapStore(harness.documentClient, harness.tableName).countsFor(monthOf(new Date()));
    expect(gaps.find((gap) => gap.kind === "not-helpful" && gap.subject === "how-to-get-involved" && gap.language === "de")?.count).toBeGreaterThanOrEqual(1);
  });
});

describe("friend circles near you", () => {
  it("points to the official overviews while no directory is imported", async () => {
    const user = newUser();
    await ask(user, "Flüchtlingsfreundeskreise");
    await tap(user, "📍 In meinem Stadtbezirk");
    expect(buttonsOf(lastCallTo(user)).filter((button) => button.callback_data?.startsWith("dist:"))).toHaveLength(23);
    await tap(user, "Bad Cannstatt");

    expect(lastText(user)).toContain("noch nicht hinterlegt");
    expect(lastText(user)).toContain("https://fluechtlinge.stuttgart.de/item/show/602718");
    expect(lastText(user)).toContain("https://fluechtlinge.stuttgart.de/item/show/606517");
  });

  it("lists the imported groups of the chosen district, escaped, and replaces the directory on a new import", async () => {
    const { DynamoDbDirectoryStore } = await import("../../../functions/store/directory-store.ts");
    const store = new DynamoDbDirectoryStore(harness.documentClient, harness.tableName);
    const group = { focus: "Alltag & Sprache", contact: "kontakt@example.org", asOf: "2026-10" };
    await store.replaceAll(
      [
        { kind: "friend-circle", name: "Testkreis <Nord>", districts: ["Nord"], link: "https://example.org/nord", ...group },
        { kind: "initiative", name: "Test-Initiative", districts: ["Nord", "Mitte"], ...group },
      ],
      new Date("2026-11-01T00:00:00Z"),
    );
    await store.replaceAll([{ kind: "initiative", name: "Neue Initiative", districts: ["Nord"], ...group }], new Date("2026-11-02T00:00:00Z"));
    const user = newUser();
    await ask(user, "Flüchtlingsfreundeskreise");
    await tap(user, "📍 In meinem Stadtbezirk");
    await tap(user, "Nord");

    const list = lastText(user);
    expect(list).toContain("<b>Neue Initiative</b> (Initiative) – Alltag &amp; Sprache");
    expect(list).toContain("Stand: Oktober 2026");
    expect(list).not.toContain("Testkreis");
    const directoryItems = (await harness.scan()).filter((item) => String(item.pk).startsWith("DIRECTORY#"));
    expect(directoryItems).toHaveLength(1);

    await tap(user, "« Zurück");
    await tap(user, "Ost");
    expect(lastText(user)).toContain("Für Ost ist hier noch kein Freundeskreis");
  });
});

describe("bad input", () => {
  it("answers very long text, another language and junk arguments politely, with a way on", async () => {
    const user = newUser();
    await ask(user, "Lorem ipsum dolor sit amet ".repeat(150));
    expect(lastText(user)).toContain("keine sichere Antwort");
    await ask(user, "Merhaba, bugün hava nasıl olacak?");
    expect(lastText(user)).toContain("keine sichere Antwort");
    expect(buttonsOf(lastCallTo(user)).map((button) => button.text)).toEqual(["Mit dem Koordinationsteam sprechen", "Themen"]);
    await ask(user, "/help me please <script>");
    expect(lastText(user)).toContain("So können Sie mich nutzen");
    await ask(user, "/frobnicate");
    expect(lastText(user)).toContain("nicht verstanden");
  });
});

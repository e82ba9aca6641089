import { Logger } from "@aws-lambda-powertools/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTranslator } from "../../../dev/fake-translator.ts";
import { groupMessageUpdate, type LocalUser } from "../../../dev/telegram-updates.ts";
import { createNotifierRuntime } from "../../../functions/notifier/notifier-runtime.ts";
import { chatAs } from "../../helpers/chat-driver.ts";
import { startWebhookHarness, TEST_TOKEN, type WebhookHarness } from "../../helpers/webhook-harness.ts";

const GROUP = -1004444444444;
const translator = new FakeTranslator();
let harness: WebhookHarness;
let notifier: ReturnType<typeof createNotifierRuntime>;
let nextUserId = 70_000;
const person = (first_name: string, language_code = "de"): LocalUser => ({ id: nextUserId++, first_name, language_code });

beforeAll(async () => {
  harness = await startWebhookHarness({ coordinatorChatId: GROUP, translator });
  notifier = createNotifierRuntime({ token: TEST_TOKEN, apiRoot: harness.api.apiRoot, tableName: harness.tableName, documentClient: harness.documentClient, coordinatorChatId: GROUP, logger: new Logger({ logLevel: "SILENT" }) });
});
afterAll(() => harness.close());

async function conversation(language: "uk" | "de") {
  const coordinator = person("Rita");
  harness.api.setMemberStatus(GROUP, coordinator.id, "administrator");
  await harness.deliver(groupMessageUpdate(coordinator, GROUP, "/register"));
  const chat = chatAs(harness, person("Iryna", language));
  await chat.say("/enquiry");
  await chat.tap("eq:consent:yes");
  await chat.tap("eq:type:refugee");
  await chat.tap("eq:topic:support-for-refugees");
  await chat.tap("eq:district:skip");
  await chat.tap("eq:contact:telegram");
  await chat.say("Потрібна допомога.");
  await chat.tap("eq:send");
  const enquiry = (await harness.enquiriesOf(chat.user.id))[0]!;
  await notifier.notifyNewEnquiry(String(enquiry.id));
  const threadId = (await notifier.store.get(String(enquiry.id)))!.coordination!.threadId!;
  return { chat, coordinator, threadId };
}

describe("translation across the relay", () => {
  it("gives the person the coordinator's message in their language with the German original beneath, and the coordinators the person's in German", async () => {
    const { chat, coordinator, threadId } = await conversation("uk");

    await harness.deliver(groupMessageUpdate(coordinator, GROUP, "Wir rufen Sie morgen an.", { threadId }));
    const relayed = String(chat.messagesTo().at(-1)?.payload.text);
    expect(relayed).toContain("[de→uk] Wir rufen Sie morgen an.");
    expect(relayed).toContain("Оригінальний текст (німецькою):</i>\nWir rufen Sie morgen an.");

    await chat.tap("Відповісти");
    await chat.say("Дякую, чекаю.");
    const inTopic = String(harness.api.callsTo("sendMessage").filter((call) => call.payload.chat_id === GROUP).at(-1)?.payload.text);
    expect(inTopic).toContain("[uk→de] Дякую, чекаю.");
    expect(inTopic).toContain("Original (Українська):</i>\nДякую, чекаю.");
  });

  it("passes German unchanged", async () => {
    const calls = translator.calls.length;
    const { chat, coordinator, threadId } = await conversation("de");

    await harness.deliver(groupMessageUpdate(coordinator, GROUP, "Alles klar.", { threadId }));

    expect(String(chat.messagesTo().at(-1)?.payload.text)).toContain("Alles klar.");
    expect(translator.calls.length).toBe(calls);
  });
});

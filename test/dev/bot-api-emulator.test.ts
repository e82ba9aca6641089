import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api, GrammyError, InlineKeyboard, InputFile } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { BotApiEmulator, type EmulatorEvent } from "../../dev/playground/bot-api-emulator.ts";
import { parseTelegramHtml } from "../../dev/playground/telegram-html.ts";

const BOT = { id: 1000001, username: "emulated_bot", first_name: "Emulated" };
const TOKEN = "1000001:emulator-test-token";
const GROUP = -1001000001;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emulator(options: { stateFile?: string } = {}) {
  const emulated = await new BotApiEmulator({ bot: BOT, ...options }).start();
  cleanups.push(() => emulated.stop());
  emulated.addUser({ id: 11, first_name: "Lena", language_code: "de" });
  emulated.addUser({ id: 21, first_name: "Sabine" });
  emulated.addUser({ id: 22, first_name: "Jonas" });
  emulated.addForumGroup({ id: GROUP, title: "Koordination" }, { 21: "administrator", 22: "member" });
  return { emulated, api: new Api(TOKEN, { apiRoot: emulated.apiRoot }) };
}

/** A webhook that records what it receives and answers with the next status given (else 200). */
async function webhook(statuses: number[] = []) {
  const received: { headers: IncomingHttpHeaders; update: Record<string, any> }[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, update: JSON.parse(body) });
      response.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram`, received };
}

/** The error Telegram would answer, as grammY reports it. */
async function refusal(call: Promise<unknown>): Promise<{ code: number; description: string }> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return { code: (error as GrammyError).error_code, description: (error as GrammyError).description };
}

/** A raw HTTP call, with the headers a browser or an attacker's page would send (fetch may not set Host). */
function rawCall(apiRoot: string, method: string, options: { httpMethod?: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(`${apiRoot}/bot${TOKEN}/${method}`);
  return new Promise<{ status: number; body: { ok: boolean; error_code?: number; description?: string; result?: any } }>((resolve, reject) => {
    const outgoing = httpRequest(url, { method: options.httpMethod ?? "POST", headers: options.headers ?? {} }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
    });
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

describe("the local Bot API emulator", () => {
  it("turns Telegram HTML into the text a person reads and its entities", () => {
    expect(parseTelegramHtml('<b>Hallo</b> <a href="https://www.stuttgart.de/x?a=1&amp;b=2">Link</a> &lt;3 &#128075;')).toEqual({
      text: "Hallo Link <3 👋",
      entities: [
        { type: "bold", offset: 0, length: 5 },
        { type: "text_link", url: "https://www.stuttgart.de/x?a=1&b=2", offset: 6, length: 4 },
      ],
    });
  });

  it("reads HTML as Telegram does where a simpler parser would not", () => {
    // A ">" inside a quoted attribute, a number that names no character, formatting inside code.
    expect(parseTelegramHtml('<a href="https://x.org/?q=a>b">x</a>')).toEqual({ text: "x", entities: [{ type: "text_link", url: "https://x.org/?q=a>b", offset: 0, length: 1 }] });
    expect(parseTelegramHtml("&#99999999; &#0;").text).toBe("&#99999999; &#0;");
    expect(parseTelegramHtml("<code><b>x</b></code>").entities).toEqual([{ type: "code", offset: 0, length: 1 }]);
  });

  it("takes files and captions byte for byte, whatever they look like", async () => {
    const { emulated, api } = await emulator();
    emulated.sendText(11, 11, "/start");
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x0d, 0x0a]);
    const sent = await api.sendDocument(11, new InputFile(bytes, "raw.bin"), { caption: "[Anhang] 2026" });

    expect(sent.caption).toBe("[Anhang] 2026");
    expect(Buffer.from(emulated.file(sent.document!.file_id)!.base64, "base64")).toEqual(bytes);
  });

  it("lets people act only in their own private chat and in groups they belong to", async () => {
    const { emulated, api } = await emulator();
    emulated.sendText(11, 11, "/start");
    const sent = await api.sendMessage(11, "Wer sind Sie?", { reply_markup: new InlineKeyboard().text("Ich möchte helfen", "m:volunteer") });
    const card = await api.sendMessage(GROUP, "Karte", { reply_markup: new InlineKeyboard().text("Übernehmen", "card:take:x") });
    emulated.addUser({ id: 12, first_name: "Markus" });

    expect(() => emulated.sendText(12, 11, "Hallo Lena")).toThrow(/not a member/);
    expect(() => emulated.tapButton(12, 11, sent.message_id, "m:volunteer")).toThrow(/not a member/);
    expect(() => emulated.tapButton(12, GROUP, card.message_id, "card:take:x")).toThrow(/not a member/);
    // Telegram keeps no keyboard without buttons.
    const bare = await api.sendMessage(11, "Ohne Tasten", { reply_markup: { inline_keyboard: [[]] } });
    expect(bare.reply_markup).toBeUndefined();
  });

  it("drops what was still on its way to the webhook when the data is reset", async () => {
    const { emulated, api } = await emulator();
    const hook = await webhook([500, 500]);
    await api.setWebhook(hook.url, { secret_token: "s3cret" });
    emulated.sendText(11, 11, "/start");
    await new Promise((resolve) => setTimeout(resolve, 100));
    emulated.reset();
    await emulated.idle();

    // The first attempt failed before the reset; its retries would have reached a bot with empty data.
    expect(hook.received).toHaveLength(1);
  });

  it("answers only requests that name loopback, come from no web page, and carry a body the Bot API reads", async () => {
    const { emulated, api } = await emulator();
    emulated.sendText(11, 11, "/start");
    const port = new URL(emulated.apiRoot).port;
    const json = { "content-type": "application/json" };
    const sendMessage = JSON.stringify({ chat_id: 11, text: "Hallo" });

    // A DNS-rebound page reaches 127.0.0.1 under its own name.
    const rebound = await rawCall(emulated.apiRoot, "sendMessage", { headers: { ...json, host: `evil.example:${port}` }, body: sendMessage });
    // Another site's page posting a form, or text, to the emulator's port.
    const form = await rawCall(emulated.apiRoot, "sendMessage", {
      headers: { host: `127.0.0.1:${port}`, origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "chat_id=11&text=Hallo",
    });
    const text = await rawCall(emulated.apiRoot, "sendMessage", { headers: { "content-type": "text/plain" }, body: sendMessage });
    const untyped = await rawCall(emulated.apiRoot, "sendMessage", { body: sendMessage });
    const get = await rawCall(emulated.apiRoot, "deleteWebhook", { httpMethod: "GET" });

    expect([rebound.status, form.status, text.status, untyped.status, get.status]).toEqual([403, 403, 415, 415, 405]);
    expect(rebound.body).toMatchObject({ ok: false, error_code: 403 });
    expect(emulated.snapshot().chats.find((chat) => chat.chat.id === 11)?.messages.map((message) => message.text)).toEqual(["/start"]);

    // What grammY sends (JSON, multipart for files), and curl's -d, under every loopback name.
    for (const host of [`localhost:${port}`, `[::1]:${port}`, `127.0.0.1:${port}`, "localhost"]) {
      expect((await rawCall(emulated.apiRoot, "getMe", { headers: { ...json, host }, body: "{}" })).status).toBe(200);
    }
    const curl = await rawCall(emulated.apiRoot, "sendMessage", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `chat_id=11&text=${encodeURIComponent("Über curl")}&reply_markup=${encodeURIComponent(JSON.stringify({ inline_keyboard: [[{ text: "Ja", callback_data: "yes" }]] }))}`,
    });
    expect(curl.body).toMatchObject({ ok: true, result: { text: "Über curl", reply_markup: { inline_keyboard: [[{ text: "Ja", callback_data: "yes" }]] } } });
    expect((await api.sendMessage(11, "Über grammY")).text).toBe("Über grammY");
    expect((await api.sendDocument(11, new InputFile(Buffer.from("{}"), "export.json"))).document?.file_name).toBe("export.json");
  });

  it("refuses what Telegram refuses, in Telegram's words", async () => {
    const { emulated, api } = await emulator();
    emulated.sendText(11, 11, "/start");

    expect(await refusal(api.sendMessage(11, "x", { reply_markup: new InlineKeyboard().text("Too long", "x".repeat(65)) }))).toEqual({ code: 400, description: "Bad Request: BUTTON_DATA_INVALID" });
    expect(await refusal(api.sendMessage(11, "<div>Hallo</div>", { parse_mode: "HTML" }))).toEqual({
      code: 400,
      description: 'Bad Request: can\'t parse entities: Unsupported start tag "div" at byte offset 0',
    });
    expect((await refusal(api.sendMessage(11, "<b>offen", { parse_mode: "HTML" }))).description).toBe('Bad Request: can\'t parse entities: Can\'t find end tag corresponding to start tag "b"');
    expect((await refusal(api.sendMessage(11, "<b>x</i>", { parse_mode: "HTML" }))).description).toMatch(/Unmatched end tag at byte offset 4, expected "<\/b>", found "<\/i>"/);
    expect(await refusal(api.sendMessage(11, "ä".repeat(4097)))).toEqual({ code: 400, description: "Bad Request: message is too long" });
    expect(await refusal(api.sendMessage(11, "<b> </b>", { parse_mode: "HTML" }))).toEqual({ code: 400, description: "Bad Request: message text is empty" });
    expect(await refusal(api.sendMessage(11, "x", { reply_markup: { inline_keyboard: [[{ text: "Web", url: "javascript:alert(1)" }]] } }))).toMatchObject({ code: 400 });
    expect(await refusal(api.sendMessage(99, "Hallo"))).toEqual({ code: 400, description: "Bad Request: chat not found" });
    emulated.addUser({ id: 12, first_name: "Nie gestartet" });
    expect(await refusal(api.sendMessage(12, "Hallo"))).toEqual({ code: 403, description: "Forbidden: bot can't initiate conversation with a user" });
    expect(await refusal(api.editMessageText(11, 999, "neu"))).toEqual({ code: 400, description: "Bad Request: message to edit not found" });
    expect(await refusal(api.editMessageText(11, 1, "neu"))).toEqual({ code: 400, description: "Bad Request: message can't be edited" });
    expect(await refusal(api.answerCallbackQuery("no-such-query"))).toMatchObject({ code: 400, description: expect.stringContaining("query is too old") });
    expect(await refusal(api.createForumTopic(GROUP, "x".repeat(129)))).toEqual({ code: 400, description: "Bad Request: TOPIC_NAME_INVALID" });
    expect(await refusal(api.createForumTopic(11, "Thema"))).toEqual({ code: 400, description: "Bad Request: the chat is not a forum" });
    const unknown = await refusal(api.raw.sendPoll({ chat_id: 11, question: "?", options: [{ text: "a" }, { text: "b" }] }));
    expect(unknown.code).toBe(404);
    expect(unknown.description).toContain('"sendPoll" is not implemented by the local Bot API emulator');
  });

  it("keeps messages and their edits, and says when an edit changes nothing", async () => {
    const { emulated, api } = await emulator();
    const events: EmulatorEvent[] = [];
    emulated.onEvent((event) => events.push(event));
    emulated.sendText(11, 11, "/start");
    const sent = await api.sendMessage(11, "<b>Wer sind Sie?</b>", { parse_mode: "HTML", reply_markup: new InlineKeyboard().text("Ich möchte helfen", "m:volunteer") });
    await api.editMessageText(11, sent.message_id, "<b>Wer sind Sie?</b>", { parse_mode: "HTML" });
    expect(await refusal(api.editMessageText(11, sent.message_id, "<b>Wer sind Sie?</b>", { parse_mode: "HTML" }))).toMatchObject({
      description: expect.stringContaining("message is not modified"),
    });

    const shown = emulated.snapshot().chats.find((chat) => chat.chat.id === 11)!.messages.find((message) => message.message_id === sent.message_id)!;
    expect(shown.text).toBe("Wer sind Sie?");
    expect(shown.entities).toEqual([{ type: "bold", offset: 0, length: 13 }]);
    expect(shown.reply_markup).toBeUndefined();
    expect(shown.edit_date).toBeTypeOf("number");
    expect(events.filter((event) => event.kind === "message").map((event) => (event as { message: { message_id: number } }).message.message_id)).toEqual([1, 2, 2]);
  });

  it("delivers what people do to the webhook with the secret token, in order, and again after a failure", async () => {
    const { emulated, api } = await emulator();
    const hook = await webhook([500]);
    await api.setWebhook(hook.url, { secret_token: "s3cret", allowed_updates: ["message", "callback_query"] });
    emulated.sendText(11, 11, "/start");
    emulated.sendText(11, 11, "Wie kann ich helfen?");
    await emulated.idle();

    // The first delivery failed (500) and was repeated; the second message waited for it.
    expect(hook.received.map((delivery) => delivery.update.message.text)).toEqual(["/start", "/start", "Wie kann ich helfen?"]);
    expect(hook.received.every((delivery) => delivery.headers["x-telegram-bot-api-secret-token"] === "s3cret")).toBe(true);
    expect(hook.received[0]!.update.message.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    expect(hook.received[2]!.update.update_id).toBe(hook.received[0]!.update.update_id + 1);
    expect(await refusal(api.getUpdates())).toMatchObject({ code: 409 });
  });

  it("asks the bot about a tap only for a button the message has, and shows its answer", async () => {
    const { emulated, api } = await emulator();
    const hook = await webhook();
    await api.setWebhook(hook.url, { secret_token: "s3cret" });
    const events: EmulatorEvent[] = [];
    emulated.onEvent((event) => events.push(event));
    emulated.sendText(11, 11, "/start");
    const sent = await api.sendMessage(11, "Wer sind Sie?", { reply_markup: new InlineKeyboard().text("Ich möchte helfen", "m:volunteer") });

    expect(() => emulated.tapButton(11, 11, sent.message_id, "admin:delete-everything")).toThrow(/no such button/);
    emulated.tapButton(11, 11, sent.message_id, "m:volunteer");
    await emulated.idle();
    const query = hook.received.at(-1)!.update.callback_query;
    expect(query).toMatchObject({ data: "m:volunteer", from: { id: 11 }, message: { message_id: sent.message_id } });

    await api.answerCallbackQuery(query.id, { text: "Gern!" });
    expect(events.filter((event) => event.kind === "callback-answer")).toEqual([{ kind: "callback-answer", chatId: 11, userId: 11, messageId: sent.message_id, text: "Gern!", showAlert: false }]);
    // The developer's log has the call, with what Telegram answered.
    expect(events.filter((event) => event.kind === "call").map((event) => [event.method, event.ok])).toEqual([
      ["sendMessage", true],
      ["answerCallbackQuery", true],
    ]);
    // A query is answered once.
    expect(await refusal(api.answerCallbackQuery(query.id))).toMatchObject({ code: 400 });
  });

  it("keeps forum topics: messages in them, names, closing; members cannot write into a closed one", async () => {
    const { emulated, api } = await emulator();
    const topic = await api.createForumTopic(GROUP, "🆕 A-2026-00001");
    await api.sendMessage(GROUP, "Karte", { message_thread_id: topic.message_thread_id });
    const reply = emulated.sendText(22, GROUP, "Ich kümmere mich", { threadId: topic.message_thread_id });
    expect(reply).toMatchObject({ message_thread_id: topic.message_thread_id, is_topic_message: true, reply_to_message: { forum_topic_created: { name: "🆕 A-2026-00001" } } });

    await api.editForumTopic(GROUP, topic.message_thread_id, { name: "✅ A-2026-00001" });
    expect(await refusal(api.editForumTopic(GROUP, topic.message_thread_id, { name: "✅ A-2026-00001" }))).toEqual({ code: 400, description: "Bad Request: TOPIC_NOT_MODIFIED" });
    await api.closeForumTopic(GROUP, topic.message_thread_id);
    expect(() => emulated.sendText(22, GROUP, "Noch was", { threadId: topic.message_thread_id })).toThrow(/TOPIC_CLOSED/);
    expect(emulated.sendText(21, GROUP, "Als Admin schon", { threadId: topic.message_thread_id }).text).toBe("Als Admin schon");
    expect(await refusal(api.sendMessage(GROUP, "x", { message_thread_id: 4242 }))).toEqual({ code: 400, description: "Bad Request: message thread not found" });
    expect((await api.getChatMember(GROUP, 21)).status).toBe("administrator");
    expect((await api.getChatMember(GROUP, 11)).status).toBe("left");

    await api.deleteForumTopic(GROUP, topic.message_thread_id);
    expect(emulated.snapshot().chats.find((chat) => chat.chat.id === GROUP)).toMatchObject({ topics: [], messages: [] });
  });

  it("keeps chats between runs, and its update ids keep growing (the bot remembers the ones it handled)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-state-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const stateFile = join(dir, "playground.json");
    const first = await emulator({ stateFile });
    const hook = await webhook();
    await first.api.setWebhook(hook.url);
    first.emulated.sendText(11, 11, "/start");
    await first.api.sendMessage(11, "Willkommen!");
    await first.emulated.idle();
    await first.emulated.stop();

    const second = await emulator({ stateFile });
    expect(second.emulated.snapshot().chats.find((chat) => chat.chat.id === 11)!.messages.map((message) => message.text)).toEqual(["/start", "Willkommen!"]);
    await second.api.setWebhook(hook.url);
    second.emulated.sendText(11, 11, "/help");
    await second.emulated.idle();
    expect(hook.received[1]!.update.update_id).toBeGreaterThan(hook.received[0]!.update.update_id);
    expect(hook.received[1]!.update.message.message_id).toBe(3);

    // A reset is kept too: the next run starts empty.
    second.emulated.reset();
    await second.emulated.stop();
    const third = await emulator({ stateFile });
    expect(third.emulated.snapshot().chats.map((chat) => chat.chat.id)).toEqual([GROUP]);
  });
});

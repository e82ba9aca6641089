import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { FakeBotApi } from "../../dev/fake-bot-api.ts";
import { callbackQueryUpdate, textMessageUpdate, type LocalUser } from "../../dev/telegram-updates.ts";
import { startServeProcess } from "../helpers/serve-process.ts";

const SECRET = "e2e-webhook-secret-abcdefghijkl";
let api: FakeBotApi;
let serve: Awaited<ReturnType<typeof startServeProcess>>;
let dataDir: string;
let env: Record<string, string>;

async function post(update: Update | string, headers: Record<string, string> = {}) {
  const response = await fetch(serve.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET, ...headers },
    body: typeof update === "string" ? update : JSON.stringify(update),
  });
  return response.status;
}

const sentTo = (user: LocalUser) =>
  api.calls.filter((call) => (call.method === "sendMessage" || call.method === "editMessageText") && call.payload.chat_id === user.id);
const lastTo = (user: LocalUser) => sentTo(user).at(-1)!;
const buttonsOf = (call: { payload: Record<string, unknown> }) =>
  ((call.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat();

beforeAll(async () => {
  api = await new FakeBotApi({ id: 1000001, username: "e2e_engagement_bot" }).start();
  dataDir = mkdtempSync(join(tmpdir(), "engagement-bot-e2e-"));
  env = {
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: api.apiRoot,
    TELEGRAM_BOT_USERNAME: "e2e_engagement_bot",
    LOCAL_DATA_DIR: dataDir,
    PORT: "0",
  };
  serve = await startServeProcess(env);
});

afterAll(async () => {
  await serve?.stop();
  await api?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => api.reset());

describe("npm run serve, end to end over HTTP", () => {
  it("greets a newcomer on /start in German and asks who they are", async () => {
    const user = { id: 7001, first_name: "Anna", language_code: "de" };

    expect(await post(textMessageUpdate(user, "/start"))).toBe(200);

    const greeting = lastTo(user);
    expect(greeting.payload.text).toContain("Willkommen");
    expect(greeting.payload.parse_mode).toBe("HTML");
    expect(buttonsOf(greeting).map((button) => button.text)).toEqual([
      "Ich möchte helfen",
      "Unternehmen / Organisation",
      "Ich bin geflüchtet",
      "Ich schaue mich nur um",
    ]);
  });

  it("opens the matching audience for each deep link from the office's flyers", async () => {
    const user = { id: 7002, first_name: "Ben", language_code: "en" };

    await post(textMessageUpdate(user, "/start volunteer"));
    await post(textMessageUpdate(user, "/start company"));
    await post(textMessageUpdate(user, "/start refugee"));
    await post(textMessageUpdate(user, "/start no-such-link"));

    const texts = sentTo(user).map((call) => String(call.payload.text));
    expect(texts[0]).toContain("Great that you want to get involved");
    expect(texts[1]).toContain("advises organisations and companies");
    expect(texts[2]).toContain("how you can get involved yourself");
    expect(texts[3]).toContain("Who are you?");
  });

  it("switches language with /language, remembers it, and answers /privacy in it", async () => {
    const user = { id: 7003, first_name: "Olena", language_code: "de" };

    await post(textMessageUpdate(user, "/language"));
    const choice = lastTo(user);
    const ukrainian = buttonsOf(choice).find((button) => button.text === "Українська")!;
    const messageId = (choice.result as { message_id: number }).message_id;
    await post(callbackQueryUpdate(user, ukrainian.callback_data, messageId));
    await post(textMessageUpdate(user, "/privacy"));

    expect(lastTo(user).payload.text).toMatch(/Telegram/);
    expect(lastTo(user).payload.text).not.toMatch(/Datenschutz|Privacy/);
    expect(sentTo(user).at(-2)!.method).toBe("editMessageText");
    expect(api.callsTo("answerCallbackQuery")).toHaveLength(1);
  });

  it("tells what it stores on /privacy and shows it on /mydata", async () => {
    const user = { id: 7004, first_name: "Karim", language_code: "en" };

    await post(textMessageUpdate(user, "/privacy"));
    await post(textMessageUpdate(user, "/mydata"));

    expect(sentTo(user)[0]!.payload.text).toContain("/deletemydata");
    expect(sentTo(user)[1]!.payload.text).toBe("Nothing is stored about you.");
  });

  it("keeps a chosen language in LOCAL_DATA_DIR across a restart", async () => {
    const user = { id: 7005, first_name: "Sara", language_code: "de" };
    await post(textMessageUpdate(user, "/language"));
    const messageId = (lastTo(user).result as { message_id: number }).message_id;
    await post(callbackQueryUpdate(user, "lang:en", messageId));

    await serve.stop();
    serve = await startServeProcess(env);
    await post(textMessageUpdate(user, "/help"));

    expect(lastTo(user).payload.text).toContain("How to use me");
  });

  it("refuses requests without the secret, and garbage, over HTTP", async () => {
    const user = { id: 7006, first_name: "Eve", language_code: "de" };
    expect(await post(textMessageUpdate(user, "/start"), { "x-telegram-bot-api-secret-token": "guess" })).toBe(401);
    expect(await post("<html>", {})).toBe(400);
    expect(sentTo(user)).toHaveLength(0);
  });

  it("reads a body the Function URL passes base64-encoded", async () => {
    const user = { id: 7007, first_name: "Omid", language_code: "fa" };

    const status = await post(JSON.stringify(textMessageUpdate(user, "/help")), { "content-type": "application/octet-stream" });

    expect(status).toBe(200);
    expect(lastTo(user).payload.text).toContain("/language");
  });
});

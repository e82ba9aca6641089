import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { FakeBotApi } from "../../dev/fake-bot-api.ts";
import { callbackQueryUpdate, textMessageUpdate } from "../../dev/telegram-updates.ts";
import { startServeProcess } from "../helpers/serve-process.ts";

const SECRET = "e2e-webhook-secret-kill-abcdefgh";
let api: FakeBotApi;
let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  api = await new FakeBotApi({ id: 1000001, username: "e2e_engagement_bot" }).start();
  dataDir = mkdtempSync(join(tmpdir(), "engagement-bot-kill-"));
  env = { TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: api.apiRoot, TELEGRAM_BOT_USERNAME: "e2e_engagement_bot", LOCAL_DATA_DIR: dataDir, PORT: "0" };
});
afterAll(async () => {
  await api?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const post = (url: string, update: Update) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update) }).then(
    (response) => response.status,
    () => 0,
  );

describe("the process killed in the middle of a dialogue step", () => {
  it("takes the same update again after a restart, once its interrupted run has expired, and the person finishes with one enquiry", async () => {
    const user = { id: 7_200_001, first_name: "Kill", language_code: "de" };
    const lastMessageId = () => (api.calls.filter((call) => call.method === "sendMessage" && call.payload.chat_id === user.id && !call.error).at(-1)?.result as { message_id: number }).message_id;
    const texts = () => api.calls.filter((call) => ["sendMessage", "editMessageText"].includes(call.method) && call.payload.chat_id === user.id && !call.error).map((call) => String(call.payload.text));

    let serve = await startServeProcess(env);
    for (const update of [textMessageUpdate(user, "/enquiry"), callbackQueryUpdate(user, "eq:consent:yes", 0), callbackQueryUpdate(user, "eq:type:volunteer", 0)]) {
      if ("callback_query" in update) update.callback_query!.message!.message_id = lastMessageId();
      expect(await post(serve.url, update)).toBe(200);
    }

    // The topic step stalls on a slow Bot API, and the process dies under it.
    const topicStep = callbackQueryUpdate(user, "eq:topic:friend-circles", lastMessageId());
    api.setLatency(5_000);
    const interrupted = post(serve.url, topicStep);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await serve.kill();
    expect(await interrupted).toBe(0);
    api.setLatency(0);

    // Restarted on the same data, it gets the same update from Telegram until it answers 200.
    serve = await startServeProcess(env);
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 40 && statuses.at(-1) !== 200; attempt++) {
        statuses.push(await post(serve.url, topicStep));
        if (statuses.at(-1) !== 200) await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      expect(statuses.at(-1)).toBe(200);
      // Until the interrupted run's record expires, the update is "in progress": 503, not lost.
      expect(statuses.slice(0, -1).every((status) => status === 503)).toBe(true);
      expect(texts().filter((text) => text.startsWith("In welchem Stadtbezirk"))).toHaveLength(1);

      for (const data of ["eq:district:5", "eq:contact:telegram"]) expect(await post(serve.url, callbackQueryUpdate(user, data, lastMessageId()))).toBe(200);
      expect(await post(serve.url, textMessageUpdate(user, "Ich möchte helfen."))).toBe(200);
      expect(await post(serve.url, callbackQueryUpdate(user, "eq:send", lastMessageId()))).toBe(200);
      expect(texts().filter((text) => text.includes("ist angekommen"))).toHaveLength(1);
      expect(await post(serve.url, textMessageUpdate(user, "/my"))).toBe(200);
      // /my lists the person's enquiries as buttons: exactly one.
      const list = api.calls.filter((call) => call.method === "sendMessage" && call.payload.chat_id === user.id).at(-1)!;
      const references = JSON.stringify(list.payload.reply_markup).match(/A-\d{4}-\d{5}/g) ?? [];
      expect(new Set(references).size).toBe(1);
    } finally {
      await serve.stop();
    }
  }, 90_000);
});

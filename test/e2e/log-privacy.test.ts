import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { FakeBotApi } from "../../dev/fake-bot-api.ts";
import { callbackQueryUpdate, textMessageUpdate } from "../../dev/telegram-updates.ts";
import { startServeProcess } from "../helpers/serve-process.ts";

const SECRET = "e2e-webhook-secret-logs-abcdefgh";
const GROUP = -1007777777777;
let api: FakeBotApi;
let serve: Awaited<ReturnType<typeof startServeProcess>>;
let dataDir: string;

beforeAll(async () => {
  api = await new FakeBotApi({ id: 1000001, username: "e2e_engagement_bot" }).start();
  dataDir = mkdtempSync(join(tmpdir(), "engagement-bot-logs-"));
  serve = await startServeProcess({
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: api.apiRoot,
    TELEGRAM_BOT_USERNAME: "e2e_engagement_bot",
    COORDINATOR_CHAT_ID: String(GROUP),
    LOCAL_DATA_DIR: dataDir,
    PORT: "0",
    // Everything the code logs, at its most talkative.
    LOG_LEVEL: "DEBUG",
  });
});

afterAll(async () => {
  await serve?.stop();
  await api?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(update: Update) {
  const response = await fetch(serve.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(update),
  });
  expect(response.status).toBe(200);
}

describe("the logs of npm run serve", () => {
  it("hold no name, username, address or message text of a person who asks and files an enquiry", async () => {
    const user = { id: 7_100_001, first_name: "Zuzanna", last_name: "Wróblewska-Quast", username: "zuzanna_q_1987", language_code: "de" };
    const lastMessageId = () => (api.calls.filter((call) => call.method === "sendMessage" && call.payload.chat_id === user.id).at(-1)?.result as { message_id: number }).message_id;

    await post(textMessageUpdate(user, "/start"));
    await post(textMessageUpdate(user, "Wo finde ich Hilfe beim Ausfüllen vom Formular Quastenflosser?"));
    await post(textMessageUpdate(user, "/enquiry"));
    for (const data of ["eq:consent:yes", "eq:type:volunteer", "eq:topic:friend-circles", "eq:district:skip", "eq:contact:email"]) {
      await post(callbackQueryUpdate(user, data, lastMessageId()));
    }
    await post(textMessageUpdate(user, "zuzanna.quast@example.org"));
    await post(textMessageUpdate(user, "Ich spreche Polnisch und habe donnerstags Zeit, Stichwort Kolibrihaus."));
    await post(callbackQueryUpdate(user, "eq:send", lastMessageId()));
    // The local notifier posts it to the group within a round of its poll.
    for (let waited = 0; api.callsTo("createForumTopic").length === 0 && waited < 5_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    await post(textMessageUpdate(user, "/deletemydata"));
    await post(callbackQueryUpdate(user, "del:yes", lastMessageId()));

    const logs = serve.output();
    expect(api.callsTo("createForumTopic")).toHaveLength(1);
    // The logs do speak of this person's updates and enquiry, by id and reference only.
    for (const logged of ["Update processed", "Enquiry created", "Enquiry posted to the coordinators"]) expect(logs).toContain(logged);
    for (const personal of ["Zuzanna", "Wróblewska", "zuzanna_q_1987", "zuzanna.quast@example.org", "Quastenflosser", "Polnisch", "Kolibrihaus"]) {
      expect(logs, `"${personal}" appears in the logs`).not.toContain(personal);
    }
  }, 30_000);
});

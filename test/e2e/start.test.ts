import { mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FakeBotApi } from "../../dev/fake-bot-api.ts";
import { textMessageUpdate } from "../../dev/telegram-updates.ts";
import { startStartProcess } from "../helpers/start-process.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "engagement-bot-start-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe("npm start", () => {
  it("without a token, chats in the terminal: greets, taps a button, switches language", async () => {
    const start = startStartProcess({ LOCAL_DATA_DIR: tempDir(), LANG: "de_DE.UTF-8" });
    cleanups.push(start.stop);

    await start.waitFor(/Wer sind Sie\?/);
    start.child.stdin!.write("#1\n");
    await start.waitFor(/Schön, dass Sie sich engagieren möchten!/);
    start.child.stdin!.write("/language\n");
    await start.waitFor(/Українська/);
    start.child.stdin!.write("#2\n");
    await start.waitFor(/From now on I will write to you in English/);
    start.child.stdin!.write("/quit\n");
    await new Promise((resolve) => start.child.once("exit", resolve));

    expect(start.child.exitCode).toBe(0);
    expect(start.output()).toContain("#4 [Ich schaue mich nur um]");
  });

  it("without a token, serves the playground page at the address it prints; its API acts only for its own page", async () => {
    const start = startStartProcess({ LOCAL_DATA_DIR: tempDir(), PLAYGROUND_PORT: "0" });
    cleanups.push(start.stop);
    await start.waitFor(/Playground: http:\/\/\S+/);
    const address = /Playground: (http:\/\/\S+)/.exec(start.output())![1]!;

    const page = await fetch(address);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await page.text()).toContain("local playground");
    const state = (await (await fetch(new URL("/api/state", address))).json()) as { personas: { role: string }[]; commands: Record<string, unknown[]> };
    expect(state.personas.map((persona) => persona.role)).toEqual(["volunteer", "company", "refugee"]);
    // The command menus were set through the Bot API, as webhook:set does with Telegram.
    expect(Object.keys(state.commands).sort()).toEqual(["", "ar", "de", "fa", "uk"]);

    // A page elsewhere whose name was rebound to this machine cannot read the chats.
    const rebound = await new Promise<number>((resolve, reject) => {
      const url = new URL("/api/state", address);
      request({ host: url.hostname, port: url.port, path: url.pathname, headers: { host: "attacker.example" } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on("error", reject)
        .end();
    });
    expect(rebound).toBe(403);
    // A form on another site cannot reset the data: only JSON is taken.
    const forged = await fetch(new URL("/api/reset", address), { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" });
    expect(forged.status).toBe(403);
    const malformed = await fetch(new URL("/api/send", address), { method: "POST", headers: { "content-type": "application/json" }, body: '{"userId":"x"}' });
    expect(malformed.status).toBe(400);
    const sent = await fetch(new URL("/api/send", address), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ userId: 5001, chatId: 5001, text: "/start" }) });
    expect(sent.status).toBe(200);
    // Lena's /start went through the webhook: the bot greeted her in her own chat.
    const greetingTo = async (chatId: number) => {
      const now = (await (await fetch(new URL("/api/state", address))).json()) as { chats: { chat: { id: number }; messages: { from: { is_bot: boolean }; text?: string }[] }[] };
      return now.chats.find((chat) => chat.chat.id === chatId)?.messages.find((message) => message.from.is_bot)?.text;
    };
    await expect.poll(() => greetingTo(5001), { timeout: 15_000 }).toContain("Wer sind Sie?");
  });

  it("without a token, serves the playground on a free port when the configured one is taken", async () => {
    const blocker = createServer().listen(0, "127.0.0.1");
    await once(blocker, "listening");
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const taken = (blocker.address() as AddressInfo).port;

    const start = startStartProcess({ LOCAL_DATA_DIR: tempDir(), PLAYGROUND_PORT: String(taken) });
    cleanups.push(start.stop);
    await start.waitFor(/Playground: http:\/\/\S+/);

    expect(start.output()).toContain(`Port ${taken} is taken (PLAYGROUND_PORT); using a free one.`);
    const address = /Playground: (http:\/\/\S+)/.exec(start.output())![1]!;
    expect(new URL(address).port).not.toBe(String(taken));
    expect((await fetch(address)).status).toBe(200);
  });

  it("with a token, fetches updates by long polling and answers them through the webhook handler", async () => {
    const api = await new FakeBotApi({ id: 1000001, username: "polling_engagement_bot" }).start();
    cleanups.push(() => api.stop());
    const user = { id: 9301, first_name: "Poll", language_code: "en" };
    api.enqueueUpdate(textMessageUpdate(user, "/start", 501));
    api.enqueueUpdate(textMessageUpdate(user, "/help", 502));

    const start = startStartProcess({
      LOCAL_DATA_DIR: tempDir(),
      TELEGRAM_BOT_TOKEN: "1000001:placeholder-token-for-the-polling-test",
      TELEGRAM_API_ROOT: api.apiRoot,
    });
    cleanups.push(start.stop);
    await start.waitFor(/@polling_engagement_bot is running by long polling/);
    const deadline = Date.now() + 15_000;
    while (api.callsTo("sendMessage").length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));

    expect(api.callsTo("deleteWebhook")).toHaveLength(1);
    expect(api.callsTo("getMe")).toHaveLength(1);
    const replies = api.callsTo("sendMessage").map((call) => String(call.payload.text));
    expect(replies).toHaveLength(2);
    expect(replies[0]).toContain("Who are you?");
    expect(replies[1]).toContain("How to use me");
  });
});

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeBotApi } from "../../dev/fake-bot-api.ts";

const run = promisify(execFile);
let api: FakeBotApi;

const webhookScript = (action: string, env: Record<string, string>) =>
  run(process.execPath, ["--import", "tsx", "scripts/webhook.ts", action], {
    env: { PATH: process.env.PATH ?? "", NODE_NO_WARNINGS: "1", TELEGRAM_API_ROOT: api.apiRoot, ...env },
  });

beforeAll(async () => {
  api = await new FakeBotApi({ id: 1000001, username: "ops_engagement_bot" }).start();
});
afterAll(() => api.stop());
beforeEach(() => api.reset());

const credentials = {
  TELEGRAM_BOT_TOKEN: "1000001:placeholder-token-for-the-webhook-script",
  TELEGRAM_WEBHOOK_SECRET: "ops-webhook-secret-0123456789",
};

describe("npm run webhook:set", () => {
  it("registers the webhook with the secret token, only the handled update kinds, and a chosen connection limit", async () => {
    await webhookScript("set", { ...credentials, WEBHOOK_URL: "https://abc.lambda-url.eu-central-1.on.aws/" });

    const [setWebhook] = api.callsTo("setWebhook");
    expect(setWebhook?.payload).toEqual({
      url: "https://abc.lambda-url.eu-central-1.on.aws/",
      secret_token: credentials.TELEGRAM_WEBHOOK_SECRET,
      allowed_updates: ["message", "callback_query", "chat_member"],
      max_connections: 10,
    });
  });

  it("sets the command menu in every language, English as the default", async () => {
    await webhookScript("set", { ...credentials, WEBHOOK_URL: "https://abc.lambda-url.eu-central-1.on.aws/" });

    const menus = api.callsTo("setMyCommands").map((call) => call.payload);
    expect(menus.map((menu) => menu.language_code ?? "default")).toEqual(["default", "de", "ar", "fa", "uk"]);
    const german = menus.find((menu) => menu.language_code === "de")!.commands as { command: string; description: string }[];
    expect(german.map((command) => command.command)).toEqual(["start", "enquiry", "my", "help", "language", "privacy", "mydata", "deletemydata"]);
    expect(german.find((command) => command.command === "language")!.description).toBe("Sprache wählen");
    for (const menu of menus) {
      for (const command of menu.commands as { description: string }[]) {
        expect(command.description.length).toBeGreaterThan(0);
        expect(command.description).not.toMatch(/^\{command-/);
      }
    }
  });

  it("introduces the bot in every language before anyone presses Start, within Telegram's lengths", async () => {
    await webhookScript("set", { ...credentials, WEBHOOK_URL: "https://abc.lambda-url.eu-central-1.on.aws/" });

    const long = api.callsTo("setMyDescription").map((call) => call.payload);
    const short = api.callsTo("setMyShortDescription").map((call) => call.payload);
    expect(long.map((entry) => entry.language_code ?? "default")).toEqual(["default", "de", "en", "ar", "fa", "uk"]);
    expect(short.map((entry) => entry.language_code ?? "default")).toEqual(["default", "de", "en", "ar", "fa", "uk"]);
    expect(long.find((entry) => entry.language_code === "de")?.description).toContain("Sozialamts Stuttgart");
    expect(short.find((entry) => entry.language_code === "uk")?.short_description).toContain("Штутгарт");
    // The default is English, for apps in languages the bot does not speak.
    expect(long[0]!.description).toBe(long.find((entry) => entry.language_code === "en")!.description);
    for (const entry of long) expect(String(entry.description).length).toBeLessThanOrEqual(512);
    for (const entry of short) expect(String(entry.short_description).length).toBeLessThanOrEqual(120);
  });

  it("refuses a plain-http webhook address and names what is wrong", async () => {
    await expect(webhookScript("set", { ...credentials, WEBHOOK_URL: "http://example.org/telegram" })).rejects.toMatchObject({
      stderr: expect.stringContaining("WEBHOOK_URL must be https"),
    });
    expect(api.callsTo("setWebhook")).toHaveLength(0);
  });

  it("names the missing webhook URL", async () => {
    await expect(webhookScript("set", credentials)).rejects.toMatchObject({ stderr: expect.stringContaining("WEBHOOK_URL is missing") });
  });
});

describe("npm run webhook:info", () => {
  it("prints what Telegram knows about the webhook", async () => {
    await webhookScript("set", { ...credentials, WEBHOOK_URL: "https://abc.lambda-url.eu-central-1.on.aws/" });

    const { stdout } = await webhookScript("info", { TELEGRAM_BOT_TOKEN: credentials.TELEGRAM_BOT_TOKEN });

    expect(JSON.parse(stdout)).toMatchObject({ url: "https://abc.lambda-url.eu-central-1.on.aws/", max_connections: 10 });
  });
});

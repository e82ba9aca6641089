import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { callbackQueryUpdate, stickerUpdate, textMessageUpdate, type LocalUser } from "../../../dev/telegram-updates.ts";
import { startWebhookHarness, TEST_SECRET, type WebhookHarness } from "../../helpers/webhook-harness.ts";

let harness: WebhookHarness;
let nextUserId = 500;
const newUser = (language_code = "de"): LocalUser => ({ id: nextUserId++, first_name: "Test", language_code });

beforeAll(async () => {
  harness = await startWebhookHarness();
});
afterAll(() => harness.close());
afterEach(() => harness.api.reset());

describe("webhook authentication", () => {
  it("refuses a request without the secret token with 401 and does nothing", async () => {
    const user = newUser();
    const request = harness.request(JSON.stringify(textMessageUpdate(user, "/start")), { headers: {} });

    const response = await harness.send(request);

    expect(response.statusCode).toBe(401);
    expect(harness.api.calls).toHaveLength(0);
  });

  it("refuses a wrong secret token, even one that shares a prefix, with 401", async () => {
    const update = textMessageUpdate(newUser(), "/start");
    for (const secret of ["wrong", `${TEST_SECRET}x`, TEST_SECRET.slice(0, -1), ""]) {
      const response = await harness.send(
        harness.request(JSON.stringify(update), { headers: { "x-telegram-bot-api-secret-token": secret } }),
      );
      expect(response.statusCode).toBe(401);
    }
    expect(harness.api.calls).toHaveLength(0);
  });

  it("accepts the secret header in any letter case", async () => {
    const user = newUser();
    const response = await harness.send(
      harness.request(JSON.stringify(textMessageUpdate(user, "/help")), { headers: { "X-Telegram-Bot-Api-Secret-Token": TEST_SECRET } }),
    );
    expect(response.statusCode).toBe(200);
    expect(harness.textsTo(user.id)).toHaveLength(1);
  });
});

describe("webhook bodies", () => {
  it("answers 400 to a body that is not JSON", async () => {
    for (const body of ["not json", "{", ""]) {
      expect((await harness.send(harness.request(body))).statusCode).toBe(400);
    }
  });

  it("answers 400 to JSON that is not a Telegram update", async () => {
    for (const body of ["[]", "42", '{"message":{}}', '{"update_id":"7"}', '{"update_id":-1}']) {
      expect((await harness.send(harness.request(body))).statusCode).toBe(400);
    }
  });

  it("answers 400, not 500, to update_id 0, which Telegram never sends and idempotency cannot key", async () => {
    const user = newUser();
    for (const update of [textMessageUpdate(user, "/start", 0), callbackQueryUpdate(user, "home", 1, 0), { update_id: 0, edited_message: {} }]) {
      expect((await harness.deliver(update as never)).statusCode).toBe(400);
    }
    expect(harness.api.calls).toHaveLength(0);
    // The same message under a real id is answered as usual.
    expect((await harness.deliver(textMessageUpdate(user, "/start"))).statusCode).toBe(200);
    expect(harness.textsTo(user.id)).toHaveLength(1);
  });

  it("answers 413 to a body far larger than any update", async () => {
    const response = await harness.send(harness.request(JSON.stringify({ update_id: 1, padding: "x".repeat(1_100_000) })));
    expect(response.statusCode).toBe(413);
  });

  it("decodes a base64-encoded body as a Function URL delivers it", async () => {
    const user = newUser();
    const body = Buffer.from(JSON.stringify(textMessageUpdate(user, "/help"))).toString("base64");

    const response = await harness.send(harness.request(body, { isBase64Encoded: true }));

    expect(response.statusCode).toBe(200);
    expect(harness.textsTo(user.id)[0]).toContain("/language");
  });

  it("acknowledges an update kind the bot does not handle and sends nothing", async () => {
    const response = await harness.send(
      harness.request(JSON.stringify({ update_id: 9_000_001, edited_message: { message_id: 1, date: 1, chat: { id: 1, type: "private" } } })),
    );
    expect(response.statusCode).toBe(200);
    expect(harness.api.calls).toHaveLength(0);
  });

  it("acknowledges a malformed message (so Telegram does not redeliver it all day) without acting on it", async () => {
    const update = textMessageUpdate(newUser(), "/start") as unknown as { message: { chat: unknown } };
    update.message.chat = { id: "not a number" };
    const response = await harness.send(harness.request(JSON.stringify(update)));
    expect(response.statusCode).toBe(200);
    expect(harness.api.calls).toHaveLength(0);
  });

  it("refuses callback data longer than Telegram allows", async () => {
    const user = newUser();
    const response = await harness.deliver(callbackQueryUpdate(user, `lang:${"x".repeat(70)}`, 1));
    expect(response.statusCode).toBe(200);
    expect(harness.api.calls).toHaveLength(0);
  });

  it("answers a sticker politely with what the bot can do", async () => {
    const user = newUser("en");
    const response = await harness.deliver(stickerUpdate(user));
    expect(response.statusCode).toBe(200);
    expect(harness.textsTo(user.id)).toEqual([expect.stringContaining("Please write text or use the buttons")]);
  });
});

describe("redelivered updates", () => {
  it("takes effect once when Telegram delivers the same update twice", async () => {
    const user = newUser();
    const update = textMessageUpdate(user, "/start");

    const first = await harness.deliver(update);
    const second = await harness.deliver(update);

    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(harness.textsTo(user.id)).toHaveLength(1);
  });

  it("takes effect once when two deliveries of one update run at the same time", async () => {
    const user = newUser();
    const update = textMessageUpdate(user, "/start");
    harness.api.setLatency(150);

    const responses = await Promise.all([harness.deliver(update), harness.deliver(update), harness.deliver(update)]);
    harness.api.setLatency(0);
    const later = await harness.deliver(update);

    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
    // A delivery that overlaps the running one is told to come back (Telegram retries non-2xx).
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    expect(later.statusCode).toBe(200);
    expect(harness.textsTo(user.id)).toHaveLength(1);
  });
});

describe("failures", () => {
  it("answers 5xx while DynamoDB is unreachable, and handles the redelivered update once it is back", async () => {
    const user = newUser();
    const update = textMessageUpdate(user, "/start");

    await harness.network.cut();
    const duringOutage = await harness.deliver(update);
    await harness.network.open();
    const redelivered = await harness.deliver(update);

    expect(duringOutage.statusCode).toBeGreaterThanOrEqual(500);
    expect(redelivered.statusCode).toBe(200);
    expect(harness.textsTo(user.id)).toHaveLength(1);
  });

  it("answers 5xx when DynamoDB throttles, so that Telegram delivers the update again", async () => {
    const user = newUser();
    const throttle = (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
      if (context.commandName === "QueryCommand") {
        throw Object.assign(new Error("Rate of requests exceeds the allowed throughput."), {
          name: "ProvisionedThroughputExceededException",
          $fault: "client",
        });
      }
      return next(args);
    };
    harness.dynamoDbClient.middlewareStack.add(throttle as never, { step: "initialize", name: "testThrottle" });
    try {
      const response = await harness.deliver(textMessageUpdate(user, "/start"));
      expect(response.statusCode).toBe(500);
      expect(harness.textsTo(user.id)).toHaveLength(0);
    } finally {
      harness.dynamoDbClient.middlewareStack.remove("testThrottle");
    }
  });

  it("answers 200 and apologises in the person's language when a bug breaks the update", async () => {
    const user = newUser("uk");
    const bug = (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
      if (context.commandName === "QueryCommand") throw new TypeError("Cannot read properties of undefined (reading 'language')");
      return next(args);
    };
    harness.dynamoDbClient.middlewareStack.add(bug as never, { step: "initialize", name: "testBug" });
    const update = textMessageUpdate(user, "/start");
    try {
      const response = await harness.deliver(update);
      expect(response.statusCode).toBe(200);
    } finally {
      harness.dynamoDbClient.middlewareStack.remove("testBug");
    }
    const redelivered = await harness.deliver(update);

    expect(redelivered.statusCode).toBe(200);
    // Only the apology, once: the failed update is recorded as done and not run again.
    const texts = harness.textsTo(user.id);
    expect(texts).toHaveLength(1);
    expect(texts[0]).not.toMatch(/Entschuldigung|Sorry/);
    expect(texts[0]).toMatch(/[а-яіїєґ]/i);
  });

  it("answers 200 and apologises when Telegram refuses a message for good", async () => {
    const user = newUser("en");
    harness.api.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities" });

    const response = await harness.deliver(textMessageUpdate(user, "/help"));

    expect(response.statusCode).toBe(200);
    expect(harness.textsTo(user.id)).toEqual([expect.stringContaining("Sorry, something went wrong")]);
  });

  it("retries a 429 from Telegram within the same request after the advised wait", async () => {
    const user = newUser();
    harness.api.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });

    const response = await harness.deliver(textMessageUpdate(user, "/help"));

    expect(response.statusCode).toBe(200);
    expect(harness.textsTo(user.id)).toHaveLength(1);
    expect(harness.api.callsTo("sendMessage")).toHaveLength(2);
  });

  it("answers 5xx when Telegram keeps failing, so that the update is delivered again", async () => {
    const user = newUser();
    harness.api.failNext("sendMessage", { error_code: 502, description: "Bad Gateway" });

    const response = await harness.deliver(textMessageUpdate(user, "/help"));
    const redelivered = await harness.deliver(textMessageUpdate(user, "/help", Number.MAX_SAFE_INTEGER - 7));

    expect(response.statusCode).toBe(500);
    expect(redelivered.statusCode).toBe(200);
  });
});

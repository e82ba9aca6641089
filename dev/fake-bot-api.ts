import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readBotApiPayload as readJson } from "./bot-api-request.ts";
import { BotApiError, checkStatelessRules } from "./playground/bot-api-rules.ts";

/** One Bot API call as the bot made it. */
export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the fake answered: the result, or the error when the call failed. */
  result?: unknown;
  error?: ApiFailure;
}

export interface ApiFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

type Result = unknown;

const IMPLEMENTED = new Set([
  "getMe",
  "sendMessage",
  "editMessageText",
  "editMessageReplyMarkup",
  "sendDocument",
  "createForumTopic",
  "editForumTopic",
  "closeForumTopic",
  "reopenForumTopic",
  "deleteForumTopic",
  "deleteMessage",
  "setMessageReaction",
  "getChatMember",
  "copyMessage",
  "sendPhoto",
  "answerCallbackQuery",
  "setMyCommands",
  "setMyDescription",
  "setMyShortDescription",
  "deleteWebhook",
  "setWebhook",
  "getWebhookInfo",
  "getUpdates",
]);

/**
 * A local stand-in for https://api.telegram.org in tests: records every call, answers the methods
 * the bot uses with plausible results, refuses what Telegram refuses whatever the state (the
 * playground emulator's rules), and can be told to fail. Methods it does not know fail loudly with
 * Telegram's error format instead of pretending to work.
 */
export class FakeBotApi {
  readonly calls: RecordedCall[] = [];
  private readonly failures = new Map<string, ApiFailure[]>();
  /** Faults for the next calls whatever their method; "drop" closes the connection unanswered. */
  private readonly nextCallFaults: (ApiFailure | "drop")[] = [];
  private readonly listeners = new Set<(call: RecordedCall) => void>();
  private server?: Server;
  private latencyMs = 0;
  private readonly memberStatuses = new Map<string, string>();
  private readonly pendingUpdates: { update_id: number }[] = [];
  private nextMessageId = 1;
  private webhook: { url: string; allowed_updates?: unknown; max_connections?: unknown } = { url: "" };

  constructor(private readonly botInfo: { id: number; username: string }) {}

  /** The value for `TELEGRAM_API_ROOT`. */
  apiRoot = "";

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(({ status, body, drop }) => {
        // As when the network fails before Telegram answers: the caller cannot know what happened.
        if (drop) return request.socket.destroy();
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.apiRoot = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Makes the next `times` calls of `method` fail with `failure`. */
  failNext(method: string, failure: ApiFailure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(failure);
    this.failures.set(method, queue);
  }

  /** Makes the next call, whatever its method, fail with `failure`, or go unanswered ("drop"). */
  failNextCall(failure: ApiFailure | "drop"): void {
    this.nextCallFaults.push(failure);
  }

  /** What getChatMember answers for this person in this chat (default: an ordinary member). */
  setMemberStatus(chatId: number, userId: number, status: "creator" | "administrator" | "member" | "left"): void {
    this.memberStatuses.set(`${chatId}:${userId}`, status);
  }

  /** Queues an update for a bot that fetches them with getUpdates (long polling). */
  enqueueUpdate(update: { update_id: number }): void {
    this.pendingUpdates.push(update);
  }

  /** Makes every answer wait, as a slow Telegram would. */
  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  onCall(listener: (call: RecordedCall) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body: unknown; drop?: boolean }> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(request.url ?? "");
    if (!match) return { status: 404, body: { ok: false, error_code: 404, description: "Not Found" } };
    const method = match[2]!;
    const payload = await readJson(request);
    if (payload === undefined) {
      return { status: 400, body: { ok: false, error_code: 400, description: "Bad Request: this fake reads JSON bodies only" } };
    }
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const fault = this.nextCallFaults.shift();
    if (fault === "drop") {
      // Recorded as failed: the request reached nobody who acted on it.
      this.calls.push({ method, payload, error: { error_code: 0, description: "connection dropped" } });
      return { status: 0, body: {}, drop: true };
    }
    const failure =
      fault ??
      this.failures.get(method)?.shift() ??
      (this.isImplemented(method)
        ? this.refusal(method, payload)
        : { error_code: 404, description: `Not Found: method ${method} is not implemented by the fake Bot API` });
    // Long polling: answer at once when updates wait, else hold the request a little, as Telegram does.
    if (method === "getUpdates" && !failure) await this.waitForUpdates(Math.min(Number(payload.timeout ?? 0), 1) * 1000);
    const call: RecordedCall = failure ? { method, payload, error: failure } : { method, payload, result: this.resultOf(method, payload) };
    this.calls.push(call);
    for (const listener of this.listeners) listener(call);
    if (failure) return { status: failure.error_code, body: { ok: false, ...failure } };
    return { status: 200, body: { ok: true, result: call.result } };
  }

  private async waitForUpdates(maxMs: number): Promise<void> {
    const until = Date.now() + maxMs;
    while (this.pendingUpdates.length === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  /** Telegram's answer to a call it refuses whatever the state: bad markup, too long, empty. */
  private refusal(method: string, payload: Record<string, unknown>): ApiFailure | undefined {
    try {
      checkStatelessRules(method, payload);
      return undefined;
    } catch (error) {
      if (error instanceof BotApiError) return { error_code: error.code, description: error.telegramDescription };
      throw error;
    }
  }

  private isImplemented(method: string): boolean {
    return IMPLEMENTED.has(method);
  }

  private resultOf(method: string, payload: Record<string, unknown>): Result {
    const now = Math.floor(Date.now() / 1000);
    const message = (messageId: number) => ({
      message_id: messageId,
      date: now,
      chat: { id: Number(payload.chat_id), type: Number(payload.chat_id) > 0 ? "private" : "supergroup" },
      from: { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.username, username: this.botInfo.username },
      ...(typeof payload.text === "string" ? { text: payload.text } : {}),
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
    });
    switch (method) {
      case "getMe":
        return { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.username, username: this.botInfo.username };
      case "sendMessage":
      case "sendDocument":
      case "sendPhoto":
        return message(this.nextMessageId++);
      case "editMessageText":
      case "editMessageReplyMarkup":
        return { ...message(Number(payload.message_id)), edit_date: now };
      case "answerCallbackQuery":
      case "setMyCommands":
      case "setMyDescription":
      case "setMyShortDescription":
      case "deleteWebhook":
        return true;
      case "getChatMember": {
        const userId = Number(payload.user_id);
        return { status: this.memberStatuses.get(`${Number(payload.chat_id)}:${userId}`) ?? "member", user: { id: userId, is_bot: false, first_name: "Member" } };
      }
      case "copyMessage":
        return { message_id: this.nextMessageId++ };
      case "editForumTopic":
      case "closeForumTopic":
      case "reopenForumTopic":
      case "deleteForumTopic":
      case "deleteMessage":
      case "setMessageReaction":
        return true;
      case "createForumTopic":
        return { message_thread_id: this.nextMessageId++, name: String(payload.name), icon_color: 7322096 };
      case "setWebhook":
        this.webhook = { url: String(payload.url), allowed_updates: payload.allowed_updates, max_connections: payload.max_connections };
        return true;
      case "getWebhookInfo":
        return { url: this.webhook.url, has_custom_certificate: false, pending_update_count: 0, max_connections: this.webhook.max_connections, allowed_updates: this.webhook.allowed_updates };
      case "getUpdates": {
        // Telegram forgets every update below the offset: that is how a bot confirms them.
        const offset = Number(payload.offset ?? 0);
        while (this.pendingUpdates.length > 0 && this.pendingUpdates[0]!.update_id < offset) this.pendingUpdates.shift();
        return [...this.pendingUpdates];
      }
      default:
        throw new Error(`unreachable: ${method}`);
    }
  }
}

import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { readBotApiPayload, type UploadedFile } from "../bot-api-request.ts";
import { BotApiError, validateInlineKeyboard, validateText, type InlineKeyboardMarkup } from "./bot-api-rules.ts";
import { commandEntities, type MessageEntity } from "./telegram-html.ts";

export interface EmulatedUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  username?: string;
  language_code?: string;
}

export type MemberStatus = "creator" | "administrator" | "member" | "left" | "kicked";

export interface EmulatedChat {
  id: number;
  type: "private" | "supergroup";
  title?: string;
  first_name?: string;
  is_forum?: boolean;
}

export interface ForumTopic {
  message_thread_id: number;
  name: string;
  icon_color: number;
  closed: boolean;
}

/** A message as the Bot API describes it (the fields the bot and the page use). */
export interface EmulatedMessage {
  message_id: number;
  date: number;
  chat: EmulatedChat;
  from: EmulatedUser;
  text?: string;
  entities?: MessageEntity[];
  caption?: string;
  caption_entities?: MessageEntity[];
  document?: { file_id: string; file_unique_id: string; file_name: string; file_size: number; mime_type?: string };
  photo?: { file_id: string; file_unique_id: string; width: number; height: number; file_size: number }[];
  reply_markup?: InlineKeyboardMarkup;
  /** The bot's reaction (Telegram shows one per member; the bot is the only one here that reacts). */
  reactions?: string[];
  message_thread_id?: number;
  is_topic_message?: boolean;
  reply_to_message?: EmulatedMessage;
  edit_date?: number;
  forum_topic_created?: { name: string; icon_color: number };
}

/** What changed, for whoever shows the chats (the playground page). */
export type EmulatorEvent =
  | { kind: "message"; chatId: number; message: EmulatedMessage }
  | { kind: "message-deleted"; chatId: number; messageId: number }
  | { kind: "topic"; chatId: number; topic: ForumTopic }
  | { kind: "topic-deleted"; chatId: number; threadId: number }
  | { kind: "callback-answer"; chatId: number; userId: number; messageId: number; text?: string; showAlert: boolean }
  | { kind: "delivery-failed"; chatId: number; updateId: number; description: string }
  /** The bot called something Telegram would refuse: in production this would be a bug. */
  | { kind: "refused"; method: string; description: string }
  /** Every Bot API call the bot made, for a developer's log: method, chat, outcome. */
  | { kind: "call"; method: string; chatId?: number | string; ok: boolean; description?: string; at: number }
  | { kind: "reset" };

interface ChatState {
  chat: EmulatedChat;
  members: Map<number, MemberStatus>;
  messages: Map<number, EmulatedMessage>;
  topics: Map<number, ForumTopic>;
  nextMessageId: number;
}

export interface StoredFile {
  file_name: string;
  mime_type?: string;
  base64: string;
}

/** Telegram's limit for files a bot downloads; the playground takes no more from a person. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

interface Webhook {
  url: string;
  secret_token?: string;
  allowed_updates?: string[];
  max_connections?: number;
}

export interface BotApiEmulatorOptions {
  bot: { id: number; username: string; first_name: string };
  /** Where chats, topics and files are kept between runs; unset: in memory only. */
  stateFile?: string;
}

/** Telegram's default topic colour (blue). */
const DEFAULT_TOPIC_COLOR = 7322096;
const CALLBACK_ANSWER_TIMEOUT_MS = 15_000;
const DELIVERY_ATTEMPTS = 5;
/** Lambda gives the webhook 20 s; Telegram waits a little longer before it gives up on an answer. */
const WEBHOOK_TIMEOUT_MS = 30_000;

/**
 * A local Telegram: an HTTP server that answers the Bot API methods the bot uses, keeps chats,
 * messages, edits, inline keyboards, forum topics and files in memory, refuses what Telegram
 * refuses (with Telegram's error format), and delivers what people do to the bot's webhook with
 * the secret token, as Telegram does. People act through `sendText` and `tapButton`.
 */
export class BotApiEmulator {
  apiRoot = "";
  readonly bot: EmulatedUser;
  private readonly users = new Map<number, EmulatedUser>();
  private readonly chats = new Map<number, ChatState>();
  private readonly files = new Map<string, StoredFile>();
  private readonly pendingCallbacks = new Map<string, { chatId: number; userId: number; messageId: number; expires: number }>();
  private readonly commands = new Map<string, { command: string; description: string }[]>();
  /** `long:<language>` and `short:<language>` (empty language: the default) → the bot's descriptions. */
  readonly descriptions = new Map<string, string>();
  private readonly listeners = new Set<(event: EmulatorEvent) => void>();
  private readonly deliveries = new Map<number, Promise<void>>();
  private readonly pendingUpdates: Record<string, unknown>[] = [];
  private webhook: Webhook = { url: "" };
  private nextUpdateId = Math.floor(Date.now() / 1000);
  private nextFileId = 1;
  /** Raised by a reset: deliveries of updates from before it are dropped, not retried into the new state. */
  private generation = 0;
  private server?: Server;
  private saveTimer?: NodeJS.Timeout;

  constructor(private readonly options: BotApiEmulatorOptions) {
    this.bot = { id: options.bot.id, is_bot: true, first_name: options.bot.first_name, username: options.bot.username };
    this.load();
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((request, response) => {
      const refused = refusalOf(request);
      void (refused ? Promise.resolve(refused) : this.handle(request.url ?? "", () => readPayload(request)))
        .catch((error: unknown) => failure(500, `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`))
        .then(({ status, body }) => {
          response.writeHead(status, { "content-type": "application/json" });
          response.end(JSON.stringify(body));
        });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.apiRoot = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.saveNow();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  // ── The world: people and chats ────────────────────────────────────────────

  /** A person with a Telegram account; their private chat with the bot exists once they write. */
  addUser(user: Omit<EmulatedUser, "is_bot">): void {
    const existing = this.users.get(user.id);
    this.users.set(user.id, { ...existing, ...user, is_bot: false });
    this.scheduleSave();
  }

  user(userId: number): EmulatedUser | undefined {
    return this.users.get(userId);
  }

  /** A forum supergroup with the bot as administrator and the given members. */
  addForumGroup(chat: { id: number; title: string }, members: Record<number, MemberStatus>): void {
    const state = this.chats.get(chat.id) ?? this.newChat({ id: chat.id, type: "supergroup", title: chat.title, is_forum: true });
    state.members.set(this.bot.id, "administrator");
    for (const [userId, status] of Object.entries(members)) state.members.set(Number(userId), status);
  }

  onEvent(listener: (event: EmulatorEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Everything a page needs to draw the chats it shows. */
  snapshot() {
    return {
      bot: this.bot,
      chats: [...this.chats.values()].map((state) => ({
        chat: state.chat,
        members: Object.fromEntries(state.members),
        topics: [...state.topics.values()],
        messages: [...state.messages.values()],
      })),
      commands: Object.fromEntries(this.commands),
    };
  }

  file(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  /** Forgets every chat, message, topic and file; people and groups stay, empty. */
  reset(): void {
    for (const state of this.chats.values()) {
      state.messages.clear();
      state.topics.clear();
      state.nextMessageId = 1;
    }
    for (const [id, state] of this.chats) if (state.chat.type === "private") this.chats.delete(id);
    this.files.clear();
    this.pendingCallbacks.clear();
    this.pendingUpdates.length = 0;
    this.generation++;
    this.scheduleSave();
    this.emit({ kind: "reset" });
  }

  // ── What people do ─────────────────────────────────────────────────────────

  /** A person writes in a chat (their private chat with the bot, or a group, optionally in a topic). */
  sendText(userId: number, chatId: number, text: string, options: { threadId?: number; replyTo?: number } = {}): EmulatedMessage {
    const user = this.requireUser(userId);
    const state = this.chatOf(user, chatId);
    const value = text.trim();
    if (value === "") throw new BotApiError(400, "message text is empty");
    if (value.length > 4096) throw new BotApiError(400, "message is too long");
    const topic = options.threadId === undefined ? undefined : state.topics.get(options.threadId);
    if (options.threadId !== undefined && !topic) throw new BotApiError(400, "message thread not found");
    if (topic?.closed && !isAdmin(state.members.get(userId))) throw new BotApiError(400, "TOPIC_CLOSED");
    const replyTo = options.replyTo ?? topic?.message_thread_id;
    const entities = commandEntities(value);
    const message = this.store(state, {
      from: user,
      text: value,
      ...(entities.length > 0 ? { entities } : {}),
      ...(topic ? { message_thread_id: topic.message_thread_id, is_topic_message: true } : {}),
      ...(replyTo !== undefined && state.messages.has(replyTo) ? { reply_to_message: withoutReply(state.messages.get(replyTo)!) } : {}),
    });
    this.deliver(state.chat.id, { message });
    return message;
  }

  /** A person sends a photo (an image file) or a document, with an optional caption. */
  sendFile(
    userId: number,
    chatId: number,
    file: { name: string; mimeType?: string; content: Buffer },
    options: { caption?: string; threadId?: number } = {},
  ): EmulatedMessage {
    const user = this.requireUser(userId);
    const state = this.chatOf(user, chatId);
    if (file.content.length === 0) throw new BotApiError(400, "file must be non-empty");
    if (file.content.length > MAX_FILE_BYTES) throw new BotApiError(400, "file is too big");
    const caption = options.caption?.trim();
    if (caption && caption.length > 1024) throw new BotApiError(400, "message caption is too long");
    const topic = options.threadId === undefined ? undefined : state.topics.get(options.threadId);
    if (options.threadId !== undefined && !topic) throw new BotApiError(400, "message thread not found");
    if (topic?.closed && !isAdmin(state.members.get(userId))) throw new BotApiError(400, "TOPIC_CLOSED");
    const id = `file-${this.nextFileId++}`;
    this.files.set(id, { file_name: file.name, ...(file.mimeType ? { mime_type: file.mimeType } : {}), base64: file.content.toString("base64") });
    const size = file.content.length;
    const attachment = file.mimeType?.startsWith("image/")
      ? { photo: [{ file_id: id, file_unique_id: id, width: 800, height: 600, file_size: size }] }
      : { document: { file_id: id, file_unique_id: id, file_name: file.name, file_size: size, ...(file.mimeType ? { mime_type: file.mimeType } : {}) } };
    const message = this.store(state, {
      from: user,
      ...attachment,
      ...(caption ? { caption } : {}),
      ...(topic ? { message_thread_id: topic.message_thread_id, is_topic_message: true, reply_to_message: withoutReply(state.messages.get(topic.message_thread_id)!) } : {}),
    });
    this.deliver(state.chat.id, { message });
    return message;
  }

  /** A person taps an inline button; the answer (answerCallbackQuery) arrives as an event. */
  tapButton(userId: number, chatId: number, messageId: number, data: string): string {
    const user = this.requireUser(userId);
    const state = this.chatOf(user, chatId);
    const message = state.messages.get(messageId);
    if (!message) throw new BotApiError(400, "message not found");
    const offered = message.reply_markup?.inline_keyboard.flat().some((button) => button.callback_data === data);
    if (!offered) throw new BotApiError(400, "the message has no such button");
    for (const [expired, pending] of this.pendingCallbacks) if (pending.expires < Date.now()) this.pendingCallbacks.delete(expired);
    const id = `${this.nextUpdateId}${Math.floor(Math.random() * 1e6)}`;
    this.pendingCallbacks.set(id, { chatId, userId, messageId, expires: Date.now() + CALLBACK_ANSWER_TIMEOUT_MS });
    this.deliver(chatId, {
      callback_query: { id, from: user, message, chat_instance: String(chatId), data },
    });
    return id;
  }

  /** Resolves once every update handed to the webhook so far has been answered. */
  async idle(): Promise<void> {
    while (true) {
      const pending = [...this.deliveries.values()];
      await Promise.all(pending);
      if ([...this.deliveries.values()].every((delivery, index) => delivery === pending[index]) && this.deliveries.size === pending.length) return;
    }
  }

  // ── The Bot API ────────────────────────────────────────────────────────────

  /** One Bot API request: `/bot<token>/<method>` with its parameters. */
  async handle(url: string, readPayload: () => Promise<Record<string, unknown> | undefined>): Promise<{ status: number; body: unknown }> {
    const match = /^\/bot(\d+):[^/]+\/([A-Za-z]+)$/.exec(url);
    if (!match) return failure(404, "Not Found");
    if (Number(match[1]) !== this.bot.id) return failure(401, "Unauthorized");
    const payload = await readPayload();
    if (payload === undefined) return failure(400, "Bad Request: request body is not JSON");
    const method = match[2]!;
    const implementation = this.methods[method];
    if (!implementation) {
      const description = `Not Found: method "${method}" is not implemented by the local Bot API emulator`;
      this.emit({ kind: "refused", method, description });
      return failure(404, description);
    }
    const chatId = typeof payload.chat_id === "number" || typeof payload.chat_id === "string" ? payload.chat_id : undefined;
    const logged = (ok: boolean, description?: string) =>
      this.emit({ kind: "call", method, ...(chatId !== undefined ? { chatId } : {}), ok, ...(description ? { description } : {}), at: Date.now() });
    try {
      const result = implementation(payload);
      this.scheduleSave();
      logged(true);
      return { status: 200, body: { ok: true, result } };
    } catch (error) {
      if (error instanceof BotApiError) {
        logged(false, error.telegramDescription);
        this.emit({ kind: "refused", method, description: error.telegramDescription });
        return failure(error.code, error.telegramDescription);
      }
      logged(false, "Internal Server Error");
      return failure(500, `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private readonly methods: Record<string, (payload: Record<string, unknown>) => unknown> = {
    getMe: () => ({ ...this.bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false }),
    setWebhook: (payload) => {
      const url = requiredString(payload, "url");
      if (url !== "" && !/^https?:\/\//.test(url)) throw new BotApiError(400, "bad webhook: Failed to resolve host");
      const secret = optionalString(payload, "secret_token");
      if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) throw new BotApiError(400, "secret token contains unallowed characters");
      this.webhook = {
        url,
        ...(secret ? { secret_token: secret } : {}),
        ...(Array.isArray(payload.allowed_updates) ? { allowed_updates: payload.allowed_updates.map(String) } : {}),
        ...(typeof payload.max_connections === "number" ? { max_connections: payload.max_connections } : {}),
      };
      return true;
    },
    deleteWebhook: () => {
      this.webhook = { url: "" };
      return true;
    },
    getWebhookInfo: () => ({
      url: this.webhook.url,
      has_custom_certificate: false,
      pending_update_count: this.deliveries.size,
      ...(this.webhook.max_connections ? { max_connections: this.webhook.max_connections } : {}),
      ...(this.webhook.allowed_updates ? { allowed_updates: this.webhook.allowed_updates } : {}),
    }),
    getUpdates: (payload) => {
      if (this.webhook.url) throw new BotApiError(409, "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
      const offset = typeof payload.offset === "number" ? payload.offset : 0;
      while (this.pendingUpdates.length > 0 && Number(this.pendingUpdates[0]!.update_id) < offset) this.pendingUpdates.shift();
      return [...this.pendingUpdates];
    },
    setMyCommands: (payload) => {
      const commands = payload.commands;
      if (!Array.isArray(commands) || commands.length > 100) throw new BotApiError(400, "commands must be a list of at most 100 commands");
      for (const command of commands as { command?: unknown; description?: unknown }[]) {
        if (typeof command.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(command.command)) throw new BotApiError(400, "BOT_COMMAND_INVALID");
        if (typeof command.description !== "string" || command.description.length < 1 || command.description.length > 256) throw new BotApiError(400, "BOT_COMMAND_DESCRIPTION_INVALID");
      }
      this.commands.set(optionalString(payload, "language_code") ?? "", commands as { command: string; description: string }[]);
      return true;
    },
    setMyDescription: (payload) => {
      const description = optionalString(payload, "description") ?? "";
      if (description.length > 512) throw new BotApiError(400, "BOT_DESCRIPTION_INVALID");
      this.descriptions.set(`long:${optionalString(payload, "language_code") ?? ""}`, description);
      return true;
    },
    setMyShortDescription: (payload) => {
      const description = optionalString(payload, "short_description") ?? "";
      if (description.length > 120) throw new BotApiError(400, "BOT_SHORT_DESCRIPTION_INVALID");
      this.descriptions.set(`short:${optionalString(payload, "language_code") ?? ""}`, description);
      return true;
    },
    getChat: (payload) => {
      const state = this.requireChat(payload);
      return { ...state.chat, ...(state.chat.is_forum ? { is_forum: true } : {}) };
    },
    getChatMember: (payload) => {
      const state = this.requireChat(payload);
      const userId = requiredInteger(payload, "user_id");
      const user = userId === this.bot.id ? this.bot : this.users.get(userId);
      if (!user) throw new BotApiError(400, "PARTICIPANT_ID_INVALID");
      const status = state.chat.type === "private" ? "member" : (state.members.get(userId) ?? "left");
      return { status, user };
    },
    sendMessage: (payload) => {
      const state = this.requireChat(payload, { writing: true });
      const { text, entities } = validateText(requiredString(payload, "text", "message text is empty"), payload.parse_mode, "message");
      return this.store(state, {
        from: this.bot,
        text,
        ...(entities.length > 0 ? { entities } : {}),
        ...this.placement(state, payload),
        ...this.markup(payload),
      });
    },
    sendDocument: (payload) => this.storeBotFile(payload, "document"),
    sendPhoto: (payload) => this.storeBotFile(payload, "photo"),
    copyMessage: (payload) => {
      const state = this.requireChat(payload, { writing: true });
      const from = this.chats.get(requiredInteger(payload, "from_chat_id"));
      const original = from?.messages.get(requiredInteger(payload, "message_id"));
      if (!original || original.forum_topic_created) throw new BotApiError(400, "message to copy not found");
      const copy = this.store(state, {
        from: this.bot,
        ...pick(original, ["text", "entities", "caption", "caption_entities", "document", "photo"]),
        ...this.placement(state, payload),
        ...this.markup(payload),
      });
      return { message_id: copy.message_id };
    },
    editMessageText: (payload) => {
      const { state, message } = this.botMessage(payload, "message to edit not found");
      if (message.text === undefined) throw new BotApiError(400, "there is no text in the message to edit");
      const { text, entities } = validateText(requiredString(payload, "text", "message text is empty"), payload.parse_mode, "message");
      const markup = this.markup(payload).reply_markup;
      if (text === message.text && sameJson(entities, message.entities ?? []) && sameJson(markup, message.reply_markup)) {
        throw new BotApiError(400, "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
      }
      return this.edit(state, message, { text, entities: entities.length > 0 ? entities : undefined, reply_markup: markup });
    },
    editMessageReplyMarkup: (payload) => {
      const { state, message } = this.botMessage(payload, "message to edit not found");
      const markup = this.markup(payload).reply_markup;
      if (sameJson(markup, message.reply_markup)) {
        throw new BotApiError(400, "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
      }
      return this.edit(state, message, { reply_markup: markup });
    },
    deleteMessage: (payload) => {
      const state = this.requireChat(payload);
      const messageId = requiredInteger(payload, "message_id");
      const message = state.messages.get(messageId);
      if (!message) throw new BotApiError(400, "message to delete not found");
      const mayDelete = message.from.id === this.bot.id || state.chat.type === "private" || isAdmin(state.members.get(this.bot.id));
      if (!mayDelete || message.forum_topic_created) throw new BotApiError(400, "message can't be deleted");
      state.messages.delete(messageId);
      this.emit({ kind: "message-deleted", chatId: state.chat.id, messageId });
      return true;
    },
    setMessageReaction: (payload) => {
      const state = this.requireChat(payload);
      const message = state.messages.get(requiredInteger(payload, "message_id"));
      if (!message) throw new BotApiError(400, "message to react not found");
      const reaction = Array.isArray(payload.reaction) ? (payload.reaction as { type?: unknown; emoji?: unknown }[]) : [];
      const emoji = reaction.map((entry) => (entry.type === "emoji" && typeof entry.emoji === "string" ? entry.emoji : undefined));
      if (emoji.some((entry) => entry === undefined)) throw new BotApiError(400, "REACTION_INVALID");
      // A reaction is not an edit: the message keeps its time.
      const reacted: EmulatedMessage = { ...message, reactions: emoji as string[] };
      state.messages.set(message.message_id, reacted);
      this.emit({ kind: "message", chatId: state.chat.id, message: reacted });
      return true;
    },
    answerCallbackQuery: (payload) => {
      const id = requiredString(payload, "callback_query_id");
      const pending = this.pendingCallbacks.get(id);
      if (!pending || pending.expires < Date.now()) throw new BotApiError(400, "query is too old and response timeout expired or query ID is invalid");
      const text = optionalString(payload, "text");
      if (text !== undefined && text.length > 200) throw new BotApiError(400, "MESSAGE_TOO_LONG");
      this.pendingCallbacks.delete(id);
      this.emit({ kind: "callback-answer", chatId: pending.chatId, userId: pending.userId, messageId: pending.messageId, ...(text ? { text } : {}), showAlert: payload.show_alert === true });
      return true;
    },
    createForumTopic: (payload) => {
      const state = this.requireChat(payload);
      if (!state.chat.is_forum) throw new BotApiError(400, "the chat is not a forum");
      this.requireTopicRights(state);
      const name = topicName(payload);
      const iconColor = typeof payload.icon_color === "number" ? payload.icon_color : DEFAULT_TOPIC_COLOR;
      const created = this.store(state, { from: this.bot, forum_topic_created: { name, icon_color: iconColor } });
      const topic: ForumTopic = { message_thread_id: created.message_id, name, icon_color: iconColor, closed: false };
      created.message_thread_id = topic.message_thread_id;
      created.is_topic_message = true;
      state.topics.set(topic.message_thread_id, topic);
      this.emit({ kind: "topic", chatId: state.chat.id, topic });
      return { message_thread_id: topic.message_thread_id, name, icon_color: iconColor };
    },
    editForumTopic: (payload) => {
      const { state, topic } = this.requireTopic(payload);
      const name = payload.name === undefined ? topic.name : topicName(payload);
      if (name === topic.name) throw new BotApiError(400, "TOPIC_NOT_MODIFIED");
      return this.changeTopic(state, { ...topic, name });
    },
    closeForumTopic: (payload) => {
      const { state, topic } = this.requireTopic(payload);
      if (topic.closed) throw new BotApiError(400, "TOPIC_NOT_MODIFIED");
      return this.changeTopic(state, { ...topic, closed: true });
    },
    reopenForumTopic: (payload) => {
      const { state, topic } = this.requireTopic(payload);
      if (!topic.closed) throw new BotApiError(400, "TOPIC_NOT_MODIFIED");
      return this.changeTopic(state, { ...topic, closed: false });
    },
    deleteForumTopic: (payload) => {
      const { state, topic } = this.requireTopic(payload);
      state.topics.delete(topic.message_thread_id);
      for (const [id, message] of state.messages) if (message.message_thread_id === topic.message_thread_id) state.messages.delete(id);
      this.emit({ kind: "topic-deleted", chatId: state.chat.id, threadId: topic.message_thread_id });
      return true;
    },
  };

  // ── Internals ──────────────────────────────────────────────────────────────

  private storeBotFile(payload: Record<string, unknown>, kind: "document" | "photo") {
    const state = this.requireChat(payload, { writing: true });
    const file = payload[kind];
    let stored: StoredFile & { id: string };
    if (typeof file === "string") {
      // A file_id: a file Telegram already has, from a person or an earlier upload.
      const known = this.files.get(file);
      if (!known) throw new BotApiError(400, "wrong file identifier/HTTP URL specified");
      stored = { ...known, id: file };
    } else if (isUpload(file)) {
      const mimeType = mimeTypeOf(file.filename, file.contentType);
      stored = { file_name: file.filename, base64: file.bytes.toString("base64"), id: `file-${this.nextFileId++}`, ...(mimeType ? { mime_type: mimeType } : {}) };
      this.files.set(stored.id, { file_name: stored.file_name, base64: stored.base64, ...(mimeType ? { mime_type: mimeType } : {}) });
    } else {
      throw new BotApiError(400, `there is no ${kind} in the request`);
    }
    const size = Buffer.from(stored.base64, "base64").length;
    if (size === 0) throw new BotApiError(400, "file must be non-empty");
    const caption = typeof payload.caption === "string" ? validateText(payload.caption, payload.parse_mode, "caption") : undefined;
    const attachment =
      kind === "document"
        ? { document: { file_id: stored.id, file_unique_id: stored.id, file_name: stored.file_name, file_size: size } }
        : { photo: [{ file_id: stored.id, file_unique_id: stored.id, width: 800, height: 600, file_size: size }] };
    return this.store(state, {
      from: this.bot,
      ...attachment,
      ...(caption ? { caption: caption.text, ...(caption.entities.length > 0 ? { caption_entities: caption.entities } : {}) } : {}),
      ...this.placement(state, payload),
      ...this.markup(payload),
    });
  }

  /** The chat a person writes or taps in: their own private chat with the bot, or a group they belong to. */
  private chatOf(user: EmulatedUser, chatId: number): ChatState {
    if (chatId === user.id) return this.privateChat(user);
    const state = this.chats.get(chatId);
    if (!state) throw new BotApiError(400, "chat not found");
    if (state.chat.type === "private" || !isMember(state.members.get(user.id))) throw new BotApiError(403, "you are not a member of this chat");
    return state;
  }

  private privateChat(user: EmulatedUser): ChatState {
    return this.chats.get(user.id) ?? this.newChat({ id: user.id, type: "private", first_name: user.first_name });
  }

  private newChat(chat: EmulatedChat): ChatState {
    const state: ChatState = { chat, members: new Map(), messages: new Map(), topics: new Map(), nextMessageId: 1 };
    this.chats.set(chat.id, state);
    return state;
  }

  private requireUser(userId: number): EmulatedUser {
    const user = this.users.get(userId);
    if (!user) throw new BotApiError(400, "user not found");
    return user;
  }

  private requireChat(payload: Record<string, unknown>, options: { writing?: boolean } = {}): ChatState {
    const chatId = payload.chat_id;
    const state = typeof chatId === "number" || (typeof chatId === "string" && /^-?\d+$/.test(chatId)) ? this.chats.get(Number(chatId)) : undefined;
    if (!state) {
      // Telegram's answer when a bot writes first to someone who never started it.
      if (options.writing && this.users.has(Number(chatId))) throw new BotApiError(403, "bot can't initiate conversation with a user");
      throw new BotApiError(400, "chat not found");
    }
    if (options.writing && state.chat.type !== "private" && !isMember(state.members.get(this.bot.id))) throw new BotApiError(403, "bot is not a member of the supergroup chat");
    return state;
  }

  private requireTopicRights(state: ChatState): void {
    if (!isAdmin(state.members.get(this.bot.id))) throw new BotApiError(400, "not enough rights to manage topics");
  }

  private requireTopic(payload: Record<string, unknown>): { state: ChatState; topic: ForumTopic } {
    const state = this.requireChat(payload);
    if (!state.chat.is_forum) throw new BotApiError(400, "the chat is not a forum");
    this.requireTopicRights(state);
    const topic = state.topics.get(requiredInteger(payload, "message_thread_id"));
    if (!topic) throw new BotApiError(400, "TOPIC_ID_INVALID");
    return { state, topic };
  }

  private changeTopic(state: ChatState, topic: ForumTopic): true {
    state.topics.set(topic.message_thread_id, topic);
    this.emit({ kind: "topic", chatId: state.chat.id, topic });
    return true;
  }

  /** Where a bot's message goes: its topic, and the message it replies to (both checked). */
  private placement(state: ChatState, payload: Record<string, unknown>): Partial<EmulatedMessage> {
    const threadId = payload.message_thread_id === undefined ? undefined : requiredInteger(payload, "message_thread_id");
    if (threadId !== undefined && (!state.chat.is_forum || !state.topics.has(threadId))) throw new BotApiError(400, "message thread not found");
    const reply = payload.reply_parameters as { message_id?: unknown; allow_sending_without_reply?: unknown } | undefined;
    const replyId = reply?.message_id ?? payload.reply_to_message_id;
    let replyTo: EmulatedMessage | undefined;
    if (replyId !== undefined) {
      replyTo = state.messages.get(Number(replyId));
      if (!replyTo && reply?.allow_sending_without_reply !== true) throw new BotApiError(400, "message to be replied not found");
    }
    const thread = threadId ?? replyTo?.message_thread_id;
    return {
      ...(thread !== undefined ? { message_thread_id: thread, is_topic_message: true } : {}),
      ...(replyTo ? { reply_to_message: withoutReply(replyTo) } : thread !== undefined ? { reply_to_message: withoutReply(state.messages.get(thread)!) } : {}),
    };
  }

  private markup(payload: Record<string, unknown>): { reply_markup?: InlineKeyboardMarkup } {
    if (payload.reply_markup === undefined) return {};
    const markup = validateInlineKeyboard(payload.reply_markup);
    return markup ? { reply_markup: markup } : {};
  }

  private botMessage(payload: Record<string, unknown>, notFound: string): { state: ChatState; message: EmulatedMessage } {
    if (payload.inline_message_id !== undefined) throw new BotApiError(400, "inline messages are not emulated");
    const state = this.requireChat(payload);
    const message = state.messages.get(requiredInteger(payload, "message_id"));
    if (!message) throw new BotApiError(400, notFound);
    if (message.from.id !== this.bot.id) throw new BotApiError(400, "message can't be edited");
    return { state, message };
  }

  private store(state: ChatState, content: Omit<EmulatedMessage, "message_id" | "date" | "chat">): EmulatedMessage {
    const message: EmulatedMessage = { message_id: state.nextMessageId++, date: Math.floor(Date.now() / 1000), chat: state.chat, ...content };
    state.messages.set(message.message_id, message);
    this.emit({ kind: "message", chatId: state.chat.id, message });
    this.scheduleSave();
    return message;
  }

  private edit(state: ChatState, message: EmulatedMessage, change: Partial<EmulatedMessage>): EmulatedMessage {
    const edited: EmulatedMessage = { ...message, edit_date: Math.floor(Date.now() / 1000) };
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined) delete (edited as unknown as Record<string, unknown>)[key];
      else (edited as unknown as Record<string, unknown>)[key] = value;
    }
    state.messages.set(message.message_id, edited);
    this.emit({ kind: "message", chatId: state.chat.id, message: edited });
    return edited;
  }

  /**
   * Hands an update to the webhook, one at a time per chat (so a person's messages arrive in
   * order) and chats in parallel; a failed delivery is retried with growing pauses, as Telegram does.
   */
  private deliver(chatId: number, content: Record<string, unknown>): void {
    const update = { update_id: this.nextUpdateId++, ...content };
    const type = Object.keys(content)[0]!;
    if (this.webhook.allowed_updates && !this.webhook.allowed_updates.includes(type)) return;
    if (!this.webhook.url) {
      this.pendingUpdates.push(update);
      return;
    }
    const webhook = this.webhook;
    const generation = this.generation;
    const previous = this.deliveries.get(chatId) ?? Promise.resolve();
    const delivery = previous.then(() => this.post(webhook, chatId, update, generation));
    this.deliveries.set(chatId, delivery);
    void delivery.then(() => {
      if (this.deliveries.get(chatId) === delivery) this.deliveries.delete(chatId);
    });
  }

  private async post(webhook: Webhook, chatId: number, update: { update_id: number }, generation: number): Promise<void> {
    let problem = "";
    for (let attempt = 1; attempt <= DELIVERY_ATTEMPTS; attempt++) {
      if (generation !== this.generation) return;
      try {
        const response = await fetch(webhook.url, {
          method: "POST",
          // A handler that hangs must not hold up this chat's later updates for ever.
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
          headers: { "content-type": "application/json", ...(webhook.secret_token ? { "x-telegram-bot-api-secret-token": webhook.secret_token } : {}) },
          body: JSON.stringify(update),
        });
        await response.arrayBuffer();
        if (response.ok) return;
        problem = `Wrong response from the webhook: ${response.status} ${response.statusText}`;
      } catch (error) {
        problem = `Connection failed: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (attempt < DELIVERY_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
    }
    this.emit({ kind: "delivery-failed", chatId, updateId: update.update_id, description: problem });
  }

  private emit(event: EmulatorEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // A page or terminal that fails to show something must not stop Telegram.
        console.error(`A listener of the Bot API emulator failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  // ── Keeping state between runs ─────────────────────────────────────────────

  private scheduleSave(): void {
    if (!this.options.stateFile || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.saveNow(), 200);
    this.saveTimer.unref();
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.options.stateFile) return;
    const state = {
      nextUpdateId: this.nextUpdateId,
      nextFileId: this.nextFileId,
      chats: [...this.chats.values()].map((chat) => ({ ...chat, members: [...chat.members], messages: [...chat.messages.values()], topics: [...chat.topics.values()] })),
      files: [...this.files],
      commands: [...this.commands],
      users: [...this.users.values()],
    };
    mkdirSync(dirname(this.options.stateFile), { recursive: true });
    // Written beside and renamed: a crash in the middle leaves the previous state, not half of one.
    writeFileSync(`${this.options.stateFile}.tmp`, JSON.stringify(state));
    renameSync(`${this.options.stateFile}.tmp`, this.options.stateFile);
  }

  private load(): void {
    if (!this.options.stateFile) return;
    if (!existsSync(this.options.stateFile)) return;
    let saved;
    try {
      saved = JSON.parse(readFileSync(this.options.stateFile, "utf8"));
    } catch (error) {
      const aside = `${this.options.stateFile}.unreadable`;
      renameSync(this.options.stateFile, aside);
      console.error(`The playground's saved chats could not be read (${error instanceof Error ? error.message : String(error)}); moved to ${aside}, starting with empty chats.`);
      return;
    }
    // Update ids only grow, also across runs: the bot remembers the ones it handled.
    this.nextUpdateId = Math.max(this.nextUpdateId, Number(saved.nextUpdateId) || 0);
    this.nextFileId = Number(saved.nextFileId) || 1;
    for (const chat of saved.chats ?? []) {
      this.chats.set(chat.chat.id, {
        chat: chat.chat,
        members: new Map(chat.members),
        messages: new Map(chat.messages.map((message: EmulatedMessage) => [message.message_id, message])),
        topics: new Map(chat.topics.map((topic: ForumTopic) => [topic.message_thread_id, topic])),
        nextMessageId: chat.nextMessageId,
      });
    }
    for (const [id, file] of saved.files ?? []) this.files.set(id, file);
    for (const user of saved.users ?? []) this.users.set(user.id, user);
    for (const [language, commands] of saved.commands ?? []) this.commands.set(language, commands);
  }
}

function failure(code: number, description: string) {
  return { status: code, body: { ok: false, error_code: code, description } };
}

/** The bodies Telegram's Bot API reads; grammY sends JSON, or multipart when it uploads a file. */
const BOT_API_CONTENT_TYPES = new Set(["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]);

/**
 * Why a request may not reach the emulator, if it may not. It listens on loopback, but any web page
 * the developer opens can send requests there: a Host that is not loopback is a DNS rebinding (as
 * in the playground page), and an Origin header is a browser (grammY and curl send none, and a
 * browser sends one with every cross-site POST, plain HTML forms included, whose urlencoded and
 * multipart bodies the content types below must let through). Only POST: a cross-site GET carries
 * no Origin, and `deleteWebhook` needs no parameters.
 */
function refusalOf(request: IncomingMessage) {
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(request.headers.host ?? "")) {
    return failure(403, "Forbidden: the local Bot API answers only at 127.0.0.1, localhost or [::1]");
  }
  if (request.headers.origin !== undefined) return failure(403, "Forbidden: web pages may not call the local Bot API");
  if (request.method !== "POST") return failure(405, "Method Not Allowed: the local Bot API takes POST requests");
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (!BOT_API_CONTENT_TYPES.has(type)) {
    return failure(415, "Unsupported Media Type: send JSON, application/x-www-form-urlencoded or multipart/form-data");
  }
  return undefined;
}

/** The parameters of a request; urlencoded ones (curl's `-d`) are read here, JSON-serialized fields such as `reply_markup` as Telegram reads them. */
async function readPayload(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  if (!(request.headers["content-type"] ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) return readBotApiPayload(request);
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const payload: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(Buffer.concat(chunks).toString("utf8"))) {
    try {
      payload[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      return undefined;
    }
  }
  return payload;
}

const isMember = (status: MemberStatus | undefined) => status === "creator" || status === "administrator" || status === "member";
const isAdmin = (status: MemberStatus | undefined) => status === "creator" || status === "administrator";

function withoutReply(message: EmulatedMessage): EmulatedMessage {
  const { reply_to_message: _, ...rest } = message;
  return rest;
}

/** The type an upload declares, or the one its name suggests when it declares none of use. */
function mimeTypeOf(filename: string, declared: string | undefined): string | undefined {
  if (declared && declared !== "application/octet-stream") return declared;
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  const known: Record<string, string> = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", json: "application/json", pdf: "application/pdf" };
  return extension ? known[extension] : undefined;
}

function isUpload(value: unknown): value is UploadedFile {
  return typeof value === "object" && value !== null && "filename" in value && "content" in value;
}

function pick<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]])) as Partial<Pick<T, K>>;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function requiredString(payload: Record<string, unknown>, name: string, missing = `parameter "${name}" is required`): string {
  const value = payload[name];
  if (value === undefined || value === "") throw new BotApiError(400, missing);
  if (typeof value !== "string") throw new BotApiError(400, `parameter "${name}" must be a string`);
  return value;
}

function optionalString(payload: Record<string, unknown>, name: string): string | undefined {
  const value = payload[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new BotApiError(400, `parameter "${name}" must be a string`);
  return value;
}

function requiredInteger(payload: Record<string, unknown>, name: string): number {
  const value = typeof payload[name] === "string" && /^-?\d+$/.test(payload[name]) ? Number(payload[name]) : payload[name];
  if (value === undefined) throw new BotApiError(400, `parameter "${name}" is required`);
  if (typeof value !== "number" || !Number.isInteger(value)) throw new BotApiError(400, `parameter "${name}" must be an integer`);
  return value;
}

function topicName(payload: Record<string, unknown>): string {
  const name = typeof payload.name === "string" ? payload.name : "";
  if (name.length < 1 || name.length > 128) throw new BotApiError(400, "TOPIC_NAME_INVALID");
  return name;
}

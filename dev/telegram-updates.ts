import type { Update } from "grammy/types";

/** A person in a local chat or a test. */
export interface LocalUser {
  id: number;
  first_name: string;
  language_code?: string;
}

let nextUpdateId = Math.floor(Date.now() / 1000);
let nextMessageId = 1;

/** A message from the person in their private chat with the bot, with what it carries. */
function privateMessageUpdate(user: LocalUser, updateId: number, content: Record<string, unknown>): Update {
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: "private", first_name: user.first_name },
      from: { is_bot: false, ...user },
      ...content,
    },
  } as Update;
}

/** A private text message as Telegram delivers it, with the bot_command entity Telegram adds to `/commands`. */
export function textMessageUpdate(user: LocalUser, text: string, updateId = nextUpdateId++): Update {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  return privateMessageUpdate(user, updateId, {
    text,
    ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
  });
}

/**
 * A tap on an inline button under the bot's message `messageId`; `replyTo` is the person's message
 * that the bot's message answered, as Telegram includes it.
 */
export function callbackQueryUpdate(user: LocalUser, data: string, messageId: number, updateId = nextUpdateId++, replyTo?: { message_id: number; text: string }): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: String(updateId),
      chat_instance: String(user.id),
      from: { is_bot: false, ...user },
      data,
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: user.id, type: "private", first_name: user.first_name },
        text: "…",
        ...(replyTo
          ? {
              reply_to_message: {
                message_id: replyTo.message_id,
                date: Math.floor(Date.now() / 1000),
                chat: { id: user.id, type: "private", first_name: user.first_name },
                from: { is_bot: false, ...user },
                text: replyTo.text,
              },
            }
          : {}),
      },
    },
  } as Update;
}

/** A sticker: a kind of message the bot cannot read. */
export function stickerUpdate(user: LocalUser, updateId = nextUpdateId++): Update {
  return privateMessageUpdate(user, updateId, {
    sticker: { file_id: "sticker", file_unique_id: "sticker", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
  });
}

/** A photo or a document sent by the person (Telegram keeps the file; the bot gets its id). */
export function mediaUpdate(user: LocalUser, kind: "photo" | "document" | "voice", updateId = nextUpdateId++): Update {
  const media =
    kind === "photo"
      ? { photo: [{ file_id: "photo-small", file_unique_id: "ps", width: 90, height: 90 }, { file_id: `photo-large-${updateId}`, file_unique_id: "pl", width: 800, height: 800 }] }
      : kind === "document"
        ? { document: { file_id: `document-${updateId}`, file_unique_id: "d", file_name: "letter.pdf" } }
        : { voice: { file_id: "voice", file_unique_id: "v", duration: 3 } };
  return privateMessageUpdate(user, updateId, media);
}

/** A message in a group, optionally in a forum topic (`threadId`). */
export function groupMessageUpdate(user: LocalUser, chatId: number, text: string, options: { threadId?: number; replyTo?: { message_id: number; from: { id: number; is_bot: boolean; first_name: string } } } = {}, updateId = nextUpdateId++): Update {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "supergroup", title: "Koordination", is_forum: true },
      from: { is_bot: false, ...user },
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      ...(options.threadId !== undefined ? { message_thread_id: options.threadId, is_topic_message: true } : {}),
      ...(options.replyTo ? { reply_to_message: { ...options.replyTo, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "supergroup", title: "Koordination" } } } : {}),
    },
  } as Update;
}

/** A tap on a button under a message in a group. */
export function groupCallbackUpdate(user: LocalUser, chatId: number, data: string, messageId: number, updateId = nextUpdateId++): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: String(updateId),
      chat_instance: String(chatId),
      from: { is_bot: false, ...user },
      data,
      message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "supergroup", title: "Koordination" }, text: "…" },
    },
  } as Update;
}

/** Someone's membership in a group changed (left, removed, joined). */
export function chatMemberUpdate(user: LocalUser, chatId: number, status: "left" | "kicked" | "member", updateId = nextUpdateId++): Update {
  const member = { status, user: { is_bot: false, ...user } };
  return {
    update_id: updateId,
    chat_member: {
      chat: { id: chatId, type: "supergroup", title: "Koordination" },
      from: { is_bot: false, ...user },
      date: Math.floor(Date.now() / 1000),
      old_chat_member: { status: "member", user: { is_bot: false, ...user } },
      new_chat_member: member,
    },
  } as Update;
}

import type { Update } from "grammy/types";

/** A person in a local chat or a test. */
export interface LocalUser {
  id: number;
  first_name: string;
  language_code?: string;
}

let nextUpdateId = Math.floor(Date.now() / 1000);
let nextMessageId = 1;

/** A private text message as Telegram delivers it, with the bot_command entity Telegram adds to `/commands`. */
export function textMessageUpdate(user: LocalUser, text: string, updateId = nextUpdateId++): Update {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: "private", first_name: user.first_name },
      from: { is_bot: false, ...user },
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

/** A tap on an inline button under the bot's message `messageId`. */
export function callbackQueryUpdate(user: LocalUser, data: string, messageId: number, updateId = nextUpdateId++): Update {
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
      },
    },
  } as Update;
}

/** A sticker: a kind of message the bot cannot read. */
export function stickerUpdate(user: LocalUser, updateId = nextUpdateId++): Update {
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: "private", first_name: user.first_name },
      from: { is_bot: false, ...user },
      sticker: { file_id: "sticker", file_unique_id: "sticker", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
    },
  } as Update;
}

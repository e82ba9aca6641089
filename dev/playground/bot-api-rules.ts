import { z } from "zod";
import { EntityParseError, parseTelegramHtml, type MessageEntity } from "./telegram-html.ts";

/** A refusal in Telegram's words: `error_code` and the description after "Bad Request: " or "Forbidden: ". */
export class BotApiError extends Error {
  constructor(
    readonly code: number,
    description: string,
  ) {
    super(description);
  }

  get telegramDescription(): string {
    const prefix = this.code === 403 ? "Forbidden" : this.code === 409 ? "Conflict" : this.code === 404 ? "Not Found" : "Bad Request";
    return `${prefix}: ${this.message}`;
  }
}

const LIMITS = { message: 4096, caption: 1024 } as const;

/**
 * Text as Telegram takes it: parsed by `parse_mode` (HTML, or none), then not empty and within
 * the limit for messages (4096) or captions (1024), counted after the markup is removed.
 */
export function validateText(raw: string, parseMode: unknown, kind: keyof typeof LIMITS): { text: string; entities: MessageEntity[] } {
  let parsed: { text: string; entities: MessageEntity[] };
  if (parseMode === undefined || parseMode === "") parsed = { text: raw, entities: [] };
  else if (typeof parseMode === "string" && parseMode.toLowerCase() === "html") {
    try {
      parsed = parseTelegramHtml(raw);
    } catch (error) {
      if (error instanceof EntityParseError) throw new BotApiError(400, error.message);
      throw error;
    }
  } else throw new BotApiError(400, `unsupported parse_mode "${String(parseMode)}" (the local emulator knows HTML only)`);
  // Telegram trims surrounding white space and shortens the entities accordingly.
  const leading = parsed.text.length - parsed.text.trimStart().length;
  const text = parsed.text.trim();
  if (text === "" && kind === "message") throw new BotApiError(400, "message text is empty");
  if (text.length > LIMITS[kind]) throw new BotApiError(400, kind === "message" ? "message is too long" : "message caption is too long");
  const entities = parsed.entities
    .map((entity) => {
      const start = Math.max(0, entity.offset - leading);
      const end = Math.min(text.length, entity.offset - leading + entity.length);
      return { ...entity, offset: start, length: end - start };
    })
    .filter((entity) => entity.length > 0);
  return { text, entities };
}

const buttonSchema = z
  .object({
    text: z.string(),
    callback_data: z.string().optional(),
    url: z.string().optional(),
  })
  .loose();

export type InlineKeyboardButton = z.infer<typeof buttonSchema>;
export interface InlineKeyboardMarkup {
  inline_keyboard: InlineKeyboardButton[][];
}

const BUTTON_KINDS = ["callback_data", "url", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay"];

/**
 * An inline keyboard as Telegram checks it: every button has a text and exactly one action;
 * callback data is 1–64 bytes, URLs are http(s) or tg://. Other reply markup (reply keyboards,
 * force reply) is accepted and not shown. Returns the inline keyboard, or nothing for other kinds.
 */
export function validateInlineKeyboard(markup: unknown): InlineKeyboardMarkup | undefined {
  if (typeof markup !== "object" || markup === null) throw new BotApiError(400, "can't parse reply keyboard markup JSON object");
  if (!("inline_keyboard" in markup)) return undefined;
  const rows = (markup as { inline_keyboard: unknown }).inline_keyboard;
  if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row))) throw new BotApiError(400, "field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
  let count = 0;
  const checked: InlineKeyboardButton[][] = [];
  for (const row of rows as unknown[][]) {
    const buttons: InlineKeyboardButton[] = [];
    for (const candidate of row) {
      const parsed = buttonSchema.safeParse(candidate);
      if (!parsed.success) throw new BotApiError(400, "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      const button = parsed.data;
      if (button.text.trim() === "") throw new BotApiError(400, "BUTTON_TEXT_INVALID");
      const kinds = BUTTON_KINDS.filter((kind) => kind in button);
      if (kinds.length !== 1) throw new BotApiError(400, "can't parse inline keyboard button: InlineKeyboardButton must have exactly one optional field");
      if (button.callback_data !== undefined) {
        const bytes = Buffer.byteLength(button.callback_data, "utf8");
        if (bytes < 1 || bytes > 64) throw new BotApiError(400, "BUTTON_DATA_INVALID");
      }
      if (button.url !== undefined && !isAllowedButtonUrl(button.url)) throw new BotApiError(400, `inline keyboard button URL '${button.url}' is invalid: Wrong HTTP URL`);
      buttons.push(button);
      count++;
    }
    checked.push(buttons);
  }
  if (count > 100) throw new BotApiError(400, "too many inline keyboard buttons");
  // Telegram keeps no keyboard without buttons: a later edit without one is "not modified".
  return count === 0 ? undefined : { inline_keyboard: checked.filter((row) => row.length > 0) };
}

function isAllowedButtonUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:" || parsed.protocol === "tg:") && (parsed.protocol === "tg:" || parsed.hostname.includes("."));
  } catch {
    return false;
  }
}

/**
 * The checks of one call that need no state (texts, markup, keyboards, names): what the test
 * fake of the Bot API applies too, so that every test refuses what Telegram would.
 */
export function checkStatelessRules(method: string, payload: Record<string, unknown>): void {
  if ((method === "sendMessage" || method === "editMessageText") && typeof payload.text === "string") validateText(payload.text, payload.parse_mode, "message");
  if ((method === "sendMessage" || method === "editMessageText") && payload.text === undefined) throw new BotApiError(400, "message text is empty");
  if (typeof payload.caption === "string") validateText(payload.caption, payload.parse_mode, "caption");
  if (payload.reply_markup !== undefined) validateInlineKeyboard(payload.reply_markup);
  if (method === "answerCallbackQuery" && typeof payload.text === "string" && payload.text.length > 200) throw new BotApiError(400, "MESSAGE_TOO_LONG");
  if ((method === "createForumTopic" || (method === "editForumTopic" && payload.name !== undefined)) && (typeof payload.name !== "string" || payload.name.length < 1 || payload.name.length > 128)) {
    throw new BotApiError(400, "TOPIC_NAME_INVALID");
  }
}

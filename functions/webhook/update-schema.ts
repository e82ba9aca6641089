import * as z from "zod/mini";

/**
 * Runtime validation of what Telegram posts. Only the fields the bot relies on are checked, and
 * unknown fields pass through: Telegram adds fields often, and rejecting a real update would make
 * Telegram redeliver it for a day while the chat waits.
 */
const id = z.int();
const user = z.looseObject({
  id,
  is_bot: z.boolean(),
  first_name: z.string().check(z.maxLength(256)),
  language_code: z.optional(z.string().check(z.maxLength(35))),
});
const chat = z.looseObject({ id, type: z.enum(["private", "group", "supergroup", "channel"]) });

const message = z.looseObject({
  message_id: id,
  date: id,
  chat,
  from: z.optional(user),
  // Telegram's own limits: 4,096 characters of text, 1,024 of caption.
  text: z.optional(z.string().check(z.maxLength(4096))),
  caption: z.optional(z.string().check(z.maxLength(1024))),
});

const callbackQuery = z.looseObject({
  id: z.string().check(z.minLength(1)),
  from: user,
  message: z.optional(z.looseObject({ message_id: id, chat })),
  // Telegram caps callback data at 64 bytes; longer data cannot come from our buttons.
  data: z.optional(z.string().check(z.refine((data) => Buffer.byteLength(data, "utf8") <= 64, "callback data over 64 bytes"))),
});

/**
 * Telegram's update ids "start from a certain positive number and increase sequentially", so 0
 * never comes from Telegram, and refusing it (400) loses no real update. It could not be processed
 * anyway: Powertools idempotency takes the falsy 0 for a missing key. Keying on
 * `to_string(update_id)` instead would accept 0 but change the key of every update, so that one
 * redelivered across the deploy would be taken a second time.
 */
export const updateEnvelopeSchema = z.looseObject({ update_id: z.int().check(z.positive()) });

const chatMember = z.looseObject({
  chat,
  from: user,
  new_chat_member: z.looseObject({ status: z.string(), user }),
});

const supportedUpdates = {
  message: z.looseObject({ update_id: id, message }),
  callback_query: z.looseObject({ update_id: id, callback_query: callbackQuery }),
  chat_member: z.looseObject({ update_id: id, chat_member: chatMember }),
};

export type SupportedUpdateKind = keyof typeof supportedUpdates;

export type ClassifiedUpdate =
  | { kind: "malformed" }
  | { kind: "unsupported"; updateId: number; updateKind: string }
  | { kind: "invalid"; updateId: number; updateKind: SupportedUpdateKind; problems: string[] }
  | { kind: "supported"; updateId: number; updateKind: SupportedUpdateKind; update: { update_id: number } };

/** Sorts a decoded body into what the webhook does with it; the problems name fields, never values. */
export function classifyUpdate(json: unknown): ClassifiedUpdate {
  const envelope = updateEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { kind: "malformed" };
  const updateId = envelope.data.update_id;
  const updateKind = Object.keys(envelope.data).find((key) => key !== "update_id") ?? "none";
  if (!(updateKind in supportedUpdates)) return { kind: "unsupported", updateId, updateKind };
  const kind = updateKind as SupportedUpdateKind;
  const parsed = supportedUpdates[kind].safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.code}`);
    return { kind: "invalid", updateId, updateKind: kind, problems };
  }
  return { kind: "supported", updateId, updateKind: kind, update: parsed.data };
}

import type { Update } from "grammy/types";
import { callbackQueryUpdate, textMessageUpdate, type LocalUser } from "../../dev/telegram-updates.ts";
import type { WebhookHarness } from "../helpers/webhook-harness.ts";

/** One volunteer's way through the consultation dialogue, as the updates Telegram sends. */
export const DIALOGUE_STEPS: ((user: LocalUser, messageId: number) => Update)[] = [
  (user) => textMessageUpdate(user, "/enquiry"),
  (user, id) => callbackQueryUpdate(user, "eq:consent:yes", id),
  (user, id) => callbackQueryUpdate(user, "eq:type:volunteer", id),
  (user, id) => callbackQueryUpdate(user, "eq:topic:friend-circles", id),
  (user, id) => callbackQueryUpdate(user, "eq:district:5", id),
  (user, id) => callbackQueryUpdate(user, "eq:contact:telegram", id),
  (user) => textMessageUpdate(user, "Ich möchte bei einem Freundeskreis mitmachen."),
  (user, id) => callbackQueryUpdate(user, "eq:send", id),
];

/** The message whose buttons the person taps next: the bot's last one sent to them. */
export const lastMessageIdTo = (harness: WebhookHarness, user: LocalUser) =>
  (harness.api.calls.filter((call) => call.method === "sendMessage" && call.payload.chat_id === user.id && !call.error).at(-1)?.result as { message_id: number } | undefined)?.message_id ?? 1;

/** What the person read, with references (which differ from person to person) blanked. */
export const textsReadBy = (harness: WebhookHarness, user: LocalUser) => harness.textsTo(user.id).map((text) => text.replace(/A-\d{4}-\d{5}/g, "A-…"));

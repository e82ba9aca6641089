import { expect } from "vitest";
import type { RecordedCall } from "../../dev/fake-bot-api.ts";
import { callbackQueryUpdate, mediaUpdate, textMessageUpdate, type LocalUser } from "../../dev/telegram-updates.ts";
import type { WebhookHarness } from "./webhook-harness.ts";

export type Button = { text: string; callback_data?: string; url?: string };

export const buttonsOf = (call: RecordedCall | undefined): Button[] =>
  ((call?.payload.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();

/** A person chatting with the bot through the webhook, as a test sees it. */
export function chatAs(harness: WebhookHarness, user: LocalUser) {
  const messagesTo = () =>
    harness.api.calls.filter((call) => ["sendMessage", "editMessageText", "sendDocument"].includes(call.method) && call.payload.chat_id === user.id && !call.error);
  const last = () => messagesTo().at(-1);
  const messageIdOf = (call: RecordedCall | undefined) => (call?.method === "editMessageText" ? Number(call.payload.message_id) : (call?.result as { message_id: number }).message_id);
  const deliverOk = async (update: Parameters<WebhookHarness["deliver"]>[0]) => {
    const response = await harness.deliver(update);
    expect(response.statusCode).toBe(200);
    return response;
  };
  return {
    user,
    last,
    lastText: () => String(last()?.payload.text ?? last()?.payload.caption ?? ""),
    buttons: () => buttonsOf(last()),
    messagesTo,
    say: (text: string) => deliverOk(textMessageUpdate(user, text)),
    send: (kind: "photo" | "document" | "voice") => deliverOk(mediaUpdate(user, kind)),
    /** Taps the button whose label contains `label`, or whose data is `label`, under the last message that has buttons. */
    tap: async (label: string) => {
      const message = messagesTo().filter((call) => buttonsOf(call).length > 0).at(-1);
      const button = buttonsOf(message).find((candidate) => candidate.callback_data === label || candidate.text.includes(label));
      if (!button?.callback_data) throw new Error(`no button "${label}" among ${JSON.stringify(buttonsOf(message).map((b) => b.text))}`);
      return deliverOk(callbackQueryUpdate(user, button.callback_data, messageIdOf(message)));
    },
    /** Sends raw callback data, as a forged or old button would. */
    press: (data: string, messageId = 1) => deliverOk(callbackQueryUpdate(user, data, messageId)),
  };
}

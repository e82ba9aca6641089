import { GrammyError, InlineKeyboard, type Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Enquiry, EnquiryStore } from "../domain/enquiry.ts";
import type { EnquiryLookups } from "../domain/enquiry-lookups.ts";
import { hasEnded } from "../domain/enquiry-lifecycle.ts";
import type { Language } from "../domain/languages.ts";
import type { Translator } from "../domain/translation.ts";
import type { BotContext } from "./context.ts";
import { HTML } from "./html.ts";
import { composeMessages, type MessageBlock } from "./message-parts.ts";
import { coordinationData, myEnquiryData } from "./callback-data.ts";

/** Whether a relayed message arrived; when not, why, so that its sender can be told. */
export type Delivery = { delivered: true } | { delivered: false; reason: "blocked" | "refused"; description?: string };

/** A message to pass on: its text (or caption), and where it is, so that media can be copied. */
export interface RelayedMessage {
  chatId: number;
  messageId: number;
  /** The text of a text message; undefined for photos, documents, voice (copied as they are). */
  text?: string;
}

export interface RelayDependencies {
  store: EnquiryStore;
  /** Where a person's Telegram "reply" to a relayed message finds its enquiry again. */
  lookups: EnquiryLookups;
  i18n: I18n<BotContext>;
  /** Translates relayed texts; undefined: they pass unchanged, with the language noted. */
  translator?: Translator;
  retentionDays: number;
  now: () => Date;
  log: { info(message: string, details: Record<string, unknown>): void };
}

/**
 * The conversation between a person and the coordinators, both ways: translation (the original
 * beneath), long texts split into parts in order within Telegram's limits, the Reply button on the
 * last part, and a delivery that fails for good (the bot blocked, a text refused) recorded in the
 * enquiry's history and reported to the sender instead of being lost.
 */
export function createRelay({ store, lookups, i18n, translator, retentionDays, now, log }: RelayDependencies) {
  const de = (key: string, variables?: Record<string, string>) => i18n.t("de", key, variables);
  const relayUntil = () => new Date(now().getTime() + retentionDays * 24 * 60 * 60 * 1000);

  /** The text, and when translation is on and worked, the translation first with the original beneath. */
  async function translated(text: string, from: Language, to: Language, originalLabel: string): Promise<MessageBlock[]> {
    if (!translator || from === to) return [{ text }];
    try {
      const translation = await translator.translate(text, from, to);
      return [{ text: translation }, { html: "" }, { html: `<i>${originalLabel}</i>` }, { text }];
    } catch (error) {
      // A failed translation must not hold the message back.
      log.info("Translation failed; relaying the original", { errorName: error instanceof Error ? error.name : typeof error });
      return [{ text }];
    }
  }

  /** Records in the enquiry's history that a message did not arrive, visible to coordinators only. */
  const noteUndelivered = (enquiry: Enquiry, text: string) => store.addEvent(enquiry.id, { at: now().toISOString(), type: "note", private: true, text });

  async function failure(enquiry: Enquiry, error: unknown): Promise<Delivery> {
    if (error instanceof GrammyError && error.error_code === 403) {
      await noteUndelivered(enquiry, de("relay-blocked"));
      return { delivered: false, reason: "blocked" };
    }
    if (error instanceof GrammyError && error.error_code === 400) {
      await noteUndelivered(enquiry, de("relay-not-delivered", { reason: error.description }));
      return { delivered: false, reason: "refused", description: error.description };
    }
    // Anything else may pass later: the update fails and Telegram delivers it again.
    throw error;
  }

  /**
   * Sends to the person, in parts when needed; the buttons go under the last part. With
   * `conversation`, a Telegram "reply" to any part finds the enquiry again.
   */
  async function sendToEnquirer(api: Api, enquiry: Enquiry, blocks: MessageBlock[], keyboard?: InlineKeyboard, options: { conversation?: boolean } = {}): Promise<Delivery> {
    const parts = composeMessages(blocks);
    try {
      for (const [index, part] of parts.entries()) {
        const last = index === parts.length - 1;
        const sent = await api.sendMessage(enquiry.enquirerId, part, { ...HTML, ...(last && keyboard ? { reply_markup: keyboard } : {}) });
        if (options.conversation) await lookups.rememberRelay(enquiry.enquirerId, sent.message_id, enquiry.id, relayUntil());
      }
      return { delivered: true };
    } catch (error) {
      return failure(enquiry, error);
    }
  }

  /** A notice in the person's language (a status, a question): short texts the bot wrote. */
  const tellEnquirer = (api: Api, enquiry: Enquiry, html: string, keyboard?: InlineKeyboard) => sendToEnquirer(api, enquiry, [{ html }], keyboard);

  /** A coordinator's message to the person, under their first name, with a Reply button. */
  async function coordinatorToEnquirer(api: Api, enquiry: Enquiry, coordinatorName: string, message: RelayedMessage): Promise<Delivery> {
    const inTheirs = (key: string, variables?: Record<string, string>) => i18n.t(enquiry.language, key, variables);
    const header = inTheirs("relay-from-coordinator", { name: coordinatorName });
    const reply = new InlineKeyboard().text(inTheirs("relay-reply"), myEnquiryData.add(enquiry.id));
    if (message.text !== undefined) {
      const body = await translated(message.text, "de", enquiry.language, inTheirs("relay-original-german"));
      return sendToEnquirer(api, enquiry, [{ html: header }, ...body], reply, { conversation: true });
    }
    // Photos, documents, voice: the message itself, under the coordinator's name.
    const introduced = await sendToEnquirer(api, enquiry, [{ html: header }], undefined, { conversation: true });
    if (!introduced.delivered) return introduced;
    try {
      const copy = await api.copyMessage(enquiry.enquirerId, message.chatId, message.messageId, { reply_markup: reply });
      await lookups.rememberRelay(enquiry.enquirerId, copy.message_id, enquiry.id, relayUntil());
      return { delivered: true };
    } catch (error) {
      return failure(enquiry, error);
    }
  }

  /**
   * The person's message into the enquiry's topic (or under its card), German first when
   * translation is on. After the enquiry ended it carries a "Reopen" button: the coordinators
   * decide whether to take it up again.
   */
  async function enquirerToCoordinators(api: Api, enquiry: Enquiry, message: RelayedMessage): Promise<Delivery> {
    const place = enquiry.coordination;
    // Not posted yet: the notifier's card will show the history, nothing is lost.
    if (!place) return { delivered: true };
    const where = place.threadId !== undefined ? { message_thread_id: place.threadId } : place.cardMessageId ? { reply_parameters: { message_id: place.cardMessageId, allow_sending_without_reply: true } } : {};
    const language = de(`language-name-${enquiry.language}`);
    const ended = hasEnded(enquiry);
    const header = de(ended ? "relay-from-enquirer-after-end" : "relay-from-enquirer", { language, reference: enquiry.reference });
    const reopen = ended ? new InlineKeyboard().text(de("card-reopen"), coordinationData.card("reopen", enquiry.id)) : undefined;
    try {
      if (message.text !== undefined) {
        const body = await translated(message.text, enquiry.language, "de", de("relay-original", { language }));
        const parts = composeMessages([{ html: header }, ...body]);
        for (const [index, part] of parts.entries()) {
          const last = index === parts.length - 1;
          await api.sendMessage(place.chatId, part, { ...HTML, ...where, ...(last && reopen ? { reply_markup: reopen } : {}) });
        }
      } else {
        await api.sendMessage(place.chatId, header, { ...HTML, ...where });
        await api.copyMessage(place.chatId, message.chatId, message.messageId, { ...where, ...(reopen ? { reply_markup: reopen } : {}) });
      }
      return { delivered: true };
    } catch (error) {
      // The topic deleted by hand, the bot removed from the group: the message stays in the history.
      if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) {
        await noteUndelivered(enquiry, de("relay-not-posted", { reason: error.description }));
        return { delivered: false, reason: "refused", description: error.description };
      }
      throw error;
    }
  }

  /** A notice for the coordinators in the enquiry's topic (a rating); a group that refuses it loses nothing the person said. */
  async function tellCoordinators(api: Api, enquiry: Enquiry, html: string): Promise<void> {
    const place = enquiry.coordination;
    if (!place) return;
    const where = place.threadId !== undefined ? { message_thread_id: place.threadId } : {};
    try {
      await api.sendMessage(place.chatId, html, { ...HTML, ...where });
    } catch (error) {
      if (!(error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403))) throw error;
    }
  }

  /** Marks a coordinator's message as delivered to the person (👍), where Telegram lets the bot react. */
  async function markDelivered(api: Api, message: RelayedMessage): Promise<void> {
    try {
      await api.setMessageReaction(message.chatId, message.messageId, [{ type: "emoji", emoji: "👍" }]);
    } catch (error) {
      // Reactions may be switched off in the group; the delivery itself stands.
      if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
    }
  }

  return { tellEnquirer, tellCoordinators, sendToEnquirer, coordinatorToEnquirer, enquirerToCoordinators, markDelivered };
}

export type Relay = ReturnType<typeof createRelay>;

import { Api, GrammyError } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Enquiry, EnquiryStore } from "../domain/enquiry.ts";
import type { BotContext } from "./context.ts";
import { cardKeyboard, cardText, topicName } from "./coordination-views.ts";
import { HTML } from "./html.ts";

export type NotifyOutcome = "posted" | "already-posted" | "gone" | "no-group";

export interface CoordinatorNotifierDependencies {
  api: Api;
  store: EnquiryStore;
  /** The coordinators' supergroup; undefined: nowhere to post (logged, not an error). */
  coordinatorChatId: number | undefined;
  i18n: I18n<BotContext>;
  now: () => Date;
  log: { info(message: string, details: Record<string, unknown>): void; warn(message: string, details: Record<string, unknown>): void };
}

/** What Telegram answers when a group has no topics: post plain cards instead. */
const NOT_A_FORUM = /not a forum|TOPIC|forum/i;

/**
 * Posts a new enquiry to the coordinators' group: its own forum topic, named with its reference,
 * and a summary card in it. Each step is recorded on the enquiry before the next, so a run after
 * a failure (the stream delivers the record again) continues where it stopped instead of
 * posting twice. Coordinators read German.
 */
export function createCoordinatorNotifier({ api, store, coordinatorChatId, i18n, now, log }: CoordinatorNotifierDependencies) {
  const t = (key: string, variables?: Record<string, string>) => i18n.t("de", key, variables);

  return async function notifyNewEnquiry(enquiryId: string): Promise<NotifyOutcome> {
    if (coordinatorChatId === undefined) {
      log.warn("COORDINATOR_CHAT_ID is not set: the enquiry is stored but posted nowhere", { enquiryId });
      return "no-group";
    }
    const enquiry = await store.get(enquiryId);
    if (!enquiry) return "gone";
    let coordination = enquiry.coordination ?? { chatId: coordinatorChatId };
    if (coordination.cardMessageId !== undefined) return "already-posted";

    if (coordination.threadId === undefined && enquiry.coordination === undefined) {
      try {
        const topic = await api.createForumTopic(coordinatorChatId, topicName(enquiry, t));
        coordination = { chatId: coordinatorChatId, threadId: topic.message_thread_id };
      } catch (error) {
        if (!(error instanceof GrammyError && error.error_code === 400 && NOT_A_FORUM.test(error.description))) throw error;
        log.warn("The coordinators' group has no topics: posting a plain card", { reference: enquiry.reference });
        coordination = { chatId: coordinatorChatId };
      }
      // Recorded before the card: a retry after a failed card reuses this topic.
      await store.setCoordination(enquiry.id, coordination);
    }

    const hint = coordination.threadId === undefined ? `\n\n<i>${t("card-no-topics")}</i>` : "";
    const card = await api.sendMessage(coordinatorChatId, cardText(enquiry, t) + hint, {
      ...HTML,
      reply_markup: cardKeyboard(enquiry, t),
      ...(coordination.threadId !== undefined ? { message_thread_id: coordination.threadId } : {}),
    });
    await store.setCoordination(enquiry.id, { ...coordination, cardMessageId: card.message_id, postedAt: now().toISOString() });
    log.info("Enquiry posted to the coordinators", { reference: enquiry.reference, threadId: coordination.threadId });
    return "posted";
  };
}

export type CoordinatorNotifier = ReturnType<typeof createCoordinatorNotifier>;

import { GrammyError, type Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Coordination, Enquiry, EnquiryStore } from "../domain/enquiry.ts";
import type { EnquiryLookups } from "../domain/enquiry-lookups.ts";
import { retentionDeadline } from "../domain/enquiry-lifecycle.ts";
import { erasedFigures, type ErasedFiguresStore } from "../domain/enquiry-stats.ts";
import type { BotContext } from "./context.ts";
import { HTML } from "./html.ts";

/** Why an enquiry is erased: its person asked (`/deletemydata`), or its retention ended. */
export type ErasureReason = "person" | "retention";

export interface EnquiryEraserDependencies {
  store: EnquiryStore;
  lookups: EnquiryLookups;
  figures: ErasedFiguresStore;
  i18n: I18n<BotContext>;
  /** How long the group keeps the marker that says a topic's enquiry was erased. */
  retentionDays: number;
  now: () => Date;
  log: { info(message: string, details: Record<string, unknown>): void; warn(message: string, details: Record<string, unknown>): void };
}

/** What Telegram answers when the topic is gone already: the work is done. */
const TOPIC_GONE = /TOPIC_ID_INVALID|thread not found|topic not found|TOPIC_DELETED/i;

/**
 * Erases an enquiry from every place the bot put it: the coordinators' forum topic (deleted, with
 * the card, the relayed messages and the attachments in it; where Telegram refuses, the card is
 * redacted and the coordinators are asked to delete the rest), the lookups that lead to it, and
 * the enquiry itself. The month's statistics keep its anonymous figures. Each step can be repeated,
 * so a retry after a failure finishes the job.
 */
export function createEnquiryEraser({ store, lookups, figures, i18n, retentionDays, now, log }: EnquiryEraserDependencies) {
  const t = (key: string, variables?: Record<string, string>) => i18n.t("de", key, variables);

  /** Removes what the group shows of the enquiry; true when the topic (and all in it) is gone. */
  async function clearGroup(api: Api, enquiry: Enquiry, place: Coordination): Promise<boolean> {
    if (place.threadId !== undefined) {
      try {
        await api.deleteForumTopic(place.chatId, place.threadId);
        return true;
      } catch (error) {
        if (!(error instanceof GrammyError) || error.error_code >= 500 || error.error_code === 429) throw error;
        if (TOPIC_GONE.test(error.description)) return true;
        // Most often the bot lacks the right to delete messages or manage topics.
        log.warn("A topic could not be deleted; redacting its card", { reference: enquiry.reference, errorDescription: error.description });
      }
    }
    if (place.cardMessageId !== undefined) {
      await ignoringRefusal(() => api.editMessageText(place.chatId, place.cardMessageId!, t("card-erased", { reference: enquiry.reference }), HTML));
    }
    if (place.threadId !== undefined) {
      await ignoringRefusal(() => api.editForumTopic(place.chatId, place.threadId!, { name: t("topic-erased", { reference: enquiry.reference }) }));
    }
    return false;
  }

  return async function eraseEnquiry(api: Api, enquiry: Enquiry, reason: ErasureReason): Promise<void> {
    await figures.keep(erasedFigures(enquiry));
    const place = enquiry.coordination;
    if (place) {
      const topicDeleted = await clearGroup(api, enquiry, place);
      const notice = t(topicDeleted ? "erased-notice-deleted" : place.threadId !== undefined ? "erased-notice-redacted" : "erased-notice-no-topics", {
        reference: enquiry.reference,
        reason: t(`erased-reason-${reason}`),
      });
      // In the group's general topic: the enquiry's own topic may be gone.
      await ignoringRefusal(() => api.sendMessage(place.chatId, notice, HTML));
    }
    await lookups.forget(enquiry, retentionDeadline(now(), retentionDays));
    // Last: while the enquiry is there, a repeated erasure finds everything again.
    await store.delete(enquiry.id);
    log.info("Enquiry erased", { reference: enquiry.reference, reason });
  };
}

export type EnquiryEraser = ReturnType<typeof createEnquiryEraser>;

/**
 * A refusal (the card was deleted by hand, the bot was removed from the group) must not stop the
 * erasure; an outage must, so that the retry finishes it.
 */
async function ignoringRefusal(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (!(error instanceof GrammyError) || error.error_code >= 500 || error.error_code === 429) throw error;
  }
}

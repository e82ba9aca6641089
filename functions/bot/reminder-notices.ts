import type { I18n } from "@grammyjs/i18n";
import { GrammyError, type Api } from "grammy";
import type { CoordinatorStore } from "../domain/coordinators.ts";
import type { DueReminder } from "../domain/reminders.ts";
import type { BotContext } from "./context.ts";
import { count } from "./dates.ts";
import { escapeHtml, HTML } from "./html.ts";

/**
 * What became of a reminder: `sent`; `unreachable`, when Telegram refuses it for good (the person
 * blocked the bot, the bot left the group), so it is not tried again; `not-yet`, when the enquiry
 * has no card in the coordinators' group to remind them of (the notifier has not posted it).
 */
export type ReminderOutcome = "sent" | "unreachable" | "not-yet";

export interface ReminderNoticeDependencies {
  api: Api;
  coordinators: Pick<CoordinatorStore, "get">;
  i18n: I18n<BotContext>;
}

/**
 * Sends one due reminder: to the coordinators (in German) in the enquiry's topic, or under its
 * card in a group without topics, mentioning whoever took it over; to the person, in their
 * language, that their enquiry is not forgotten. Any other failure is thrown, for the caller to
 * try again at its next check.
 */
export function createReminderNotices({ api, coordinators, i18n }: ReminderNoticeDependencies) {
  return async function sendReminder({ kind, enquiry, workingHours }: DueReminder): Promise<ReminderOutcome> {
    try {
      if (kind === "coordinators") {
        const place = enquiry.coordination;
        if (!place?.cardMessageId) return "not-yet";
        const assignee = enquiry.assignee === undefined ? undefined : await coordinators.get(enquiry.assignee);
        const mention = assignee ? ` <a href="tg://user?id=${assignee.userId}">${escapeHtml(assignee.firstName)}</a>` : "";
        await api.sendMessage(place.chatId, i18n.t("de", "reminder-coordinators", { reference: enquiry.reference, hours: count(workingHours) }) + mention, {
          ...HTML,
          ...(place.threadId !== undefined ? { message_thread_id: place.threadId } : { reply_parameters: { message_id: place.cardMessageId } }),
        });
      } else {
        await api.sendMessage(enquiry.enquirerId, i18n.t(enquiry.language, "reminder-enquirer", { reference: enquiry.reference }), HTML);
      }
      return "sent";
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 403) return "unreachable";
      throw error;
    }
  };
}

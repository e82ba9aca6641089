import type { Logger } from "@aws-lambda-powertools/logger";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import Holidays from "date-holidays";
import { GrammyError } from "grammy";
import { createApi } from "../bot/create-bot.ts";
import { escapeHtml, HTML } from "../bot/html.ts";
import { createI18n, localesDirectory } from "../bot/i18n.ts";
import { dueReminders, parseOfficeSchedule, type ReminderSettings } from "../domain/reminders.ts";
import type { OfficeCalendar } from "../domain/working-hours.ts";
import { DynamoDbCoordinatorStore } from "../store/coordinator-store.ts";
import { DynamoDbEnquiryStore } from "../store/enquiry-store.ts";

export interface ReminderRuntimeOptions {
  token: string;
  apiRoot?: string;
  tableName: string;
  documentClient: DynamoDBDocumentClient;
  /** "Mo-Fr 09:00-16:00"; undefined: reminders are off. */
  officeSchedule: string | undefined;
  timeZone: string;
  settings: ReminderSettings;
  localesDir?: string;
  logger: Logger;
  now?: () => Date;
}

/** The office calendar: the configured days and hours, minus Baden-Württemberg's public holidays (date-holidays). */
export function officeCalendar(schedule: string, timeZone: string): OfficeCalendar {
  const hours = parseOfficeSchedule(schedule);
  if (!hours) throw new Error(`OFFICE_SCHEDULE "${schedule}" is not like "Mo-Fr 09:00-16:00"`);
  const holidays = new Holidays("DE", "BW", { types: ["public"] });
  return { ...hours, timeZone, isHoliday: (date) => Boolean(holidays.isHoliday(new Date(`${date}T12:00:00Z`))) };
}

/**
 * Reminds the coordinators, in the enquiry's topic, of enquiries without a first answer after the
 * configured office hours, and tells a person whose enquiry waits longer that it is not forgotten.
 * Each reminder is recorded, so a check every half hour sends each one once.
 */
export function createReminderRuntime(options: ReminderRuntimeOptions) {
  const now = options.now ?? (() => new Date());
  const enquiries = new DynamoDbEnquiryStore(options.documentClient, options.tableName, now);
  const coordinators = new DynamoDbCoordinatorStore(options.documentClient, options.tableName);
  const api = createApi(options.token, options.apiRoot);
  const i18n = createI18n(localesDirectory(options.localesDir));
  const calendar = options.officeSchedule ? officeCalendar(options.officeSchedule, options.timeZone) : undefined;

  return async function sendDueReminders(): Promise<{ coordinators: number; enquirers: number }> {
    const sent = { coordinators: 0, enquirers: 0 };
    if (!calendar) {
      options.logger.info("OFFICE_SCHEDULE is not set: no reminders");
      return sent;
    }
    const open = [...(await enquiries.listByStatus("new")), ...(await enquiries.listByStatus("assigned"))];
    for (const { kind, enquiry, workingHours } of dueReminders(open, now(), calendar, options.settings)) {
      try {
        if (kind === "coordinators") {
          const place = enquiry.coordination;
          if (!place?.cardMessageId) continue;
          const assignee = enquiry.assignee === undefined ? undefined : await coordinators.get(enquiry.assignee);
          const mention = assignee ? ` <a href="tg://user?id=${assignee.userId}">${escapeHtml(assignee.firstName)}</a>` : "";
          await api.sendMessage(place.chatId, i18n.t("de", "reminder-coordinators", { reference: enquiry.reference, hours: String(workingHours) }) + mention, {
            ...HTML,
            ...(place.threadId !== undefined ? { message_thread_id: place.threadId } : { reply_parameters: { message_id: place.cardMessageId } }),
          });
          sent.coordinators++;
        } else {
          await api.sendMessage(enquiry.enquirerId, i18n.t(enquiry.language, "reminder-enquirer", { reference: enquiry.reference }), HTML);
          sent.enquirers++;
        }
      } catch (error) {
        // A person who blocked the bot is not reminded again; anything else is tried next time.
        if (!(error instanceof GrammyError && error.error_code === 403)) {
          options.logger.warn("A reminder failed; trying again at the next check", { reference: enquiry.reference, kind });
          continue;
        }
      }
      await enquiries.markReminded(enquiry.id, kind, now());
    }
    return sent;
  };
}

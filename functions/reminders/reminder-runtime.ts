import type { Logger } from "@aws-lambda-powertools/logger";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createApi } from "../bot/create-bot.ts";
import { createI18n, localesDirectory } from "../bot/i18n.ts";
import { createReminderNotices } from "../bot/reminder-notices.ts";
import { contentDirectory, loadContent } from "../content/load-content.ts";
import { AWAITING_FIRST_ANSWER } from "../domain/enquiry-lifecycle.ts";
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
  /** @default the repository's `locales/` */
  localesDir?: string;
  /** Where `holidays.json` is. @default the repository's `content/` */
  contentDir?: string;
  /** Public holidays (YYYY-MM-DD) on which the office is closed. @default the dates in `holidays.json` */
  holidays?: readonly string[];
  logger: Logger;
  /** @default () => new Date() (tests pass a fixed clock) */
  now?: () => Date;
}

/**
 * The office calendar: the configured days and hours, minus the public holidays of
 * `content/holidays.json` (Baden-Württemberg's, written by `npm run content:holidays`). The same
 * list tells people when the office opens again, so reminders and that promise agree.
 */
export function officeCalendar(schedule: string, timeZone: string, holidays: readonly string[]): OfficeCalendar {
  const hours = parseOfficeSchedule(schedule);
  if (!hours) throw new Error(`OFFICE_SCHEDULE "${schedule}" is not like "Mo-Fr 09:00-16:00"`);
  const closed = new Set(holidays);
  return { ...hours, timeZone, isHoliday: (date) => closed.has(date) };
}

/**
 * Reminds the coordinators, in the enquiry's topic, of enquiries without a first answer after the
 * configured office hours, and tells a person whose enquiry waits longer that it is not forgotten.
 * Each reminder is recorded, so a check every half hour sends each one once.
 */
export function createReminderRuntime(options: ReminderRuntimeOptions) {
  const now = options.now ?? (() => new Date());
  const enquiries = new DynamoDbEnquiryStore(options.documentClient, options.tableName, now);
  const sendReminder = createReminderNotices({
    api: createApi(options.token, options.apiRoot),
    coordinators: new DynamoDbCoordinatorStore(options.documentClient, options.tableName),
    i18n: createI18n(localesDirectory(options.localesDir)),
  });
  const calendar = options.officeSchedule
    ? officeCalendar(options.officeSchedule, options.timeZone, options.holidays ?? loadContent(contentDirectory(options.contentDir)).holidays)
    : undefined;

  return async function sendDueReminders(): Promise<{ coordinators: number; enquirers: number }> {
    const sent = { coordinators: 0, enquirers: 0 };
    if (!calendar) {
      options.logger.info("OFFICE_SCHEDULE is not set: no reminders");
      return sent;
    }
    const open = (await Promise.all(AWAITING_FIRST_ANSWER.map((status) => enquiries.listByStatus(status)))).flat();
    for (const reminder of dueReminders(open, now(), calendar, options.settings)) {
      const { kind, enquiry } = reminder;
      let outcome;
      try {
        outcome = await sendReminder(reminder);
      } catch {
        options.logger.warn("A reminder failed; trying again at the next check", { reference: enquiry.reference, kind });
        continue;
      }
      if (outcome === "not-yet") continue;
      if (outcome === "sent") sent[kind === "coordinators" ? "coordinators" : "enquirers"]++;
      // Recorded also when Telegram refused it for good: a person who blocked the bot is not reminded again.
      await enquiries.markReminded(enquiry.id, kind, now());
    }
    return sent;
  };
}

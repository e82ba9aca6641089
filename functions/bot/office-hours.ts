import type { OfficeCalendar } from "../domain/working-hours.ts";
import type { Translate } from "./dates.ts";

/**
 * The office hours in the reader's language ("Mo–Fr 09:00–16:00 Uhr", "من الاثنين إلى الجمعة…"),
 * made from the same `OFFICE_SCHEDULE` the reminders count with, so that what people are told and
 * what the reminders assume cannot drift apart.
 */
export function officeHoursText(schedule: Pick<OfficeCalendar, "days" | "opens" | "closes">, t: Translate): string {
  const first = schedule.days[0]!;
  const last = schedule.days.at(-1)!;
  const variables = { firstDay: t(`weekday-${first}`), lastDay: t(`weekday-${last}`), opens: schedule.opens, closes: schedule.closes };
  return t(first === last ? "office-hours-one-day" : "office-hours", variables);
}

import type { Enquiry } from "./enquiry.ts";
import { workingMinutesBetween, type OfficeCalendar } from "./working-hours.ts";
import { AWAITING_FIRST_ANSWER, isFirstAnswer } from "./enquiry-lifecycle.ts";

export interface ReminderSettings {
  /** Coordinators are reminded of an enquiry without a first answer after this many office hours. */
  firstAnswerWorkingHours: number;
  /** The person is told their enquiry is not forgotten after this many. */
  reassureAfterWorkingHours: number;
}

export type DueReminder = { kind: "coordinators" | "enquirer"; enquiry: Enquiry; workingHours: number };

const waitingForFirstAnswer = (enquiry: Enquiry) =>
  AWAITING_FIRST_ANSWER.includes(enquiry.status) && isFirstAnswer(enquiry);

/** The reminders due now; each kind is sent once per enquiry (the caller records it). */
export function dueReminders(enquiries: readonly Enquiry[], now: Date, calendar: OfficeCalendar, settings: ReminderSettings): DueReminder[] {
  const due: DueReminder[] = [];
  for (const enquiry of enquiries) {
    if (!waitingForFirstAnswer(enquiry)) continue;
    const minutes = workingMinutesBetween(calendar, new Date(enquiry.createdAt), now);
    const workingHours = Math.floor(minutes / 60);
    if (!enquiry.remindedCoordinatorsAt && minutes >= settings.firstAnswerWorkingHours * 60) due.push({ kind: "coordinators", enquiry, workingHours });
    if (!enquiry.reassuredEnquirerAt && minutes >= settings.reassureAfterWorkingHours * 60) due.push({ kind: "enquirer", enquiry, workingHours });
  }
  return due;
}

/** "Mo-Fr 09:00-16:00" (German or English day names): the office's days and hours. */
export function parseOfficeSchedule(schedule: string): Pick<OfficeCalendar, "days" | "opens" | "closes"> | undefined {
  const names = ["mo|mon", "di|tue", "mi|wed", "do|thu", "fr|fri", "sa|sat", "so|sun"];
  const dayNumber = (name: string) => names.findIndex((alternatives) => alternatives.split("|").includes(name.toLowerCase())) + 1;
  const match = /^([A-Za-z]{2,3})\s*[-–]\s*([A-Za-z]{2,3})\s+(\d{2}):(00|15|30|45)\s*[-–]\s*(\d{2}):(00|15|30|45)$/.exec(schedule.trim());
  if (!match) return undefined;
  const [, from, to, openHour, openMinute, closeHour, closeMinute] = match;
  const first = dayNumber(from!);
  const last = dayNumber(to!);
  if (first === 0 || last === 0 || last < first || Number(openHour) > 23 || Number(closeHour) > 24) return undefined;
  const opens = `${openHour}:${openMinute}`;
  const closes = `${closeHour}:${closeMinute}`;
  if (closes <= opens) return undefined;
  return { days: Array.from({ length: last - first + 1 }, (_, index) => first + index), opens, closes };
}

/**
 * Office hours on a calendar: weekdays and a daily window in the office's time zone, minus public
 * holidays (decided by a function the caller supplies, e.g. from `date-holidays` for
 * Baden-Württemberg). Pure: the clock and the holidays come from outside.
 */
export interface OfficeCalendar {
  timeZone: string;
  /** ISO weekdays the office works: 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  /** "09:00" */
  opens: string;
  /** "16:00" */
  closes: string;
  isHoliday(localDate: string): boolean;
}

const MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string) => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", weekday: "short", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The local date (YYYY-MM-DD), ISO weekday and minutes since midnight of an instant in a time zone. */
export function local(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday!) + 1;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(":").map(Number);
  return hours! * 60 + minutes!;
};

/** Whether the office is open at this instant. */
export function isOpen(calendar: OfficeCalendar, instant: Date): boolean {
  const { date, weekday, minutes } = local(instant, calendar.timeZone);
  return calendar.days.includes(weekday) && !calendar.isHoliday(date) && minutes >= minutesOf(calendar.opens) && minutes < minutesOf(calendar.closes);
}

/** Office hours open and close on the quarter hour, so the calendar is walked in quarters. */
const QUARTER = 15 * MINUTE;

/**
 * Office minutes between two instants, counted quarter hour by quarter hour in local time: simple,
 * right across daylight-saving changes and holidays, and quick enough for weeks of enquiries.
 */
export function workingMinutesBetween(calendar: OfficeCalendar, from: Date, to: Date): number {
  let minutes = 0;
  let cursor = from.getTime();
  const end = to.getTime();
  while (cursor < end) {
    const next = Math.min(end, (Math.floor(cursor / QUARTER) + 1) * QUARTER);
    if (isOpen(calendar, new Date(cursor))) minutes += (next - cursor) / MINUTE;
    cursor = next;
  }
  return Math.round(minutes);
}

/** The next instant the office opens (now, if it is open). */
export function nextOpening(calendar: OfficeCalendar, from: Date): Date {
  if (isOpen(calendar, from)) return from;
  let cursor = Math.ceil(from.getTime() / QUARTER) * QUARTER;
  for (let i = 0; i < 4 * 24 * 60; i++, cursor += QUARTER) if (isOpen(calendar, new Date(cursor))) return new Date(cursor);
  throw new Error("The office calendar has no opening within 60 days");
}

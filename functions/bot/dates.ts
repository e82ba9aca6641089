import { local } from "../domain/working-hours.ts";

type Translate = (key: string, variables?: Record<string, string>) => string;

/** The office's time zone: every date the bot shows is read there, whatever the server's clock says. */
export const OFFICE_TIME_ZONE = "Europe/Berlin";

/**
 * "3. Dezember 2026" in the reader's language, in the office's time zone. Month names come from the
 * translations rather than `Intl.DateTimeFormat`'s locale data, so that digits and forms match the
 * rest of each language's texts (see answers.ts).
 */
export function readableDate(instant: string | Date, t: Translate, timeZone = OFFICE_TIME_ZONE): string {
  const [year, month, day] = local(new Date(instant), timeZone).date.split("-");
  return t("date-day-month-year", { day: String(Number(day)), month: t(`month-${Number(month)}`), year: year! });
}

/** "3. Dezember 2026, 14:05 Uhr" in the reader's language, in the office's time zone. */
export function readableDateTime(instant: string | Date, t: Translate, timeZone = OFFICE_TIME_ZONE): string {
  const { minutes } = local(new Date(instant), timeZone);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return t("date-time", { date: readableDate(instant, t, timeZone), time });
}

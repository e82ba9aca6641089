import { FluentNumber } from "@fluent/bundle";
import type { TranslationVariables } from "@grammyjs/i18n";
import { local } from "../domain/working-hours.ts";

/**
 * A translate function: `ctx.t`, or `i18n.t` for one language. Some callers declare theirs for
 * string variables only; every one is `i18n.t` underneath, which takes the numbers below too, so
 * the parameters are compared both ways (the method form) and both kinds are accepted.
 */
export type Translate = { translate(key: string, variables?: TranslationVariables): string }["translate"];

/** The office's time zone: every date the bot shows is read there, whatever the server's clock says. */
export const OFFICE_TIME_ZONE = "Europe/Berlin";

/**
 * A count for the translations ("{ $days -> [one] 1 Tag *[other] { $days } Tage }"): a number, so
 * that each language's plural rules pick the form (2 дні, 5 днів; 3 أيام, 11 يومًا), written with
 * the digits 0-9 and without grouping in every language, as the facts and dates are. A bare number
 * would be written in the locale's digits: Persian ones in Farsi, and in Arabic whatever the
 * runtime's ICU data holds for "ar" (Arabic-Indic or 0-9, depending on the version).
 */
export function count(value: number): FluentNumber {
  return new FluentNumber(value, { numberingSystem: "latn", useGrouping: false });
}

/** A figure with one decimal ("3,5" in German), digits 0-9, for medians and averages. */
export function decimal(value: number): FluentNumber {
  return new FluentNumber(value, { numberingSystem: "latn", useGrouping: false, minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/**
 * "3. Dezember 2026", "3 грудня 2026" in the reader's language, in the office's time zone. Month
 * names come from the translations rather than `Intl.DateTimeFormat`'s locale data, so that digits
 * and forms match the rest of each language's texts (see answers.ts). The month's number goes
 * along for languages that decline the name after a day (Ukrainian: the genitive).
 */
export function readableDate(instant: string | Date, t: Translate, timeZone = OFFICE_TIME_ZONE): string {
  const [year, month, day] = local(new Date(instant), timeZone).date.split("-");
  return dayMonthYear(day!, month!, year!, t);
}

/**
 * A day, month and year as written in `date-day-month-year`. Day and year are labels, not counts:
 * as strings they keep their digits as they are (a number would be grouped: "2.026").
 */
export function dayMonthYear(day: string, month: string, year: string, t: Translate): string {
  const monthNumber = Number(month);
  return t("date-day-month-year", { day: String(Number(day)), month: t(`month-${monthNumber}`), monthNumber: count(monthNumber), year });
}

/** "3. Dezember 2026, 14:05 Uhr" in the reader's language, in the office's time zone. */
export function readableDateTime(instant: string | Date, t: Translate, timeZone = OFFICE_TIME_ZONE): string {
  const { minutes } = local(new Date(instant), timeZone);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return t("date-time", { date: readableDate(instant, t, timeZone), time });
}

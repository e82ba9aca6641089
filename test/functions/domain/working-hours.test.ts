import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { isOpen, nextOpening, workingMinutesBetween, type OfficeCalendar } from "../../../functions/domain/working-hours.ts";

const badenWuerttemberg = new Holidays("DE", "BW");
const calendar: OfficeCalendar = {
  timeZone: "Europe/Berlin",
  days: [1, 2, 3, 4, 5],
  opens: "09:00",
  closes: "16:00",
  isHoliday: (date) => (badenWuerttemberg.isHoliday(new Date(`${date}T12:00:00Z`)) || []).some((holiday) => holiday.type === "public"),
};
const at = (iso: string) => new Date(iso);

describe("office hours in Stuttgart", () => {
  it("counts only weekday office hours, across a weekend", () => {
    // Friday 2026-11-27 15:00 CET to Monday 2026-11-30 10:00 CET: one hour on Friday, one on Monday.
    expect(workingMinutesBetween(calendar, at("2026-11-27T14:00:00Z"), at("2026-11-30T09:00:00Z"))).toBe(120);
  });

  it("skips Baden-Württemberg's public holidays", () => {
    // Wednesday 2026-12-23 15:00 to Monday 2026-12-28 10:00: Christmas Day and Boxing Day are holidays, the 24th is not.
    expect(workingMinutesBetween(calendar, at("2026-12-23T14:00:00Z"), at("2026-12-28T09:00:00Z"))).toBe(60 + 7 * 60 + 60);
    // Epiphany (6 January) is a holiday in Baden-Württemberg, though not in every state.
    expect(isOpen(calendar, at("2027-01-06T10:00:00Z"))).toBe(false);
  });

  it("keeps local hours across the change from summer time", () => {
    // Friday 2026-10-23 09:00 CEST (07:00 UTC) to Monday 2026-10-26 09:00 CET (08:00 UTC): Friday's seven hours.
    expect(workingMinutesBetween(calendar, at("2026-10-23T07:00:00Z"), at("2026-10-26T08:00:00Z"))).toBe(7 * 60);
    // Good Friday 2027 (26 March) is a holiday too.
    expect(isOpen(calendar, at("2027-03-26T10:00:00Z"))).toBe(false);
  });

  it("tells when the office opens next", () => {
    expect(nextOpening(calendar, at("2026-12-24T16:30:00Z")).toISOString()).toBe("2026-12-28T08:00:00.000Z");
    expect(nextOpening(calendar, at("2026-11-30T10:00:00Z")).toISOString()).toBe("2026-11-30T10:00:00.000Z");
  });
});

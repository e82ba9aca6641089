import type { Enquiry } from "./enquiry.ts";
import type { KnowledgeGapCount } from "./knowledge-gaps.ts";

export interface MonthStats {
  month: string;
  total: number;
  byType: Record<string, number>;
  byTopic: Record<string, number>;
  byStatus: Record<string, number>;
  /** Hours, or undefined when no enquiry of the month got there. */
  medianHoursToFirstAnswer?: number;
  medianHoursToClose?: number;
  helpful: number;
  notHelpful: number;
  unanswered: number;
  ratings: number;
  averageRating?: number;
}

const HOUR = 60 * 60 * 1000;

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function count(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Hours from creation to the first coordinator's message, and to closing, where they happened. */
export function durations(enquiry: Enquiry): { firstAnswer?: number; close?: number } {
  const created = Date.parse(enquiry.createdAt);
  const firstAnswer = enquiry.events.find((event) => event.type === "message-from-coordinator");
  const closed = enquiry.events.find((event) => event.type === "status-changed" && event.status === "closed");
  return {
    ...(firstAnswer ? { firstAnswer: (Date.parse(firstAnswer.at) - created) / HOUR } : {}),
    ...(closed ? { close: (Date.parse(closed.at) - created) / HOUR } : {}),
  };
}

/** A month in numbers, for the coordinators' /stats: what came in, how fast it was answered, what people thought. */
export function monthStats(month: string, enquiries: readonly Enquiry[], gaps: readonly KnowledgeGapCount[]): MonthStats {
  const ofMonth = enquiries.filter((enquiry) => enquiry.createdAt.startsWith(month));
  const timings = ofMonth.map(durations);
  const ratings = ofMonth.flatMap((enquiry) => (enquiry.rating ? [enquiry.rating] : []));
  const sum = (kind: KnowledgeGapCount["kind"]) => gaps.filter((gap) => gap.month === month && gap.kind === kind).reduce((total, gap) => total + gap.count, 0);
  const firstAnswer = median(timings.flatMap((timing) => (timing.firstAnswer === undefined ? [] : [timing.firstAnswer])));
  const close = median(timings.flatMap((timing) => (timing.close === undefined ? [] : [timing.close])));
  return {
    month,
    total: ofMonth.length,
    byType: count(ofMonth.map((enquiry) => enquiry.type)),
    byTopic: count(ofMonth.map((enquiry) => enquiry.topic)),
    byStatus: count(ofMonth.map((enquiry) => enquiry.status)),
    ...(firstAnswer === undefined ? {} : { medianHoursToFirstAnswer: firstAnswer }),
    ...(close === undefined ? {} : { medianHoursToClose: close }),
    helpful: sum("helpful"),
    notHelpful: sum("not-helpful"),
    unanswered: sum("unmatched"),
    ratings: ratings.length,
    ...(ratings.length ? { averageRating: ratings.reduce((a, b) => a + b, 0) / ratings.length } : {}),
  };
}

/** One CSV line per enquiry of a month; contact details and texts only when asked for explicitly. */
export function exportCsv(enquiries: readonly Enquiry[], month: string, options: { personal: boolean }): string {
  const columns = ["reference", "created_at", "type", "topic", "district", "language", "status", "hours_to_first_answer", "hours_to_close", "rating"];
  if (options.personal) columns.push("company", "contact", "question");
  const quote = (value: unknown) => {
    const text = value === undefined || value === null ? "" : String(value);
    // Quoted, and a leading = + - @ neutralised, so that no spreadsheet runs a formula from a person's text.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = enquiries
    .filter((enquiry) => enquiry.createdAt.startsWith(month))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((enquiry) => {
      const timing = durations(enquiry);
      const values: unknown[] = [
        enquiry.reference,
        enquiry.createdAt,
        enquiry.type,
        enquiry.topic,
        enquiry.district,
        enquiry.language,
        enquiry.status,
        timing.firstAnswer?.toFixed(1),
        timing.close?.toFixed(1),
        enquiry.rating,
      ];
      if (options.personal) {
        const contact = enquiry.contact.channel === "email" ? enquiry.contact.address : enquiry.contact.channel === "phone" ? enquiry.contact.number : "telegram";
        values.push(enquiry.companyName, contact, enquiry.question);
      }
      return values.map(quote).join(",");
    });
  return [columns.join(","), ...rows].join("\n") + "\n";
}

import type { Enquiry, EnquirerType, EnquiryStatus, EnquiryTopic } from "./enquiry.ts";
import { closedAt } from "./enquiry-lifecycle.ts";
import type { KnowledgeGapCount } from "./knowledge-gaps.ts";
import type { Language } from "./languages.ts";

/**
 * What the statistics keep of an enquiry once its person's data is erased (at their request or
 * after retention): the month and the counted categories, nothing that points to a person — no
 * reference, contact, text, district or exact time. `key` is a one-way digest of the enquiry's
 * id: it makes keeping the figures idempotent without keeping the id.
 */
export interface ErasedEnquiryFigures {
  key: string;
  month: string;
  type: EnquirerType;
  topic: EnquiryTopic;
  language: Language;
  status: EnquiryStatus;
  hoursToFirstAnswer?: number;
  hoursToClose?: number;
  rating?: number;
}

/** Port: the figures of erased enquiries, by month. */
export interface ErasedFiguresStore {
  /** Keeps the figures; keeping the same enquiry's again changes nothing. */
  keep(figures: ErasedEnquiryFigures): Promise<void>;
  listMonth(month: string): Promise<ErasedEnquiryFigures[]>;
}

/** FNV-1a (64 bit) of the enquiry id: stable, one-way enough for a random id, and free of platform APIs. */
export function figuresKey(enquiryId: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const unit of enquiryId) {
    hash ^= BigInt(unit.codePointAt(0)!);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

export function erasedFigures(enquiry: Enquiry): ErasedEnquiryFigures {
  const timing = durations(enquiry);
  return {
    key: figuresKey(enquiry.id),
    month: enquiry.createdAt.slice(0, 7),
    type: enquiry.type,
    topic: enquiry.topic,
    language: enquiry.language,
    status: enquiry.status,
    ...(timing.firstAnswer === undefined ? {} : { hoursToFirstAnswer: timing.firstAnswer }),
    ...(timing.close === undefined ? {} : { hoursToClose: timing.close }),
    ...(enquiry.rating === undefined ? {} : { rating: enquiry.rating }),
  };
}

/** The month's figures: stored enquiries, and erased ones that are not stored any more. */
function figuresOfMonth(month: string, enquiries: readonly Enquiry[], erased: readonly ErasedEnquiryFigures[]): ErasedEnquiryFigures[] {
  const stored = enquiries.filter((enquiry) => enquiry.createdAt.startsWith(month)).map(erasedFigures);
  const storedKeys = new Set(stored.map((figures) => figures.key));
  return [...stored, ...erased.filter((figures) => figures.month === month && !storedKeys.has(figures.key))];
}

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
  const closed = closedAt(enquiry);
  return {
    ...(firstAnswer ? { firstAnswer: (Date.parse(firstAnswer.at) - created) / HOUR } : {}),
    ...(closed ? { close: (Date.parse(closed) - created) / HOUR } : {}),
  };
}

/**
 * A month in numbers, for the coordinators' /stats: what came in, how fast it was answered, what
 * people thought. Erased enquiries still count, so a person deleting their data changes no past month.
 */
export function monthStats(month: string, enquiries: readonly Enquiry[], gaps: readonly KnowledgeGapCount[], erased: readonly ErasedEnquiryFigures[] = []): MonthStats {
  const ofMonth = figuresOfMonth(month, enquiries, erased);
  const ratings = ofMonth.flatMap((figures) => (figures.rating ? [figures.rating] : []));
  const sum = (kind: KnowledgeGapCount["kind"]) => gaps.filter((gap) => gap.month === month && gap.kind === kind).reduce((total, gap) => total + gap.count, 0);
  const firstAnswer = median(ofMonth.flatMap((figures) => (figures.hoursToFirstAnswer === undefined ? [] : [figures.hoursToFirstAnswer])));
  const close = median(ofMonth.flatMap((figures) => (figures.hoursToClose === undefined ? [] : [figures.hoursToClose])));
  return {
    month,
    total: ofMonth.length,
    byType: count(ofMonth.map((figures) => figures.type)),
    byTopic: count(ofMonth.map((figures) => figures.topic)),
    byStatus: count(ofMonth.map((figures) => figures.status)),
    ...(firstAnswer === undefined ? {} : { medianHoursToFirstAnswer: firstAnswer }),
    ...(close === undefined ? {} : { medianHoursToClose: close }),
    helpful: sum("helpful"),
    notHelpful: sum("not-helpful"),
    unanswered: sum("unmatched"),
    ratings: ratings.length,
    ...(ratings.length ? { averageRating: ratings.reduce((a, b) => a + b, 0) / ratings.length } : {}),
  };
}

/**
 * One CSV line per enquiry of a month; contact details and texts only when asked for explicitly.
 * Erased enquiries keep a line with their figures only (no reference, day or district).
 */
export function exportCsv(enquiries: readonly Enquiry[], month: string, options: { personal: boolean }, erased: readonly ErasedEnquiryFigures[] = []): string {
  const columns = ["reference", "created_at", "type", "topic", "district", "language", "status", "hours_to_first_answer", "hours_to_close", "rating"];
  if (options.personal) columns.push("company", "contact", "question");
  const quote = (value: unknown) => {
    const text = value === undefined || value === null ? "" : String(value);
    // Quoted, and a leading = + - @ neutralised, so that no spreadsheet runs a formula from a person's text.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const stored = enquiries.filter((enquiry) => enquiry.createdAt.startsWith(month)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const storedKeys = new Set(stored.map((enquiry) => figuresKey(enquiry.id)));
  const rows = stored.map((enquiry) => {
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
  for (const figures of erased.filter((candidate) => candidate.month === month && !storedKeys.has(candidate.key))) {
    const values: unknown[] = ["", figures.month, figures.type, figures.topic, "", figures.language, figures.status, figures.hoursToFirstAnswer?.toFixed(1), figures.hoursToClose?.toFixed(1), figures.rating];
    if (options.personal) values.push("", "", "");
    rows.push(values.map(quote).join(","));
  }
  return [columns.join(","), ...rows].join("\n") + "\n";
}

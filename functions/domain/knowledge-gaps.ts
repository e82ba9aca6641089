import type { Language } from "./languages.ts";

/**
 * What operators need to see where the knowledge base falls short, counted without any personal
 * data: no question text, no user id, only which entry or topic, which language and which month.
 */
export type KnowledgeSignal =
  | { kind: "unmatched"; language: Language; topic: string | undefined }
  | { kind: "helpful" | "not-helpful"; language: Language; entryId: string };

export interface KnowledgeGapCount {
  month: string;
  kind: KnowledgeSignal["kind"];
  /** An entry id, a topic, or "none" for a question near no topic. */
  subject: string;
  language: Language;
  count: number;
}

/** Port: counts the signals per month. */
export interface KnowledgeGapStore {
  record(signal: KnowledgeSignal, at: Date): Promise<void>;
  /** Counts of one month (`YYYY-MM`), most frequent first. */
  countsFor(month: string): Promise<KnowledgeGapCount[]>;
}

export const monthOf = (date: Date) => date.toISOString().slice(0, 7);

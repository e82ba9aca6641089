import type { Topic } from "./knowledge-base.ts";
import type { Language } from "./languages.ts";

/** Who is asking, as the dialogue asks it (not the same as the menus' audiences: companies may write, "curious" may not). */
export const ENQUIRER_TYPES = ["volunteer", "company", "refugee", "other"] as const;
export type EnquirerType = (typeof ENQUIRER_TYPES)[number];
export type EnquiryTopic = Topic | "other";

export const ENQUIRY_STATUSES = ["new", "assigned", "waiting_for_enquirer", "answered", "closed", "withdrawn"] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];
/** Statuses in which the enquiry is still being worked on (and counts against the limit). */
export const OPEN_STATUSES: ReadonlySet<EnquiryStatus> = new Set(["new", "assigned", "waiting_for_enquirer", "answered"]);

export type Contact = { channel: "telegram" } | { channel: "email"; address: string } | { channel: "phone"; number: string };
export interface Attachment {
  kind: "photo" | "document";
  /** Telegram's file id: the file itself stays with Telegram. */
  fileId: string;
}

export interface EnquiryEvent {
  at: string;
  type: "created" | "message-from-enquirer" | "message-from-coordinator" | "status-changed" | "note";
  /** For coordinators' messages and notes: who (their first name is what the enquirer sees). */
  by?: { userId: number; firstName: string };
  text?: string;
  attachments?: Attachment[];
  status?: EnquiryStatus;
  /** Notes are for coordinators only and are never shown to the enquirer. */
  private?: boolean;
}

/** Where the enquiry lives in the coordinators' group: its forum topic and summary card. */
export interface Coordination {
  chatId: number;
  /** The team of `content/routing.json` the enquiry was routed to. */
  team?: string;
  /** The forum topic; absent when the group has no topics and cards are plain messages. */
  threadId?: number;
  cardMessageId?: number;
  postedAt?: string;
  /** How many of the enquiry's attachments follow the card; a run after a failure posts the rest. */
  attachmentsPosted?: number;
}

export interface Enquiry {
  id: string;
  /** `<prefix>-<year>-<sequence>`, e.g. A-2026-00123: what people and coordinators say. */
  reference: string;
  enquirerId: number;
  type: EnquirerType;
  topic: EnquiryTopic;
  companyName?: string;
  cooperation?: string;
  district: string | null;
  language: Language;
  contact: Contact;
  question: string;
  attachments: Attachment[];
  status: EnquiryStatus;
  createdAt: string;
  updatedAt: string;
  consentAt: string;
  events: EnquiryEvent[];
  coordination?: Coordination;
  /** The coordinator who took it over. */
  assignee?: number;
  /** When the coordinators were reminded that it has no first answer yet. */
  remindedCoordinatorsAt?: string;
  /** When the person was told it has not been forgotten. */
  reassuredEnquirerAt?: string;
  /** 1–5, given by the person after it was closed. */
  rating?: number;
}

/** The events an enquirer may see: everything but the coordinators' private notes. */
export function visibleToEnquirer(enquiry: Enquiry): EnquiryEvent[] {
  return enquiry.events.filter((event) => !event.private && event.type !== "note");
}

/** Why a status change was not made: the enquiry is gone, or someone changed it meanwhile. */
export type StatusChangeRefusal = "gone" | "changed-meanwhile";

/** Options of a change to an enquiry's history. */
export interface EnquiryChange {
  /** The new status; starts the retention clock with `deleteAfter`, or stops it when absent. */
  status?: EnquiryStatus;
  deleteAfter?: Date;
  assignee?: number;
  /**
   * The status the author saw: the change is made only while the enquiry still has it, so that
   * two people acting at once (a withdrawal and a take-over) cannot both win.
   */
  expectedStatus?: EnquiryStatus;
}

/** Port: enquiries and the counter of references. The ways back to an enquiry are `EnquiryLookups`. */
export interface EnquiryStore {
  nextSequence(year: number): Promise<number>;
  /** Creates the enquiry unless one with its id exists; returns the stored one either way. */
  create(enquiry: Enquiry): Promise<{ created: boolean; enquiry: Enquiry }>;
  get(id: string): Promise<Enquiry | undefined>;
  /** Newest first; ended enquiries past their retention only with `includeExpired` (for deleting them). */
  listByEnquirer(enquirerId: number, options?: { includeExpired?: boolean }): Promise<Enquiry[]>;
  /**
   * Appends an event; with a status, changes it. Undefined when the enquiry is gone or, with
   * `expectedStatus`, no longer has that status (`applyTransition` in the lifecycle tells which).
   */
  addEvent(id: string, event: EnquiryEvent, options?: EnquiryChange): Promise<Enquiry | undefined>;
  /** Oldest first; ended enquiries past their retention only with `includeExpired` (statistics, erasing). */
  listByStatus(status: EnquiryStatus, options?: { includeExpired?: boolean }): Promise<Enquiry[]>;
  /** Ended enquiries whose retention has passed and that are still stored (DynamoDB's TTL is lazy). */
  listExpired(): Promise<Enquiry[]>;
  /** Records where the enquiry was posted for the coordinators. */
  setCoordination(id: string, coordination: Coordination): Promise<void>;
  /** The person's 1–5 rating of a closed enquiry; only the first counts. */
  rate(id: string, rating: number): Promise<boolean>;
  /** Records that a reminder of this kind was sent. */
  markReminded(id: string, kind: "coordinators" | "enquirer", at: Date): Promise<void>;
  /** Coordinators' enquiries, most recently changed first. */
  listByAssignee(userId: number): Promise<Enquiry[]>;
  delete(id: string): Promise<void>;
}

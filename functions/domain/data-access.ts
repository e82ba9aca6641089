import type { Enquiry, EnquiryEvent } from "./enquiry.ts";
import type { UserPreferences } from "./user-preferences.ts";

/**
 * The copy a person gets with `/mydata` (DSGVO Art. 15): their own data and what was said to
 * them or about them, including the coordinators' internal notes on their enquiries, which are
 * personal data about them too. It never holds anybody else's identifiers: no coordinator's user
 * id, no group, topic or message id, no Telegram file id (the files are in the person's own chat).
 * Coordinators appear by the first name the person already saw on their messages.
 */
export interface DataAccessCopy {
  exportedAt: string;
  telegramUserId: number;
  preferences: { language?: string; updatedAt: string; addingToEnquiry?: string; enquiryBeingWritten?: Record<string, unknown> } | null;
  enquiries: EnquiryCopy[];
}

interface EnquiryCopy {
  reference: string;
  status: Enquiry["status"];
  createdAt: string;
  updatedAt: string;
  consentAt: string;
  type: Enquiry["type"];
  topic: Enquiry["topic"];
  companyName?: string;
  cooperation?: string;
  district: string | null;
  language: Enquiry["language"];
  contact: Enquiry["contact"];
  question: string;
  attachments: { kind: "photo" | "document" }[];
  rating?: number;
  history: EventCopy[];
}

interface EventCopy {
  at: string;
  type: "request" | "your-message" | "message-from-the-office" | "status-changed" | "internal-note";
  text?: string;
  /** The first name the coordinator signs their messages with. */
  coordinator?: string;
  status?: Enquiry["status"];
  attachments?: number;
}

const EVENT_TYPES: Record<EnquiryEvent["type"], EventCopy["type"]> = {
  created: "request",
  "message-from-enquirer": "your-message",
  "message-from-coordinator": "message-from-the-office",
  "status-changed": "status-changed",
  note: "internal-note",
};

function eventCopy(event: EnquiryEvent): EventCopy {
  const type = event.private ? "internal-note" : EVENT_TYPES[event.type];
  return {
    at: event.at,
    type,
    ...(event.text ? { text: event.text } : {}),
    ...(event.by && type !== "internal-note" ? { coordinator: event.by.firstName } : {}),
    ...(event.status ? { status: event.status } : {}),
    ...(event.attachments?.length ? { attachments: event.attachments.length } : {}),
  };
}

function enquiryCopy(enquiry: Enquiry): EnquiryCopy {
  return {
    reference: enquiry.reference,
    status: enquiry.status,
    createdAt: enquiry.createdAt,
    updatedAt: enquiry.updatedAt,
    consentAt: enquiry.consentAt,
    type: enquiry.type,
    topic: enquiry.topic,
    ...(enquiry.companyName !== undefined ? { companyName: enquiry.companyName } : {}),
    ...(enquiry.cooperation !== undefined ? { cooperation: enquiry.cooperation } : {}),
    district: enquiry.district,
    language: enquiry.language,
    contact: enquiry.contact,
    question: enquiry.question,
    attachments: enquiry.attachments.map((attachment) => ({ kind: attachment.kind })),
    ...(enquiry.rating !== undefined ? { rating: enquiry.rating } : {}),
    history: enquiry.events.map(eventCopy),
  };
}

export function dataAccessCopy(telegramUserId: number, preferences: UserPreferences | undefined, enquiries: readonly Enquiry[], exportedAt: Date): DataAccessCopy {
  const addingTo = preferences?.addingTo ? enquiries.find((enquiry) => enquiry.id === preferences.addingTo)?.reference : undefined;
  const draft = preferences?.draft;
  return {
    exportedAt: exportedAt.toISOString(),
    telegramUserId,
    preferences: preferences
      ? {
          ...(preferences.language ? { language: preferences.language } : {}),
          updatedAt: preferences.updatedAt,
          ...(addingTo ? { addingToEnquiry: addingTo } : {}),
          // The answers given so far; its internal id and file ids are left out like the enquiries'.
          ...(draft
            ? {
                enquiryBeingWritten: Object.fromEntries(
                  Object.entries({ ...draft, attachments: draft.attachments.map((attachment) => ({ kind: attachment.kind })) }).filter(
                    ([key]) => !["id", "previous", "correcting", "lastMessageId", "pendingChannel"].includes(key),
                  ),
                ),
              }
            : {}),
        }
      : null,
    enquiries: enquiries.map(enquiryCopy),
  };
}

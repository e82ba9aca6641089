import { TOPICS, type Topic } from "./knowledge-base.ts";
import { isLanguage, type Language } from "./languages.ts";

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

/**
 * The steps of the dialogue, in order; company name and cooperation only for companies. Consent
 * comes first: nothing a person enters is stored before they agreed to it being stored.
 */
export const STEPS = ["consent", "type", "topic", "company", "cooperation", "district", "language", "contact", "contact-detail", "question", "summary"] as const;
export type EnquiryStep = (typeof STEPS)[number];

export interface EnquiryDraft {
  /** Becomes the enquiry's id: a redelivered or repeated "Send" finds the enquiry already there. */
  id: string;
  step: EnquiryStep;
  /** Steps already answered, for "Back". */
  previous: EnquiryStep[];
  /** Set when the person corrects one answer from the summary: after it, back to the summary. */
  correcting?: boolean;
  type?: EnquirerType;
  topic?: EnquiryTopic;
  companyName?: string;
  cooperation?: string;
  /** A district name, or null when the person skipped it. */
  district?: string | null;
  language?: Language;
  contact?: Contact;
  /** email or phone, chosen but not yet given. */
  pendingChannel?: "email" | "phone";
  question?: string;
  attachments: Attachment[];
  consentAt?: string;
  startedAt: string;
  /** The person's message that last changed the draft: Telegram may deliver it again. */
  lastMessageId?: number;
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

/** Limits that keep one person, or a flood, from overwhelming the office. */
export const LIMITS = { questionLength: 2000, companyNameLength: 200, cooperationLength: 500, attachments: 5 } as const;

/** Validation errors name what to tell the person; the bot turns them into translated hints. */
export type InputError =
  | "empty"
  | "too-long"
  | "invalid-email"
  | "invalid-phone"
  | "use-buttons"
  | "unsupported-media"
  | "too-many-attachments";

export type StepResult = { ok: true; draft: EnquiryDraft } | { ok: false; error: InputError };

/** A person's input at a step: a button value, a text, or an attachment. */
export type StepInput =
  /** `carried`: with the consent, the question the person asked before (it is stored only now). */
  | { kind: "choice"; value: string; carried?: string }
  | { kind: "text"; text: string }
  | { kind: "attachment"; attachment: Attachment }
  | { kind: "other-media" };

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}$/;
/** Digits with the usual separators; 6 to 15 digits as ITU-T E.164 allows. */
const PHONE = /^\+?[0-9 ()/.-]{6,25}$/;

export function newDraft(id: string, now: Date): EnquiryDraft {
  return { id, step: "consent", previous: [], attachments: [], startedAt: now.toISOString() };
}

/** The step after `step` for this draft. */
export function stepAfter(draft: EnquiryDraft, step: EnquiryStep): EnquiryStep {
  if (draft.correcting && step !== "contact") return "summary";
  switch (step) {
    case "consent":
      return "type";
    case "type":
      return "topic";
    case "topic":
      return draft.type === "company" ? "company" : "district";
    case "company":
      return "cooperation";
    case "cooperation":
      return "district";
    case "district":
      return "language";
    case "language":
      return "contact";
    case "contact":
      return draft.pendingChannel ? "contact-detail" : draft.correcting ? "summary" : "question";
    case "contact-detail":
      return draft.correcting ? "summary" : "question";
    case "question":
      return "summary";
    case "summary":
      return "summary";
  }
}

function advance(draft: EnquiryDraft, changes: Partial<EnquiryDraft>): EnquiryDraft {
  const updated = { ...draft, ...changes };
  const next = stepAfter(updated, draft.step);
  // Agreeing is not an answer to go back to: "Back" from the first question leaves it as it is.
  const previous = draft.step === "consent" ? draft.previous : [...draft.previous, draft.step];
  return { ...updated, step: next, previous, ...(next === "summary" ? { correcting: false } : {}) };
}

/** Goes one step back, keeping every answer. */
export function stepBack(draft: EnquiryDraft): EnquiryDraft {
  const previous = [...draft.previous];
  const step = previous.pop();
  return step ? { ...draft, step, previous, correcting: false } : draft;
}

/** From the summary, jumps to one answer to correct it; after it the dialogue returns to the summary. */
export function correct(draft: EnquiryDraft, step: EnquiryStep): EnquiryDraft {
  return { ...draft, step, previous: [...draft.previous, "summary"], correcting: true };
}

/**
 * Applies the person's input to the current step: either the draft of the next step, or what
 * was wrong with the input (the step stays as it is, nothing entered before is lost).
 */
export function applyInput(draft: EnquiryDraft, input: StepInput, knownDistricts: readonly string[], now: Date): StepResult {
  const step = draft.step;
  const text = input.kind === "text" ? input.text.trim() : undefined;
  const choice = input.kind === "choice" ? input.value : undefined;

  switch (step) {
    case "type":
      if (choice && (ENQUIRER_TYPES as readonly string[]).includes(choice)) return { ok: true, draft: advance(draft, { type: choice as EnquirerType }) };
      return { ok: false, error: "use-buttons" };
    case "topic":
      if (choice && (choice === "other" || (TOPICS as readonly string[]).includes(choice))) return { ok: true, draft: advance(draft, { topic: choice as EnquiryTopic }) };
      return { ok: false, error: "use-buttons" };
    case "company":
      if (text === undefined) return { ok: false, error: "empty" };
      if (!text) return { ok: false, error: "empty" };
      if (text.length > LIMITS.companyNameLength) return { ok: false, error: "too-long" };
      return { ok: true, draft: advance(draft, { companyName: text }) };
    case "cooperation":
      if (text === undefined || !text) return { ok: false, error: "empty" };
      if (text.length > LIMITS.cooperationLength) return { ok: false, error: "too-long" };
      return { ok: true, draft: advance(draft, { cooperation: text }) };
    case "district":
      if (choice === "skip") return { ok: true, draft: advance(draft, { district: null }) };
      if (choice !== undefined && knownDistricts[Number(choice)] !== undefined) return { ok: true, draft: advance(draft, { district: knownDistricts[Number(choice)] }) };
      return { ok: false, error: "use-buttons" };
    case "language":
      if (isLanguage(choice)) return { ok: true, draft: advance(draft, { language: choice }) };
      return { ok: false, error: "use-buttons" };
    case "contact":
      if (choice === "telegram") return { ok: true, draft: advance({ ...draft, pendingChannel: undefined }, { contact: { channel: "telegram" } }) };
      if (choice === "email" || choice === "phone") return { ok: true, draft: advance(draft, { pendingChannel: choice }) };
      return { ok: false, error: "use-buttons" };
    case "contact-detail": {
      if (text === undefined || !text) return { ok: false, error: "empty" };
      if (draft.pendingChannel === "email") {
        if (!EMAIL.test(text)) return { ok: false, error: "invalid-email" };
        return { ok: true, draft: advance({ ...draft, pendingChannel: undefined }, { contact: { channel: "email", address: text } }) };
      }
      const digits = text.replace(/\D/g, "");
      if (!PHONE.test(text) || digits.length < 6 || digits.length > 15) return { ok: false, error: "invalid-phone" };
      return { ok: true, draft: advance({ ...draft, pendingChannel: undefined }, { contact: { channel: "phone", number: text } }) };
    }
    case "question":
      if (choice === "keep" && draft.question) return { ok: true, draft: advance(draft, {}) };
      if (input.kind === "attachment") {
        if (draft.attachments.length >= LIMITS.attachments) return { ok: false, error: "too-many-attachments" };
        // An attachment alone does not finish the step: the question text is still needed.
        return { ok: true, draft: { ...draft, attachments: [...draft.attachments, input.attachment] } };
      }
      if (input.kind === "other-media") return { ok: false, error: "unsupported-media" };
      if (text === undefined) return { ok: false, error: "use-buttons" };
      if (!text) return { ok: false, error: "empty" };
      if (text.length > LIMITS.questionLength) return { ok: false, error: "too-long" };
      return { ok: true, draft: advance(draft, { question: text }) };
    case "consent": {
      if (choice !== "yes") return { ok: false, error: "use-buttons" };
      const carried = input.kind === "choice" && input.carried ? { question: input.carried.slice(0, LIMITS.questionLength) } : {};
      return { ok: true, draft: advance(draft, { consentAt: now.toISOString(), ...carried }) };
    }
    case "summary":
      return { ok: false, error: "use-buttons" };
  }
}

/** Whether everything an enquiry needs is there (the summary's "Send" is only offered then). */
export function isComplete(draft: EnquiryDraft): boolean {
  return Boolean(
    draft.type && draft.topic && draft.district !== undefined && draft.language && draft.contact && draft.question && draft.consentAt && (draft.type !== "company" || (draft.companyName && draft.cooperation)),
  );
}

/** The enquiry a complete draft becomes. */
export function enquiryFrom(draft: EnquiryDraft, enquirerId: number, reference: string, now: Date): Enquiry {
  if (!isComplete(draft)) throw new Error("An incomplete draft cannot become an enquiry");
  const at = now.toISOString();
  return {
    id: draft.id,
    reference,
    enquirerId,
    type: draft.type!,
    topic: draft.topic!,
    ...(draft.type === "company" ? { companyName: draft.companyName, cooperation: draft.cooperation } : {}),
    district: draft.district ?? null,
    language: draft.language!,
    contact: draft.contact!,
    question: draft.question!,
    attachments: draft.attachments,
    status: "new",
    createdAt: at,
    updatedAt: at,
    consentAt: draft.consentAt!,
    events: [{ at, type: "created", text: draft.question!, ...(draft.attachments.length ? { attachments: draft.attachments } : {}) }],
  };
}

/** `A-2026-00123`. */
export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(5, "0")}`;
}

/** Why a person may not start another enquiry now. */
export type EnquiryRefusal = "too-many-open" | "daily-limit";

export function checkLimits(existing: readonly Pick<Enquiry, "status" | "createdAt">[], now: Date, limits: { maxOpen: number; maxPerDay: number }): EnquiryRefusal | undefined {
  if (existing.filter((enquiry) => OPEN_STATUSES.has(enquiry.status)).length >= limits.maxOpen) return "too-many-open";
  const dayAgo = now.getTime() - 24 * 60 * 60 * 1000;
  if (existing.filter((enquiry) => Date.parse(enquiry.createdAt) > dayAgo).length >= limits.maxPerDay) return "daily-limit";
  return undefined;
}

/** The events an enquirer may see: everything but the coordinators' private notes. */
export function visibleToEnquirer(enquiry: Enquiry): EnquiryEvent[] {
  return enquiry.events.filter((event) => !event.private && event.type !== "note");
}

/** Why a status change was not made: the enquiry is gone, or someone changed it meanwhile. */
export type StatusChangeRefusal = "gone" | "changed-meanwhile";

/** What an enquiry's forum topic (or card) leads to: the enquiry, or the note that it was erased. */
export type CoordinationPlace = { kind: "enquiry"; enquiry: Enquiry } | { kind: "erased"; reference: string };

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

/** Port: enquiries and the counter of references. */
export interface EnquiryStore {
  nextSequence(year: number): Promise<number>;
  /** Creates the enquiry unless one with its id exists; returns the stored one either way. */
  create(enquiry: Enquiry): Promise<{ created: boolean; enquiry: Enquiry }>;
  get(id: string): Promise<Enquiry | undefined>;
  /** Newest first; ended enquiries past their retention only with `includeExpired` (for deleting them). */
  listByEnquirer(enquirerId: number, options?: { includeExpired?: boolean }): Promise<Enquiry[]>;
  /**
   * Appends an event; with a status, changes it. Undefined when the enquiry is gone or, with
   * `expectedStatus`, no longer has that status (see `changeOutcome` for which).
   */
  addEvent(id: string, event: EnquiryEvent, options?: EnquiryChange): Promise<Enquiry | undefined>;
  /** Oldest first; ended enquiries past their retention only with `includeExpired` (statistics, erasing). */
  listByStatus(status: EnquiryStatus, options?: { includeExpired?: boolean }): Promise<Enquiry[]>;
  /** Ended enquiries whose retention has passed and that are still stored (DynamoDB's TTL is lazy). */
  listExpired(): Promise<Enquiry[]>;
  /** Records where the enquiry was posted for the coordinators, and makes its topic findable. */
  setCoordination(id: string, coordination: Coordination): Promise<void>;
  /** Remembers that the person's message `messageId` carries this enquiry's conversation (Telegram "reply" finds it). */
  rememberRelay(enquirerId: number, messageId: number, enquiryId: string, until: Date): Promise<void>;
  findRelay(enquirerId: number, messageId: number): Promise<string | undefined>;
  /** Deletes every remembered reply of the person (part of deleting their data). */
  forgetRelays(enquirerId: number): Promise<void>;
  /** True the first time it is called for `key`, false ever after: for things to say once. */
  firstTime(key: string): Promise<boolean>;
  /** The person's 1–5 rating of a closed enquiry; only the first counts. */
  rate(id: string, rating: number): Promise<boolean>;
  /** Records that a reminder of this kind was sent. */
  markReminded(id: string, kind: "coordinators" | "enquirer", at: Date): Promise<void>;
  /** Coordinators' enquiries (gsi2), most recently changed first. */
  listByAssignee(userId: number): Promise<Enquiry[]>;
  /** Makes an enquiry findable by its reference (`/find A-2026-00123`). */
  rememberReference(reference: string, id: string): Promise<void>;
  findByReference(reference: string): Promise<Enquiry | undefined>;
  /** The enquiry whose topic (or, without topics, whose card) this is. */
  findByCoordination(chatId: number, threadId: number | undefined, cardMessageId: number | undefined): Promise<Enquiry | undefined>;
  /** Like `findByCoordination`, but also says when the enquiry that lived there was erased. */
  placeOf(chatId: number, threadId: number | undefined, cardMessageId: number | undefined): Promise<CoordinationPlace | undefined>;
  /**
   * Deletes the enquiry and everything that leads to it: its reference, the person's relay
   * pointers to it, and its place in the group, which keeps only the reference for `keepMarkerUntil`
   * so that a coordinator who writes there is told it was erased. Safe to repeat.
   */
  erase(enquiry: Pick<Enquiry, "id" | "reference" | "enquirerId" | "coordination">, keepMarkerUntil: Date): Promise<void>;
}

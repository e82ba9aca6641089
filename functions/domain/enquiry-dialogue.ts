import { TOPICS } from "./knowledge-base.ts";
import { isLanguage } from "./languages.ts";
import { ENQUIRER_TYPES, type Attachment, type Contact, type EnquirerType, type Enquiry, type EnquiryTopic } from "./enquiry.ts";
import type { Language } from "./languages.ts";
import type { Audience } from "./audiences.ts";
import { isOpen } from "./enquiry-lifecycle.ts";

/**
 * The guided dialogue in which a person writes an enquiry: its steps, what each accepts, and the
 * enquiry a complete draft becomes. Pure: the bot shows the steps, the store keeps the draft.
 */

/**
 * The steps of the dialogue, in order; company name and cooperation only for companies. Consent
 * comes first: nothing a person enters is stored before they agreed to it being stored.
 */
export const STEPS = ["consent", "type", "topic", "company", "cooperation", "district", "language", "contact", "contact-detail", "question", "summary"] as const;
export type EnquiryStep = (typeof STEPS)[number];

export interface EnquiryDraft {
  /** Becomes the enquiry's id: a redelivered or repeated "Send" finds the enquiry already there. */
  id: string;
  /** Answers known before the dialogue began (see `KnownAnswers`): their steps are not asked, the summary shows them. */
  known?: KnownStep[];
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

/** The steps whose answer can be known before the dialogue begins. */
export type KnownStep = "type" | "topic" | "language";

/**
 * What the bot knows before asking: who is asking (the audience chosen in the menus), the topic
 * of the answer that led here, and the chat's language. Those steps are not asked again; the
 * summary shows them, and they can be changed there.
 */
export interface KnownAnswers {
  type?: EnquirerType;
  topic?: EnquiryTopic;
  language?: Language;
}

/** Who is asking, from the audience chosen in the menus: "just looking" says nothing about it. */
export function enquirerTypeOf(audience: Audience | undefined): EnquirerType | undefined {
  return audience === "volunteer" || audience === "company" || audience === "refugee" ? audience : undefined;
}

export function newDraft(id: string, now: Date, knownAnswers: KnownAnswers = {}): EnquiryDraft {
  const known = (Object.keys(knownAnswers) as KnownStep[]).filter((step) => knownAnswers[step] !== undefined);
  return { id, step: "consent", previous: [], attachments: [], startedAt: now.toISOString(), ...knownAnswers, ...(known.length > 0 ? { known } : {}) };
}

/** The step after `step` for this draft, passing over the steps whose answer was known before. */
export function stepAfter(draft: EnquiryDraft, step: EnquiryStep): EnquiryStep {
  let next = followingStep(draft, step);
  while (!draft.correcting && (draft.known as readonly EnquiryStep[] | undefined)?.includes(next)) next = followingStep(draft, next);
  return next;
}

function followingStep(draft: EnquiryDraft, step: EnquiryStep): EnquiryStep {
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
  if (existing.filter(isOpen).length >= limits.maxOpen) return "too-many-open";
  const dayAgo = now.getTime() - 24 * 60 * 60 * 1000;
  if (existing.filter((enquiry) => Date.parse(enquiry.createdAt) > dayAgo).length >= limits.maxPerDay) return "daily-limit";
  return undefined;
}

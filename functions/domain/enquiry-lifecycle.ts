import type { Coordinator } from "./coordinators.ts";
import { OPEN_STATUSES, type Enquiry, type EnquiryChange, type EnquiryEvent, type EnquiryStatus, type EnquiryStore, type StatusChangeRefusal } from "./enquiry.ts";

/**
 * The enquiry's lifecycle: every status change, from which statuses it is allowed, what it records
 * and whether the retention clock runs. Nothing else decides a status; features and the notifier
 * ask here and hand the result to the store, which makes it only if the status is still the one
 * decided on.
 *
 *   new ──take over / first reply / assign / round robin──▶ assigned ──answered──▶ answered
 *    │                                                         │                     │
 *    └──────────── close (coordinator) / withdraw (person) ────┴─────────────────────┴──▶ closed / withdrawn
 *                                         reopen ◀──────────────────────────────────────────┘
 */

/** What a coordinator can do with an enquiry from its card, in the card's order. */
export const CARD_ACTIONS = ["take", "answered", "close", "reopen"] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

/** Statuses in which the enquiry has ended: nothing is relayed to the person, its retention runs. */
export const ENDED_STATUSES: ReadonlySet<EnquiryStatus> = new Set(["closed", "withdrawn"]);
/** Statuses in which the coordinators still owe the person a first answer (reminders, the outbox). */
export const AWAITING_FIRST_ANSWER: readonly EnquiryStatus[] = ["new", "assigned"];

export const isOpen = (enquiry: Pick<Enquiry, "status">): boolean => OPEN_STATUSES.has(enquiry.status);
export const hasEnded = (enquiry: Pick<Enquiry, "status">): boolean => ENDED_STATUSES.has(enquiry.status);

/** A decided status change: the event for the history and the change the store makes, conditionally. */
export interface Transition {
  event: EnquiryEvent;
  change: EnquiryChange & { status: EnquiryStatus; expectedStatus: EnquiryStatus };
}

/** Why a transition is not allowed: it does not fit the enquiry's status. */
export type TransitionRefusal = "not-applicable";
export type TransitionResult = { ok: true; transition: Transition } | { ok: false; refusal: TransitionRefusal };

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an enquiry that ended at `endedAt` is deleted. */
export function retentionDeadline(endedAt: Date, retentionDays: number): Date {
  return new Date(endedAt.getTime() + retentionDays * DAY_MS);
}

type Actor = Pick<Coordinator, "userId" | "firstName">;

function transition(enquiry: Enquiry, status: EnquiryStatus, at: Date, options: { by?: Actor; assignee?: number; retentionDays?: number }): TransitionResult {
  return {
    ok: true,
    transition: {
      event: { at: at.toISOString(), type: "status-changed", status, ...(options.by ? { by: { userId: options.by.userId, firstName: options.by.firstName } } : {}) },
      change: {
        status,
        expectedStatus: enquiry.status,
        ...(options.assignee !== undefined ? { assignee: options.assignee } : {}),
        ...(options.retentionDays !== undefined ? { deleteAfter: retentionDeadline(at, options.retentionDays) } : {}),
      },
    },
  };
}

const refused: TransitionResult = { ok: false, refusal: "not-applicable" };

/** A coordinator takes the enquiry over: from any open status but "assigned". */
export function takeOver(enquiry: Enquiry, by: Actor, at: Date): TransitionResult {
  return isOpen(enquiry) && enquiry.status !== "assigned" ? transition(enquiry, "assigned", at, { by, assignee: by.userId }) : refused;
}

/** A coordinator marks it answered: from any open status but "answered". */
export function markAnswered(enquiry: Enquiry, by: Actor, at: Date): TransitionResult {
  return isOpen(enquiry) && enquiry.status !== "answered" ? transition(enquiry, "answered", at, { by }) : refused;
}

/** A coordinator closes it: from any open status; its retention starts. */
export function close(enquiry: Enquiry, by: Actor, at: Date, retentionDays: number): TransitionResult {
  return isOpen(enquiry) ? transition(enquiry, "closed", at, { by, retentionDays }) : refused;
}

/**
 * A coordinator reopens it and takes it over: from closed, and from withdrawn too, since a person
 * may write again after withdrawing and the coordinators decide. Its retention stops.
 */
export function reopen(enquiry: Enquiry, by: Actor, at: Date): TransitionResult {
  return hasEnded(enquiry) ? transition(enquiry, "assigned", at, { by, assignee: by.userId }) : refused;
}

/** The person withdraws it: from any open status; its retention starts. */
export function withdraw(enquiry: Enquiry, at: Date, retentionDays: number): TransitionResult {
  return isOpen(enquiry) ? transition(enquiry, "withdrawn", at, { retentionDays }) : refused;
}

/** A coordinator hands it to another registered coordinator (or themselves): from any open status. */
export function assign(enquiry: Enquiry, to: Actor, by: Actor, at: Date): TransitionResult {
  return isOpen(enquiry) ? transition(enquiry, "assigned", at, { by, assignee: to.userId }) : refused;
}

/** Round robin hands a new enquiry, nobody's yet, to the team member whose turn it is. */
export function assignInTurn(enquiry: Enquiry, assignee: number, at: Date): TransitionResult {
  return enquiry.status === "new" && enquiry.assignee === undefined ? transition(enquiry, "assigned", at, { assignee }) : refused;
}

/** Who round robin may choose: confirmed coordinators of the team (a pending registration is nobody's turn). */
export function roundRobinCandidates(coordinators: readonly Coordinator[], team: string): Coordinator[] {
  return coordinators.filter((coordinator) => coordinator.status === "active" && coordinator.teams.includes(team));
}

/** The card action's transition. */
export function cardTransition(action: CardAction, enquiry: Enquiry, by: Actor, at: Date, retentionDays: number): TransitionResult {
  switch (action) {
    case "take":
      return takeOver(enquiry, by, at);
    case "answered":
      return markAnswered(enquiry, by, at);
    case "close":
      return close(enquiry, by, at, retentionDays);
    case "reopen":
      return reopen(enquiry, by, at);
  }
}

/** The card's buttons: only the actions that fit the status. */
export function availableActions(enquiry: Enquiry): CardAction[] {
  const someone = { userId: 0, firstName: "" };
  return CARD_ACTIONS.filter((action) => cardTransition(action, enquiry, someone, new Date(0), 0).ok);
}

/**
 * A coordinator's message to the person is recorded as an answer; the first one to a new enquiry
 * also takes it over for them (only if it is still new when it is recorded).
 */
export function answer(enquiry: Enquiry, by: Actor, at: Date, text: string): { event: EnquiryEvent; takeOver?: EnquiryChange } {
  const event: EnquiryEvent = { at: at.toISOString(), type: "message-from-coordinator", text, by: { userId: by.userId, firstName: by.firstName } };
  return enquiry.status === "new" ? { event, takeOver: { status: "assigned", assignee: by.userId, expectedStatus: "new" } } : { event };
}

/** Whether this answer is the enquiry's first (the time-to-first-answer metric counts it). */
export const isFirstAnswer = (enquiry: Enquiry): boolean => !enquiry.events.some((event) => event.type === "message-from-coordinator");

/** After closing, the person is asked once for a rating. */
export const awaitsRating = (enquiry: Enquiry): boolean => enquiry.status === "closed" && enquiry.rating === undefined;

/** When the enquiry was closed, if it was. */
export function closedAt(enquiry: Enquiry): string | undefined {
  return enquiry.events.find((event) => event.type === "status-changed" && event.status === "closed")?.at;
}

/**
 * Makes a decided transition in the store. The store changes the status only while it is the one
 * the decision was made on: when someone else was quicker, the author hears "changed meanwhile".
 */
export async function applyTransition(store: Pick<EnquiryStore, "addEvent" | "get">, enquiry: Enquiry, { event, change }: Transition): Promise<{ ok: true; enquiry: Enquiry } | { ok: false; refusal: StatusChangeRefusal }> {
  const updated = await store.addEvent(enquiry.id, event, change);
  if (updated) return { ok: true, enquiry: updated };
  return { ok: false, refusal: (await store.get(enquiry.id)) ? "changed-meanwhile" : "gone" };
}

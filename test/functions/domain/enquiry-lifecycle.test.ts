import { describe, expect, it } from "vitest";
import type { Coordinator } from "../../../functions/domain/coordinators.ts";
import {
  applyTransition,
  assign,
  assignInTurn,
  availableActions,
  awaitsRating,
  close,
  hasEnded,
  isOpen,
  markAnswered,
  reopen,
  retentionDeadline,
  roundRobinCandidates,
  takeOver,
  withdraw,
  type TransitionResult,
} from "../../../functions/domain/enquiry-lifecycle.ts";
import { ENQUIRY_STATUSES, type Enquiry, type EnquiryChange, type EnquiryEvent, type EnquiryStatus } from "../../../functions/domain/enquiry.ts";
import { enquiryFrom, newDraft } from "../../../functions/domain/enquiry-dialogue.ts";

const AT = new Date("2026-12-03T10:00:00Z");
const sabine = { userId: 11, firstName: "Sabine" };
const tom = { userId: 22, firstName: "Tom" };

function enquiryIn(status: EnquiryStatus, overrides: Partial<Enquiry> = {}): Enquiry {
  const draft = { ...newDraft("00000000000000ab", AT), type: "volunteer" as const, topic: "projects" as const, district: null, language: "de" as const, contact: { channel: "telegram" as const }, question: "Wie kann ich helfen?", consentAt: AT.toISOString() };
  return { ...enquiryFrom(draft, 5, "A-2026-00001", AT), status, ...overrides };
}

/** Which statuses each transition is allowed from, and the status it leads to. */
const RULES: { name: string; decide: (enquiry: Enquiry) => TransitionResult; from: EnquiryStatus[]; to: EnquiryStatus }[] = [
  { name: "take over", decide: (enquiry) => takeOver(enquiry, sabine, AT), from: ["new", "waiting_for_enquirer", "answered"], to: "assigned" },
  { name: "mark answered", decide: (enquiry) => markAnswered(enquiry, sabine, AT), from: ["new", "assigned", "waiting_for_enquirer"], to: "answered" },
  { name: "close", decide: (enquiry) => close(enquiry, sabine, AT, 180), from: ["new", "assigned", "waiting_for_enquirer", "answered"], to: "closed" },
  { name: "reopen", decide: (enquiry) => reopen(enquiry, sabine, AT), from: ["closed", "withdrawn"], to: "assigned" },
  { name: "withdraw", decide: (enquiry) => withdraw(enquiry, AT, 180), from: ["new", "assigned", "waiting_for_enquirer", "answered"], to: "withdrawn" },
  { name: "assign", decide: (enquiry) => assign(enquiry, tom, sabine, AT), from: ["new", "assigned", "waiting_for_enquirer", "answered"], to: "assigned" },
  { name: "assign in turn", decide: (enquiry) => assignInTurn(enquiry, tom.userId, AT), from: ["new"], to: "assigned" },
];

describe("the enquiry lifecycle", () => {
  for (const rule of RULES) {
    for (const status of ENQUIRY_STATUSES) {
      const allowed = rule.from.includes(status);
      it(`${allowed ? "allows" : "refuses"} "${rule.name}" from ${status}`, () => {
        const result = rule.decide(enquiryIn(status));
        if (!allowed) return expect(result).toEqual({ ok: false, refusal: "not-applicable" });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // The store changes it only while the status is still the one decided on.
        expect(result.transition.change).toMatchObject({ status: rule.to, expectedStatus: status });
        expect(result.transition.event).toMatchObject({ at: AT.toISOString(), type: "status-changed", status: rule.to });
      });
    }
  }

  it("starts the retention clock when an enquiry ends, and only then", () => {
    const deadline = new Date("2027-06-01T10:00:00Z");
    expect(retentionDeadline(AT, 180)).toEqual(deadline);
    for (const ending of [close(enquiryIn("assigned"), sabine, AT, 180), withdraw(enquiryIn("new"), AT, 180)]) {
      expect(ending.ok && ending.transition.change.deleteAfter).toEqual(deadline);
    }
    for (const going of [takeOver(enquiryIn("new"), sabine, AT), reopen(enquiryIn("closed"), sabine, AT), assign(enquiryIn("new"), tom, sabine, AT), markAnswered(enquiryIn("assigned"), sabine, AT)]) {
      expect(going.ok && going.transition.change.deleteAfter).toBeUndefined();
    }
  });

  it("gives the enquiry to whoever takes it over, reopens it or is assigned it, and says who acted", () => {
    const taken = takeOver(enquiryIn("new"), sabine, AT);
    expect(taken.ok && taken.transition).toMatchObject({ change: { assignee: 11 }, event: { by: { userId: 11, firstName: "Sabine" } } });
    const reopened = reopen(enquiryIn("withdrawn"), tom, AT);
    expect(reopened.ok && reopened.transition.change.assignee).toBe(22);
    const assigned = assign(enquiryIn("answered"), tom, sabine, AT);
    expect(assigned.ok && assigned.transition).toMatchObject({ change: { assignee: 22 }, event: { by: { userId: 11 } } });
    const answered = markAnswered(enquiryIn("assigned", { assignee: 22 }), sabine, AT);
    expect(answered.ok && answered.transition.change.assignee).toBeUndefined();
    // The person withdrawing and round robin are nobody in the group.
    const withdrawn = withdraw(enquiryIn("new"), AT, 180);
    expect(withdrawn.ok && withdrawn.transition.event.by).toBeUndefined();
    const inTurn = assignInTurn(enquiryIn("new"), 22, AT);
    expect(inTurn.ok && inTurn.transition).toMatchObject({ change: { assignee: 22 } });
    expect(inTurn.ok && inTurn.transition.event.by).toBeUndefined();
  });

  it("does not hand an enquiry someone already has to the next in turn", () => {
    expect(assignInTurn(enquiryIn("new", { assignee: 11 }), 22, AT).ok).toBe(false);
  });

  it("offers on the card exactly the actions that fit the status", () => {
    expect(availableActions(enquiryIn("new"))).toEqual(["take", "answered", "close"]);
    expect(availableActions(enquiryIn("assigned"))).toEqual(["answered", "close"]);
    expect(availableActions(enquiryIn("answered"))).toEqual(["take", "close"]);
    expect(availableActions(enquiryIn("closed"))).toEqual(["reopen"]);
    expect(availableActions(enquiryIn("withdrawn"))).toEqual(["reopen"]);
  });

  it("knows which statuses are open, which have ended, and when the person is asked for a rating", () => {
    expect(ENQUIRY_STATUSES.filter((status) => isOpen(enquiryIn(status)))).toEqual(["new", "assigned", "waiting_for_enquirer", "answered"]);
    expect(ENQUIRY_STATUSES.filter((status) => hasEnded(enquiryIn(status)))).toEqual(["closed", "withdrawn"]);
    expect(awaitsRating(enquiryIn("closed"))).toBe(true);
    expect(awaitsRating(enquiryIn("closed", { rating: 4 }))).toBe(false);
    expect(awaitsRating(enquiryIn("withdrawn"))).toBe(false);
  });

  it("lets round robin choose only confirmed members of the team", () => {
    const coordinator = (userId: number, status: Coordinator["status"], teams: string[]): Coordinator => ({ userId, firstName: `C${userId}`, status, teams, registeredAt: AT.toISOString() });
    const everyone = [coordinator(1, "active", ["companies"]), coordinator(2, "pending", ["companies"]), coordinator(3, "active", ["general"]), coordinator(4, "active", ["general", "companies"])];
    expect(roundRobinCandidates(everyone, "companies").map((candidate) => candidate.userId)).toEqual([1, 4]);
  });
});

describe("making a decided transition", () => {
  /** The store's contract, in memory: the change is made only while the status is the expected one. */
  function storeWith(enquiry: Enquiry | undefined) {
    let stored = enquiry;
    return {
      get: async () => stored,
      addEvent: async (_id: string, event: EnquiryEvent, change?: EnquiryChange) => {
        if (!stored || (change?.expectedStatus && stored.status !== change.expectedStatus)) return undefined;
        stored = { ...stored, status: change?.status ?? stored.status, events: [...stored.events, event] };
        return stored;
      },
      changeTo: (status: EnquiryStatus) => (stored = stored && { ...stored, status }),
    };
  }

  it("makes the change while the enquiry is as it was seen", async () => {
    const enquiry = enquiryIn("new");
    const decided = takeOver(enquiry, sabine, AT);
    const result = await applyTransition(storeWith(enquiry), enquiry, decided.ok ? decided.transition : (undefined as never));
    expect(result).toMatchObject({ ok: true, enquiry: { status: "assigned" } });
  });

  it("says 'changed meanwhile' when someone was quicker, and 'gone' when the enquiry was deleted", async () => {
    const enquiry = enquiryIn("new");
    const decided = takeOver(enquiry, sabine, AT);
    if (!decided.ok) throw new Error("take over from new is allowed");
    const store = storeWith(enquiry);
    store.changeTo("withdrawn");
    expect(await applyTransition(store, enquiry, decided.transition)).toEqual({ ok: false, refusal: "changed-meanwhile" });
    expect(await applyTransition(storeWith(undefined), enquiry, decided.transition)).toEqual({ ok: false, refusal: "gone" });
  });
});

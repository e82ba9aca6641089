import { describe, expect, it } from "vitest";
import { type Enquiry } from "../../../functions/domain/enquiry.ts";
import { enquiryFrom, newDraft } from "../../../functions/domain/enquiry-dialogue.ts";
import { exportCsv, monthStats } from "../../../functions/domain/enquiry-stats.ts";

function enquiry(id: string, createdAt: string, overrides: Partial<Enquiry> = {}): Enquiry {
  const draft = { ...newDraft(id, new Date(createdAt)), type: "volunteer" as const, topic: "projects" as const, district: null, language: "de" as const, contact: { channel: "email" as const, address: "a@example.org" }, question: "=HYPERLINK(\"x\")", consentAt: createdAt };
  return { ...enquiryFrom(draft, 1, `A-2026-${id.slice(-5)}`, new Date(createdAt)), ...overrides };
}

describe("a month in numbers", () => {
  it("counts the month's enquiries and takes the medians of answering and closing times", () => {
    const answered = enquiry("0000000000000001", "2026-11-02T08:00:00Z", {
      status: "closed",
      rating: 4,
      events: [
        { at: "2026-11-02T08:00:00Z", type: "created" },
        { at: "2026-11-02T10:00:00Z", type: "message-from-coordinator", text: "Hallo" },
        { at: "2026-11-03T08:00:00Z", type: "status-changed", status: "closed" },
      ],
    });
    const waiting = enquiry("0000000000000002", "2026-11-05T08:00:00Z", { type: "company" });
    const earlier = enquiry("0000000000000003", "2026-10-30T08:00:00Z");

    const stats = monthStats("2026-11", [answered, waiting, earlier], [
      { month: "2026-11", kind: "not-helpful", subject: "friend-circles", language: "de", count: 2 },
      { month: "2026-11", kind: "unmatched", subject: "none", language: "uk", count: 5 },
    ]);

    expect(stats).toMatchObject({ total: 2, byType: { volunteer: 1, company: 1 }, byStatus: { closed: 1, new: 1 }, medianHoursToFirstAnswer: 2, medianHoursToClose: 24, notHelpful: 2, unanswered: 5, ratings: 1, averageRating: 4 });
  });
});

describe("the CSV export", () => {
  it("leaves out contact details and texts unless asked for, and never lets a spreadsheet run a formula", () => {
    const rows = [enquiry("0000000000000004", "2026-11-10T08:00:00Z")];
    const plain = exportCsv(rows, "2026-11", { personal: false });
    const personal = exportCsv(rows, "2026-11", { personal: true });

    expect(plain).not.toContain("a@example.org");
    expect(plain.split("\n")[0]).toBe("reference,created_at,type,topic,district,language,status,hours_to_first_answer,hours_to_close,rating");
    expect(personal).toContain("a@example.org");
    expect(personal).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

import { describe, expect, it } from "vitest";
import { contentDirectory, loadContent } from "../../../functions/content/load-content.ts";
import { TOPICS } from "../../../functions/domain/knowledge-base.ts";
import { nextMember, routingProblems, teamFor, type Routing } from "../../../functions/domain/routing.ts";

const routing: Routing = {
  assignment: "round-robin",
  teams: { general: "Allgemein", companies: "Unternehmen", south: "Süden" },
  rules: [
    { when: { type: ["company"] }, team: "companies" },
    { when: { district: ["Vaihingen", "Möhringen"], language: ["ar", "fa"] }, team: "south" },
  ],
  fallback: "general",
};
const enquiry = { type: "volunteer", topic: "projects", district: "Vaihingen", language: "de" } as const;

describe("routing rules", () => {
  it("takes the first rule whose every condition matches", () => {
    expect(teamFor(routing, { ...enquiry, type: "company" })).toBe("companies");
    expect(teamFor(routing, { ...enquiry, language: "fa" })).toBe("south");
  });

  it("sends anything no rule matches to the general queue", () => {
    expect(teamFor(routing, enquiry)).toBe("general");
    expect(teamFor(routing, { ...enquiry, district: null, language: "ar" })).toBe("general");
  });

  it("finds rules that point nowhere", () => {
    const broken: Routing = { ...routing, fallback: "nobody", rules: [{ when: { topic: ["no-such-topic"], district: ["Atlantis"] }, team: "ghosts" }] };
    expect(routingProblems(broken, { topics: TOPICS, districts: ["Mitte"] })).toEqual([
      'fallback "nobody" is not a team',
      'rule 1: team "ghosts" does not exist',
      'rule 1: topic "no-such-topic" does not exist',
      "rule 1: district \"Atlantis\" is not one of Stuttgart's",
    ]);
  });

  it("accepts the shipped rules", () => {
    const content = loadContent(contentDirectory());
    expect(routingProblems(content.routing, { topics: TOPICS, districts: content.districts })).toEqual([]);
  });
});

describe("round robin", () => {
  it("gives each member of a team the next enquiry in turn", () => {
    expect([1, 2, 3, 4].map((turn) => nextMember([30, 10, 20], turn))).toEqual([10, 20, 30, 10]);
    expect(nextMember([], 1)).toBeUndefined();
  });
});

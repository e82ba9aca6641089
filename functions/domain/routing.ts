// zod/mini: loaded by the functions at cold start (see knowledge-base.ts).
import * as z from "zod/mini";
import type { Enquiry } from "./enquiry.ts";

const FIELDS = ["type", "topic", "district", "language"] as const;

/** Which team handles which enquiry (`content/routing.json`): data that operators change without code. */
export const routingSchema = z.object({
  /** round-robin: each new enquiry goes to the next member of its team; first-to-take-over: to whoever takes it. */
  assignment: z.enum(["round-robin", "first-to-take-over"]),
  /** Team id → the name coordinators see. */
  teams: z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,23}$/, "team ids are short kebab-case words")), z.string().check(z.minLength(1))),
  rules: z.array(
    z.strictObject({
      when: z.partialRecord(z.enum(FIELDS), z.array(z.string()).check(z.minLength(1))),
      team: z.string(),
    }),
  ),
  /** The general queue, for anything no rule matches. */
  fallback: z.string(),
});
export type Routing = z.infer<typeof routingSchema>;

/** The team of an enquiry: the first rule whose every condition matches, else the general queue. */
export function teamFor(routing: Routing, enquiry: Pick<Enquiry, (typeof FIELDS)[number]>): string {
  for (const rule of routing.rules) {
    const matches = Object.entries(rule.when).every(([field, allowed]) => allowed?.includes(String(enquiry[field as (typeof FIELDS)[number]])));
    if (matches) return rule.team;
  }
  return routing.fallback;
}

/** Rules that name a team that does not exist, and a general queue that does not: for content:check. */
export function routingProblems(routing: Routing, known: { topics: readonly string[]; districts: readonly string[] }): string[] {
  const problems: string[] = [];
  const teams = new Set(Object.keys(routing.teams));
  if (!teams.has(routing.fallback)) problems.push(`fallback "${routing.fallback}" is not a team`);
  routing.rules.forEach((rule, index) => {
    if (!teams.has(rule.team)) problems.push(`rule ${index + 1}: team "${rule.team}" does not exist`);
    for (const topic of rule.when.topic ?? []) if (topic !== "other" && !known.topics.includes(topic)) problems.push(`rule ${index + 1}: topic "${topic}" does not exist`);
    for (const district of rule.when.district ?? []) if (!known.districts.includes(district)) problems.push(`rule ${index + 1}: district "${district}" is not one of Stuttgart's`);
  });
  return problems;
}

/** Round robin: the member after the one who got the last enquiry, by a counter per team. */
export function nextMember(members: readonly number[], counter: number): number | undefined {
  if (members.length === 0) return undefined;
  const sorted = [...members].sort((a, b) => a - b);
  return sorted[(counter - 1) % sorted.length];
}

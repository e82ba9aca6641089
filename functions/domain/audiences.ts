/** Who a person says they are; it decides which topics the bot offers first. */
export const AUDIENCES = ["volunteer", "company", "refugee", "curious"] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: unknown): value is Audience {
  return typeof value === "string" && (AUDIENCES as readonly string[]).includes(value);
}

/** What a `t.me/<bot>?start=<payload>` deep link asks the bot to open. */
export type StartIntent = { kind: "home" } | { kind: "audience"; audience: Audience };

/**
 * Reads a deep-link payload. Links on the office's flyers use `volunteer`, `company` and
 * `refugee`; anything else (old links, typos, junk) opens the home menu instead of an error.
 */
export function parseStartPayload(payload: string): StartIntent {
  const word = payload.trim().toLowerCase();
  if (word !== "curious" && isAudience(word)) return { kind: "audience", audience: word };
  return { kind: "home" };
}

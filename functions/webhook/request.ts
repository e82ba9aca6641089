import { createHash, timingSafeEqual } from "node:crypto";

/** What the webhook needs of an HTTP request, whichever server (Function URL, local HTTP) carried it. */
export interface WebhookRequest {
  method: string;
  /** Header names in any case. */
  headers: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded: boolean;
}

export interface WebhookResponse {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
}

/** Telegram's updates are a few kilobytes; anything this large did not come from Telegram. */
export const MAX_BODY_BYTES = 1024 * 1024;

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

function header(request: WebhookRequest, name: string): string | undefined {
  for (const [key, value] of Object.entries(request.headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

/**
 * Compares the secret token Telegram sends with ours in constant time. Hashing both first makes
 * the comparison independent of the lengths too, so a caller learns nothing from the timing.
 */
export function hasValidSecret(request: WebhookRequest, expectedSecret: string): boolean {
  const given = header(request, SECRET_HEADER);
  if (given === undefined) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expectedSecret));
}

export type DecodedBody = { ok: true; json: unknown } | { ok: false; status: 400 | 413; reason: string };

/** A Function URL base64-encodes bodies whose content type it does not consider text. */
export function decodeBody(request: WebhookRequest): DecodedBody {
  if (request.body === undefined || request.body === "") return { ok: false, status: 400, reason: "empty body" };
  const bytes = request.isBase64Encoded ? Buffer.from(request.body, "base64") : Buffer.from(request.body, "utf8");
  if (bytes.length > MAX_BODY_BYTES) return { ok: false, status: 413, reason: "body too large" };
  try {
    return { ok: true, json: JSON.parse(bytes.toString("utf8")) };
  } catch {
    return { ok: false, status: 400, reason: "body is not JSON" };
  }
}

import { GrammyError, HttpError } from "grammy";

/** AWS error names that mean "not now" rather than "never". */
const TRANSIENT_AWS_ERRORS = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "TransactionConflictException",
]);

/** Network failures Node reports by code (the AWS SDK passes them through). */
const TRANSIENT_NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
]);

/**
 * Whether a failure lost nothing and may succeed if the update is delivered again (DynamoDB or
 * Telegram unavailable, throttled, timed out). Anything else, a bug or a request Telegram refuses,
 * would fail again on every redelivery.
 */
export function isTransientFailure(error: unknown, depth = 0): boolean {
  if (depth > 5 || !(error instanceof Error)) return false;
  if (error instanceof HttpError) return true;
  if (error instanceof GrammyError) return error.error_code === 429 || error.error_code >= 500;
  const details = error as Error & { $retryable?: unknown; $fault?: unknown; code?: unknown };
  if (details.$retryable || details.$fault === "server") return true;
  if (TRANSIENT_AWS_ERRORS.has(error.name)) return true;
  if (typeof details.code === "string" && TRANSIENT_NETWORK_CODES.has(details.code)) return true;
  return isTransientFailure(error.cause, depth + 1);
}

/** What may be logged about a failure: its kind, never the payload (which holds people's messages). */
export function describeFailure(error: unknown): { errorName: string; errorMessage?: string; telegramErrorCode?: number } {
  if (error instanceof GrammyError) {
    return { errorName: error.name, errorMessage: `${error.method}: ${error.description}`, telegramErrorCode: error.error_code };
  }
  if (error instanceof Error) return { errorName: error.name, errorMessage: error.message };
  return { errorName: typeof error };
}

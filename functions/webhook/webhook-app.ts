import { IdempotencyConfig, makeIdempotent } from "@aws-lambda-powertools/idempotency";
import type { BasePersistenceLayer } from "@aws-lambda-powertools/idempotency/persistence";
import type { Logger } from "@aws-lambda-powertools/logger";
import type { Update } from "grammy/types";
import type { UpdateOutcome } from "../bot/process-update.ts";
import { UpdateMetric, type UpdateMetricName } from "../observability/metric-names.ts";
import type { UpdateMetrics } from "../observability/update-metrics.ts";
import { decodeBody, hasValidSecret, type WebhookRequest, type WebhookResponse } from "./request.ts";
import { classifyUpdate } from "./update-schema.ts";

/** The part of a Lambda context the idempotency layer needs: a stuck "in progress" record expires with the invocation. */
export interface InvocationContext {
  getRemainingTimeInMillis(): number;
}

export interface WebhookAppDependencies {
  webhookSecret: string;
  processUpdate: (update: Update) => Promise<UpdateOutcome>;
  /** Where each update_id is recorded; Powertools' DynamoDBPersistenceLayer on the bot's table. */
  idempotencyStore: BasePersistenceLayer;
  /** Counts updates that failed for good or for now; the alarms watch these counts. */
  metrics: UpdateMetrics;
  logger: Logger;
}

/**
 * Telegram redelivers an update for up to 24 hours while it gets no 2xx answer; records live 48 hours,
 * so that a late redelivery still finds its record.
 */
export const UPDATE_RECORD_TTL_SECONDS = 48 * 60 * 60;

const answer = (statusCode: number): WebhookResponse => ({ statusCode });

/** The webhook endpoint, independent of what carries the HTTP request (Function URL, local server). */
export function createWebhookApp({ webhookSecret, processUpdate, idempotencyStore, metrics, logger }: WebhookAppDependencies) {
  // A count that fails must not fail the update: inside the idempotent run it would delete the
  // record, answer 5xx, and Telegram's redelivery would run the whole update again.
  const count = (metric: UpdateMetricName) => {
    try {
      metrics.count(metric);
    } catch (error) {
      logger.warn("Could not count a failed update", { metric, errorName: error instanceof Error ? error.name : typeof error });
    }
  };

  const processOnce = makeIdempotent(
    // Counted inside the idempotent run, so that a redelivery answered from the record is not counted again.
    async (update: Update, _context: InvocationContext) => {
      const result = await processUpdate(update);
      if (result.outcome === "failed-permanently") count(UpdateMetric.FailedPermanently);
      return result;
    },
    {
      persistenceStore: idempotencyStore,
      keyPrefix: "telegram-update",
      config: new IdempotencyConfig({
        eventKeyJmesPath: "update_id",
        throwOnNoIdempotencyKey: true,
        expiresAfterSeconds: UPDATE_RECORD_TTL_SECONDS,
      }),
    },
  );

  return async function handleWebhookRequest(request: WebhookRequest, context: InvocationContext): Promise<WebhookResponse> {
    // Authentication comes before anything else looks at the request.
    if (!hasValidSecret(request, webhookSecret)) {
      logger.warn("Rejected a request without the right secret token");
      return answer(401);
    }
    if (request.method.toUpperCase() !== "POST") return answer(405);

    const body = decodeBody(request);
    if (!body.ok) {
      logger.warn("Rejected a request body", { reason: body.reason });
      return answer(body.status);
    }

    const update = classifyUpdate(body.json);
    switch (update.kind) {
      case "malformed":
        logger.warn("Rejected a body that is not a Telegram update");
        return answer(400);
      case "unsupported":
        logger.debug("Ignored an update kind the bot does not handle", { updateId: update.updateId, updateKind: update.updateKind });
        return answer(200);
      case "invalid":
        // Acknowledged: refusing it would only make Telegram send the same update again all day.
        // Only Telegram knows the secret, so this is a real update the person gets no answer to:
        // counted as lost, so that a change at Telegram our schema refuses cannot go unnoticed.
        logger.warn("Ignored an update that fails validation", {
          updateId: update.updateId,
          updateKind: update.updateKind,
          problems: update.problems,
        });
        count(UpdateMetric.FailedPermanently);
        return answer(200);
      case "supported":
        break;
    }

    try {
      const result = await processOnce(update.update as Update, context);
      logger.info("Update processed", { updateId: update.updateId, updateKind: update.updateKind, outcome: result.outcome });
      return answer(200);
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      if (name === "IdempotencyAlreadyInProgressError") {
        // Another delivery of this update is running; Telegram will ask again and then get its result.
        logger.info("Same update already in progress", { updateId: update.updateId });
        return { statusCode: 503, headers: { "retry-after": "5" } };
      }
      if (name === "IdempotencyPersistenceLayerError" && error instanceof Error && error.message.includes("success record")) {
        // Everything was done and said; only marking the record done failed. A 5xx would make
        // Telegram deliver the update again, and once the "in progress" record expired the person
        // would get every answer a second time.
        logger.warn("Update processed, but its record could not be marked done", { updateId: update.updateId });
        return answer(200);
      }
      count(UpdateMetric.FailedTemporarily);
      logger.warn("Update failed for now; Telegram will deliver it again", {
        updateId: update.updateId,
        errorName: name,
        errorMessage: error instanceof Error ? error.message : undefined,
      });
      return answer(500);
    }
  };
}

import { Api } from "grammy";
import { ALLOWED_UPDATES } from "../functions/bot/create-bot.ts";
import type { WebhookRuntime } from "../functions/webhook/webhook-runtime.ts";
import { localInvocationContext } from "./local-runtime.ts";

/**
 * Fetches updates from Telegram and hands each to the webhook handler exactly as Telegram's
 * webhook delivery would: an update whose answer is not 2xx is delivered again after a pause.
 */
export async function runLongPolling(runtime: WebhookRuntime, token: string, apiRoot: string, webhookSecret: string, signal: AbortSignal) {
  const api = new Api(token, { apiRoot });
  await api.deleteWebhook();
  let offset = 0;
  while (!signal.aborted) {
    let updates;
    try {
      updates = await api.getUpdates({ offset, timeout: 25, allowed_updates: [...ALLOWED_UPDATES] });
    } catch (error) {
      if (signal.aborted) return;
      console.error(`getUpdates failed (${error instanceof Error ? error.message : "unknown"}); retrying in 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      continue;
    }
    for (const update of updates) {
      const response = await runtime.handle(
        { method: "POST", headers: { "x-telegram-bot-api-secret-token": webhookSecret }, body: JSON.stringify(update), isBase64Encoded: false },
        localInvocationContext(),
      );
      if (response.statusCode >= 500) {
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        break;
      }
      offset = update.update_id + 1;
    }
  }
}

import { BotError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import { languageFromTelegram, type Language } from "../domain/languages.ts";
import type { BotContext } from "./context.ts";
import { describeFailure, isTransientFailure } from "./failures.ts";
import { HTML } from "./html.ts";

export type UpdateOutcome = { outcome: "handled" } | { outcome: "failed-permanently" };

/** Where failures are reported; Powertools' Logger fits. */
export interface FailureLog {
  error(message: string, details: Record<string, unknown>): void;
  warn(message: string, details: Record<string, unknown>): void;
}

export interface UpdateProcessorDependencies {
  bot: Bot<BotContext>;
  i18n: I18n<BotContext>;
  log: FailureLog;
}

/**
 * Runs one update through the bot. A transient failure is thrown, so that the webhook answers
 * 5xx and Telegram delivers the update again; any other failure is logged, the person gets an
 * apology in their language, and the update counts as done, so that it cannot block the chat.
 */
export function createUpdateProcessor({ bot, i18n, log }: UpdateProcessorDependencies) {
  async function apologise(ctx: BotContext): Promise<void> {
    if (ctx.chat?.type !== "private") return;
    try {
      let language: Language;
      try {
        language = await ctx.preferences.language();
      } catch {
        language = languageFromTelegram(ctx.from?.language_code);
      }
      await bot.api.sendMessage(ctx.chat.id, i18n.t(language, "error-apology"), HTML);
    } catch (error) {
      log.warn("Could not send the apology", { updateId: ctx.update.update_id, ...describeFailure(error) });
    }
  }

  return async function processUpdate(update: Update): Promise<UpdateOutcome> {
    try {
      await bot.handleUpdate(update);
      return { outcome: "handled" };
    } catch (error) {
      const cause = error instanceof BotError ? error.error : error;
      if (isTransientFailure(cause)) throw cause;
      log.error("Update failed permanently; acknowledged so that it cannot block the chat", {
        updateId: update.update_id,
        ...describeFailure(cause),
      });
      if (error instanceof BotError) await apologise(error.ctx as BotContext);
      return { outcome: "failed-permanently" };
    }
  };
}

import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { HTML } from "../html.ts";
import { audienceKeyboard } from "../keyboards.ts";

/**
 * Registered last: whatever no feature took. People get told what the bot can do instead of
 * silence; buttons no feature recognises come from old messages and are called outdated.
 */
export function unhandledFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");

  privateChat.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("button-outdated") }));
  privateChat.on("message:text", (ctx) =>
    ctx.reply(ctx.t("unknown-message"), { ...HTML, reply_markup: audienceKeyboard(ctx.t) }),
  );
  privateChat.on("message", (ctx) =>
    ctx.reply(ctx.t("unsupported-message"), { ...HTML, reply_markup: audienceKeyboard(ctx.t) }),
  );

  return feature;
}

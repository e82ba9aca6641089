import { Composer } from "grammy";
import { callbackPattern, parseLanguage } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { HTML } from "../html.ts";
import { languageKeyboard } from "../keyboards.ts";

/** `/language`: the choice is stored, so every later answer (and the apology after a failure) uses it. */
export function languageFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");

  privateChat.command("language", (ctx) =>
    ctx.reply(ctx.t("language-choose"), { ...HTML, reply_markup: languageKeyboard(ctx.t) }),
  );

  privateChat.callbackQuery(callbackPattern.language, async (ctx) => {
    const language = parseLanguage(ctx.match[1]);
    if (!language) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    await ctx.preferences.setLanguage(language);
    ctx.i18n.useLocale(language);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("language-saved"), HTML);
  });

  return feature;
}

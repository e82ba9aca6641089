import { Composer } from "grammy";
import type { UserPreferencesStore } from "../../domain/user-preferences.ts";
import { callbackPattern } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml, HTML } from "../html.ts";
import { confirmDeletionKeyboard } from "../keyboards.ts";

/**
 * `/privacy`, `/mydata` and `/deletemydata`. Whatever a button says, the data touched is always
 * that of the person who pressed it (`ctx.from`), never an id carried in the button.
 */
export function privacyFeature(preferences: UserPreferencesStore): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");

  privateChat.command("privacy", (ctx) => ctx.reply(ctx.t("privacy"), HTML));

  privateChat.command("mydata", async (ctx) => {
    const stored = await ctx.preferences.get();
    if (!stored) return ctx.reply(ctx.t("mydata-none"), HTML);
    const document = JSON.stringify({ preferences: stored }, null, 2);
    await ctx.reply(`${ctx.t("mydata-intro")}\n<pre>${escapeHtml(document)}</pre>`, HTML);
  });

  privateChat.command("deletemydata", (ctx) =>
    ctx.reply(ctx.t("deletemydata-confirm"), { ...HTML, reply_markup: confirmDeletionKeyboard(ctx.t) }),
  );

  privateChat.callbackQuery(callbackPattern.deleteMyData, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (ctx.match[1] !== "yes") return ctx.editMessageText(ctx.t("deletemydata-cancelled"), HTML);
    await preferences.delete(ctx.from.id);
    await ctx.editMessageText(ctx.t("deletemydata-done"), HTML);
  });

  return feature;
}

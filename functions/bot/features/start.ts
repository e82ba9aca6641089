import { Composer } from "grammy";
import { parseStartPayload, type Audience } from "../../domain/audiences.ts";
import { callbackData, callbackPattern, parseAudience } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { HTML } from "../html.ts";
import { audienceKeyboard, homeKeyboard } from "../keyboards.ts";

function audienceText(ctx: BotContext, audience: Audience): string {
  return `${ctx.t(`audience-intro-${audience}`)}\n\n${ctx.t("contact-office")}`;
}

/** `/start` (with the deep links `volunteer`, `company`, `refugee`), the home menu and the audience pages. */
export function startFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");

  privateChat.command("start", async (ctx) => {
    const intent = parseStartPayload(ctx.match);
    if (intent.kind === "audience") {
      await ctx.reply(audienceText(ctx, intent.audience), { ...HTML, reply_markup: homeKeyboard(ctx.t) });
      return;
    }
    await ctx.reply(ctx.t("start-welcome"), { ...HTML, reply_markup: audienceKeyboard(ctx.t) });
  });

  privateChat.callbackQuery(callbackData.home, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("start-welcome"), { ...HTML, reply_markup: audienceKeyboard(ctx.t) });
  });

  privateChat.callbackQuery(callbackPattern.audience, async (ctx) => {
    const audience = parseAudience(ctx.match[1]);
    if (!audience) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(audienceText(ctx, audience), { ...HTML, reply_markup: homeKeyboard(ctx.t) });
  });

  return feature;
}

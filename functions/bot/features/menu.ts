import { Composer } from "grammy";
import { parseStartPayload, type Audience } from "../../domain/audiences.ts";
import type { KnowledgeEntry } from "../../domain/knowledge-base.ts";
import { entriesFor, topicsFor } from "../../domain/menus.ts";
import { answerKeyboard, answerText, entryTitle } from "../answers.ts";
import { callbackData, callbackPattern, parseAudience, parseTopic } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { HTML } from "../html.ts";
import { audienceKeyboard, entriesKeyboard, topicsKeyboard } from "../keyboards.ts";

/**
 * `/start` (with the deep links `volunteer`, `company`, `refugee`) and the menus below it:
 * who you are → topics for you → entries of a topic → the answer, with Back and Home everywhere.
 * Menu taps edit the message in place, so the chat does not fill up with menus.
 */
export function menuFeature(entries: readonly KnowledgeEntry[]): Composer<BotContext> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");

  const audiencePage = (ctx: BotContext, audience: Audience) => ({
    text: `${ctx.t(`audience-intro-${audience}`)}\n\n${ctx.t("topics-choose")}`,
    options: { ...HTML, reply_markup: topicsKeyboard(ctx.t, audience, topicsFor(entries, audience)) },
  });

  privateChat.command("start", async (ctx) => {
    const intent = parseStartPayload(ctx.match);
    if (intent.kind === "audience") {
      const page = audiencePage(ctx, intent.audience);
      return ctx.reply(page.text, page.options);
    }
    await ctx.reply(ctx.t("start-welcome"), { ...HTML, reply_markup: audienceKeyboard(ctx.t) });
  });

  privateChat.callbackQuery(callbackData.home, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("start-welcome"), { ...HTML, reply_markup: audienceKeyboard(ctx.t) });
  });

  // Under a no-answer: the menus come as a new message, so that what the bot said stays readable.
  privateChat.callbackQuery(callbackData.homeBelow, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("start-welcome"), { ...HTML, reply_markup: audienceKeyboard(ctx.t) });
  });

  privateChat.callbackQuery(callbackPattern.audience, async (ctx) => {
    const audience = parseAudience(ctx.match[1]);
    if (!audience) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    await ctx.answerCallbackQuery();
    const page = audiencePage(ctx, audience);
    await ctx.editMessageText(page.text, page.options);
  });

  privateChat.callbackQuery(callbackPattern.topic, async (ctx) => {
    const audience = parseAudience(ctx.match[1]);
    const topic = parseTopic(ctx.match[2]);
    const inTopic = audience && topic ? entriesFor(entries, audience, topic) : [];
    if (!audience || inTopic.length === 0) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    await ctx.answerCallbackQuery();
    const language = await ctx.preferences.language();
    const list = inTopic.map((entry) => ({ id: entry.id, title: entryTitle(entry, language) }));
    await ctx.editMessageText(`<b>${ctx.t(`topic-${topic}`)}</b>\n\n${ctx.t("topic-entries-choose")}`, {
      ...HTML,
      reply_markup: entriesKeyboard(ctx.t, audience, list),
    });
  });

  privateChat.callbackQuery(callbackPattern.entry, async (ctx) => {
    const entry = byId.get(ctx.match[1] ?? "");
    const audienceParameter = ctx.match[2];
    const audience = parseAudience(audienceParameter);
    if (!entry || (audienceParameter !== "-" && !audience)) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    await ctx.answerCallbackQuery();
    const language = await ctx.preferences.language();
    const related = entry.related.flatMap((id) => byId.get(id) ?? []);
    // An answer is a new message: it stays readable in the chat while the person browses on.
    await ctx.reply(answerText(entry, language, ctx.t), { ...HTML, reply_markup: answerKeyboard(entry, related, language, ctx.t, audience) });
  });

  return feature;
}
